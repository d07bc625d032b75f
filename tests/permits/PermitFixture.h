// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/permits/logic/PermitService.h"
#include "platform/util/Error.h"
#include "TestDb.h"

#include <memory>

namespace gl::test {

/// A site for permit tests: the demo layout (Asia/Shanghai), users of every approving role, guardians,
/// two contractors with workers in every state the gate checks, and the DAY shift on the test days.
/// Monday 2026-03-02 08:00 site time is `t0`. With `layoutJson`, that site layout (a plant's own, not the
/// demo; it needs an area CA1 for input() and the Asia/Shanghai time zone for t0) is imported instead.
class PermitFixture {
public:
    explicit PermitFixture(Backend backend, const QByteArray &layoutJson = {});
    bool available() const { return m_db.available(); }
    QString url() const { return m_db.url(); }

    static qint64 at(const QString &isoLocal); ///< "2026-03-02T08:00" in site time → UTC ms
    static constexpr qint64 kMinute = 60'000, kHour = 60 * kMinute;
    qint64 t0 = 0;

    Database &db() { return *m_store; }
    ManualClock clock;
    std::unique_ptr<ServiceContext> ctx;
    void as(const QString &user);
    PermitService permits() { return PermitService(*ctx); }
    int auditCount();

    /// A draft: certified guardian G-1, worker W-1 (gate passes for every type), 10×6 m box at (x, y), every
    /// checklist item of the type confirmed.
    PermitInput input(const QString &code, const QString &type, const QString &grade, qint64 start, double hours,
                      double x = 0, double y = 0, const QString &contractor = QStringLiteral("C-1"));
    /// The sign-offs between submission and approval: the guardian's (recorded by coord, on site), the work-site
    /// leader's (sup, on site).
    void signBeforeApproval(const QString &code);
    /// signBeforeApproval, then `approver` signs the approval at the work site.
    void approve(const QString &code, const QString &approver = QStringLiteral("ehs"));
    /// createDraft → submit → approve (by ehs) → [gas test] → activate, each at the start time.
    void makeActive(const PermitInput &in);

private:
    TestDb m_db;
    std::unique_ptr<Database> m_store;
};

/// Runs `f`, which must throw gl::Error with `code`; returns the message ("NOT REFUSED" / "WRONG CODE: …" else),
/// so a test compares the refusal's text in one line.
template<class F> QString refusal(F f, ErrorCode code = ErrorCode::Conflict)
{
    try {
        f();
    } catch (const Error &e) {
        if (e.code() != code)
            return QStringLiteral("WRONG CODE: ") + e.message();
        return e.message();
    }
    return QStringLiteral("NOT REFUSED");
}

inline int count(Database &db, const QString &sql, const QVariantList &binds = {}) { return db.scalar(sql, binds).toInt(); }

} // namespace gl::test
