// SPDX-License-Identifier: Apache-2.0
// Issue #8 parts 2, 7, 8 on SQLite and PostgreSQL: the interruption-time aggregates (four phases per
// period, the same period a year earlier and the % change, area filter, trend), the import of a previous
// system's orders (all or nothing), the safety-quality Pearson correlation against a hand-computed value
// with bad samples excluded and the lag applied, the tag chart's data (raw, minute min/avg/max, bad kept
// as bad, rule thresholds). The field report's figures (T down by ~62 % on the same month a year earlier)
// are the scenario of interruptionAggregates; tst_analytics_gui checks that the dashboard shows what the
// demo's stored orders give, on any day.
#include "../telemetry/TelemetryFixture.h"
#include "modules/dispatch/logic/OperationsService.h"
#include "modules/reporting/logic/AnalyticsService.h"
#include "modules/telemetry/logic/TelemetryService.h"
#include "platform/auth/UserService.h"
#include "platform/store/Schema.h"
#include "platform/util/Error.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {
const QTimeZone kTz("Asia/Shanghai");
const QDateTime kNow = QDateTime::fromString(u"2026-03-18T10:30:00+08:00"_s, Qt::ISODate);
constexpr qint64 kMin = 60'000, kHour = 3600'000;

struct Fixture {
    explicit Fixture(Backend backend) : t(backend) {}
    test::TestDb t;
    std::unique_ptr<Database> db;
    ManualClock clock{kNow.toMSecsSinceEpoch()};
    bool open()
    {
        if (!t.available())
            return false;
        db = t.open();
        test::loadTelemetrySite(*db, kNow.toMSecsSinceEpoch() - 500LL * 86400'000);
        return true;
    }
    ServiceContext as(const QString &user) { return ServiceContext{*db, UserService::actorFor(*db, user), &clock}; }
    int count(const QString &sql, const QVariantList &binds = {}) { return db->scalar(sql, binds).toInt(); }
    static qint64 at(const QString &local) { return QDateTime(QDateTime::fromString(local, Qt::ISODate).date(),
                                                              QDateTime::fromString(local, Qt::ISODate).time(), kTz).toMSecsSinceEpoch(); }
    /// An incident through the services with its phases in seconds (CONTRACTS.md 6.4): the condition begins at
    /// `detected`, the alarm is raised `detect` s later, acknowledged by the dispatcher `verify` s after that,
    /// the assignee is on scene `respond` s after the acknowledgement, the dispatcher confirms `confirm` s later.
    void order(const QString &code, const QString &area, qint64 detected, int detect, int verify, int respond, int confirm)
    {
        const qint64 raised = detected + detect * 1000LL;
        clock.set(raised);
        ServiceContext sys{*db, Actor::system(u"rules"_s), &clock};
        const qint64 alarm = OperationsService(sys).raiseAlarm(u"r"_s, u"CA1.CL2_K201"_s, u"high"_s, area, u"test"_s, raised, detected);
        ServiceContext d = as(u"demo.dispatcher"_s);
        OperationsService ops(d);
        ops.openOrder(code, alarm, area, u"test order"_s, u"high"_s, 30 * kMin);
        ops.applyOrder(code, u"assign"_s, u"demo.supervisor.ca1"_s); // at once: the assignment is not the verification
        clock.set(raised + verify * 1000LL);
        ops.acknowledgeAlarm(alarm);
        clock.set(raised + (verify + respond) * 1000LL);
        ServiceContext sup = as(u"demo.supervisor.ca1"_s);
        OperationsService(sup).applyOrder(code, u"arrive"_s);
        OperationsService(sup).applyOrder(code, u"resolve"_s, {}, u"done"_s);
        clock.set(raised + (verify + respond + confirm) * 1000LL);
        ops.applyOrder(code, u"confirm"_s);
    }
    void minute(const QString &tag, qint64 m, int n, int bad, std::optional<double> avg)
    {
        const QVariant v = avg ? QVariant(*avg) : QVariant(QMetaType::fromType<double>());
        db->exec(u"INSERT INTO tag_minutes (tag, minute, n, bad, vmin, vmax, vavg) VALUES (?,?,?,?,?,?,?)"_s,
                 {tag, m, n, bad, v, v, v});
    }
};
} // namespace

