// SPDX-License-Identifier: Apache-2.0
#include "modules/permits/gb30871/Gb30871Rules.h"
#include "platform/util/Error.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gl::permits {
namespace {

const QStringList kTypes = {u"hot_work"_s, u"confined_space"_s, u"blind_plate"_s, u"work_at_height"_s,
                            u"lifting"_s, u"temporary_power"_s, u"excavation"_s, u"road_closure"_s};
const QStringList kGrades = {u"special"_s, u"level1"_s, u"level2"_s, u"standard"_s};
const QStringList kSeverities = {u"critical"_s, u"high"_s, u"medium"_s, u"low"_s};
const QStringList kRoles = {u"admin"_s, u"dispatcher"_s, u"ehs_manager"_s, u"safety_officer"_s,
                            u"area_supervisor"_s, u"contractor_coordinator"_s, u"viewer"_s};

/// Reads one JSON object, naming the file and the dotted field in every error.
struct Reader {
    QString source;

    [[noreturn]] void bad(const QString &field, const QString &problem) const
    {
        fail(ErrorCode::BadInput, u"%1: field '%2': %3"_s.arg(source, field, problem));
    }
    void onlyKeys(const QJsonObject &o, const QString &at, const QStringList &known) const
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!known.contains(it.key()))
                bad(at.isEmpty() ? it.key() : at + u'.' + it.key(), u"unknown key (known: %1)"_s.arg(known.join(u", "_s)));
    }
    QJsonObject object(const QJsonValue &v, const QString &field) const
    {
        if (!v.isObject())
            bad(field, u"must be an object"_s);
        return v.toObject();
    }
    double number(const QJsonValue &v, const QString &field, double min = 0.0) const
    {
        if (!v.isDouble())
            bad(field, u"must be a number"_s);
        if (v.toDouble() < min)
            bad(field, u"must be at least %1"_s.arg(min));
        return v.toDouble();
    }
    bool boolean(const QJsonValue &v, const QString &field) const
    {
        if (!v.isBool())
            bad(field, u"must be true or false"_s);
        return v.toBool();
    }
    QStringList strings(const QJsonValue &v, const QString &field, const QStringList &allowed = {}) const
    {
        if (!v.isArray())
            bad(field, u"must be an array of strings"_s);
        QStringList out;
        for (const QJsonValue &e : v.toArray()) {
            if (!e.isString() || e.toString().isEmpty())
                bad(field, u"must be an array of strings"_s);
            if (!allowed.isEmpty() && !allowed.contains(e.toString()))
                bad(field, u"'%1' is not one of %2"_s.arg(e.toString(), allowed.join(u", "_s)));
            out << e.toString();
        }
        return out;
    }
    QTime time(const QJsonValue &v, const QString &field) const
    {
        const QTime t = QTime::fromString(v.toString(), u"HH:mm"_s);
        if (!v.isString() || !t.isValid())
            bad(field, u"must be a time 'HH:mm'"_s);
        return t;
    }
    template<class T, class F> QHash<QString, T> byGrade(const QJsonValue &v, const QString &field, F read) const
    {
        QHash<QString, T> out;
        const QJsonObject o = object(v, field);
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!kGrades.contains(it.key()))
                bad(field + u'.' + it.key(), u"unknown grade (known: %1)"_s.arg(kGrades.join(u", "_s)));
            out.insert(it.key(), read(it.value(), field + u'.' + it.key()));
        }
        return out;
    }
};

/// A site file overrides only the grades it names; the others keep the base's values.
template<class Map> void mergeInto(Map &dst, const Map &src)
{
    for (auto it = src.cbegin(); it != src.cend(); ++it)
        dst.insert(it.key(), it.value());
}

