// SPDX-License-Identifier: Apache-2.0
#include "modules/telemetry/logic/TelemetryService.h"
#include "modules/dispatch/logic/RosterService.h"
#include "modules/dispatch/logic/NotificationService.h"
#include "modules/dispatch/logic/OperationsService.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"

#include <QCryptographicHash>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gl {

namespace {
constexpr qint64 kMinute = 60'000;
constexpr qint64 kMaxShelveMs = 24 * 3600 * 1000LL;
constexpr int kRowsPerInsert = 200;

const char16_t *const kEscalationNames[] = {u"none", u"due soon", u"overdue 1st", u"overdue 2nd", u"overdue 3rd"};
/// Who is told at each level (the ladder the site's procedure describes).
const char16_t *const kEscalationNotify[] = {u"", u"assignee", u"dispatcher on duty", u"area_supervisor", u"ehs_manager"};
} // namespace

QString escalationName(int level)
{
    return QString::fromUtf16(kEscalationNames[std::clamp(level, 0, 4)]);
}

int escalationLevelAt(qint64 createdAt, qint64 dueAt, qint64 now)
{
    const qint64 window = std::max<qint64>(dueAt - createdAt, kMinute);
    if (now >= dueAt + window)
        return int(EscalationLevel::Overdue3);
    if (now >= dueAt + window / 2)
        return int(EscalationLevel::Overdue2);
    if (now >= dueAt)
        return int(EscalationLevel::Overdue1);
    if (now >= dueAt - window / 4)
        return int(EscalationLevel::DueSoon);
    return int(EscalationLevel::None);
}

QHash<QString, TagInfo> TelemetryService::tags() const
{
    QHash<QString, TagInfo> out;
    QSqlQuery q = db().exec(u"SELECT s.tag, a.code, e.code, s.kind, s.unit, s.range_lo, s.range_hi FROM sensors s "
                            "LEFT JOIN areas a ON a.id = s.area_id LEFT JOIN equipment e ON e.id = s.equipment_id"_s);
    while (q.next()) {
        TagInfo t{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                  q.value(4).toString(), std::nullopt, std::nullopt};
        if (!q.value(5).isNull())
            t.lo = q.value(5).toDouble();
        if (!q.value(6).isNull())
            t.hi = q.value(6).toDouble();
        out.insert(t.tag, t);
    }
    return out;
}

namespace {
/// The samples as four PostgreSQL array literals (tag, ts, value, good) for one unnest() INSERT.
QVariantList pgSampleArrays(const QList<StoredSample> &samples)
{
    QString tags, ts, values, good;
    const qsizetype n = samples.size();
    tags.reserve(n * 16);
    ts.reserve(n * 14);
    values.reserve(n * 12);
    good.reserve(n * 2 + 2);
    tags += u'{';
    ts += u'{';
    values += u'{';
    good += u'{';
    for (qsizetype i = 0; i < n; ++i) {
        const StoredSample &s = samples.at(i);
        if (i) {
            tags += u',';
            ts += u',';
            values += u',';
            good += u',';
        }
        // A quoted element: only '"' and '\\' are special inside it (an empty tag, NULL or {} are literal text).
        tags += u'"';
        for (const QChar c : s.tag) {
            if (c == u'"' || c == u'\\')
                tags += u'\\';
            tags += c;
        }
        tags += u'"';
        ts += QString::number(s.ts);
        // 17 significant digits: the same double back (the SQLite path binds the double itself).
        values += QString::number(std::isfinite(s.value) ? s.value : 0.0, 'g', 17);
        good += s.good ? u'1' : u'0';
    }
    tags += u'}';
    ts += u'}';
    values += u'}';
    good += u'}';
    return {tags, ts, values, good};
}
} // namespace

void TelemetryService::storeSamples(const QList<StoredSample> &samples)
{
    storeSamples(samples, kRowsPerInsert, {});
}

