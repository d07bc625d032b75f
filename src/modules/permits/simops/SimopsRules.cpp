// SPDX-License-Identifier: Apache-2.0
#include "modules/permits/simops/SimopsRules.h"

#include "modules/permits/simops/JsonInput.h"
#include "platform/util/Error.h"

#include <QFile>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gl::conflicts {
namespace {

const QString kDefaultResource = u":/guardline/conflicts/simops-default.json"_s;

/// Reads one rules document, throwing with "FILE: field 'KEY': problem".
class RulesReader {
public:
    explicit RulesReader(const QString &source) : m_source(source) {}

    [[noreturn]] void bad(const QString &field, const QString &problem) const
    {
        fail(ErrorCode::BadInput, m_source % u": field '"_s % field % u"': "_s % problem);
    }

    double metres(const QJsonValue &v, const QString &field) const
    {
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < 0.0)
            bad(field, u"must be a number of metres >= 0"_s);
        return v.toDouble();
    }

    WorkType type(const QJsonValue &v, const QString &field) const
    {
        const WorkType t = workTypeFromName(v.toString());
        if (!v.isString() || t == WorkType::Unknown)
            bad(field, u"unknown work type '"_s % v.toString() % u"'"_s);
        return t;
    }

    std::pair<WorkType, WorkType> typePair(const QJsonValue &v, const QString &field) const
    {
        const QJsonArray arr = v.toArray();
        if (!v.isArray() || arr.size() != 2)
            bad(field, u"must be a pair of work types"_s);
        return {type(arr.at(0), field % u"[0]"_s), type(arr.at(1), field % u"[1]"_s)};
    }

    QJsonArray array(const QJsonValue &v, const QString &field) const
    {
        if (!v.isArray())
            bad(field, u"must be an array"_s);
        return v.toArray();
    }

    std::vector<HeightBand> bands(const QJsonValue &v, const QString &field) const
    {
        const QJsonObject obj = v.toObject();
        if (!v.isObject() || obj.size() != 1 || !obj.contains(u"by_z_max"_s))
            bad(field, u"must be a number or {\"by_z_max\": [...]}"_s);
        const QString bf = field % u".by_z_max"_s;
        const QJsonArray arr = array(obj.value(u"by_z_max"_s), bf);
        std::vector<HeightBand> out;
        for (qsizetype i = 0; i < arr.size(); ++i) {
            const QString f = bf % u'[' % QString::number(i) % u']';
            const QJsonObject b = arr.at(i).toObject();
            HeightBand band;
            band.metres = metres(b.value(u"m"_s), f % u".m"_s);
            const bool last = i == arr.size() - 1;
            if (b.contains(u"up_to"_s)) {
                if (last)
                    bad(f, u"the last band must have no 'up_to' (it covers every higher z_max)"_s);
                if (!b.value(u"up_to"_s).isDouble())
                    bad(f % u".up_to"_s, u"must be a number"_s);
                band.upTo = b.value(u"up_to"_s).toDouble();
                if (!out.empty() && band.upTo <= out.back().upTo)
                    bad(f % u".up_to"_s, u"bands must be in increasing order of up_to"_s);
            } else if (!last) {
                bad(f % u".up_to"_s, u"missing (only the last band has none)"_s);
            }
            out.push_back(band);
        }
        if (out.empty())
            bad(bf, u"needs at least one band"_s);
        return out;
    }

    void read(const QJsonObject &root, SimopsRules &rules) const
    {
        static const QStringList known = {u"format"_s,         u"description"_s,  u"clearance_m"_s,
                                          u"pair_clearance_m"_s, u"incompatible"_s, u"vertical_gap_m"_s,
                                          u"overhead_types"_s};
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (!known.contains(it.key()))
                bad(it.key(), u"unknown key (expected one of "_s % known.join(u", "_s) % u')');
        }
        if (root.contains(u"format"_s) && root.value(u"format"_s).toString() != u"guardline-simops/1"_s)
            bad(u"format"_s, u"unsupported format (this Guardline reads guardline-simops/1)"_s);

        const QJsonObject clearance = root.value(u"clearance_m"_s).toObject();
        if (root.contains(u"clearance_m"_s) && !root.value(u"clearance_m"_s).isObject())
            bad(u"clearance_m"_s, u"must be an object of work type -> metres"_s);
        for (auto it = clearance.begin(); it != clearance.end(); ++it) {
            const QString f = u"clearance_m."_s % it.key();
            const WorkType t = type(QJsonValue(it.key()), f);
            if (it.value().isDouble()) {
                rules.setHeightBands(t, {});
                rules.setRadius(t, metres(it.value(), f));
            } else {
                rules.setHeightBands(t, bands(it.value(), f));
            }
        }

