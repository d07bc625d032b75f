// SPDX-License-Identifier: Apache-2.0
// TelemetryService: alarm floods (ISA-18.2): the site's flood settings, the status per operator position, and
// housekeeping's record of each flood's start and end.
#include "modules/telemetry/logic/TelemetryService.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace gl {


int TelemetryService::recentAlarmCount(qint64 at) const
{
    return db().scalar(u"SELECT count(*) FROM alarms WHERE raised_at > ? AND raised_at <= ? AND state <> 'shelved'"_s,
                       {at - kFloodWindowMs, at}).toInt();
}

QList<FloodAlarm> TelemetryService::floodAlarms(const FloodSettings &settings, qint64 at) const
{
    QList<FloodAlarm> out;
    QSqlQuery q = db().exec(u"SELECT a.raised_at, ar.code, a.state FROM alarms a LEFT JOIN areas ar ON ar.id = a.area_id "
                            "WHERE a.raised_at > ? AND a.raised_at <= ?"_s,
                            {at - settings.windowMs, at});
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString() == u"shelved"_s});
    return out;
}

void TelemetryService::setFloodSetting(const QString &key, const QString &value)
{
    require(u"rules.edit"_s);
    if (key != u"flood_alarms"_s && key != u"flood_window_s"_s && key != u"operator_positions"_s)
        fail(ErrorCode::BadInput,
             u"telemetry_settings: '%1' is not a flood setting (flood_alarms, flood_window_s, operator_positions)"_s.arg(key));
    QStringList areas;
    QSqlQuery a = db().exec(u"SELECT code FROM areas"_s);
    while (a.next())
        areas << a.value(0).toString();
    FloodSettings::parse({{key, value}}, areas); // throws naming the key and the field
    Transaction tx(db());
    db().exec(u"DELETE FROM telemetry_settings WHERE key = ?"_s, {key});
    db().exec(u"INSERT INTO telemetry_settings (key, value, updated_at) VALUES (?, ?, ?)"_s, {key, value, now()});
    audit(u"telemetry.setting"_s, u"telemetry_setting"_s, key, {{u"value"_s, value}});
    tx.commit();
}

FloodSettings TelemetryService::floodSettings() const
{
    require(u"data.read"_s);
    return FloodSettings::load(db());
}

FloodSettings TelemetryService::setFloodSettings(const FloodChange &change)
{
    require(u"rules.edit"_s);
    if (!change.alarms && !change.windowS && !change.positions)
        fail(ErrorCode::BadInput,
             QCoreApplication::translate("gl::AlarmFlood", "nothing to change: give the alarm limit, the window or the operator positions"));
    QStringList areas;
    QSqlQuery a = db().exec(u"SELECT code FROM areas ORDER BY code"_s);
    while (a.next())
        areas << a.value(0).toString();
    // Every part is checked before anything is stored.
    QHash<QString, QString> values;
    if (change.alarms) {
        const QString source = QCoreApplication::translate("gl::AlarmFlood", "alarm limit");
        values.insert(u"flood_alarms"_s, QString::number(FloodSettings::parseAlarms(QString::number(*change.alarms), source)));
    }
    if (change.windowS) {
        const QString source = QCoreApplication::translate("gl::AlarmFlood", "flood window");
        values.insert(u"flood_window_s"_s, QString::number(FloodSettings::parseWindowSeconds(QString::number(*change.windowS), source)));
    }
    if (change.positions) {
        const QString source =
            change.positionsSource.isEmpty() ? QCoreApplication::translate("gl::AlarmFlood", "operator positions") : change.positionsSource;
        const QList<OperatorPosition> positions = FloodSettings::parsePositions(*change.positions, areas, source);
        if (areas.isEmpty())
            for (const OperatorPosition &p : positions)
                if (!p.areas.isEmpty())
                    fail(ErrorCode::BadInput,
                         QCoreApplication::translate("gl::AlarmFlood", "%1: position '%2': the site has no areas yet (import the site first)")
                             .arg(source, p.code));
        values.insert(u"operator_positions"_s, QString::fromUtf8(FloodSettings::positionsJson(positions)));
    }
    Transaction tx(db());
    FloodSettings before;
    try {
        before = FloodSettings::load(db());
    } catch (const Error &) { // stored values that are no longer valid are replaced; the audit shows the defaults as before
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        db().exec(u"DELETE FROM telemetry_settings WHERE key = ?"_s, {it.key()});
        db().exec(u"INSERT INTO telemetry_settings (key, value, updated_at) VALUES (?, ?, ?)"_s, {it.key(), it.value(), now()});
    }
    const FloodSettings after = FloodSettings::load(db()); // also checks the whole (e.g. a kept position over a deleted area)
    QStringList changed = values.keys();
    changed.sort();
    audit(u"telemetry.flood_settings"_s, u"telemetry_setting"_s, u"flood"_s,
          {{u"before"_s, before.toJson()}, {u"after"_s, after.toJson()}, {u"changed"_s, QJsonArray::fromStringList(changed)}});
    tx.commit();
    return after;
}

