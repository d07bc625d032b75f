// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/telemetry/logic/AlarmFlood.h"
#include "modules/telemetry/rules/Rule.h"
#include "platform/services/ServiceContext.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace gl {

/// A sensor as the telemetry pipeline sees it (from the site's sensors table).
struct TagInfo {
    QString tag, area, equipment, kind, unit;
    std::optional<double> lo, hi;
};

/// One sample as stored: bad data (good = false) is kept and shown as bad, never used as good.
struct StoredSample {
    QString tag;
    qint64 ts = 0;
    double value = 0;
    bool good = true;
};

/// An instruction that the pipeline must also push to the line through a connector.
struct OutboundCommand {
    qint64 instructionId = 0;
    QString target, text;
    qint64 ackDueAt = 0;
};

/// What a rule raising did: the alarm, the dispatch order it opened, the instructions to send out.
struct RuleAlarm {
    qint64 alarmId = 0;
    QString orderCode;
    QString assignee;
    QList<OutboundCommand> commands;
};

/// Escalation ladder of a dispatch order (stored in dispatch_orders.escalation_level).
enum class EscalationLevel { None = 0, DueSoon = 1, Overdue1 = 2, Overdue2 = 3, Overdue3 = 4 };
QString escalationName(int level); ///< "due soon", "overdue 1st"...
/// Level an order with this SLA window has reached at `now`: due soon in the last quarter of the window,
/// overdue 1st at the due time, 2nd half a window later, 3rd a whole window later.
int escalationLevelAt(qint64 createdAt, qint64 dueAt, qint64 now);

/// ISA-18.2 alarm flood defaults: more than kFloodAlarms annunciated to one operator position within
/// kFloodWindowMs. A site sets its own (FloodSettings, AlarmFlood.h).
inline constexpr int kFloodAlarms = 10;
inline constexpr qint64 kFloodWindowMs = 10 * 60 * 1000;

/// Telemetry in the store: samples and their 1-minute aggregates, alarm rules as versioned data, the
/// alarms the live rules raise and the dispatch they trigger (auto-assigned by the on-duty roster),
/// ISA-18.2 shelving, and the escalation ladder run by housekeeping.
class TelemetryService : public ServiceBase {
public:
    using ServiceBase::ServiceBase;

    /// The site's sensors by tag.
    QHash<QString, TagInfo> tags() const;
    /// Appends samples in one transaction, in multi-row inserts (no audit: measurements, not changes).
    void storeSamples(const QList<StoredSample> &samples);
    /// The same in statements of `rowsPerInsert` rows; after each statement `yield()` may end the transaction
    /// early, committing what was inserted so far (the sample writer gives way to a waiting alarm). Returns
    /// how many samples were stored: always a prefix of `samples`, all of them unless it yielded.
    qsizetype storeSamples(const QList<StoredSample> &samples, int rowsPerInsert, const std::function<bool()> &yield);
    /// Samples of a tag in [from, to]: raw when the span is within the raw retention, else minute averages.
    QList<StoredSample> series(const QString &tag, qint64 from, qint64 to, int maxPoints = 2000) const;

    /// Aggregates complete minutes into tag_minutes, then deletes raw samples older than rawRetentionMs and
    /// aggregates older than minuteRetentionMs. Returns a line for housekeeping (empty when nothing to do).
    QString rollup(qint64 rawRetentionMs, qint64 minuteRetentionMs);

    /// Validates (CONTRACTS.md §4 plus deadband) and saves a new rule-set version; needs rules.edit;
    /// audited with the version and a summary. Returns the version.
    int saveRules(const QByteArray &json, const QString &comment);
    /// The active (highest) rule-set version and its content; version 0 when none was ever saved.
    std::pair<int, QByteArray> activeRules() const;

    /// A live rule became true: raises the alarm through OperationsService::raiseAlarm (which the permit
    /// suspension hooks into), then runs the rule's actions: "dispatch" opens an order auto-assigned to
    /// whoever is on duty in the area; "instruction" also pushes the instruction (ack within "ack_s").
    RuleAlarm raiseFromRule(const rules::Rule &rule, qint64 detectedAt, const QString &tag, double value, qint64 beganAt = 0);
    /// The rule of a live alarm returned to normal: the alarm becomes returned (if unacknowledged) or
    /// cleared (ISA-18.2); a shelved one does so behind the shelf. False when it was already over.
    bool returnToNormal(qint64 alarmId);
    /// The alarm rule `ruleId` raised at the sample time `raisedAt`, 0 when none: an alarm delivered from the
    /// outbox is stored once, also when its first commit went through but its answer was lost.
    qint64 ruleAlarmAt(const QString &ruleId, qint64 raisedAt) const;
    /// Records how an instruction went out to the line (connector id) or why it did not.
    void recordInstructionSend(qint64 instructionId, const QString &via, const QString &error);

    /// ISA-18.2 shelving: the alarm is suppressed until `untilMs` (at most 24 h), with a reason; alarm.ack.
    void shelveAlarm(qint64 alarmId, const QString &reason, qint64 untilMs);
    void unshelveAlarm(qint64 alarmId);
    /// Housekeeping: shelved alarms whose time is up return to the state they were shelved in.
    QString unshelveDue();

    /// Housekeeping: raises the escalation level of open orders (due soon, overdue 1st/2nd/3rd) and marks
    /// instructions not acknowledged in time; each step audited once.
    QString escalate();

    /// Alarms annunciated in the flood window ending at `now` (shelved ones excluded), the whole site.
    int recentAlarmCount(qint64 now) const;
    /// The alarms raised in the site's flood window ending at `now`, as flood detection counts them.
    QList<FloodAlarm> floodAlarms(const FloodSettings &settings, qint64 now) const;
    /// Sets one flood setting of the site (telemetry_settings: flood_alarms, flood_window_s,
    /// operator_positions), validated as FloodSettings::parse does; rules.edit; audited.
    void setFloodSetting(const QString &key, const QString &value);
    /// What `guardlinectl alarms flood` and Administration → Alarm flood settings… change; an unset part stays.
    struct FloodChange {
        std::optional<int> alarms;          ///< flood_alarms (1..10000)
        std::optional<qint64> windowS;      ///< flood_window_s (60..86400)
        std::optional<QByteArray> positions; ///< operator_positions, a JSON array of {"code", "name", "areas"}
        QString positionsSource;             ///< names the positions in messages (the file, "operator positions")
    };
    /// The site's flood settings in effect (FloodSettings::load); data.read; bad stored values throw.
    FloodSettings floodSettings() const;
    /// Changes the site's flood settings at once, all or nothing: each part is checked (bad input names the
    /// part, the position and the field, areas must be the site's), then stored; rules.edit (the alarm
    /// philosophy: EHS manager, administrator); audited as telemetry.flood_settings with the old and new
    /// settings. Returns the settings now in effect.
    FloodSettings setFloodSettings(const FloodChange &change);
    /// The flood status of every position of `settings` at now, counted over the whole window from the store
    /// (not from a list of the newest alarms), in the settings' order; data.read.
    QList<FloodStatus> floodStatusNow(const FloodSettings &settings) const;
    /// Housekeeping (ISA-18.2): per operator position and per area, a flood that began since the last pass is
    /// audited as alarm.flood_start (with the count, the limit and the areas), one that is over as
    /// alarm.flood_end; object "operator_position" or "area". Returns a line when something changed.
    QString recordFloods();
};

} // namespace gl
