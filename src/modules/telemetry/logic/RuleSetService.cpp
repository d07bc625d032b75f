// SPDX-License-Identifier: Apache-2.0
#include "modules/telemetry/logic/RuleSetService.h"
#include "modules/telemetry/logic/TelemetryService.h"
#include "modules/telemetry/rules/RuleEngine.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"

#include <QCryptographicHash>
#include <QHash>

#include <memory>

using namespace Qt::StringLiterals;

namespace gl {

namespace {
constexpr qint64 kSliceMs = 3600'000;
/// Between samples the engines are also evaluated at this interval of sample time, like the live
/// pipeline's clock tick, so `stale` and `for_s` behave as they do live.
constexpr qint64 kTickMs = 500;
}

bool RuleSetService::canEdit() const
{
    return PermissionMatrix::defaults().allows(actor().role, u"rules.edit"_s);
}

QList<RuleSetVersion> RuleSetService::versions() const
{
    require(u"data.read"_s);
    QList<RuleSetVersion> out;
    QSqlQuery q = db().exec(u"SELECT version, created_at, created_by, comment, content FROM rule_sets ORDER BY version DESC"_s);
    while (q.next()) {
        RuleSetVersion v;
        v.version = q.value(0).toInt();
        v.createdAt = q.value(1).toLongLong();
        v.createdBy = q.value(2).toString();
        v.comment = q.value(3).toString();
        const QByteArray content = q.value(4).toString().toUtf8();
        v.sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        try {
            v.rules = int(rules::parseRules(content, u"version"_s).rules.size());
        } catch (const Error &) {
            v.rules = -1; // saved by an older, laxer parser: shown as invalid, never used silently
        }
        out.append(v);
    }
    return out;
}

QByteArray RuleSetService::content(int version) const
{
    require(u"data.read"_s);
    const QVariant v = db().scalar(u"SELECT content FROM rule_sets WHERE version = ?"_s, {version});
    if (!v.isValid())
        fail(ErrorCode::NotFound, u"rules: version %1 does not exist"_s.arg(version));
    return v.toString().toUtf8();
}

int RuleSetService::save(const QByteArray &json, const QString &comment)
{
    return TelemetryService(m_ctx).saveRules(json, comment);
}

int RuleSetService::revert(int version, const QString &comment)
{
    require(u"rules.edit"_s);
    const QByteArray json = content(version);
    QString why = u"revert to version %1"_s.arg(version);
    if (!comment.trimmed().isEmpty())
        why += u": "_s + comment.trimmed();
    return TelemetryService(m_ctx).saveRules(json, why);
}

DryRunResult RuleSetService::dryRun(const QByteArray &candidate, qint64 from, qint64 to, const std::atomic_bool *cancel,
                                    const std::function<void(int)> &progress) const
{
    require(u"data.read"_s);
    if (to < from)
        fail(ErrorCode::BadInput, u"dry run: field 'to': must not be before 'from'"_s);
    const rules::RuleSet edited = rules::parseRules(candidate, u"edited rules"_s);
    const auto [version, json] = TelemetryService(m_ctx).activeRules();
    const rules::RuleSet current = version ? rules::parseRules(json, u"rule set version %1"_s.arg(version)) : rules::RuleSet{};

    DryRunResult out;
    out.from = from;
    out.to = to;
    out.inForceVersion = version;
    rules::RuleEngine a(edited), b(current);
    QList<int> countA(edited.rules.size(), 0), countB(current.rules.size(), 0);
    // A tag id per engine, looked up once per distinct tag.
    QHash<QString, std::pair<int, int>> ids;
    for (const QString &t : edited.tags)
        ids.insert(t, {a.tagId(t), b.tagId(t)});
    for (const QString &t : current.tags)
        ids.insert(t, {a.tagId(t), b.tagId(t)});

    QList<rules::AlarmEvent> events;
    auto evaluate = [&](qint64 t) {
        events.clear();
        a.evaluate(t, events);
        for (const rules::AlarmEvent &e : std::as_const(events))
            if (e.kind == rules::AlarmEvent::Kind::Raised)
                ++countA[e.rule];
        events.clear();
        b.evaluate(t, events);
        for (const rules::AlarmEvent &e : std::as_const(events))
            if (e.kind == rules::AlarmEvent::Kind::Raised)
                ++countB[e.rule];
    };
    qint64 pending = std::numeric_limits<qint64>::min();
    auto tickUntil = [&](qint64 until) { // clock ticks strictly after `pending`, before `until`
        for (qint64 t = pending + kTickMs; t < until; t += kTickMs)
            evaluate(t);
    };
    if (!ids.isEmpty()) {
        for (qint64 start = from; start <= to; start += kSliceMs) {
            if (cancel && cancel->load()) {
                out.cancelled = true;
                break;
            }
            if (progress)
                progress(int((start - from) * 100 / std::max<qint64>(1, to - from + 1)));
            const qint64 end = std::min(to, start + kSliceMs - 1);
            QSqlQuery q = db().exec(u"SELECT ts, tag, value FROM tag_samples WHERE good = 1 AND ts >= ? AND ts <= ? ORDER BY ts"_s,
                                    {start, end});
            while (q.next()) {
                const auto it = ids.constFind(q.value(1).toString());
                if (it == ids.constEnd())
                    continue;
                const qint64 ts = q.value(0).toLongLong();
                if (pending != std::numeric_limits<qint64>::min() && ts != pending) {
                    evaluate(pending);
                    tickUntil(ts);
                }
                pending = ts;
                const double value = q.value(2).toDouble();
                if (it->first >= 0)
                    a.push({ts, it->first, value});
                if (it->second >= 0)
                    b.push({ts, it->second, value});
                ++out.samples;
            }
        }
        if (pending != std::numeric_limits<qint64>::min()) {
            evaluate(pending);
            if (!out.cancelled)
                tickUntil(to + 1);
        }
    }
    if (progress)
        progress(100);

    QHash<QString, int> inForce;
    for (qsizetype i = 0; i < current.rules.size(); ++i)
        inForce.insert(current.rules.at(i).id, countB.at(i));
    for (qsizetype i = 0; i < edited.rules.size(); ++i) {
        const QString &id = edited.rules.at(i).id;
        out.rules.append({id, countA.at(i), inForce.value(id, -1)});
        out.candidateAlarms += countA.at(i);
    }
    for (qsizetype i = 0; i < current.rules.size(); ++i) {
        out.inForceAlarms += countB.at(i);
        const QString &id = current.rules.at(i).id;
        bool present = false;
        for (const rules::Rule &r : edited.rules)
            present = present || r.id == id;
        if (!present)
            out.rules.append({id, -1, countB.at(i)});
    }
    return out;
}

} // namespace gl