qsizetype TelemetryService::storeSamples(const QList<StoredSample> &samples, int rowsPerInsert, const std::function<bool()> &yield)
{
    if (samples.isEmpty())
        return 0;
    rowsPerInsert = std::max(1, rowsPerInsert);
    const bool pg = db().backend() == Backend::Postgres;
    Transaction tx(db());
    qsizetype stored = 0;
    for (qsizetype start = 0; start < samples.size(); start += rowsPerInsert) {
        if (start > 0 && yield && yield())
            break;
        const qsizetype n = std::min<qsizetype>(rowsPerInsert, samples.size() - start);
        if (pg) {
            // PostgreSQL: the rows as four array parameters of one short statement (COPY-like), whatever their
            // number: one parse and plan, one round trip, instead of a statement text of 4 × n parameters.
            db().exec(u"INSERT INTO tag_samples (tag, ts, value, good) "
                      "SELECT * FROM unnest(?::text[], ?::bigint[], ?::double precision[], ?::integer[])"_s,
                      pgSampleArrays(samples.mid(start, n)));
            stored += n;
            continue;
        }
        QString sql = u"INSERT INTO tag_samples (tag, ts, value, good) VALUES "_s;
        QVariantList binds;
        binds.reserve(n * 4);
        for (qsizetype i = 0; i < n; ++i) {
            const StoredSample &s = samples.at(start + i);
            sql += i ? u",(?,?,?,?)"_s : u"(?,?,?,?)"_s;
            binds << s.tag << s.ts << (std::isfinite(s.value) ? s.value : 0.0) << (s.good ? 1 : 0);
        }
        db().exec(sql, binds);
        stored += n;
    }
    tx.commit();
    return stored;
}

QList<StoredSample> TelemetryService::series(const QString &tag, qint64 from, qint64 to, int maxPoints) const
{
    require(u"data.read"_s);
    QList<StoredSample> out;
    const qint64 oldestRaw = db().scalar(u"SELECT min(ts) FROM tag_samples WHERE tag = ?"_s, {tag}).toLongLong();
    const qint64 rawCount = db().scalar(u"SELECT count(*) FROM tag_samples WHERE tag = ? AND ts >= ? AND ts <= ?"_s,
                                        {tag, from, to}).toLongLong();
    if (oldestRaw && oldestRaw <= from && rawCount <= maxPoints) {
        QSqlQuery q = db().exec(u"SELECT ts, value, good FROM tag_samples WHERE tag = ? AND ts >= ? AND ts <= ? ORDER BY ts"_s,
                                {tag, from, to});
        while (q.next())
            out.append({tag, q.value(0).toLongLong(), q.value(1).toDouble(), q.value(2).toInt() == 1});
        return out;
    }
    QSqlQuery q = db().exec(u"SELECT minute, vavg, n, bad FROM tag_minutes WHERE tag = ? AND minute >= ? AND minute <= ? "
                            "ORDER BY minute"_s, {tag, from, to});
    qint64 last = 0;
    while (q.next()) {
        last = q.value(0).toLongLong();
        out.append({tag, last, q.value(1).toDouble(), !q.value(1).isNull()});
    }
    // The newest minutes are not aggregated yet: append their raw samples.
    QSqlQuery r = db().exec(u"SELECT ts, value, good FROM tag_samples WHERE tag = ? AND ts > ? AND ts >= ? AND ts <= ? ORDER BY ts"_s,
                            {tag, last ? last + kMinute - 1 : 0, from, to});
    while (r.next())
        out.append({tag, r.value(0).toLongLong(), r.value(1).toDouble(), r.value(2).toInt() == 1});
    return out;
}