        if (root.contains(u"pair_clearance_m"_s)) {
            for (WorkType a : allWorkTypes())
                for (WorkType b : allWorkTypes())
                    rules.setPairClearance(a, b, -1.0);
            const QJsonArray arr = array(root.value(u"pair_clearance_m"_s), u"pair_clearance_m"_s);
            for (qsizetype i = 0; i < arr.size(); ++i) {
                const QString f = u"pair_clearance_m["_s % QString::number(i) % u']';
                const QJsonObject o = arr.at(i).toObject();
                const auto [a, b] = typePair(o.value(u"types"_s), f % u".types"_s);
                rules.setPairClearance(a, b, metres(o.value(u"m"_s), f % u".m"_s));
            }
        }

        if (root.contains(u"incompatible"_s)) {
            for (WorkType a : allWorkTypes())
                for (WorkType b : allWorkTypes())
                    rules.setIncompatible(a, b, false);
            const QJsonArray arr = array(root.value(u"incompatible"_s), u"incompatible"_s);
            for (qsizetype i = 0; i < arr.size(); ++i) {
                const auto [a, b] = typePair(arr.at(i), u"incompatible["_s % QString::number(i) % u']');
                rules.setIncompatible(a, b, true);
            }
        }

        if (root.contains(u"vertical_gap_m"_s))
            rules.setVerticalGap(metres(root.value(u"vertical_gap_m"_s), u"vertical_gap_m"_s));

        if (root.contains(u"overhead_types"_s)) {
            for (WorkType t : allWorkTypes())
                rules.setOverhead(t, false);
            const QJsonArray arr = array(root.value(u"overhead_types"_s), u"overhead_types"_s);
            for (qsizetype i = 0; i < arr.size(); ++i)
                rules.setOverhead(type(arr.at(i), u"overhead_types["_s % QString::number(i) % u']'), true);
        }
    }

private:
    const QString &m_source;
};

SimopsRules loadDefaults()
{
    QFile file(kDefaultResource);
    if (!file.open(QIODevice::ReadOnly))
        fail(ErrorCode::Unknown, kDefaultResource % u": built-in SIMOPS rules missing from the build"_s);
    return SimopsRules::fromJson(detail::parseJsonObject(file.readAll(), kDefaultResource),
                                 kDefaultResource, SimopsRules());
}

} // namespace

SimopsRules::SimopsRules()
{
    for (auto &row : m_pair)
        row.fill(-1.0);
}

const SimopsRules &SimopsRules::defaults()
{
    static const SimopsRules rules = loadDefaults();
    return rules;
}

SimopsRules SimopsRules::fromFile(const QString &path, const SimopsRules &base)
{
    return fromJson(detail::readJsonObjectFile(path), path, base);
}

SimopsRules SimopsRules::fromJson(const QJsonObject &root, const QString &source, const SimopsRules &base)
{
    SimopsRules rules = base;
    RulesReader(source).read(root, rules);
    return rules;
}

double SimopsRules::radius(WorkType type, double zMax) const
{
    const auto &bands = m_bands[int(type)];
    if (bands.empty())
        return m_radius[int(type)];
    for (const HeightBand &b : bands) {
        if (zMax <= b.upTo)
            return b.metres;
    }
    return bands.back().metres;
}

double SimopsRules::maxClearance() const
{
    double m = 0.0;
    for (WorkType a : allWorkTypes()) {
        m = std::max(m, m_radius[int(a)]);
        for (const HeightBand &b : m_bands[int(a)])
            m = std::max(m, b.metres);
        for (WorkType b : allWorkTypes())
            m = std::max(m, m_pair[int(a)][int(b)]);
    }
    return m;
}

void SimopsRules::setRadius(WorkType t, double metres)
{
    m_radius[int(t)] = metres;
}

void SimopsRules::setHeightBands(WorkType t, std::vector<HeightBand> bands)
{
    m_bands[int(t)] = std::move(bands);
}

void SimopsRules::setPairClearance(WorkType a, WorkType b, double metres)
{
    m_pair[int(a)][int(b)] = metres;
    m_pair[int(b)][int(a)] = metres;
}

void SimopsRules::setIncompatible(WorkType a, WorkType b, bool on)
{
    m_incompatible[int(a)][int(b)] = on;
    m_incompatible[int(b)][int(a)] = on;
}

} // namespace gl::conflicts
