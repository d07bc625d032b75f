// SPDX-License-Identifier: Apache-2.0
#include "modules/telemetry/rules/Replay.h"
#include "modules/telemetry/rules/SampleCsvReader.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gl::rules {

namespace {

QByteArray jsonString(const QString &s)
{
    const QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

} // namespace

ReplayResult replay(AlarmEvaluator &evaluator, QIODevice &samples, const QString &fileName,
                    const QTimeZone &zoneWithoutOffset)
{
    ReplayResult result;
    SampleCsvReader reader(samples, fileName, zoneWithoutOffset);
    QHash<QByteArray, int> tagCache;
    QList<AlarmEvent> events;
    QHash<int, qsizetype> open; // rule -> index of its active alarm in result.alarms

    bool pending = false;
    qint64 current = 0;
    Timestamp currentForm; // the first row at `current`: alarms at `current` are written in its offset
    auto at = [&](qint64 ms) { return Timestamp{ms, currentForm.offsetSeconds, currentForm.form}; };
    auto flush = [&]() {
        events.clear();
        evaluator.evaluate(current, events);
        for (const AlarmEvent &e : std::as_const(events)) {
            if (e.kind == AlarmEvent::Kind::Raised) {
                open.insert(e.rule, result.alarms.size());
                result.alarms.append({e.rule, at(e.ms), std::nullopt});
            } else if (const auto it = open.constFind(e.rule); it != open.cend()) {
                ReplayAlarm &a = result.alarms[*it];
                a.cleared = at(e.ms);
                open.erase(it);
            }
        }
    };

    CsvSample row;
    while (reader.next(row)) {
        if (pending && row.time.msecs != current)
            flush();
        if (!pending || row.time.msecs != current) {
            current = row.time.msecs;
            currentForm = row.time;
            pending = true;
        }
        auto it = tagCache.constFind(QByteArray::fromRawData(row.tag.data(), row.tag.size()));
        if (it == tagCache.cend()) {
            const QByteArray tag = row.tag.toByteArray();
            it = tagCache.insert(tag, evaluator.tagId(QString::fromUtf8(tag)));
        }
        if (*it >= 0)
            evaluator.push({row.time.msecs, *it, row.value});
        else
            ++result.unknownTags;
    }
    if (pending)
        flush();
    result.samples = reader.rows();

    const RuleSet &rules = evaluator.ruleSet();
    std::stable_sort(result.alarms.begin(), result.alarms.end(), [&](const ReplayAlarm &a, const ReplayAlarm &b) {
        if (a.raised.msecs != b.raised.msecs)
            return a.raised.msecs < b.raised.msecs;
        return rules.rules.at(a.rule).id < rules.rules.at(b.rule).id;
    });
    return result;
}

QByteArray replayJson(const RuleSet &rules, const ReplayResult &result)
{
    QByteArray out = "{\"samples\":" + QByteArray::number(result.samples) + ",\"alarms\":[";
    for (qsizetype i = 0; i < result.alarms.size(); ++i) {
        const ReplayAlarm &a = result.alarms.at(i);
        const Rule &rule = rules.rules.at(a.rule);
        if (i)
            out += ',';
        out += "{\"rule\":" + jsonString(rule.id) + ",\"raised_at\":"
            + jsonString(formatTimestamp(a.raised)) + ",\"cleared_at\":"
            + (a.cleared ? jsonString(formatTimestamp(*a.cleared)) : QByteArray("null"))
            + ",\"actions\":" + QJsonDocument(rule.actions).toJson(QJsonDocument::Compact) + '}';
    }
    out += "]}";
    return out;
}

QString replayText(const RuleSet &rules, const ReplayResult &result)
{
    QString out = QString::number(result.samples) + u" samples, "_s + QString::number(result.alarms.size())
        + (result.alarms.size() == 1 ? u" alarm\n"_s : u" alarms\n"_s);
    for (const ReplayAlarm &a : result.alarms) {
        const Rule &rule = rules.rules.at(a.rule);
        out += formatTimestamp(a.raised) + u"  "_s + severityName(rule.severity).leftJustified(8)
            + u' ' + rule.id + u"  "_s
            + (a.cleared ? u"cleared "_s + formatTimestamp(*a.cleared) : u"ACTIVE"_s);
        for (const QJsonValue &v : rule.actions) {
            const QJsonObject action = v.toObject();
            out += u"  ["_s + action.value(u"type"_s).toString();
            if (action.contains(u"target"_s))
                out += u' ' + action.value(u"target"_s).toString();
            if (action.contains(u"text"_s))
                out += u": "_s + action.value(u"text"_s).toString();
            out += u']';
        }
        out += u'\n';
    }
    return out;
}

} // namespace gl::rules