QString TelemetryService::rollup(qint64 rawRetentionMs, qint64 minuteRetentionMs)
{
    Transaction tx(db());
    const qint64 cutoff = (now() / kMinute) * kMinute - kMinute; // a minute of grace for late samples
    qint64 from = db().scalar(u"SELECT value FROM telemetry_state WHERE key = 'rollup_until'"_s).toString().toLongLong();
    const bool haveWatermark = from > 0;
    if (!haveWatermark) {
        const QVariant oldest = db().scalar(u"SELECT min(ts) FROM tag_samples"_s);
        from = oldest.isNull() ? cutoff : (oldest.toLongLong() / kMinute) * kMinute;
    }
    qint64 minutes = 0;
    if (cutoff > from) {
        db().exec(u"INSERT INTO tag_minutes (tag, minute, n, bad, vmin, vmax, vavg) "
                  "SELECT tag, (ts / 60000) * 60000, count(*), sum(CASE WHEN good = 1 THEN 0 ELSE 1 END), "
                  "min(CASE WHEN good = 1 THEN value END), max(CASE WHEN good = 1 THEN value END), "
                  "avg(CASE WHEN good = 1 THEN value END) FROM tag_samples WHERE ts >= ? AND ts < ? "
                  "GROUP BY tag, (ts / 60000) * 60000"_s, {from, cutoff});
        minutes = db().scalar(u"SELECT count(*) FROM tag_minutes WHERE minute >= ? AND minute < ?"_s, {from, cutoff}).toLongLong();
    }
    const qint64 watermark = std::max(from, cutoff);
    if (haveWatermark)
        db().exec(u"UPDATE telemetry_state SET value = ? WHERE key = 'rollup_until'"_s, {QString::number(watermark)});
    else
        db().exec(u"INSERT INTO telemetry_state (key, value) VALUES ('rollup_until', ?)"_s, {QString::number(watermark)});
    // Raw samples go only once they are aggregated.
    const qint64 rawBefore = std::min(now() - rawRetentionMs, watermark);
    const qint64 dropped = db().scalar(u"SELECT count(*) FROM tag_samples WHERE ts < ?"_s, {rawBefore}).toLongLong();
    if (dropped)
        db().exec(u"DELETE FROM tag_samples WHERE ts < ?"_s, {rawBefore});
    db().exec(u"DELETE FROM tag_minutes WHERE minute < ?"_s, {now() - minuteRetentionMs});
    tx.commit();
    if (!minutes && !dropped)
        return {};
    return u"telemetry: %1 tag-minutes aggregated, %2 raw samples past retention removed"_s.arg(minutes).arg(dropped);
}

int TelemetryService::saveRules(const QByteArray &json, const QString &comment)
{
    require(u"rules.edit"_s);
    const rules::RuleSet set = rules::parseRules(json, u"rules"_s); // throws BadInput naming the rule and field
    // A notify action must reach somebody: a user of the store, a role, or whoever is on duty.
    for (const rules::Rule &r : set.rules)
        for (qsizetype i = 0; i < r.actions.size(); ++i) {
            const QJsonObject a = r.actions.at(i).toObject();
            if (a.value(u"type"_s).toString() != u"notify"_s || !a.contains(u"to"_s))
                continue;
            const QString to = a.value(u"to"_s).toString();
            if (to != u"on_duty"_s && roleFromKey(to) == Role::Unknown
                && db().scalar(u"SELECT count(*) FROM users WHERE username = ?"_s, {to}).toInt() == 0)
                fail(ErrorCode::BadInput, u"rules: rule '%1': actions[%2].to: '%3' is neither a user, a role (%4) nor on_duty"_s
                                              .arg(r.id).arg(i).arg(to, allRoleKeys().join(u", "_s)));
        }
    Transaction tx(db());
    const int version = db().scalar(u"SELECT coalesce(max(version), 0) FROM rule_sets"_s).toInt() + 1;
    db().insert(u"rule_sets"_s, {{u"version"_s, version}, {u"content"_s, QString::fromUtf8(json)}, {u"comment"_s, comment},
                                 {u"created_at"_s, now()}, {u"created_by"_s, actor().auditName()}});
    QJsonArray ids;
    for (const rules::Rule &r : set.rules)
        ids.append(r.id);
    audit(u"rules.save"_s, u"rule_set"_s, QString::number(version),
          {{u"version"_s, version}, {u"rules"_s, ids}, {u"comment"_s, comment},
           {u"sha256"_s, QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex())}});
    tx.commit();
    return version;
}

std::pair<int, QByteArray> TelemetryService::activeRules() const
{
    QSqlQuery q = db().exec(u"SELECT version, content FROM rule_sets ORDER BY version DESC LIMIT 1"_s);
    if (!q.next())
        return {0, {}};
    return {q.value(0).toInt(), q.value(1).toString().toUtf8()};
}