QList<FloodStatus> TelemetryService::floodStatusNow(const FloodSettings &settings) const
{
    require(u"data.read"_s);
    const qint64 at = now();
    return floodStatus(settings, floodAlarms(settings, at), at);
}

QString TelemetryService::recordFloods()
{
    const FloodSettings settings = FloodSettings::load(db());
    const qint64 at = now();
    const QList<FloodAlarm> alarms = floodAlarms(settings, at);
    const auto lastWasStart = [this](const QString &type, const QString &id) {
        return db().scalar(u"SELECT action FROM audit_log WHERE action IN ('alarm.flood_start', 'alarm.flood_end') "
                           "AND object_type = ? AND object_id = ? ORDER BY seq DESC LIMIT 1"_s,
                           {type, id})
                   .toString()
            == u"alarm.flood_start"_s;
    };
    QStringList lines;
    Transaction tx(db());
    const auto record = [&](const QString &type, const QString &id, const FloodStatus &st, const QString &area) {
        const bool was = lastWasStart(type, id);
        if (st.flooding == was)
            return;
        QJsonObject areas;
        for (auto it = st.areas.cbegin(); it != st.areas.cend(); ++it)
            areas.insert(it.key().isEmpty() ? u"-"_s : it.key(), it.value());
        audit(st.flooding ? u"alarm.flood_start"_s : u"alarm.flood_end"_s, type, id,
              {{u"alarms"_s, st.count}, {u"limit"_s, settings.alarms}, {u"window_s"_s, settings.windowMs / 1000},
               {u"areas"_s, areas}, {u"flooding_areas"_s, QJsonArray::fromStringList(st.floodingAreas)}},
              area);
        lines << u"%1 %2 %3 (%4 alarms)"_s.arg(type, id, st.flooding ? u"flood began"_s : u"flood over"_s).arg(st.count);
    };
    for (const FloodStatus &st : floodStatus(settings, alarms, at))
        record(u"operator_position"_s, st.position, st, {});
    // Per area: the areas with alarms now, and those whose flood was recorded as begun.
    QStringList areaCodes;
    for (const FloodAlarm &a : alarms)
        if (!a.area.isEmpty() && !areaCodes.contains(a.area))
            areaCodes << a.area;
    QSqlQuery open = db().exec(u"SELECT DISTINCT object_id FROM audit_log WHERE object_type = 'area' AND action = 'alarm.flood_start'"_s);
    while (open.next())
        if (!areaCodes.contains(open.value(0).toString()))
            areaCodes << open.value(0).toString();
    FloodSettings perArea = settings;
    perArea.positions.clear();
    for (const QString &code : areaCodes)
        perArea.positions.append({code, {}, {code}});
    for (const FloodStatus &st : floodStatus(perArea, alarms, at))
        record(u"area"_s, st.position, st, st.position);
    tx.commit();
    return lines.isEmpty() ? QString() : u"alarm flood: %1"_s.arg(lines.join(u"; "_s));
}

} // namespace gl