void readType(const Reader &r, const QJsonObject &o, const QString &at, TypeRules &t)
{
    r.onlyKeys(o, at, {u"grades"_s, u"max_validity_hours"_s, u"gas_test"_s, u"retest_after_interruption_min"_s,
                       u"gas_log_interval_min"_s, u"grade_raise"_s, u"one_per_blind"_s, u"certificates"_s});
    if (o.contains(u"grades"_s)) {
        t.grades = r.strings(o.value(u"grades"_s), at + u".grades"_s, kGrades);
        if (t.grades.isEmpty())
            r.bad(at + u".grades"_s, u"must name at least one grade"_s);
    }
    if (o.contains(u"max_validity_hours"_s))
        mergeInto(t.maxValidityHours, r.byGrade<double>(o.value(u"max_validity_hours"_s), at + u".max_validity_hours"_s,
                                                        [&](const QJsonValue &v, const QString &f) { return r.number(v, f, 0.1); }));
    if (o.contains(u"gas_test"_s))
        t.gasTest = r.boolean(o.value(u"gas_test"_s), at + u".gas_test"_s);
    if (o.contains(u"retest_after_interruption_min"_s))
        mergeInto(t.retestAfterMin, r.byGrade<int>(o.value(u"retest_after_interruption_min"_s), at + u".retest_after_interruption_min"_s,
                                                   [&](const QJsonValue &v, const QString &f) { return int(r.number(v, f, 1)); }));
    if (o.contains(u"gas_log_interval_min"_s))
        t.gasLogIntervalMin = int(r.number(o.value(u"gas_log_interval_min"_s), at + u".gas_log_interval_min"_s));
    if (o.contains(u"grade_raise"_s))
        t.gradeRaise = r.boolean(o.value(u"grade_raise"_s), at + u".grade_raise"_s);
    if (o.contains(u"one_per_blind"_s))
        t.onePerBlind = r.boolean(o.value(u"one_per_blind"_s), at + u".one_per_blind"_s);
    if (o.contains(u"certificates"_s))
        t.certificates = r.strings(o.value(u"certificates"_s), at + u".certificates"_s);
}

} // namespace

const Gb30871Rules &Gb30871Rules::defaults()
{
    static const Gb30871Rules rules = [] {
        QFile f(u":/guardline/config/gb30871.json"_s);
        if (!f.open(QIODevice::ReadOnly))
            fail(ErrorCode::Unknown, u"the built-in GB 30871 rules are missing (:/guardline/config/gb30871.json)"_s);
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
        if (!doc.isObject())
            fail(ErrorCode::Unknown, u"gb30871.json: %1"_s.arg(pe.errorString()));
        return fromJson(doc.object(), u"gb30871.json"_s, nullptr);
    }();
    return rules;
}

Gb30871Rules Gb30871Rules::fromFile(const QString &path, const Gb30871Rules &base)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        fail(ErrorCode::BadInput, u"%1: cannot be read: %2"_s.arg(path, f.errorString()));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError)
        fail(ErrorCode::BadInput, u"%1: offset %2: %3"_s.arg(path).arg(pe.offset).arg(pe.errorString()));
    if (!doc.isObject())
        fail(ErrorCode::BadInput, u"%1: the top level must be an object"_s.arg(path));
    return fromJson(doc.object(), path, &base);
}

