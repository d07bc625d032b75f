// SPDX-License-Identifier: Apache-2.0
#include "core/conflicts/ConflictEngine.h"

#include "core/conflicts/SpatialGrid.h"

#include <algorithm>
#include <QHash>

#include <queue>
#include <string_view>

using namespace Qt::StringLiterals;

namespace gl::conflicts {
namespace {

/// QString's order (UTF-16 code units), without the out-of-line call: sorting is a hot spot.
std::u16string_view view(const QString &s)
{
    return {reinterpret_cast<const char16_t *>(s.constData()), size_t(s.size())};
}

/// Contractors as small integers, so the hot loop compares ints, not strings.
std::vector<int> contractorIds(const PermitSet &permits)
{
    QHash<QString, int> ids;
    std::vector<int> out(permits.size());
    for (size_t i = 0; i < permits.size(); ++i) {
        auto it = ids.constFind(permits[i].contractor);
        if (it == ids.cend())
            it = ids.insert(permits[i].contractor, int(ids.size()));
        out[i] = it.value();
    }
    return out;
}

/// The pair rule with the radii already known (they depend on the rules and z_max only).
std::optional<Conflict> evaluate(const Permit &a, double ra, const Permit &b, double rb, bool otherContractor,
                                 const SimopsRules &rules)
{
    if (!a.overlapsInTime(b))
        return std::nullopt;
    const double v = std::max(0.0, std::max(a.area.zMin, b.area.zMin) - std::min(a.area.zMax, b.area.zMax));
    const bool verticallyClose = v <= rules.verticalGap() + kDistanceTolerance;
    const bool incompatible = rules.incompatible(a.type, b.type);
    const double c = rules.pairClearance(a.type, ra, b.type, rb);
    // How far each rule reaches; -1 when the rule cannot apply to this pair whatever the distance.
    const double besideReach = verticallyClose && (incompatible || otherContractor) ? c : -1.0;
    const double aOverB = rules.worksOverhead(a.type) && b.area.zMax <= a.area.zMin ? ra : -1.0;
    const double bOverA = rules.worksOverhead(b.type) && a.area.zMax <= b.area.zMin ? rb : -1.0;
    const double reach = std::max({besideReach, aOverB, bOverA});
    const double slack = reach + kDistanceTolerance;
    if (reach < 0.0 || a.area.polygon.bounds().squaredDistanceTo(b.area.polygon.bounds()) > slack * slack)
        return std::nullopt;

    const double d = polygonDistance(a.area.polygon, b.area.polygon);
    auto within = [d](double r) { return r >= 0.0 && d <= r + kDistanceTolerance; };
    ConflictKind kind = ConflictKind::None;
    if (verticallyClose && incompatible && within(c))
        kind = ConflictKind::Incompatible;
    else if (within(aOverB) || within(bOverA))
        kind = ConflictKind::Overhead;
    else if (verticallyClose && otherContractor && within(c))
        kind = ConflictKind::CrossWork;
    if (kind == ConflictKind::None)
        return std::nullopt;

    const bool aFirst = view(a.id) < view(b.id);
    const Permit &first = aFirst ? a : b;
    const Permit &second = aFirst ? b : a;
    Conflict out;
    out.a = first.id;
    out.b = second.id;
    out.kind = kind;
    out.distance = d;
    out.overlapStart = second.start > first.start ? second.start : first.start;
    out.overlapEnd = second.end < first.end ? second.end : first.end;
    return out;
}

std::vector<double> radii(const PermitSet &permits, const SimopsRules &rules)
{
    std::vector<double> r(permits.size());
    for (size_t i = 0; i < permits.size(); ++i)
        r[i] = rules.radius(permits[i]);
    return r;
}

} // namespace

QString conflictKindName(ConflictKind kind)
{
    switch (kind) {
    case ConflictKind::Incompatible: return u"incompatible"_s;
    case ConflictKind::Overhead: return u"overhead"_s;
    case ConflictKind::CrossWork: return u"cross_work"_s;
    case ConflictKind::None: break;
    }
    return {};
}

std::optional<Conflict> checkPair(const Permit &a, const Permit &b, const SimopsRules &rules)
{
    return evaluate(a, rules.radius(a), b, rules.radius(b), a.contractor != b.contractor, rules);
}

void sortConflicts(std::vector<Conflict> &conflicts)
{
    // Sort small keys, then move the conflicts into place once.
    struct Key {
        std::u16string_view a, b;
        size_t index;
    };
    std::vector<Key> keys(conflicts.size());
    for (size_t i = 0; i < conflicts.size(); ++i)
        keys[i] = {view(conflicts[i].a), view(conflicts[i].b), i};
    std::sort(keys.begin(), keys.end(), [](const Key &x, const Key &y) {
        const int c = x.a.compare(y.a);
        return c != 0 ? c < 0 : x.b < y.b;
    });
    std::vector<Conflict> sorted;
    sorted.reserve(conflicts.size());
    for (const Key &k : keys)
        sorted.push_back(std::move(conflicts[k.index]));
    conflicts = std::move(sorted);
}

std::vector<Conflict> findConflicts(const PermitSet &permits, const SimopsRules &rules)
{
    const size_t n = permits.size();
    std::vector<Conflict> out;
    if (n < 2)
        return out;
    const std::vector<double> r = radii(permits, rules);
    const std::vector<int> contractor = contractorIds(permits);
    const double reach = rules.maxClearance() + kDistanceTolerance;

    std::vector<Box> boxes(n);
    for (size_t i = 0; i < n; ++i)
        boxes[i] = permits[i].area.polygon.bounds();
    SpatialGrid grid(boxes, reach);

    std::vector<std::pair<qint64, int>> byStart(n); // (start msecs, permit): the sweep's order
    for (size_t i = 0; i < n; ++i)
        byStart[i] = {permits[i].start.msecs, int(i)};
    std::sort(byStart.begin(), byStart.end());

    using Ending = std::pair<qint64, int>; // (end msecs, permit) of the active permits, earliest first
    std::priority_queue<Ending, std::vector<Ending>, std::greater<>> ending;
    std::vector<int> seen(n, -1);
    std::vector<int> candidates;
    for (const auto &[startMsecs, i] : byStart) {
        while (!ending.empty() && ending.top().first <= startMsecs) {
            grid.remove(ending.top().second);
            ending.pop();
        }
        candidates.clear();
        grid.query(boxes[size_t(i)].expanded(reach), i, seen, candidates);
        const Box &box = boxes[size_t(i)];
        for (int j : candidates) {
            if (boxes[size_t(j)].squaredDistanceTo(box) > reach * reach)
                continue;
            if (auto c = evaluate(permits[size_t(j)], r[size_t(j)], permits[size_t(i)], r[size_t(i)],
                                  contractor[size_t(j)] != contractor[size_t(i)], rules))
                out.push_back(std::move(*c));
        }
        grid.insert(i);
        ending.emplace(permits[size_t(i)].end.msecs, i);
    }
    sortConflicts(out);
    return out;
}

std::vector<Conflict> findConflictsNaive(const PermitSet &permits, const SimopsRules &rules)
{
    const std::vector<double> r = radii(permits, rules);
    const std::vector<int> contractor = contractorIds(permits);
    std::vector<Conflict> out;
    for (size_t i = 0; i < permits.size(); ++i) {
        for (size_t j = i + 1; j < permits.size(); ++j) {
            if (auto c = evaluate(permits[i], r[i], permits[j], r[j], contractor[i] != contractor[j], rules))
                out.push_back(std::move(*c));
        }
    }
    sortConflicts(out);
    return out;
}

std::vector<Conflict> checkOne(const Permit &candidate, const PermitSet &active, const SimopsRules &rules)
{
    const double rc = rules.radius(candidate);
    const Box reach = candidate.area.polygon.bounds().expanded(rules.maxClearance() + kDistanceTolerance);
    std::vector<Conflict> out;
    for (const Permit &q : active) {
        if (!q.overlapsInTime(candidate) || !reach.intersects(q.area.polygon.bounds()) || q.id == candidate.id)
            continue;
        if (auto c = evaluate(q, rules.radius(q), candidate, rc, q.contractor != candidate.contractor, rules))
            out.push_back(std::move(*c));
    }
    sortConflicts(out);
    return out;
}

} // namespace gl::conflicts