RuleAlarm TelemetryService::raiseFromRule(const rules::Rule &rule, qint64 detectedAt, const QString &tag, double value,
                                          qint64 beganAt)
{
    const QString severity = rules::severityName(rule.severity);
    QString area;
    QString unit;
    {
        QSqlQuery q = db().exec(u"SELECT a.code, s.unit FROM sensors s LEFT JOIN areas a ON a.id = s.area_id WHERE s.tag = ?"_s, {tag});
        if (q.next()) {
            area = q.value(0).toString();
            unit = q.value(1).toString();
        }
    }
    const QString title = rule.name.isEmpty() ? rule.id : rule.name;
    const QString message = u"%1: %2 = %3 %4"_s.arg(title, tag, QString::number(value, 'g', 4), unit).trimmed();
    // The rule's Chinese title (name_zh), when it has one: a zh interface shows it (issue 16 item 9).
    const QString messageZh = rule.nameZh.isEmpty() ? QString()
                                                    : u"%1:%2 = %3 %4"_s.arg(rule.nameZh, tag, QString::number(value, 'g', 4), unit).trimmed();

    Transaction tx(db());
    RuleAlarm out;
    OperationsService ops(m_ctx);
    out.alarmId = ops.raiseAlarm(rule.id, tag, severity, area, message, detectedAt, beganAt, messageZh);
    db().exec(u"UPDATE alarms SET row_version = row_version + 1, value = ? WHERE id = ?"_s, {value, out.alarmId});

    auto ensureOrder = [&](const QString &text, const QString &textZh) {
        if (!out.orderCode.isEmpty())
            return;
        out.orderCode = u"DSP-%1"_s.arg(out.alarmId);
        ops.openOrder(out.orderCode, out.alarmId, area, text, severity, OperationsService::slaMs(severity), textZh);
        out.assignee = RosterService(m_ctx).whoIsOnDuty(area, now());
        if (!out.assignee.isEmpty())
            ops.applyOrder(out.orderCode, u"assign"_s, out.assignee);
    };
    for (const QJsonValue &v : rule.actions) {
        const QJsonObject a = v.toObject();
        const QString type = a.value(u"type"_s).toString();
        const QString text = a.value(u"text"_s).toString(title);
        const QString textZh = a.value(u"text_zh"_s).toString(a.contains(u"text"_s) ? QString() : rule.nameZh);
        if (type == u"dispatch"_s) {
            ensureOrder(text, textZh);
        } else if (type == u"instruction"_s) {
            ensureOrder(title, rule.nameZh);
            const qint64 ackMs = a.contains(u"ack_s"_s) ? qint64(a.value(u"ack_s"_s).toDouble() * 1000) : OperationsService::kDefaultAckMs;
            const QString target = a.value(u"target"_s).toString(area);
            OutboundCommand c{ops.pushInstruction(out.orderCode, target, text, ackMs, textZh), target, text, now() + ackMs};
            out.commands.append(c);
        } else if (type == u"notify"_s) {
            // A notification to a user ("to": a username), every enabled user of a role ("to": a role key),
            // or by default whoever is on duty in the area; shown on their board until read.
            const QString to = a.value(u"to"_s).toString(u"on_duty"_s);
            QStringList recipients;
            if (to == u"on_duty"_s) {
                const QString who = RosterService(m_ctx).whoIsOnDuty(area, now());
                if (!who.isEmpty())
                    recipients << who;
            } else if (roleFromKey(to) != Role::Unknown) {
                QSqlQuery u = db().exec(u"SELECT username FROM users WHERE role = ? AND active = 1 ORDER BY username"_s, {to});
                while (u.next())
                    recipients << u.value(0).toString();
            } else if (db().scalar(u"SELECT count(*) FROM users WHERE username = ? AND active = 1"_s, {to}).toInt() > 0) {
                recipients << to;
            }
            // In both languages (the action's text_zh, else the rule's name_zh): each recipient's interface shows its own.
            const QString noteZh = textZh.isEmpty() ? QString() : u"%1（%2）"_s.arg(textZh, rules::severityNameZh(rule.severity));
            NotificationService notes(m_ctx);
            for (const QString &r : std::as_const(recipients))
                notes.notify(r, u"alarm"_s, u"alarm"_s, QString::number(out.alarmId), area, u"%1 (%2)"_s.arg(text, severity), noteZh);
            audit(u"alarm.notify"_s, u"alarm"_s, QString::number(out.alarmId),
                  {{u"to"_s, to}, {u"recipients"_s, QJsonArray::fromStringList(recipients)}, {u"text"_s, text}}, area);
        }
    }
    tx.commit();
    return out;
}

qint64 TelemetryService::ruleAlarmAt(const QString &ruleId, qint64 raisedAt) const
{
    return db().scalar(u"SELECT id FROM alarms WHERE rule_id = ? AND raised_at = ? ORDER BY id LIMIT 1"_s, {ruleId, raisedAt}).toLongLong();
}