Gb30871Rules Gb30871Rules::fromJson(const QJsonObject &root, const QString &source, const Gb30871Rules *base)
{
    const Reader r{source};
    Gb30871Rules out = base ? *base : Gb30871Rules();
    r.onlyKeys(root, {}, {u"standard"_s, u"grades"_s, u"night"_s, u"rest_days"_s, u"holidays"_s, u"briefing_valid_days"_s,
                          u"gas"_s, u"approvers"_s, u"types"_s, u"sign_offs"_s, u"checklists"_s, u"alarm_suspension"_s,
                          u"gas_log_overdue"_s, u"camera_binding"_s});
    if (root.contains(u"grades"_s))
        out.m_grades = r.strings(root.value(u"grades"_s), u"grades"_s, kGrades);
    if (root.contains(u"night"_s)) {
        const QJsonObject n = r.object(root.value(u"night"_s), u"night"_s);
        r.onlyKeys(n, u"night"_s, {u"from"_s, u"to"_s});
        out.m_nightFrom = r.time(n.value(u"from"_s), u"night.from"_s);
        out.m_nightTo = r.time(n.value(u"to"_s), u"night.to"_s);
    }
    if (root.contains(u"rest_days"_s)) {
        if (!root.value(u"rest_days"_s).isArray())
            r.bad(u"rest_days"_s, u"must be an array of ISO weekdays 1 (Monday) to 7 (Sunday)"_s);
        out.m_restDays.clear();
        for (const QJsonValue &d : root.value(u"rest_days"_s).toArray()) {
            const int day = int(r.number(d, u"rest_days"_s, 1));
            if (day > 7 || d.toDouble() != day)
                r.bad(u"rest_days"_s, u"must be an array of ISO weekdays 1 (Monday) to 7 (Sunday)"_s);
            out.m_restDays.insert(day);
        }
    }
    if (root.contains(u"holidays"_s)) {
        out.m_holidays.clear();
        for (const QString &d : r.strings(root.value(u"holidays"_s), u"holidays"_s)) {
            const QDate date = QDate::fromString(d, Qt::ISODate);
            if (!date.isValid())
                r.bad(u"holidays"_s, u"'%1' is not a date YYYY-MM-DD"_s.arg(d));
            out.m_holidays.insert(date);
        }
    }
    if (root.contains(u"briefing_valid_days"_s))
        out.m_briefingValidDays = int(r.number(root.value(u"briefing_valid_days"_s), u"briefing_valid_days"_s, 1));
    if (root.contains(u"gas"_s)) {
        const QJsonObject g = r.object(root.value(u"gas"_s), u"gas"_s);
        r.onlyKeys(g, u"gas"_s, {u"sample_before_start_min"_s, u"combustible_limit_vol_pct"_s, u"o2_pct"_s});
        if (g.contains(u"sample_before_start_min"_s))
            out.m_sampleBeforeMin = int(r.number(g.value(u"sample_before_start_min"_s), u"gas.sample_before_start_min"_s, 1));
        if (g.contains(u"combustible_limit_vol_pct"_s)) {
            const QJsonObject c = r.object(g.value(u"combustible_limit_vol_pct"_s), u"gas.combustible_limit_vol_pct"_s);
            r.onlyKeys(c, u"gas.combustible_limit_vol_pct"_s, {u"lel_at_least_4"_s, u"lel_below_4"_s});
            if (c.contains(u"lel_at_least_4"_s))
                out.m_limitLel4 = r.number(c.value(u"lel_at_least_4"_s), u"gas.combustible_limit_vol_pct.lel_at_least_4"_s);
            if (c.contains(u"lel_below_4"_s))
                out.m_limitBelow4 = r.number(c.value(u"lel_below_4"_s), u"gas.combustible_limit_vol_pct.lel_below_4"_s);
        }
        if (g.contains(u"o2_pct"_s)) {
            const QJsonObject o = r.object(g.value(u"o2_pct"_s), u"gas.o2_pct"_s);
            r.onlyKeys(o, u"gas.o2_pct"_s, {u"min"_s, u"max"_s, u"max_enriched"_s});
            if (o.contains(u"min"_s))
                out.m_o2Min = r.number(o.value(u"min"_s), u"gas.o2_pct.min"_s);
            if (o.contains(u"max"_s))
                out.m_o2Max = r.number(o.value(u"max"_s), u"gas.o2_pct.max"_s);
            if (o.contains(u"max_enriched"_s))
                out.m_o2MaxEnriched = r.number(o.value(u"max_enriched"_s), u"gas.o2_pct.max_enriched"_s);
            if (out.m_o2Max < out.m_o2Min)
                r.bad(u"gas.o2_pct.max"_s, u"must not be below min"_s);
        }
    }
    if (root.contains(u"approvers"_s)) {
        const QJsonObject a = r.object(root.value(u"approvers"_s), u"approvers"_s);
        for (auto it = a.begin(); it != a.end(); ++it) {
            const QString f = u"approvers."_s + it.key();
            if (!kGrades.contains(it.key()))
                r.bad(f, u"unknown grade (known: %1)"_s.arg(kGrades.join(u", "_s)));
            const QStringList roles = r.strings(it.value(), f, kRoles);
            if (roles.isEmpty())
                r.bad(f, u"must name at least one role"_s);
            out.m_approvers.insert(it.key(), roles);
        }
    }
    if (root.contains(u"types"_s)) {
        const QJsonObject t = r.object(root.value(u"types"_s), u"types"_s);
        for (auto it = t.begin(); it != t.end(); ++it) {
            const QString at = u"types."_s + it.key();
            if (!kTypes.contains(it.key()))
                r.bad(at, u"not a GB 30871-2022 type (%1)"_s.arg(kTypes.join(u", "_s)));
            readType(r, r.object(it.value(), at), at, out.m_types[it.key()]);
        }
    }
    if (root.contains(u"sign_offs"_s)) {
        if (!root.value(u"sign_offs"_s).isArray() || root.value(u"sign_offs"_s).toArray().isEmpty())
            r.bad(u"sign_offs"_s, u"must be a non-empty array of steps"_s);
        out.m_signOffs.clear();
        QStringList seen;
        const QJsonArray steps = root.value(u"sign_offs"_s).toArray();
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const QString at = u"sign_offs[%1]"_s.arg(i);
            const QJsonObject o = r.object(steps.at(i), at);
            r.onlyKeys(o, at, {u"step"_s, u"name"_s, u"name_zh"_s, u"roles"_s, u"roles_by_grade"_s, u"signer"_s, u"on_site"_s, u"action"_s});
            SignOffStep s;
            s.step = o.value(u"step"_s).toString();
            if (s.step.isEmpty())
                r.bad(at + u".step"_s, u"missing"_s);
            if (seen.contains(s.step))
                r.bad(at + u".step"_s, u"'%1' is listed twice"_s.arg(s.step));
            seen << s.step;
            s.name = o.value(u"name"_s).toString(s.step);
            s.nameZh = o.value(u"name_zh"_s).toString(s.name);
            if (o.contains(u"roles_by_grade"_s))
                s.rolesByGrade = r.boolean(o.value(u"roles_by_grade"_s), at + u".roles_by_grade"_s);
            if (o.contains(u"roles"_s))
                s.roles = r.strings(o.value(u"roles"_s), at + u".roles"_s, kRoles);
            if (!s.rolesByGrade && s.roles.isEmpty())
                r.bad(at + u".roles"_s, u"must name at least one role (or set roles_by_grade)"_s);
            s.signer = o.value(u"signer"_s).toString();
            if (!s.signer.isEmpty() && s.signer != u"guardian"_s)
                r.bad(at + u".signer"_s, u"'%1' is not 'guardian'"_s.arg(s.signer));
            if (o.contains(u"on_site"_s))
                s.onSite = r.boolean(o.value(u"on_site"_s), at + u".on_site"_s);
            s.action = o.value(u"action"_s).toString();
            if (!s.action.isEmpty() && s.action != u"submit"_s && s.action != u"approve"_s)
                r.bad(at + u".action"_s, u"'%1' is not submit or approve"_s.arg(s.action));
            out.m_signOffs << s;
        }
        if (out.m_signOffs.first().action != u"submit"_s)
            r.bad(u"sign_offs[0].action"_s, u"the first step is the applicant's: action 'submit'"_s);
        if (std::count_if(out.m_signOffs.cbegin(), out.m_signOffs.cend(), [](const SignOffStep &s) { return s.action == u"approve"_s; }) != 1)
            r.bad(u"sign_offs"_s, u"exactly one step performs 'approve'"_s);
    }
    if (root.contains(u"checklists"_s)) {
        const QJsonObject c = r.object(root.value(u"checklists"_s), u"checklists"_s);
        for (auto it = c.begin(); it != c.end(); ++it) {
            const QString at = u"checklists."_s + it.key();
            if (!kTypes.contains(it.key()))
                r.bad(at, u"not a GB 30871-2022 type (%1)"_s.arg(kTypes.join(u", "_s)));
            if (!it.value().isArray())
                r.bad(at, u"must be an array of {key, text, text_zh}"_s);
            QList<ChecklistItem> items;
            const QJsonArray a = it.value().toArray();
            for (qsizetype i = 0; i < a.size(); ++i) {
                const QString f = u"%1[%2]"_s.arg(at).arg(i);
                const QJsonObject o = r.object(a.at(i), f);
                r.onlyKeys(o, f, {u"key"_s, u"text"_s, u"text_zh"_s});
                ChecklistItem item{o.value(u"key"_s).toString(), o.value(u"text"_s).toString(), o.value(u"text_zh"_s).toString()};
                if (item.key.isEmpty() || item.text.isEmpty())
                    r.bad(f, u"'key' and 'text' are required"_s);
                if (item.textZh.isEmpty())
                    item.textZh = item.text;
                items << item;
            }
            out.m_checklists.insert(it.key(), items);
        }
    }
    if (root.contains(u"alarm_suspension"_s)) {
        const QJsonObject a = r.object(root.value(u"alarm_suspension"_s), u"alarm_suspension"_s);
        r.onlyKeys(a, u"alarm_suspension"_s, {u"sensor_kinds"_s, u"rules"_s, u"min_severity"_s});
        if (a.contains(u"sensor_kinds"_s))
            out.m_alarmSuspension.sensorKinds = r.strings(a.value(u"sensor_kinds"_s), u"alarm_suspension.sensor_kinds"_s);
        if (a.contains(u"rules"_s))
            out.m_alarmSuspension.rules = r.strings(a.value(u"rules"_s), u"alarm_suspension.rules"_s);
        if (a.contains(u"min_severity"_s))
            out.m_alarmSuspension.minSeverity = r.strings(QJsonArray{a.value(u"min_severity"_s)}, u"alarm_suspension.min_severity"_s,
                                                          kSeverities).first();
    }
    if (root.contains(u"gas_log_overdue"_s)) {
        const QJsonObject g = r.object(root.value(u"gas_log_overdue"_s), u"gas_log_overdue"_s);
        r.onlyKeys(g, u"gas_log_overdue"_s, {u"alarm_severity"_s, u"suspend"_s});
        if (g.contains(u"alarm_severity"_s))
            out.m_gasLogSeverity = r.strings(QJsonArray{g.value(u"alarm_severity"_s)}, u"gas_log_overdue.alarm_severity"_s, kSeverities).first();
        if (g.contains(u"suspend"_s))
            out.m_gasLogSuspend = r.boolean(g.value(u"suspend"_s), u"gas_log_overdue.suspend"_s);
    }
    if (root.contains(u"camera_binding"_s)) {
        const QJsonObject c = r.object(root.value(u"camera_binding"_s), u"camera_binding"_s);
        r.onlyKeys(c, u"camera_binding"_s, {u"types_grades"_s, u"min_cameras"_s});
        if (c.contains(u"types_grades"_s)) {
            out.m_cameraGrades.clear();
            const QJsonObject tg = r.object(c.value(u"types_grades"_s), u"camera_binding.types_grades"_s);
            for (auto it = tg.begin(); it != tg.end(); ++it) {
                const QString at = u"camera_binding.types_grades."_s + it.key();
                if (!kTypes.contains(it.key()))
                    r.bad(at, u"not a GB 30871-2022 type (%1)"_s.arg(kTypes.join(u", "_s)));
                out.m_cameraGrades.insert(it.key(), r.strings(it.value(), at, kGrades));
            }
        }
        if (c.contains(u"min_cameras"_s))
            out.m_minCameras = int(r.number(c.value(u"min_cameras"_s), u"camera_binding.min_cameras"_s, 1));
    }
    if (!base) {
        if (out.m_signOffs.isEmpty())
            r.bad(u"sign_offs"_s, u"missing"_s);
        for (const QString &type : kTypes)
            if (!out.m_types.contains(type))
                r.bad(u"types."_s + type, u"missing"_s);
        for (const QString &grade : kGrades)
            if (!out.m_approvers.contains(grade))
                r.bad(u"approvers."_s + grade, u"missing"_s);
    }
    return out;
}

