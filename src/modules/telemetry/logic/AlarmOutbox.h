// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace gl {

/// One alarm event the site service could not store (CONTRACTS.md section 7, "nothing acknowledged is lost").
struct OutboxEntry {
    enum class Kind { Raise, Normal };
    Kind kind = Kind::Raise;
    QString rule;        ///< the rule's id
    qint64 at = 0;       ///< Raise: the sample time that raised it; Normal: when the rule returned to normal
    QString tag;         ///< Raise: the tag shown in the alarm's text
    double value = 0;    ///< Raise: its value
    qint64 since = 0;    ///< Raise: when the condition began (for_s)
    qint64 alarmId = 0;  ///< Normal: the stored alarm; 0 when its Raise is still in the outbox (matched by rule and raisedAt)
    qint64 raisedAt = 0; ///< Normal of an alarm raised from the outbox: the Raise's `at`
};

/// The site service's durable outbox for alarm events that could not be committed (the store unreachable,
/// locked or full): a JSON-lines file, one event a line, appended and flushed to the disk (fsync) before the
/// engine goes on, and delivered in order, each exactly once, when the store answers again (TelemetryPipeline).
/// Delivered events leave the file by an atomic rewrite. A line that cannot be read (a torn last line after a
/// power cut) is reported by its line number and skipped. Not thread-safe: the pipeline thread owns it.
class AlarmOutbox {
public:
    /// `file` empty: kept in memory only (tests, a store without a place for the file).
    explicit AlarmOutbox(QString file = {});

    /// Loads what a previous run left; returns the problems found (file, line, what), empty when none.
    QStringList load();
    /// Appends and flushes to the disk. A file that cannot be written is reported (returned) and the event
    /// is still kept in memory.
    QString append(const OutboxEntry &entry);
    /// The first `n` events were delivered: rewrites the file without them (atomically).
    QString dropFront(qsizetype n);

    const QList<OutboxEntry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    qsizetype size() const { return m_entries.size(); }
    QString file() const { return m_file; }

    /// Events kept beyond this are refused (logged): a store down for days must not fill the disk.
    static constexpr qsizetype kMaxEntries = 100'000;

    static QByteArray toLine(const OutboxEntry &e);
    /// Parses one line; false with `why` set when it is not an outbox event.
    static bool fromLine(const QByteArray &line, OutboxEntry *out, QString *why);

private:
    QString m_file;
    QList<OutboxEntry> m_entries;
};

} // namespace gl
