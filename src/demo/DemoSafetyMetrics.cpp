// SPDX-License-Identifier: Apache-2.0
#include "demo/DemoSafetyMetrics.h"
#include "modules/reporting/logic/SafetyMetricsService.h"
#include "platform/auth/UserService.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace gl::demo {

void loadSafetyMetrics(ServiceContext &ctx, QDate today, const QTimeZone &tz)
{
    const Actor previous = ctx.actor;
    ctx.actor = UserService::actorFor(ctx.db, u"demo.ehs"_s);
    SafetyMetricsService metrics(ctx);

    // Hours worked: 13 months (12 full + this one up to yesterday), ~620 people on 8-hour shifts.
    const QDate thisMonth(today.year(), today.month(), 1);
    for (int m = 12; m >= 0; --m) {
        const QDate start = thisMonth.addMonths(-m);
        const QDate end = m == 0 ? today.addDays(-1) : start.addMonths(1).addDays(-1);
        if (end < start)
            continue;
        const int headcount = 580 + (m * 37) % 90;                   // seasonal turnaround crews
        const double workdays = double(start.daysTo(end) + 1) * 22.0 / 30.0;
        metrics.recordHours(start, end, std::round(headcount * 8.0 * workdays), headcount);
    }

    // Incidents of the year: [days ago, hour, area, classification, lost days, description].
    struct Seed {
        int daysAgo, hour;
        const char16_t *area, *classification;
        int lostDays;
        const char16_t *text;
    };
    static const Seed seeds[] = {
        {331, 10, u"CA1", u"first_aid", 0, u"Cut finger on cable tray edge during inspection"},
        {305, 14, u"TF1", u"near_miss", 0, u"Hose coupling parted during tank truck unloading, nobody hit"},
        {287, 9, u"CH2", u"medical_treatment", 0, u"Splash burn on forearm while sampling slag (treated at clinic)"},
        {262, 15, u"UT1", u"near_miss", 0, u"Breaker racked in with maintenance lock missing"},
        {240, 11, u"CH2", u"lost_time", 6, u"Ankle fracture: fell from ladder on casting platform"},
        {221, 8, u"WH1", u"first_aid", 0, u"Forklift pallet strap recoil bruise"},
        {199, 16, u"CA1", u"restricted_work", 0, u"Chlorine whiff exposure, two days on light duty"},
        {176, 13, u"EL1", u"near_miss", 0, u"Dropped spanner from pipe rack, area barricaded"},
        {150, 10, u"TF1", u"first_aid", 0, u"Eye irritation from caustic mist, eyewash used"},
        {131, 14, u"CH2", u"near_miss", 0, u"Ladle crane limit switch failed on test"},
        {118, 9, u"UT1", u"medical_treatment", 0, u"Hand laceration while changing pump seal (sutures)"},
        {96, 15, u"RD1", u"near_miss", 0, u"Contractor truck reversed into pedestrian route"},
        {74, 11, u"CA1", u"first_aid", 0, u"Hot surface contact on steam tracing"},
        {63, 10, u"CH2", u"near_miss", 0, u"Scaffold board missing toe-board at 6 m"},
        {52, 16, u"TF1", u"near_miss", 0, u"Gas detector not bump-tested before confined-space entry"},
        {41, 9, u"EL1", u"medical_treatment", 0, u"Back strain lifting cable drum (physiotherapy)"},
        {33, 13, u"WH1", u"near_miss", 0, u"Forklift near miss at blind corner"},
        {24, 10, u"CA1", u"near_miss", 0, u"Wrong line opened: isolation tag on adjacent valve"},
        {17, 14, u"CH2", u"first_aid", 0, u"Dust in eye at casting floor"},
        {11, 8, u"UT1", u"near_miss", 0, u"Hot work spark landed near oil drip tray"},
        {6, 15, u"TF1", u"near_miss", 0, u"Tank vent flame arrestor found blocked"},
        {2, 11, u"CH2", u"near_miss", 0, u"Crane load swung over walkway"},
    };
    int n = 0;
    for (const Seed &s : seeds) {
        SafetyIncident in;
        in.code = u"INC-%1-%2"_s.arg(today.addDays(-s.daysAgo).year()).arg(++n, 3, 10, QLatin1Char('0'));
        in.occurredAt = QDateTime(today.addDays(-s.daysAgo), QTime(s.hour, 20), tz).toMSecsSinceEpoch();
        in.area = QString::fromUtf16(s.area);
        in.classification = QString::fromUtf16(s.classification);
        in.lostDays = s.lostDays;
        in.description = QString::fromUtf16(s.text);
        metrics.recordIncident(in);
    }
    ctx.actor = previous;
}

} // namespace gl::demo