const TypeRules *Gb30871Rules::type(const QString &type) const
{
    const auto it = m_types.constFind(type);
    return it == m_types.cend() ? nullptr : &it.value();
}

QString Gb30871Rules::raised(const QString &grade) const
{
    const qsizetype i = m_grades.indexOf(grade);
    return i > 0 ? m_grades.at(i - 1) : grade;
}

bool Gb30871Rules::needsGradeRaise(qint64 startMs, qint64 endMs, const QByteArray &timeZone) const
{
    const QTimeZone tz = timeZone.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(timeZone) ? QTimeZone::utc() : QTimeZone(timeZone);
    auto special = [&](qint64 ms) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, tz);
        const QTime clock = t.time();
        const bool night = m_nightFrom > m_nightTo ? (clock >= m_nightFrom || clock < m_nightTo)
                                                   : (clock >= m_nightFrom && clock < m_nightTo);
        return night || m_restDays.contains(t.date().dayOfWeek()) || m_holidays.contains(t.date());
    };
    // The work starts or ends at night, on a rest day or a holiday (the end is exclusive).
    return special(startMs) || special(std::max(startMs, endMs - 1));
}

QString Gb30871Rules::effectiveGrade(const QString &type, const QString &grade, qint64 startMs, qint64 endMs,
                                     const QByteArray &timeZone) const
{
    const TypeRules *t = this->type(type);
    if (t && t->gradeRaise && needsGradeRaise(startMs, endMs, timeZone))
        return raised(grade);
    return grade;
}