bool TelemetryService::returnToNormal(qint64 alarmId)
{
    Transaction tx(db());
    QSqlQuery q = db().exec(u"SELECT state, shelved_from, cleared_at FROM alarms WHERE id = ?"_s, {alarmId});
    if (!q.next() || !q.value(2).isNull())
        return false;
    const QString state = q.value(0).toString(), shelvedFrom = q.value(1).toString();
    if (state == u"unacknowledged"_s || state == u"acknowledged"_s) {
        OperationsService(m_ctx).clearAlarm(alarmId);
    } else if (state == u"shelved"_s) {
        // It returns to normal behind the shelf; when unshelved it shows as returned or cleared.
        const QString to = shelvedFrom == u"acknowledged"_s ? u"cleared"_s : u"returned"_s;
        db().exec(u"UPDATE alarms SET row_version = row_version + 1, shelved_from = ?, cleared_at = ? WHERE id = ?"_s, {to, now(), alarmId});
        audit(u"alarm.clear"_s, u"alarm"_s, QString::number(alarmId), {{u"state"_s, u"shelved"_s}, {u"after_shelf"_s, to}});
    } else {
        return false;
    }
    tx.commit();
    return true;
}

void TelemetryService::recordInstructionSend(qint64 instructionId, const QString &via, const QString &error)
{
    Transaction tx(db());
    db().exec(u"UPDATE instructions SET sent_via = ?, send_error = ?, sent_at = ? WHERE id = ?"_s,
              {via.isEmpty() ? QVariant() : QVariant(via), error.isEmpty() ? QVariant() : QVariant(error),
               error.isEmpty() && !via.isEmpty() ? QVariant(now()) : QVariant(), instructionId});
    audit(u"instruction.send"_s, u"instruction"_s, QString::number(instructionId),
          {{u"via"_s, via}, {u"error"_s, error}});
    tx.commit();
}

void TelemetryService::shelveAlarm(qint64 alarmId, const QString &reason, qint64 untilMs)
{
    require(u"alarm.ack"_s);
    if (reason.trimmed().isEmpty())
        fail(ErrorCode::BadInput, u"alarm %1: field 'reason': shelving needs a reason (ISA-18.2)"_s.arg(alarmId));
    if (untilMs <= now() || untilMs - now() > kMaxShelveMs)
        fail(ErrorCode::BadInput, u"alarm %1: field 'until': must be in the next 24 hours"_s.arg(alarmId));
    Transaction tx(db());
    QSqlQuery q = db().exec(u"SELECT a.state, r.code FROM alarms a LEFT JOIN areas r ON r.id = a.area_id WHERE a.id = ?"_s, {alarmId});
    if (!q.next())
        fail(ErrorCode::NotFound, u"alarm %1 does not exist"_s.arg(alarmId));
    const QString from = q.value(0).toString();
    if (from != u"unacknowledged"_s && from != u"acknowledged"_s && from != u"returned"_s)
        fail(ErrorCode::Conflict, u"alarm %1 is %2: only an active alarm can be shelved"_s.arg(alarmId).arg(from));
    db().exec(u"UPDATE alarms SET row_version = row_version + 1, state = 'shelved', shelved_from = ?, shelved_until = ?, shelve_reason = ?, shelved_by = ? "
              "WHERE id = ?"_s, {from, untilMs, reason, actor().auditName(), alarmId});
    audit(u"alarm.shelve"_s, u"alarm"_s, QString::number(alarmId),
          {{u"state"_s, QJsonObject{{u"from"_s, from}, {u"to"_s, u"shelved"_s}}}, {u"reason"_s, reason}, {u"until"_s, untilMs}},
          q.value(1).toString());
    tx.commit();
}

