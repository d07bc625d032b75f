// SPDX-License-Identifier: Apache-2.0
// PermitService: reading a permit draft from JSON (`guardlinectl permit create --file P.json`, CONTRACTS.md 6.3).
// The shape only: codes are looked up when the draft is stored, the GB 30871 rules are checked on submit.
#include "modules/permits/logic/PermitService.h"
#include "modules/permits/simops/Geometry.h"
#include "modules/permits/simops/JsonInput.h"
#include "platform/util/Error.h"
#include "platform/util/Timestamp.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace gl {

namespace {

/// Reads one P.json object; every problem is BadInput "SOURCE: permit 'CODE': field 'F': problem".
class DraftReader {
public:
    DraftReader(const QJsonObject &o, const QString &source) : m_o(o), m_source(source) {}

    [[noreturn]] void bad(const QString &field, const QString &problem) const
    {
        fail(ErrorCode::BadInput, u"%1: %2field '%3': %4"_s.arg(m_source, m_code.isEmpty() ? QString() : u"permit '%1': "_s.arg(m_code),
                                                                field, problem));
    }

    bool has(const QString &key) const
    {
        const QJsonValue v = m_o.value(key);
        return !v.isUndefined() && !v.isNull();
    }

    QString text(const QString &key, bool required) const
    {
        if (!has(key)) {
            if (required)
                bad(key, u"missing"_s);
            return {};
        }
        const QJsonValue v = m_o.value(key);
        if (!v.isString())
            bad(key, u"must be a string"_s);
        const QString s = v.toString().trimmed();
        if (required && s.isEmpty())
            bad(key, u"must not be empty"_s);
        return s;
    }

    double number(const QString &key) const
    {
        if (!has(key))
            bad(key, u"missing"_s);
        const QJsonValue v = m_o.value(key);
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            bad(key, u"must be a number (metres)"_s);
        if (std::abs(v.toDouble()) > site::kMaxCoordinateMetres)
            bad(key, u"%1 is not within %2 m of the site origin"_s.arg(v.toDouble(), 0, 'g', 17).arg(site::kMaxCoordinateMetres, 0, 'f', 0));
        return v.toDouble();
    }