const SignOffStep *Gb30871Rules::signOff(const QString &step) const
{
    for (const SignOffStep &s : m_signOffs)
        if (s.step == step)
            return &s;
    return nullptr;
}

QStringList Gb30871Rules::signOffRoles(const SignOffStep &step, const QString &grade) const
{
    return step.rolesByGrade ? approverRoles(grade) : step.roles;
}

bool Gb30871Rules::alarmSuspends(const QString &severity, const QString &ruleId, const QString &sensorKind) const
{
    const qsizetype rank = kSeverities.indexOf(severity);
    if (rank < 0 || rank > kSeverities.indexOf(m_alarmSuspension.minSeverity))
        return false;
    return m_alarmSuspension.rules.contains(ruleId) || (!sensorKind.isEmpty() && m_alarmSuspension.sensorKinds.contains(sensorKind));
}

bool Gb30871Rules::gasPasses(double combustibleVolPct, double o2Pct, double gasLelPct, bool enriched) const
{
    return combustibleVolPct <= combustibleLimit(gasLelPct) && o2Pct >= m_o2Min && o2Pct <= o2Max(enriched);
}

QString typeNameZh(const QString &type)
{
    static const QHash<QString, QString> names = {
        {u"hot_work"_s, u"动火作业"_s},       {u"confined_space"_s, u"受限空间作业"_s}, {u"blind_plate"_s, u"盲板抽堵作业"_s},
        {u"work_at_height"_s, u"高处作业"_s}, {u"lifting"_s, u"吊装作业"_s},          {u"temporary_power"_s, u"临时用电作业"_s},
        {u"excavation"_s, u"动土作业"_s},     {u"road_closure"_s, u"断路作业"_s}};
    return names.value(type, type);
}

} // namespace gl::permits
