// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include "modules/permits/gb30871/Gb30871Rules.h"
#include "modules/permits/logic/PermitRecord.h"
#include "modules/site/layout/Geometry.h"
#include "platform/services/ServiceContext.h"

namespace gl {

struct PermitInput {
    QString code;          ///< e.g. "HW-0001"; the type's prefix
    QString type;          ///< one of the eight GB 30871-2022 types (CONTRACTS.md §3)
    QString grade;         ///< special / level1 / level2 (hot work), or "standard"
    QString contractorCode; ///< empty for in-house crews
    QString areaCode, equipmentCode, title;
    site::Polygon polygon;
    double zMin = 0, zMax = 4;
    qint64 startsAt = 0, endsAt = 0; ///< UTC ms
    QString guardianCode;  ///< the certified guardian (person code)
    QStringList workerCodes;
    QString coordinatorCode; ///< the cross-work coordinator (GB 30871 §4.7), a person code; may be empty
    QStringList checks;      ///< keys of the type's checklist items confirmed (gb30871.json `checklists`)
    /// updateDraft: the permit's row_version the editor loaded (schema step 21); a permit changed since is
    /// refused (Conflict) naming who changed it. Empty: not checked.
    std::optional<qint64> expectedVersion;
};

/// How a signer signs: at the work site or not, and where.
struct SignOffInput {
    bool onSite = false; ///< the signer confirms being at the work site
    QString place;       ///< where the signer was, in words ("at the flange of T-101"); only with onSite; nothing when empty
    QString note;
};

/// One recorded signature.
struct SignOffRecord {
    QString step, name, nameZh; ///< the step and its names from gb30871.json
    QString signer;             ///< the user who signed (audit name, e.g. "ehs")
    QString signerName;         ///< the user's display name
    QString role;               ///< the user's role key
    QString person;             ///< for the guardian's step: the guardian's person code
    bool onSite = false;
    QString place, note;
    qint64 signedAt = 0;
    QString contentSha256;      ///< SHA-256 of the permit's canonical content when signed
};

struct GasTestRecord {
    qint64 sampledAt = 0;
    double combustibleVolPct = 0, o2Pct = 0, toxicPpm = 0;
    bool passed = false;
    QString tester;
};

struct PermitWorkerInfo {
    QString code, name, contractor;
    QStringList certificates; ///< "kind number (valid to YYYY-MM-DD)"
};

struct PermitCamera {
    QString code, name, area;
    double distance = 0;
    bool onlineCapable = false;
    bool bound = false; ///< stored at approval (else: the cameras that cover it now)
};

/// Everything a permit card and the work ticket show, read in one go.
struct PermitCard {
    permits::PermitRecord permit;
    qint64 rowVersion = 0; ///< schema step 21: what a step taken on this card expects (SignOffInput::expectedVersion)
    QString effectiveGrade, areaName, contractorName, equipmentName, guardianName, coordinatorName, applicant, approver;
    QList<permits::ChecklistItem> checklist;
    QStringList checksDone;
    QList<SignOffRecord> signOffs;
    QString nextStep;                    ///< the next sign-off step, empty when none is due
    QStringList nextStepRoles;           ///< who may sign it
    QList<GasTestRecord> gasTests;       ///< newest first
    QList<PermitWorkerInfo> workers;
    QList<PermitCamera> cameras;
    QStringList conflicts;               ///< conflicts with other approved/active/suspended permits, one line each
    QStringList problems;                ///< what the next step (submit, approve) would refuse for
    QStringList actions;                 ///< lifecycle actions possible from the state
    QString contentSha256;
    qint64 lastTicketAt = 0;
    QString lastTicketSha256;
};

/// An issued work ticket: what it prints and the hash its QR code carries.
struct TicketIssue {
    PermitCard card;
    QString sha256;  ///< of the canonical content
    QString qrText;  ///< "guardline-permit:CODE:SHA256"
    qint64 issuedAt = 0;
};

struct TicketCheck {
    bool valid = false;
    QString code, state, reason; ///< reason: "valid", "changed since issue", ...
    qint64 issuedAt = 0;
};

/// Special-work permits and their lifecycle (domain/States.cpp). Every step is audited with who,
/// where (area, equipment) and when; a refused step changes nothing and is not audited.
///
/// GB 30871-2022 is enforced from data (permits/Gb30871Rules): a draft may be incomplete, but `submit`
/// refuses with every problem listed (validity, guardian, WorkGate), `approve` re-checks, checks the
/// approver's role for the grade and the SIMOPS conflicts with the approved/active/suspended permits,
/// `activate` needs a passing gas test no more than 30 min old (hot work, confined space) and `resume`
/// a new one after a long interruption.
class PermitService : public ServiceBase {
public:
    using ServiceBase::ServiceBase;

