// SPDX-License-Identifier: Apache-2.0
#include "modules/permits/simops/ConflictEngine.h"

#include "modules/permits/simops/SpatialGrid.h"

#include <QHash>

#include <algorithm>
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

/// What the pair rule reads of a permit, packed: the hot loops touch these, not the Permit (its
/// strings and polygon live elsewhere in memory) until a pair gets as far as the polygon distance.
struct Facts {
    qint64 start = 0;
    qint64 end = 0;
    Box box;
    double zMin = 0.0;
    double zMax = 0.0;
    double radius = 0.0;
    int contractor = 0; ///< interned: equal ids = same contractor
    WorkType type = WorkType::Unknown;
    const Permit *permit = nullptr;
};

Facts factsOf(const Permit &p, const SimopsRules &rules, int contractor)
{
    return {p.start.msecs, p.end.msecs, p.area.polygon.bounds(), p.area.zMin, p.area.zMax, rules.radius(p),
            contractor, p.type, &p};
}

/// Facts of a whole set, contractors interned.
std::vector<Facts> factsOf(const PermitSet &permits, const SimopsRules &rules)
{
    QHash<QString, int> ids;
    std::vector<Facts> out(permits.size());
    for (size_t i = 0; i < permits.size(); ++i) {
        auto it = ids.constFind(permits[i].contractor);
        if (it == ids.cend())
            it = ids.insert(permits[i].contractor, int(ids.size()));
        out[i] = factsOf(permits[i], rules, it.value());
    }
    return out;
}

/// The rule of CONTRACTS.md section 3 for one pair.
std::optional<Conflict> evaluate(const Facts &a, const Facts &b, const SimopsRules &rules)
{
    if (!(a.start < b.end && b.start < a.end))
        return std::nullopt;
    const double v = std::max(0.0, std::max(a.zMin, b.zMin) - std::min(a.zMax, b.zMax));
    const bool verticallyClose = v <= rules.verticalGap() + kDistanceTolerance;
    const bool incompatible = rules.incompatible(a.type, b.type);
    const bool otherContractor = a.contractor != b.contractor;
    const double c = rules.pairClearance(a.type, a.radius, b.type, b.radius);
    // How far each rule reaches; -1 when the rule cannot apply to this pair whatever the distance.
    const double besideReach = verticallyClose && (incompatible || otherContractor) ? c : -1.0;
    const double aOverB = rules.worksOverhead(a.type) && b.zMax <= a.zMin ? a.radius : -1.0;
    const double bOverA = rules.worksOverhead(b.type) && a.zMax <= b.zMin ? b.radius : -1.0;
    const double reach = std::max({besideReach, aOverB, bOverA});
    const double slack = reach + kDistanceTolerance;
    if (reach < 0.0 || a.box.squaredDistanceTo(b.box) > slack * slack)
        return std::nullopt;

    const Permit &pa = *a.permit;
    const Permit &pb = *b.permit;
    const double d = polygonDistance(pa.area.polygon, pb.area.polygon);
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

    const bool aFirst = view(pa.id) < view(pb.id);
    const Permit &first = aFirst ? pa : pb;
    const Permit &second = aFirst ? pb : pa;
    Conflict out;
    out.a = first.id;
    out.b = second.id;
    out.kind = kind;
    out.distance = d;
    out.overlapStart = second.start > first.start ? second.start : first.start;
    out.overlapEnd = second.end < first.end ? second.end : first.end;
    return out;
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
    return evaluate(factsOf(a, rules, 0), factsOf(b, rules, a.contractor == b.contractor ? 0 : 1), rules);
}

