// SPDX-License-Identifier: Apache-2.0
#include "demo/DemoAnalytics.h"
#include "modules/reporting/logic/AnalyticsService.h"
#include "platform/auth/UserService.h"
#include "platform/store/Database.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gl::demo {

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

/// A small deterministic generator (xorshift64*), independent of the demo's other dice.
class Rng {
public:
    explicit Rng(quint64 seed) : m_s(seed) {}
    double uniform()
    {
        m_s ^= m_s >> 12;
        m_s ^= m_s << 25;
        m_s ^= m_s >> 27;
        return double((m_s * 2685821657736338717ULL) >> 11) / double(1ULL << 53);
    }
    int between(int lo, int hi) { return lo + int(uniform() * (hi - lo + 1)) % (hi - lo + 1); }
    double normal() { return (uniform() + uniform() + uniform() + uniform() - 2.0) * 1.7320508; } // ~N(0, 1)

private:
    quint64 m_s;
};

void importOrders(ServiceContext &ctx, qint64 now, const QTimeZone &tz)
{
    struct AreaSeed { const char16_t *area, *title, *priority; };
    static const AreaSeed seeds[] = {
        {u"CA1", u"Chlorine detector alarm at the compressors", u"critical"},
        {u"CA1", u"Brine pump seal leak", u"medium"},
        {u"TF1", u"Combustible gas 1st alarm at the tank farm", u"high"},
        {u"EL1", u"Hydrogen 1st alarm over the electrolysers", u"high"},
        {u"CH2", u"Casting house 2: CO rise with fan drop", u"critical"},
        {u"UT1", u"Transformer oil temperature high", u"medium"},
        {u"WH1", u"Smoke detector in the warehouse", u"high"},
    };
    Rng rng(0x8a1f2026);
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, tz).date();
    QList<HistoricOrder> orders;
    int no = 0;
    // Day -460 … -31: the paper era (the demo's own month of live history follows, see DemoPlant).
    for (int day = -460; day <= -31; ++day) {
        const int count = 1 + (rng.uniform() < 0.35 ? 1 : 0);
        for (int k = 0; k < count; ++k) {
            const AreaSeed &s = seeds[rng.between(0, int(std::size(seeds)) - 1)];
            const qint64 detected = QDateTime(today.addDays(day), QTime(rng.between(0, 23), rng.between(0, 59)), tz).toMSecsSinceEpoch()
                + rng.between(0, 59) * 1000;
            const double normals[4] = {rng.normal(), rng.normal(), rng.normal(), rng.normal()};
            const ResponseTimes t = responseTimes(normals, false, 0);
            HistoricOrder o;
            o.code = u"DO-H%1"_s.arg(++no, 4, 10, QLatin1Char('0'));
            o.area = QString::fromUtf16(s.area);
            o.title = QString::fromUtf16(s.title);
            o.priority = QString::fromUtf16(s.priority);
            o.detectedAt = detected;
            o.createdAt = detected + qint64(t.detect * 1000);
            o.verifiedAt = o.createdAt + qint64(t.verify * 1000);
            o.respondedAt = o.verifiedAt + qint64(t.respond * 1000);
            o.confirmedAt = o.respondedAt + qint64(t.confirm * 1000);
            orders << o;
        }
    }
    AnalyticsService(ctx).importOrderHistory(orders, u"previous dispatch log (paper and spreadsheet, digitised)"_s);
}

