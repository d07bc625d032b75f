// SPDX-License-Identifier: Apache-2.0
#include "modules/telemetry/logic/AlarmOutbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace gl {

AlarmOutbox::AlarmOutbox(QString file) : m_file(std::move(file)) {}

QByteArray AlarmOutbox::toLine(const OutboxEntry &e)
{
    QJsonObject o{{u"kind"_s, e.kind == OutboxEntry::Kind::Raise ? u"raise"_s : u"normal"_s}, {u"rule"_s, e.rule}, {u"at"_s, e.at}};
    if (e.kind == OutboxEntry::Kind::Raise) {
        o.insert(u"tag"_s, e.tag);
        o.insert(u"value"_s, std::isfinite(e.value) ? e.value : 0.0);
        o.insert(u"since"_s, e.since);
    } else {
        o.insert(u"alarm"_s, e.alarmId);
        o.insert(u"raised_at"_s, e.raisedAt);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

bool AlarmOutbox::fromLine(const QByteArray &line, OutboxEntry *out, QString *why)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        *why = u"not a JSON object (%1)"_s.arg(err.errorString());
        return false;
    }
    const QJsonObject o = doc.object();
    const QString kind = o.value(u"kind"_s).toString();
    OutboxEntry e;
    if (kind == u"raise"_s)
        e.kind = OutboxEntry::Kind::Raise;
    else if (kind == u"normal"_s)
        e.kind = OutboxEntry::Kind::Normal;
    else {
        *why = u"field 'kind': '%1' is not raise or normal"_s.arg(kind);
        return false;
    }
    e.rule = o.value(u"rule"_s).toString();
    if (e.rule.isEmpty()) {
        *why = u"field 'rule' is missing"_s;
        return false;
    }
    e.at = o.value(u"at"_s).toInteger();
    e.tag = o.value(u"tag"_s).toString();
    e.value = o.value(u"value"_s).toDouble();
    e.since = o.value(u"since"_s).toInteger();
    e.alarmId = o.value(u"alarm"_s).toInteger();
    e.raisedAt = o.value(u"raised_at"_s).toInteger();
    if (e.at <= 0 || (e.kind == OutboxEntry::Kind::Normal && e.alarmId <= 0 && e.raisedAt <= 0)) {
        *why = u"field 'at', 'alarm' or 'raised_at' is missing"_s;
        return false;
    }
    *out = e;
    return true;
}

QStringList AlarmOutbox::load()
{
    QStringList problems;
    m_entries.clear();
    if (m_file.isEmpty() || !QFileInfo::exists(m_file))
        return problems;
    QFile f(m_file);
    if (!f.open(QIODevice::ReadOnly)) {
        problems << u"%1: cannot read: %2"_s.arg(m_file, f.errorString());
        return problems;
    }
    int lineNo = 0;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine(1 << 20).trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        OutboxEntry e;
        QString why;
        if (fromLine(line, &e, &why))
            m_entries.append(e);
        else
            problems << u"%1 line %2: %3; skipped"_s.arg(m_file).arg(lineNo).arg(why);
    }
    return problems;
}

QString AlarmOutbox::append(const OutboxEntry &entry)
{
    if (m_entries.size() >= kMaxEntries)
        return u"the outbox holds %1 events, its limit: the alarm of rule %2 at %3 was not kept"_s.arg(kMaxEntries).arg(entry.rule).arg(entry.at);
    m_entries.append(entry);
    if (m_file.isEmpty())
        return {};
    const QFileInfo info(m_file);
    if (!QDir().mkpath(info.absolutePath()))
        return u"%1: cannot create the folder; the event is kept in memory only"_s.arg(m_file);
    QFile f(m_file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return u"%1: cannot write (%2); the event is kept in memory only"_s.arg(m_file, f.errorString());
    const QByteArray line = toLine(entry);
    if (f.write(line) != line.size() || !f.flush() || ::fsync(f.handle()) != 0)
        return u"%1: cannot write (%2); the event is kept in memory only"_s.arg(m_file, f.errorString());
    return {};
}

QString AlarmOutbox::dropFront(qsizetype n)
{
    n = std::min(n, m_entries.size());
    if (n <= 0)
        return {};
    m_entries.remove(0, n);
    if (m_file.isEmpty())
        return {};
    if (m_entries.isEmpty()) {
        if (QFileInfo::exists(m_file) && !QFile::remove(m_file))
            return u"%1: delivered, but the file cannot be removed"_s.arg(m_file);
        return {};
    }
    QSaveFile f(m_file); // written beside it, flushed, renamed over it: never half a file
    if (!f.open(QIODevice::WriteOnly))
        return u"%1: cannot rewrite (%2)"_s.arg(m_file, f.errorString());
    for (const OutboxEntry &e : std::as_const(m_entries))
        f.write(toLine(e));
    if (!f.commit())
        return u"%1: cannot rewrite (%2)"_s.arg(m_file, f.errorString());
    return {};
}

} // namespace gl