void sortConflicts(std::vector<Conflict> &conflicts)
{
    // Sort small keys, then move the conflicts into place once. The first 8 UTF-16 units of each id
    // are packed into two integers (big-endian, zero-padded: the same order as the strings), so most
    // comparisons do not read the strings at all.
    struct Id {
        quint64 hi = 0, lo = 0;
        std::u16string_view text;
        explicit Id(const QString &s) : text(view(s))
        {
            for (size_t k = 0; k < 8; ++k) {
                const quint64 unit = k < text.size() ? quint64(text[k]) : 0;
                (k < 4 ? hi : lo) |= unit << (16 * (3 - (k % 4)));
            }
        }
        int compare(const Id &o) const
        {
            if (hi != o.hi)
                return hi < o.hi ? -1 : 1;
            if (lo != o.lo)
                return lo < o.lo ? -1 : 1;
            return text.compare(o.text);
        }
    };
    struct Key {
        Id a, b;
        size_t index;
    };
    std::vector<Key> keys;
    keys.reserve(conflicts.size());
    for (size_t i = 0; i < conflicts.size(); ++i)
        keys.push_back({Id(conflicts[i].a), Id(conflicts[i].b), i});
    std::sort(keys.begin(), keys.end(), [](const Key &x, const Key &y) {
        const int c = x.a.compare(y.a);
        return c != 0 ? c < 0 : x.b.compare(y.b) < 0;
    });
    std::vector<Conflict> sorted;
    sorted.reserve(conflicts.size());
    for (const Key &k : keys)
        sorted.push_back(std::move(conflicts[k.index]));
    conflicts = std::move(sorted);
}

std::vector<Conflict> findConflicts(const PermitSet &permits, const SimopsRules &rules)
{
    std::vector<Conflict> out;
    if (permits.size() < 2)
        return out;
    // The facts in start order: the sweep walks them front to back, and the permits active together
    // sit close together in memory.
    std::vector<Facts> facts = factsOf(permits, rules);
    std::stable_sort(facts.begin(), facts.end(), [](const Facts &x, const Facts &y) { return x.start < y.start; });
    const size_t n = facts.size();
    const double reach = rules.maxClearance() + kDistanceTolerance;

    std::vector<Box> boxes(n);
    for (size_t i = 0; i < n; ++i)
        boxes[i] = facts[i].box;
    SpatialGrid grid(boxes, reach);

    using Ending = std::pair<qint64, int>; // (end msecs, index) of the active permits, earliest first
    std::priority_queue<Ending, std::vector<Ending>, std::greater<>> ending;
    std::vector<int> seen(n, -1);
    std::vector<int> candidates;
    for (int i = 0; i < int(n); ++i) {
        const Facts &p = facts[size_t(i)];
        while (!ending.empty() && ending.top().first <= p.start) {
            grid.remove(ending.top().second);
            ending.pop();
        }
        candidates.clear();
        grid.query(p.box.expanded(reach), i, seen, candidates);
        for (int j : candidates) {
            if (auto c = evaluate(facts[size_t(j)], p, rules))
                out.push_back(std::move(*c));
        }
        grid.insert(i);
        ending.emplace(p.end, i);
    }
    sortConflicts(out);
    return out;
}

std::vector<Conflict> findConflictsNaive(const PermitSet &permits, const SimopsRules &rules)
{
    const std::vector<Facts> facts = factsOf(permits, rules);
    std::vector<Conflict> out;
    for (size_t i = 0; i < facts.size(); ++i) {
        for (size_t j = i + 1; j < facts.size(); ++j) {
            if (auto c = evaluate(facts[i], facts[j], rules))
                out.push_back(std::move(*c));
        }
    }
    sortConflicts(out);
    return out;
}

std::vector<Conflict> checkOne(const Permit &candidate, const PermitSet &active, const SimopsRules &rules)
{
    const Facts c = factsOf(candidate, rules, 0);
    const Box reach = c.box.expanded(rules.maxClearance() + kDistanceTolerance);
    std::vector<Conflict> out;
    for (const Permit &q : active) {
        if (!q.overlapsInTime(candidate) || !reach.intersects(q.area.polygon.bounds()) || q.id == candidate.id)
            continue;
        if (auto x = evaluate(factsOf(q, rules, q.contractor == candidate.contractor ? 0 : 1), c, rules))
            out.push_back(std::move(*x));
    }
    sortConflicts(out);
    return out;
}

} // namespace gl::conflicts