/// Minute aggregates of the casting-house tags: a slowly varying "fan weak" state (fouled filter, drive
/// faults) raises CO and lowers the fan frequency; the hot-metal silicon of the casts follows two hours later.
void minuteHistory(Database &db, qint64 now)
{
    Rng rng(0x51c0ffee);
    const qint64 end = (now / kMinute) * kMinute - 10 * kMinute;
    const qint64 start = end - 14 * kDay;
    const int hours = int((end - start) / kHour) + 1;
    QList<double> weak(hours);
    double e = 0;
    for (int h = 0; h < hours; ++h) {
        e = 0.85 * e + 0.55 * rng.normal();
        weak[h] = 1.0 / (1.0 + std::exp(-2.0 * e)); // 0 … 1
    }
    QString sql;
    QVariantList binds;
    int rows = 0;
    auto flush = [&] {
        if (rows == 0)
            return;
        db.exec(u"INSERT INTO tag_minutes (tag, minute, n, bad, vmin, vmax, vavg) VALUES "_s + sql, binds);
        sql.clear();
        binds.clear();
        rows = 0;
    };
    const QVariant nullReal(QMetaType::fromType<double>());
    auto add = [&](const QString &tag, qint64 minute, int n, int bad, double lo, double hi, double avg) {
        sql += rows ? u",(?,?,?,?,?,?,?)"_s : u"(?,?,?,?,?,?,?)"_s;
        if (bad >= n)
            binds << tag << minute << n << bad << nullReal << nullReal << nullReal;
        else
            binds << tag << minute << n << bad << lo << hi << avg;
        if (++rows == 200)
            flush();
    };
    const QString co = u"CH2.CO_ppm"_s, fan = u"CH2.FAN_HZ"_s, si = u"CH2.HM_SI_pct"_s;
    const qint64 outage = start + 9 * kDay + 3 * kHour; // CO detector fault: 20 minutes of bad data
    for (qint64 m = start; m <= end; m += kMinute) {
        const int h = int((m - start) / kHour);
        const double w = weak[h];
        const double cast = 0.6 + 0.4 * std::sin(double((m - start) % (2 * kHour)) / double(2 * kHour) * 2 * M_PI);
        const double c = std::max(0.0, 8.0 + 22.0 * w * cast + 1.2 * rng.normal());
        const bool coBad = (m >= outage && m < outage + 20 * kMinute) || rng.uniform() < 0.004;
        add(co, m, 60, coBad ? 60 : 0, c - 0.8 - rng.uniform(), c + 0.8 + rng.uniform(), c);
        const double f = std::clamp(48.0 - 9.0 * w + 0.3 * rng.normal(), 0.0, 50.0);
        add(fan, m, 60, 0, f - 0.2, f + 0.2, f);
        if ((m - start) % kHour == 30 * kMinute) { // one lab result per cast, mid-hour
            const double lagged = h >= 2 ? weak[h - 2] : weak[0];
            const double s = std::clamp(0.40 + 0.35 * lagged + 0.035 * rng.normal(), 0.1, 1.5);
            const bool siBad = rng.uniform() < 0.02; // sample lost / not analysed
            add(si, m, 1, siBad ? 1 : 0, s, s, s);
        }
    }
    flush();
}

} // namespace

ResponseTimes responseTimes(const double normals[4], bool live, double daysLive)
{
    // Medians in seconds, paper era / live, and the lognormal spread of each phase.
    struct Phase { double paper, live, sigma; };
    static constexpr Phase phases[4] = {
        {40, 8, 0.5},    // detect: a patrol or a phone call / the rule engine and the order it opens
        {170, 55, 0.5},  // verify: radio someone to look / the alarm and its camera on the board
        {330, 190, 0.4}, // respond: find and send a responder / the on-duty responder is paged
        {200, 95, 0.45}, // confirm: a call back and a walk round / the procedure's last step on the board
    };
    const double practice = live ? 1.0 + 0.35 * std::exp(-std::max(0.0, daysLive) / 14.0) : 1.0;
    double out[4];
    for (int i = 0; i < 4; ++i)
        out[i] = (live ? phases[i].live * practice : phases[i].paper) * std::exp(phases[i].sigma * normals[i]);
    return {out[0], out[1], out[2], out[3]};
}

void loadAnalyticsHistory(ServiceContext &ctx, qint64 now, const QTimeZone &tz)
{
    const Actor before = ctx.actor;
    ctx.actor = UserService::actorFor(ctx.db, u"demo.dispatcher"_s);
    importOrders(ctx, now, tz);
    ctx.actor = before;
    minuteHistory(ctx.db, now);
}

} // namespace gl::demo
