// SPDX-License-Identifier: Apache-2.0
#include "modules/telemetry/logic/AlarmFlood.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace gl {

int FloodSettings::parseAlarms(const QString &value, const QString &source)
{
    bool ok = false;
    const int n = value.trimmed().toInt(&ok);
    if (!ok || n < 1 || n > 10000)
        fail(ErrorCode::BadInput,
             QCoreApplication::translate("gl::AlarmFlood", "%1: '%2' is not a number of alarms (1..10000)").arg(source, value));
    return n;
}

qint64 FloodSettings::parseWindowSeconds(const QString &value, const QString &source)
{
    bool ok = false;
    const qint64 seconds = value.trimmed().toLongLong(&ok);
    if (!ok || seconds < 60 || seconds > 86400)
        fail(ErrorCode::BadInput,
             QCoreApplication::translate("gl::AlarmFlood", "%1: '%2' is not a number of seconds (60..86400)").arg(source, value));
    return seconds;
}

QList<OperatorPosition> FloodSettings::parsePositions(const QByteArray &json, const QStringList &knownAreas, const QString &source)
{
    const auto bad = [&](const QString &what) { fail(ErrorCode::BadInput, u"%1: %2"_s.arg(source, what)); };
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        bad(QCoreApplication::translate("gl::AlarmFlood", "not JSON at offset %1: %2").arg(err.offset).arg(err.errorString()));
    if (!doc.isArray())
        bad(QCoreApplication::translate("gl::AlarmFlood", "must be a JSON array of positions {\"code\", \"name\", \"areas\"}"));
    QList<OperatorPosition> positions;
    QStringList codes;
    const QJsonArray list = doc.array();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QCoreApplication::translate("gl::AlarmFlood", "position #%1").arg(i + 1);
        if (!list[i].isObject())
            bad(QCoreApplication::translate("gl::AlarmFlood", "%1: must be an object").arg(where));
        const QJsonObject o = list[i].toObject();
        OperatorPosition p;
        if (!o.value(u"code"_s).isUndefined() && !o.value(u"code"_s).isString())
            bad(QCoreApplication::translate("gl::AlarmFlood", "%1: field 'code': must be a text").arg(where));
        p.code = o.value(u"code"_s).toString().trimmed();
        if (p.code.isEmpty())
            bad(QCoreApplication::translate("gl::AlarmFlood", "%1: field 'code': missing").arg(where));
        if (codes.contains(p.code))
            bad(QCoreApplication::translate("gl::AlarmFlood", "%1: field 'code': '%2' is used twice").arg(where, p.code));
        codes << p.code;
        p.name = o.value(u"name"_s).toString().trimmed();
        const QJsonValue areas = o.value(u"areas"_s);
        if (!areas.isUndefined() && !areas.isArray())
            bad(QCoreApplication::translate("gl::AlarmFlood", "%1 ('%2'): field 'areas': must be an array of area codes")
                    .arg(where, p.code));
        for (const QJsonValue &a : areas.toArray()) {
            const QString area = a.toString().trimmed();
            if (area.isEmpty())
                bad(QCoreApplication::translate("gl::AlarmFlood", "%1 ('%2'): field 'areas': an entry is not an area code")
                        .arg(where, p.code));
            if (!knownAreas.isEmpty() && !knownAreas.contains(area))
                bad(QCoreApplication::translate("gl::AlarmFlood", "%1 ('%2'): field 'areas': unknown area '%3'")
                        .arg(where, p.code, area));
            if (!p.areas.contains(area))
                p.areas << area;
        }
        positions << p;
    }
    return positions;
}

FloodSettings FloodSettings::parse(const QHash<QString, QString> &values, const QStringList &knownAreas)
{
    const auto source = [](const QString &key) { return u"telemetry_settings '%1'"_s.arg(key); };
    FloodSettings s;
    if (values.contains(u"flood_alarms"_s))
        s.alarms = parseAlarms(values.value(u"flood_alarms"_s), source(u"flood_alarms"_s));
    if (values.contains(u"flood_window_s"_s))
        s.windowMs = parseWindowSeconds(values.value(u"flood_window_s"_s), source(u"flood_window_s"_s)) * 1000;
    const QString key = u"operator_positions"_s;
    if (values.contains(key) && !values.value(key).trimmed().isEmpty()) {
        const QList<OperatorPosition> positions = parsePositions(values.value(key).toUtf8(), knownAreas, source(key));
        if (!positions.isEmpty())
            s.positions = positions;
    }
    return s;
}

QByteArray FloodSettings::positionsJson(const QList<OperatorPosition> &positions)
{
    QJsonArray list;
    for (const OperatorPosition &p : positions)
        list.append(QJsonObject{{u"code"_s, p.code}, {u"name"_s, p.name}, {u"areas"_s, QJsonArray::fromStringList(p.areas)}});
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

QJsonObject FloodSettings::toJson() const
{
    return {{u"flood_alarms"_s, alarms},
            {u"flood_window_s"_s, windowMs / 1000},
            {u"operator_positions"_s, QJsonDocument::fromJson(positionsJson(positions)).array()}};
}

FloodSettings FloodSettings::load(Database &db)
{
    if (!db.hasTable(u"telemetry_settings"_s))
        return {};
    QHash<QString, QString> values;
    QSqlQuery q = db.exec(u"SELECT key, value FROM telemetry_settings "
                          "WHERE key IN ('flood_alarms', 'flood_window_s', 'operator_positions')"_s);
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toString());
    QStringList areas;
    QSqlQuery a = db.exec(u"SELECT code FROM areas"_s);
    while (a.next())
        areas << a.value(0).toString();
    return parse(values, areas);
}

const OperatorPosition *FloodSettings::position(const QString &code) const
{
    for (const OperatorPosition &p : positions)
        if (p.code == code)
            return &p;
    return nullptr;
}

FloodStatus floodStatusOf(const FloodSettings &settings, const QString &position, const QList<FloodAlarm> &alarms, qint64 now)
{
    const OperatorPosition *p = settings.position(position);
    const OperatorPosition whole{position, {}, {}};
    const OperatorPosition &pos = p ? *p : whole;
    FloodStatus s;
    s.position = pos.code;
    for (const FloodAlarm &a : alarms) {
        if (a.shelved || a.raisedAt <= now - settings.windowMs || a.raisedAt > now || !pos.covers(a.area))
            continue;
        ++s.count;
        ++s.areas[a.area];
    }
    s.flooding = s.count > settings.alarms;
    for (auto it = s.areas.cbegin(); it != s.areas.cend(); ++it)
        if (it.value() > settings.alarms && !it.key().isEmpty())
            s.floodingAreas << it.key();
    return s;
}

QList<FloodStatus> floodStatus(const FloodSettings &settings, const QList<FloodAlarm> &alarms, qint64 now)
{
    QList<FloodStatus> out;
    for (const OperatorPosition &p : settings.positions)
        out << floodStatusOf(settings, p.code, alarms, now);
    return out;
}

} // namespace gl
