// SPDX-License-Identifier: Apache-2.0
#include "modules/engine/logic/ServiceHeartbeat.h"
#include "platform/store/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace gl {

void ServiceHeartbeat::write(Database &db, const ServiceHeartbeat &h)
{
    const QString connectors = QString::fromUtf8(QJsonDocument(h.connectors).toJson(QJsonDocument::Compact));
    const QString status = QString::fromUtf8(QJsonDocument(h.status).toJson(QJsonDocument::Compact));
    const QVariant lastSample = h.lastSampleAt > 0 ? QVariant(h.lastSampleAt) : QVariant();
    // One statement on both backends (SQLite >= 3.24 and PostgreSQL know ON CONFLICT ... DO UPDATE).
    db.exec(u"INSERT INTO service_heartbeat (id, host, pid, started_at, heartbeat_at, rule_version, last_sample_at, connectors, status) "
            "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET host = excluded.host, pid = excluded.pid, "
            "started_at = excluded.started_at, heartbeat_at = excluded.heartbeat_at, rule_version = excluded.rule_version, "
            "last_sample_at = excluded.last_sample_at, connectors = excluded.connectors, status = excluded.status"_s,
            {h.host, h.pid, h.startedAt, h.heartbeatAt, h.ruleVersion, lastSample, connectors, status});
}

void ServiceHeartbeat::clear(Database &db, const QString &host, qint64 pid)
{
    db.exec(u"DELETE FROM service_heartbeat WHERE id = 1 AND host = ? AND pid = ?"_s, {host, pid});
}

std::optional<ServiceHeartbeat> ServiceHeartbeat::read(Database &db)
{
    if (!db.hasTable(u"service_heartbeat"_s))
        return std::nullopt;
    QSqlQuery q = db.exec(u"SELECT host, pid, started_at, heartbeat_at, rule_version, last_sample_at, connectors, status "
                          "FROM service_heartbeat WHERE id = 1"_s);
    if (!q.next())
        return std::nullopt;
    ServiceHeartbeat h;
    h.host = q.value(0).toString();
    h.pid = q.value(1).toLongLong();
    h.startedAt = q.value(2).toLongLong();
    h.heartbeatAt = q.value(3).toLongLong();
    h.ruleVersion = q.value(4).toInt();
    h.lastSampleAt = q.value(5).isNull() ? 0 : q.value(5).toLongLong();
    h.connectors = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array();
    h.status = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    return h;
}

} // namespace gl