class TestAnalytics : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pearsonHandComputed()
    {
        // x = 1..5, y = 2,4,5,4,5: means 3 and 4; Σdxdy = 6, Σdx² = 10, Σdy² = 6 → r = 6 / √60.
        QCOMPARE(AnalyticsService::pearson({1, 2, 3, 4, 5}, {2, 4, 5, 4, 5}), 6.0 / std::sqrt(60.0));
        QCOMPARE(AnalyticsService::pearson({1, 2, 3}, {3, 2, 1}), -1.0);
        QVERIFY(std::isnan(AnalyticsService::pearson({1, 2}, {1, 2})));       // too few pairs
        QVERIFY(std::isnan(AnalyticsService::pearson({1, 2, 3}, {5, 5, 5}))); // no variance
        const QList<double> t = AnalyticsService::linearTrend({10, -1, 6, 4});
        QCOMPARE(t.size(), 4); // through (0,10), (2,6), (3,4): slope −2, intercept 10
        QCOMPARE(t[0], 10.0);
        QCOMPARE(t[3], 4.0);
        QVERIFY(AnalyticsService::linearTrend({-1, 5, -1}).isEmpty());
    }

    void interruptionAggregates_data() { test::addBackendRows(); }
    void interruptionAggregates()
    {
        QFETCH(Backend, backend);
        Fixture f(backend);
        GL_REQUIRE_BACKEND(f.t);
        QVERIFY(f.open());
        // A year earlier (March 2025): two CA1 orders of T = 600 s and 1000 s → mean 800 s.
        f.order(u"OLD-1"_s, u"CA1"_s, Fixture::at(u"2025-03-05T09:00:00"_s), 30, 200, 270, 100);
        f.order(u"OLD-2"_s, u"CA1"_s, Fixture::at(u"2025-03-20T14:00:00"_s), 50, 350, 400, 200);
        // February 2026 (last month): one CA1 order.
        f.order(u"FEB-1"_s, u"CA1"_s, Fixture::at(u"2026-02-10T08:00:00"_s), 20, 100, 120, 60);
        // This month: CA1 T = 240 s and 360 s (phases 10/60/120/50 and 30/90/180/60), TF1 T = 1200 s.
        f.order(u"MAR-1"_s, u"CA1"_s, Fixture::at(u"2026-03-02T10:00:00"_s), 10, 60, 120, 50);
        f.order(u"MAR-2"_s, u"CA1"_s, Fixture::at(u"2026-03-16T22:00:00"_s), 30, 90, 180, 60);
        f.order(u"MAR-3"_s, u"TF1"_s, Fixture::at(u"2026-03-17T07:00:00"_s), 100, 300, 500, 300);
        // An open order (not confirmed) does not count.
        {
            ServiceContext d = f.as(u"demo.dispatcher"_s);
            OperationsService(d).openOrder(u"OPEN-1"_s, 0, u"CA1"_s, u"still open"_s, u"high"_s, 30 * kMin);
        }
        f.clock.set(kNow.toMSecsSinceEpoch());
        ServiceContext ctx = f.as(u"demo.viewer"_s);
        AnalyticsService a(ctx);

        const InterruptionTrend m = a.interruptionTrend(AnalyticsPeriod::Month, u"CA1"_s);
        QCOMPARE(m.buckets.size(), 12);
        const InterruptionBucket &cur = m.buckets.last();
        QCOMPARE(cur.label, u"2026-03"_s);
        QCOMPARE(cur.start, QDate(2026, 3, 1));
        QCOMPARE(cur.orders, 2);
        QCOMPARE(cur.detect, 20.0);
        QCOMPARE(cur.verify, 75.0);
        QCOMPARE(cur.respond, 150.0);
        QCOMPARE(cur.confirm, 55.0);
        QCOMPARE(cur.total, 300.0);
        QCOMPARE(cur.detect + cur.verify + cur.respond + cur.confirm, cur.total);
        QCOMPARE(cur.yearAgoStart, QDate(2025, 3, 1));
        QCOMPARE(cur.ordersYearAgo, 2);
        QCOMPARE(cur.totalYearAgo, 800.0);
        QVERIFY(cur.changePct.has_value());
        QCOMPARE(*cur.changePct, -62.5); // (300 − 800) / 800: the field report's ~62 % shorter
        QCOMPARE(m.headline, 11);
        QCOMPARE(m.buckets[10].total, 300.0); // February: 20+100+120+60
        QVERIFY(!m.buckets[10].changePct.has_value()); // nothing in February 2025
        QCOMPARE(m.buckets[10].trend, 300.0);          // two equal points: a flat trend
        QCOMPARE(m.buckets[9].total, -1.0);
        QCOMPARE(m.areas, (QStringList{u"CA1"_s, u"TF1"_s}));

        // All areas: (240 + 360 + 1200) / 3 = 600 s this month.
        const InterruptionTrend all = a.interruptionTrend(AnalyticsPeriod::Month);
        QCOMPARE(all.buckets.last().orders, 3);
        QCOMPARE(all.buckets.last().total, 600.0);
        QCOMPARE(*all.buckets.last().changePct, -25.0);

        // Quarter: Q1 2026 = the February and March CA1 orders; Q1 2025 = the two old ones.
        const InterruptionTrend q = a.interruptionTrend(AnalyticsPeriod::Quarter, u"CA1"_s);
        QCOMPARE(q.buckets.size(), 6);
        QCOMPARE(q.buckets.last().label, u"2026-Q1"_s);
        QCOMPARE(q.buckets.last().orders, 3);
        QCOMPARE(q.buckets.last().total, 300.0);
        QCOMPARE(q.buckets.last().ordersYearAgo, 2);

        // Week: this ISO week (Mon 16 March) holds MAR-2 and MAR-3; the same week a year earlier is 52 weeks back.
        const InterruptionTrend w = a.interruptionTrend(AnalyticsPeriod::Week);
        QCOMPARE(w.buckets.size(), 26);
        QCOMPARE(w.buckets.last().start, QDate(2026, 3, 16));
        QCOMPARE(w.buckets.last().label, u"2026-W12"_s);
        QCOMPARE(w.buckets.last().yearAgoStart, QDate(2025, 3, 17));
        QCOMPARE(w.buckets.last().orders, 2);
        QCOMPARE(w.buckets.last().totalYearAgo, 1000.0); // OLD-2 on Thursday 20 March 2025

        QVERIFY_THROWS_EXCEPTION(Error, a.interruptionTrend(AnalyticsPeriod::Month, u"NOPE"_s));
    }

    void importHistory_data() { test::addBackendRows(); }
    void importHistory()
    {
        QFETCH(Backend, backend);
        Fixture f(backend);
        GL_REQUIRE_BACKEND(f.t);
        QVERIFY(f.open());
        const qint64 t0 = Fixture::at(u"2025-03-05T09:00:00"_s);
        HistoricOrder good{u"H-1"_s, u"CA1"_s, u"old order"_s, u"high"_s, t0, t0 + 10'000, t0 + 60'000, t0 + 200'000, t0 + 400'000};
        HistoricOrder bad = good;
        bad.code = u"H-2"_s;
        bad.respondedAt = bad.verifiedAt - 1; // phases out of order
        const int before = f.count(u"SELECT count(*) FROM audit_log"_s);
        {
            ServiceContext viewer = f.as(u"demo.viewer"_s);
            QVERIFY_THROWS_EXCEPTION(Error, AnalyticsService(viewer).importOrderHistory({good}, u"x"_s)); // no dispatch.manage
        }
        ServiceContext d = f.as(u"demo.dispatcher"_s);
        try {
            AnalyticsService(d).importOrderHistory({good, bad}, u"legacy.csv"_s);
            QFAIL("an order with its phases out of order was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::BadInput);
            QVERIFY2(e.message().contains(u"H-2"_s) && e.message().contains(u"detected_at"_s), qPrintable(e.message()));
        }
        QCOMPARE(f.count(u"SELECT count(*) FROM dispatch_orders"_s), 0); // nothing half-stored
        QCOMPARE(f.count(u"SELECT count(*) FROM audit_log"_s), before);
        HistoricOrder other = good;
        other.code = u"H-3"_s;
        other.area = u"TF1"_s;
        QCOMPARE(AnalyticsService(d).importOrderHistory({good, other}, u"legacy.csv"_s), 2);
        QCOMPARE(f.count(u"SELECT count(*) FROM dispatch_orders WHERE state = 'confirmed' AND confirmed_at = ?"_s, {t0 + 400'000}), 2);
        QCOMPARE(f.count(u"SELECT count(*) FROM audit_log WHERE action = 'orders.import'"_s), 1);
        QVERIFY_THROWS_EXCEPTION(Error, AnalyticsService(d).importOrderHistory({good}, u"again"_s)); // code exists
    }

    void correlation_data() { test::addBackendRows(); }
    void correlation()
    {
        QFETCH(Backend, backend);
        Fixture f(backend);
        GL_REQUIRE_BACKEND(f.t);
        QVERIFY(f.open());
        const qint64 h0 = (Fixture::at(u"2026-03-17T00:00:00"_s) / kHour) * kHour;
        const QString co = u"CH2.CO_ppm"_s, si = u"CH2.HM_SI_pct"_s;
        // CO hourly means 1..5 (two minutes per hour at x ± 0.5), plus a bad minute in hour 2 (not averaged).
        for (int h = 0; h < 5; ++h) {
            f.minute(co, h0 + h * kHour + 5 * kMin, 60, 0, h + 1 - 0.5);
            f.minute(co, h0 + h * kHour + 35 * kMin, 60, 0, h + 1 + 0.5);
        }
        f.minute(co, h0 + 2 * kHour + 50 * kMin, 60, 60, std::nullopt);
        // A raw bad sample with an absurd value in hour 3 (not aggregated yet): excluded.
        {
            ServiceContext sys{*f.db, Actor::system(u"telemetry"_s), &f.clock};
            TelemetryService(sys).storeSamples({{co, h0 + 3 * kHour + 40 * kMin + 5000, 9999, false}});
        }
        // Silicon two hours later: 2, 4, 5, 4, 5, and a lost (bad) result in the hour after.
        const double ys[] = {2, 4, 5, 4, 5};
        for (int h = 0; h < 5; ++h)
            f.minute(si, h0 + (h + 2) * kHour + 30 * kMin, 1, 0, ys[h]);
        f.minute(si, h0 + 7 * kHour + 30 * kMin, 1, 1, std::nullopt);
        f.clock.set(kNow.toMSecsSinceEpoch());
        ServiceContext ctx = f.as(u"demo.ehs"_s);
        AnalyticsService a(ctx);
        const CorrelationResult r = a.correlate(co, si, h0, h0 + 5 * kHour, 2 * kHour);
        QCOMPARE(r.n, 5);
        QCOMPARE(r.x, (QList<double>{1, 2, 3, 4, 5}));
        QCOMPARE(r.y, (QList<double>{2, 4, 5, 4, 5}));
        QVERIFY(std::abs(r.r - 6.0 / std::sqrt(60.0)) < 1e-12);
        QCOMPARE(r.badSafety, 61); // the bad minute (60 samples) and the raw bad sample
        QCOMPARE(r.safetySeries.size(), 5);
        QCOMPARE(r.safetyUnit, u"ppm"_s);
        QCOMPARE(r.qualityUnit, u"%"_s);
        // Without the lag only hours 2-4 of CO meet silicon hours 2-4 (2, 4, 5 against 3, 4, 5).
        const CorrelationResult r0 = a.correlate(co, si, h0, h0 + 5 * kHour, 0);
        QCOMPARE(r0.n, 3);
        QCOMPARE(r0.x, (QList<double>{3, 4, 5}));
        QCOMPARE(r0.y, (QList<double>{2, 4, 5}));
        // Minute buckets: CO minutes pair with silicon 2 h later only at the five result minutes' partners.
        const CorrelationResult rm = a.correlate(co, si, h0, h0 + 5 * kHour, 2 * kHour - 5 * kMin, 60'000);
        QCOMPARE(rm.n, 5); // CO at hh:35 ↔ silicon at hh+2:30
        QCOMPARE(rm.x, (QList<double>{1.5, 2.5, 3.5, 4.5, 5.5}));
        QVERIFY_THROWS_EXCEPTION(Error, a.correlate(u"NOPE"_s, si, h0, h0 + kHour, 0));
        QVERIFY_THROWS_EXCEPTION(Error, a.correlate(co, si, h0, h0 + kHour, 0, 5000));
        QVERIFY_THROWS_EXCEPTION(Error, a.correlate(co, si, h0 + kHour, h0, 0));
    }

    void tagChart_data() { test::addBackendRows(); }
    void tagChart()
    {
        QFETCH(Backend, backend);
        Fixture f(backend);
        GL_REQUIRE_BACKEND(f.t);
        QVERIFY(f.open());
        const qint64 t0 = kNow.toMSecsSinceEpoch() - 10 * kMin;
        {
            ServiceContext ehs = f.as(u"demo.ehs"_s);
            QFile rules(QStringLiteral(GUARDLINE_SOURCE_DIR "/resources/config/rules-default.json"));
            QVERIFY(rules.open(QIODevice::ReadOnly));
            TelemetryService(ehs).saveRules(rules.readAll(), u"defaults"_s);
            ServiceContext sys{*f.db, Actor::system(u"telemetry"_s), &f.clock};
            QList<StoredSample> s;
            for (int i = 0; i < 120; ++i)
                s.append({u"CH2.CO_ppm"_s, t0 + i * 1000, 8.0 + i % 10, i != 50});
            TelemetryService(sys).storeSamples(s);
        }
        f.clock.set(kNow.toMSecsSinceEpoch());
        ServiceContext ctx = f.as(u"demo.viewer"_s);
        AnalyticsService a(ctx);
        const TagChartData raw = a.tagChart(u"CH2.CO_ppm"_s, t0 - kMin, t0 + 5 * kMin, false);
        QVERIFY(!raw.aggregated);
        QCOMPARE(raw.raw.size(), 120);
        QCOMPARE(raw.raw[50].good, false);
        QCOMPARE(raw.info.unit, u"ppm"_s);
        QCOMPARE(raw.timeZone, u"Asia/Shanghai"_s);
        QStringList th;
        for (const TagThreshold &t : raw.thresholds)
            th << u"%1 %2 %3"_s.arg(t.ruleId, t.op).arg(t.value);
        th.sort();
        QCOMPARE(th, (QStringList{u"ch2-co-1st gt 17"_s, u"ch2-co-2nd gt 35"_s}));

        const TagChartData agg = a.tagChart(u"CH2.CO_ppm"_s, t0 - kMin, t0 + 5 * kMin, true);
        QVERIFY(agg.aggregated);
        int n = 0, bad = 0;
        double hi = 0;
        for (const TagMinute &m : agg.minutes) {
            n += m.n;
            bad += m.bad;
            hi = std::max(hi, m.vmax);
        }
        QCOMPARE(n, 120);
        QCOMPARE(bad, 1);
        QCOMPARE(hi, 17.0);
        QVERIFY_THROWS_EXCEPTION(Error, a.tagChart(u"NOPE"_s, t0, t0 + kMin, false));
    }
};

QTEST_GUILESS_MAIN(TestAnalytics)
#include "tst_analytics.moc"
