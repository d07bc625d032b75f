// SPDX-License-Identifier: Apache-2.0
#include "modules/telemetry/logic/TelemetryService.h"
#include "modules/telemetry/logic/TelemetryTime.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gl {

namespace {
using telemetrytime::kMinute;
constexpr int kRowsPerInsert = 200;
} // namespace


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

// raiseFromRule(), returnToNormal(), shelving, escalation: TelemetryServiceAlarms.cpp
// the alarm flood settings and status: TelemetryServiceFlood.cpp

} // namespace gl
