// SPDX-License-Identifier: Apache-2.0
#include "modules/engine/logic/Housekeeping.h"
#include "modules/admission/logic/ExpiryTasks.h"
#include "modules/hazards/logic/HazardService.h"
#include "modules/permits/logic/PermitService.h"
#include "modules/reporting/logic/ReportArchiveService.h"
#include "modules/telemetry/logic/TelemetryService.h"
#include "modules/video/logic/CameraService.h"
#include "platform/services/ServiceContext.h"
#include "platform/util/Error.h"
#include "platform/util/Log.h"

#include <functional>

using namespace Qt::StringLiterals;

namespace gl {

namespace {

struct Step {
    const char *name;
    /// Returns a line describing what changed, or an empty string when nothing was due.
    std::function<QString(ServiceContext &)> run;
};

const QList<Step> &steps()
{
    static const QList<Step> list = {
        {"permit-expiry",
         [](ServiceContext &ctx) {
             const QStringList codes = PermitService(ctx).expireDue(ctx.now());
             return codes.isEmpty() ? QString() : u"expired permits: %1"_s.arg(codes.join(u", "_s));
         }},
        {"hazard-overdue", // issue #7: overdue hazards escalate once each (dispatch order), the map pulses them
         [](ServiceContext &ctx) {
             const QStringList codes = HazardService(ctx).escalateOverdue();
             return codes.isEmpty() ? QString() : u"overdue hazards escalated: %1"_s.arg(codes.join(u", "_s));
         }},
        {"hazard-reinspection", // issue #7: the reporter re-inspects 72 h (site setting) after closure
         [](ServiceContext &ctx) {
             const QStringList codes = HazardService(ctx).createReinspectionTasks();
             return codes.isEmpty() ? QString() : u"re-inspection tasks created: %1"_s.arg(codes.join(u", "_s));
         }},
        {"permit-gas-log",
         [](ServiceContext &ctx) {
             const QStringList codes = PermitService(ctx).raiseGasLogLapses(ctx.now());
             return codes.isEmpty() ? QString() : u"gas log overdue (alarm raised): %1"_s.arg(codes.join(u", "_s));
         }},
        {"daily-report", // issue #9: the day's report at the site-local schedule time; missed days caught up
         [](ServiceContext &ctx) {
             QStringList days;
             for (const QDate &d : ReportArchiveService(ctx).runSchedule(2))
                 days << d.toString(Qt::ISODate);
             return days.isEmpty() ? QString() : u"daily reports archived: %1"_s.arg(days.join(u", "_s));
         }},
        {"telemetry-rollup", // issue #8: 1-minute aggregates; raw samples kept 7 days, aggregates 400 days
         [](ServiceContext &ctx) { return TelemetryService(ctx).rollup(7 * 86400000LL, 400 * 86400000LL); }},
        {"alarm-unshelve", // issue #8: ISA-18.2 shelved alarms come back when their shelf time is up
         [](ServiceContext &ctx) { return TelemetryService(ctx).unshelveDue(); }},
        {"alarm-flood", // issue 16: ISA-18.2 floods per operator position and area, begun and over, in the audit
         [](ServiceContext &ctx) { return TelemetryService(ctx).recordFloods(); }},
        {"dispatch-escalation", // issue #8: due soon, overdue 1st/2nd/3rd; instructions not acknowledged in time
         [](ServiceContext &ctx) { return TelemetryService(ctx).escalate(); }},
        {"contractor-expiry", // issue #5: coordinator tasks ahead of document/certificate expiry, missing documents
         [](ServiceContext &ctx) {
             const QStringList keys = ExpiryTasks(ctx).raiseExpiryTasks();
             return keys.isEmpty() ? QString() : u"contractor tasks raised: %1"_s.arg(keys.size());
         }},
        {"camera-credentials", // issue #4: user info in a camera URL (e.g. an imported layout) is sealed apart
         [](ServiceContext &ctx) {
             const QStringList codes = CameraService(ctx).sealInlineCredentials();
             return codes.isEmpty() ? QString() : u"camera credentials moved out of URLs: %1"_s.arg(codes.join(u", "_s));
         }},
    };
    return list;
}

} // namespace

HousekeepingResult Housekeeping::run(Database &db, const Clock &clock)
{
    HousekeepingResult result;
    for (const Step &step : steps()) {
        ServiceContext ctx{db, Actor::system(QString::fromLatin1(step.name)), &clock};
        try {
            const QString line = step.run(ctx);
            if (!line.isEmpty()) {
                result.done << line;
                qCInfo(lcServices).noquote() << "housekeeping:" << line;
            }
        } catch (const Error &e) {
            if (e.code() == ErrorCode::Unreachable) {
                // The store is gone: every later step would fail the same way. Said once; the next pass
                // (30 s on) catches up what this one missed.
                result.failed << u"store unreachable, the duties wait for it (%1): %2"_s.arg(QString::fromLatin1(step.name), e.message());
                qCWarning(lcServices).noquote() << "housekeeping: store unreachable at step" << step.name << ":" << e.message();
                break;
            }
            result.failed << u"%1: %2"_s.arg(QString::fromLatin1(step.name), e.message());
            qCWarning(lcServices).noquote() << "housekeeping step" << step.name << "failed:" << e.message();
        }
    }
    return result;
}

} // namespace gl