    static QStringList types();
    /// The site's rules (an override file); the built-in defaults otherwise. Not owned.
    void setRules(const permits::Gb30871Rules *rules) { m_rules = rules; }
    const permits::Gb30871Rules &rules() const { return m_rules ? *m_rules : permits::Gb30871Rules::defaults(); }

    /// Reads a draft from JSON (CONTRACTS.md 6.3, `P.json`): `code`, `type`, `grade`, `contractor`, `area`, `equipment`,
    /// `title`, `polygon`, `z_min`, `z_max`, `start`, `end` (ISO 8601 with offset), `guardian`, `workers`, `coordinator`,
    /// `checks`. A missing or malformed field, an unknown key, type, grade or checklist key is BadInput naming
    /// `source`, the permit and the field; codes are looked up by createDraft/updateDraft.
    PermitInput inputFromJson(const QByteArray &json, const QString &source) const;
    PermitInput inputFromFile(const QString &path) const;
    /// Creates a draft. Bad input names the permit and the field (an unknown area, contractor, person or worker code too).
    qint64 createDraft(const PermitInput &in);
    /// Replaces the fields, workers and checklist of a draft (same type). Only drafts change: a change of
    /// scope, place, time or conditions after submission needs a new permit.
    void updateDraft(const PermitInput &in);
    /// createDraft, or updateDraft when a permit of that code exists (refused past draft). True when created.
    bool saveDraft(const PermitInput &in);
    /// Applies a lifecycle action (submit, approve, activate, suspend, resume, close, cancel, expire, reject).
    /// Throws Conflict when the action is not allowed from the current state or the permit breaks a rule
    /// (the message lists every problem), Forbidden without permission.
    QString apply(const QString &code, const QString &action, const QString &note = {},
                  std::optional<qint64> expectedVersion = std::nullopt);
    /// The same, with the signature of a signing action (submit, approve): on site and where. A place or
    /// on-site given with an action that is not a signature is BadInput. Returns the new state.
    /// `expectedVersion` (here, in apply and signOff): the permit's row_version the person's view showed (schema
    /// step 21); a permit changed since is refused (Conflict) naming who changed it and what it is now.
    QString act(const QString &code, const QString &action, const SignOffInput &in,
                std::optional<qint64> expectedVersion = std::nullopt);
    /// Signs the next sign-off step that is not itself an action (the guardian's, the work-site leader's):
    /// returns the step signed. Refused (Conflict) when none is due or the next one is submit or approve.
    /// `expectedVersion` as in act().
    QString signNext(const QString &code, const SignOffInput &in, std::optional<qint64> expectedVersion = std::nullopt);
    /// Names (or with an empty code clears) the cross-work coordinator of a draft or submitted permit.
    void setCoordinator(const QString &code, const QString &personCode);
    /// Records a gas analysis. combustibleVolPct is % vol; gasLelPct the lower explosive limit of the gas
    /// of concern (decides 0.5 or 0.2 % vol); enriched: oxygen-enriched air (O₂ up to 23.5 %).
    void recordGasTest(const QString &code, qint64 sampledAt, double combustibleVolPct, double o2Pct, double toxicPpm,
                       const QString &tester, double gasLelPct = 4.0, bool enriched = false);
    QString state(const QString &code) const;

    /// What `submit` would refuse for (empty: it may be submitted).
    QStringList submitProblems(const QString &code) const;
    /// What `approve` would refuse for, by the current actor.
    QStringList approveProblems(const QString &code) const;
    /// Every problem that would block submitting, approving or ticketing the permit, whoever acts
    /// (`guardlinectl permit check`, CONTRACTS.md 6.3): the submit checks (validity, guardian, the worker
    /// gate with each contractor's admission), the checklist, the SIMOPS conflicts and the cameras; for a
    /// permit past its working states (suspended, closed, cancelled, expired) that state. A step not taken
    /// yet (a signature due, the approval itself) and the approver's own role are not problems here.
    QStringList blockingProblems(const QString &code) const;
    /// Moves every approved/active/suspended permit whose end is at or before `now` to expired, audited by
    /// the system actor "system:permit-expiry". Returns the codes, sorted.
    QStringList expireDue(qint64 now);
    /// The guardian of an active permit left the work site: the permit is suspended (audited by the actor).
    void guardianLeft(const QString &code);
    /// Active permits whose gas must be logged periodically (confined space: every 2 h) and is overdue at `now`.
    QStringList gasLogsOverdue(qint64 now) const;