void TelemetryService::unshelveAlarm(qint64 alarmId)
{
    require(u"alarm.ack"_s);
    Transaction tx(db());
    QSqlQuery q = db().exec(u"SELECT a.state, a.shelved_from, r.code FROM alarms a LEFT JOIN areas r ON r.id = a.area_id "
                            "WHERE a.id = ?"_s, {alarmId});
    if (!q.next())
        fail(ErrorCode::NotFound, u"alarm %1 does not exist"_s.arg(alarmId));
    if (q.value(0).toString() != u"shelved"_s)
        fail(ErrorCode::Conflict, u"alarm %1 is %2, not shelved"_s.arg(alarmId).arg(q.value(0).toString()));
    const QString to = q.value(1).toString();
    db().exec(u"UPDATE alarms SET row_version = row_version + 1, state = ?, shelved_until = NULL WHERE id = ?"_s, {to, alarmId});
    audit(u"alarm.unshelve"_s, u"alarm"_s, QString::number(alarmId), {{u"state"_s, QJsonObject{{u"from"_s, u"shelved"_s}, {u"to"_s, to}}}},
          q.value(2).toString());
    tx.commit();
}

QString TelemetryService::unshelveDue()
{
    Transaction tx(db());
    QSqlQuery q = db().exec(u"SELECT a.id, a.shelved_from, r.code FROM alarms a LEFT JOIN areas r ON r.id = a.area_id "
                            "WHERE a.state = 'shelved' AND a.shelved_until <= ?"_s, {now()});
    QStringList ids;
    QList<std::tuple<qint64, QString, QString>> due;
    while (q.next())
        due.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    for (const auto &[id, to, area] : due) {
        db().exec(u"UPDATE alarms SET row_version = row_version + 1, state = ?, shelved_until = NULL WHERE id = ?"_s, {to, id});
        audit(u"alarm.unshelve"_s, u"alarm"_s, QString::number(id),
              {{u"state"_s, QJsonObject{{u"from"_s, u"shelved"_s}, {u"to"_s, to}}}, {u"reason"_s, u"shelf time is up"_s}}, area);
        ids << QString::number(id);
    }
    tx.commit();
    return ids.isEmpty() ? QString() : u"alarms back from the shelf: %1"_s.arg(ids.join(u", "_s));
}

QString TelemetryService::escalate()
{
    Transaction tx(db());
    QStringList lines;
    QSqlQuery q = db().exec(u"SELECT o.id, o.code, o.created_at, o.due_at, o.escalation_level, a.code, u.username FROM dispatch_orders o "
                            "LEFT JOIN areas a ON a.id = o.area_id LEFT JOIN users u ON u.id = o.assignee_id "
                            "WHERE o.state NOT IN ('resolved','confirmed','cancelled') AND o.due_at IS NOT NULL"_s);
    struct Row { qint64 id; QString code; int from, to; QString area, assignee; };
    QList<Row> rows;
    while (q.next()) {
        const int level = escalationLevelAt(q.value(2).toLongLong(), q.value(3).toLongLong(), now());
        if (level > q.value(4).toInt())
            rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(4).toInt(), level, q.value(5).toString(),
                         q.value(6).toString()});
    }
    for (const Row &r : rows) {
        db().exec(u"UPDATE dispatch_orders SET row_version = row_version + 1, escalation_level = ?, escalated_at = ? WHERE id = ?"_s, {r.to, now(), r.id});
        audit(u"order.escalate"_s, u"order"_s, r.code,
              {{u"level"_s, r.to}, {u"name"_s, escalationName(r.to)}, {u"from"_s, escalationName(r.from)},
               {u"notify"_s, r.to == 1 && !r.assignee.isEmpty() ? r.assignee : QString::fromUtf16(kEscalationNotify[r.to])}},
              r.area);
        lines << u"%1 %2"_s.arg(r.code, escalationName(r.to));
    }
    QSqlQuery i = db().exec(u"SELECT id, target, text FROM instructions WHERE acked_at IS NULL AND overdue_at IS NULL AND ack_due_at < ?"_s,
                            {now()});
    QList<std::tuple<qint64, QString, QString>> late;
    while (i.next())
        late.append({i.value(0).toLongLong(), i.value(1).toString(), i.value(2).toString()});
    for (const auto &[id, target, text] : late) {
        db().exec(u"UPDATE instructions SET overdue_at = ? WHERE id = ?"_s, {now(), id});
        audit(u"instruction.overdue"_s, u"instruction"_s, QString::number(id),
              {{u"target"_s, target}, {u"text"_s, text}, {u"notify"_s, u"area_supervisor"_s}});
        lines << u"instruction %1 not acknowledged in time"_s.arg(id);
    }
    tx.commit();
    return lines.isEmpty() ? QString() : u"escalated: %1"_s.arg(lines.join(u"; "_s));
}

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