    QStringList codes(const QString &key, const QString &what) const
    {
        if (!has(key))
            return {};
        if (!m_o.value(key).isArray())
            bad(key, u"must be an array of %1"_s.arg(what));
        QStringList out;
        const QJsonArray a = m_o.value(key).toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString() || a.at(i).toString().trimmed().isEmpty())
                bad(u"%1[%2]"_s.arg(key).arg(i), u"must be a non-empty string (%1)"_s.arg(what));
            out << a.at(i).toString().trimmed();
        }
        return out;
    }

    qint64 time(const QString &key) const
    {
        const QString s = text(key, true);
        // ISO 8601 with an offset: the one timestamp reader of Guardline, as in CONTRACTS.md section 3.
        const TimestampResult t = parseTimestamp(QStringView(s), QTimeZone::utc());
        if (!t)
            bad(key, t.error);
        if (t->form == TimeForm::Zone)
            bad(key, u"'%1' has no UTC offset (write it as 2026-03-02T08:00:00+08:00)"_s.arg(s));
        return t->msecs;
    }

    site::Polygon polygon() const
    {
        const QString key = u"polygon"_s;
        if (!has(key))
            bad(key, u"missing"_s);
        if (!m_o.value(key).isArray())
            bad(key, u"must be an array of [x, y] points"_s);
        const QJsonArray arr = m_o.value(key).toArray();
        if (arr.size() > conflicts::kMaxPolygonPoints + 1)
            bad(key, u"has %1 points; at most %2 are accepted"_s.arg(arr.size()).arg(conflicts::kMaxPolygonPoints));
        std::vector<conflicts::Point> pts;
        for (qsizetype i = 0; i < arr.size(); ++i) {
            const QJsonArray p = arr.at(i).toArray();
            if (!arr.at(i).isArray() || p.size() != 2 || !p.at(0).isDouble() || !p.at(1).isDouble() || !std::isfinite(p.at(0).toDouble())
                || !std::isfinite(p.at(1).toDouble()))
                bad(u"polygon[%1]"_s.arg(i), u"must be [x, y] with two numbers (site metres)"_s);
            pts.push_back({p.at(0).toDouble(), p.at(1).toDouble()});
        }
        if (pts.size() > 3 && pts.front() == pts.back())
            pts.pop_back(); // written closed: accepted, as in a permit set
        if (pts.size() < 3)
            bad(key, u"needs at least 3 points, got %1"_s.arg(pts.size()));
        site::Polygon out;
        for (const conflicts::Point &p : pts)
            out << QPointF(p.x, p.y);
        if (const auto si = conflicts::findSelfIntersection(pts)) {
            const int n = int(pts.size());
            if (si->edgeA == si->edgeB)
                bad(key, u"self-intersecting: points %1 and %2 are the same"_s.arg(si->edgeA).arg((si->edgeA + 1) % n));
            bad(key, u"self-intersecting: edge %1-%2 meets edge %3-%4"_s.arg(si->edgeA).arg((si->edgeA + 1) % n).arg(si->edgeB)
                         .arg((si->edgeB + 1) % n));
        }
        if (const QString problem = site::polygonProblem(out); !problem.isEmpty())
            bad(key, problem);
        return out;
    }

    PermitInput read(const permits::Gb30871Rules &rules)
    {
        static const QStringList keys{u"code"_s, u"type"_s, u"grade"_s, u"contractor"_s, u"area"_s, u"equipment"_s, u"title"_s,
                                      u"polygon"_s, u"z_min"_s, u"z_max"_s, u"start"_s, u"end"_s, u"guardian"_s, u"workers"_s,
                                      u"coordinator"_s, u"checks"_s};
        PermitInput in;
        in.code = text(u"code"_s, true);
        m_code = in.code;
        for (const QString &k : m_o.keys())
            if (!keys.contains(k)) // a misspelt key would silently leave a field empty
                bad(k, u"unknown (the fields are %1)"_s.arg(keys.join(u", "_s)));
        in.type = text(u"type"_s, true);
        const permits::TypeRules *type = rules.type(in.type);
        if (!PermitService::types().contains(in.type) || !type)
            bad(u"type"_s, u"unknown type '%1' (expected one of %2)"_s.arg(in.type, PermitService::types().join(u", "_s)));
        in.grade = text(u"grade"_s, false);
        if (in.grade.isEmpty() && type->grades.size() == 1)
            in.grade = type->grades.first();
        if (in.grade.isEmpty())
            bad(u"grade"_s, u"missing (%1 is one of %2)"_s.arg(in.type, type->grades.join(u", "_s)));
        if (!type->grades.contains(in.grade))
            bad(u"grade"_s, u"'%1' is not a grade of %2 (%3)"_s.arg(in.grade, in.type, type->grades.join(u", "_s)));
        in.contractorCode = text(u"contractor"_s, true);
        in.areaCode = text(u"area"_s, true);
        in.equipmentCode = text(u"equipment"_s, false);
        in.title = text(u"title"_s, true);
        in.polygon = polygon();
        in.zMin = number(u"z_min"_s);
        in.zMax = number(u"z_max"_s);
        if (in.zMax < in.zMin)
            bad(u"z_max"_s, u"must not be below z_min"_s);
        in.startsAt = time(u"start"_s);
        in.endsAt = time(u"end"_s);
        if (in.endsAt <= in.startsAt)
            bad(u"end"_s, u"must be after 'start'"_s);
        in.guardianCode = text(u"guardian"_s, false);
        in.workerCodes = codes(u"workers"_s, u"worker codes"_s);
        in.coordinatorCode = text(u"coordinator"_s, false);
        in.checks = codes(u"checks"_s, u"checklist keys"_s);
        QStringList known;
        for (const permits::ChecklistItem &item : rules.checklist(in.type))
            known << item.key;
        for (qsizetype i = 0; i < in.checks.size(); ++i)
            if (!known.contains(in.checks.at(i)))
                bad(u"checks[%1]"_s.arg(i), u"'%1' is not an item of the %2 checklist (%3)"_s.arg(in.checks.at(i), in.type, known.join(u", "_s)));
        return in;
    }

private:
    const QJsonObject &m_o;
    const QString &m_source;
    QString m_code;
};

} // namespace

PermitInput PermitService::inputFromJson(const QByteArray &json, const QString &source) const
{
    const QJsonObject o = conflicts::detail::parseJsonObject(json, source);
    return DraftReader(o, source).read(rules());
}

PermitInput PermitService::inputFromFile(const QString &path) const
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        fail(ErrorCode::BadInput, u"%1: cannot read: %2"_s.arg(path, f.errorString()));
    constexpr qint64 kMaxBytes = 1 << 20; // a permit is a few hundred bytes
    const QByteArray bytes = f.read(kMaxBytes + 1);
    if (bytes.size() > kMaxBytes)
        fail(ErrorCode::BadInput, u"%1: larger than %2 bytes: not a permit"_s.arg(path).arg(kMaxBytes));
    return inputFromJson(bytes, path);
}

} // namespace gl