    // ---- sign-offs in the standard's order (gb30871.json `sign_offs`) ----
    /// Records the signature `step` by the current actor. Refused (Conflict) out of order, twice, in the wrong
    /// state, off site when the step signs on site, or when the step's action (submit, approve) would be refused;
    /// Forbidden when the actor's role may not sign it. A step with an action performs it in the same transaction.
    void signOff(const QString &code, const QString &step, const SignOffInput &in = {},
                 std::optional<qint64> expectedVersion = std::nullopt);
    QList<SignOffRecord> signOffs(const QString &code) const;
    /// The next step to sign, empty when none is due (before submit the applicant's step is next).
    QString nextSignOff(const QString &code) const;
    /// Confirms the type's checklist items (draft or submitted): the list replaces the previous one.
    /// `expectedVersion` as in act(): a permit changed since the person's view showed it is refused
    /// (Conflict), never overwritten. The change raises the permit's row_version.
    void setChecks(const QString &code, const QStringList &itemKeys, std::optional<qint64> expectedVersion = std::nullopt);
    /// The permit editor's signature with the checklist as the person left it: the checklist (when it
    /// differs from the stored one) and the sign-off `step` in one transaction, both or neither, against the
    /// version the person's view showed. A refused signature leaves the stored checklist as it was.
    void confirmChecksAndSign(const QString &code, const QStringList &itemKeys, const QString &step, const SignOffInput &in,
                              std::optional<qint64> expectedVersion);

    // ---- cameras (special hot work is bound to the cameras that cover it) ----
    /// The permit's cameras: those bound at approval, else those that cover its volume now.
    QList<PermitCamera> cameras(const QString &code) const;

    // ---- alarms ----
    /// Reaction to events::AlarmRaised (PermitReactions.h, subscribed in EventSubscriptions.cpp), in the transaction that stores the alarm: when the
    /// alarm's kind suspends (gb30871.json `alarm_suspension`),
    /// the active permits of its area are suspended by "system:alarm-suspension", audited with the alarm id.
    /// Resuming them needs a fresh passing gas test. Returns the suspended codes.
    QStringList suspendForAlarm(qint64 alarmId, const QString &ruleId, const QString &tag, const QString &severity,
                                const QString &areaCode);
    /// Housekeeping: for each active permit whose gas log is overdue, raises one alarm per lapse
    /// (rule "permit-gas-log-overdue", tag = the permit code) and suspends it when the rules say so.
    QStringList raiseGasLogLapses(qint64 now);

    // ---- the electronic work ticket ----
    /// The canonical content of the permit (compact JSON, keys sorted): the scope, people with certificates,
    /// checklist, sign-offs and bound cameras; not the state or the gas log.
    QByteArray canonicalContent(const QString &code) const;
    QString contentSha256(const QString &code) const;
    PermitCard card(const QString &code) const;
    /// Issues a ticket (approved or active permits): refused while the worker gate or conflicts fail.
    /// Records the hash and audits "permit.ticket".
    TicketIssue issueTicket(const QString &code);
    /// Checks a ticket's hash against the database: valid, or why not. `qrText` "guardline-permit:CODE:HASH" also works as code.
    TicketCheck verifyTicket(const QString &code, const QString &sha256) const;
    static bool parseQrText(const QString &text, QString *code, QString *sha256);

private:
    /// The database ids of a permit's codes; an unknown code is BadInput naming the field.
    struct References {
        QVariant area, contractor, equipment, guardian, coordinator;
        QList<qint64> workers;
    };
    References references(const PermitInput &in) const;
    permits::PermitRecord load(const QString &code) const;
    /// load() inside a change's transaction: the row locked first, refused when it is no longer at `expected`.
    permits::PermitRecord loadForChange(const QString &code, std::optional<qint64> expected) const;
    QStringList readinessProblems(const permits::PermitRecord &p) const;
    QStringList conflictProblems(const permits::PermitRecord &p, QJsonArray *coordinated) const;
    QStringList gasProblems(const permits::PermitRecord &p, const QString &action) const;
    QStringList signOffProblems(const permits::PermitRecord &p, const QString &stepKey) const;
    QStringList checklistProblems(const permits::PermitRecord &p) const;
    QStringList cameraProblems(const permits::PermitRecord &p) const;
    QList<PermitCamera> coveringCameras(const permits::PermitRecord &p) const;
    QStringList doneSteps(qint64 permitId) const;
    /// The checklist items confirmed for a permit (permit_checks), in the store's order of the keys (what the
    /// card shows and the ticket's content hashes).
    QStringList storedChecks(qint64 permitId) const;
    void transition(const permits::PermitRecord &p, const QString &action, const QString &note, QJsonObject details);
    void suspendAs(const permits::PermitRecord &p, const QString &reason, qint64 alarmId, const QJsonObject &details);
    [[noreturn]] void refuse(const QString &code, const QString &action, const QStringList &problems) const;

    const permits::Gb30871Rules *m_rules = nullptr;
};

} // namespace gl
