// SPDX-License-Identifier: Apache-2.0
// The SIMOPS pair rule of CONTRACTS.md section 3: each kind, its precedence, the clearances (also the
// work-at-height bands and the named {hot_work, blind_plate} pair), time windows, rules files.
#include "modules/permits/simops/ConflictEngine.h"
#include "modules/permits/simops/ConflictReport.h"
#include "modules/permits/simops/SimopsRules.h"
#include "PermitFactory.h"
#include "platform/util/Error.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl::conflicts;
using namespace gl::conflicts::testing;

Q_DECLARE_METATYPE(gl::conflicts::Permit)
Q_DECLARE_METATYPE(gl::conflicts::ConflictKind)
Q_DECLARE_METATYPE(gl::conflicts::WorkType)

namespace {
constexpr auto HW = WorkType::HotWork;
constexpr auto CS = WorkType::ConfinedSpace;
constexpr auto BP = WorkType::BlindPlate;
constexpr auto WAH = WorkType::WorkAtHeight;
constexpr auto LF = WorkType::Lifting;
constexpr auto TP = WorkType::TemporaryPower;
constexpr auto EX = WorkType::Excavation;
constexpr auto RC = WorkType::RoadClosure;

/// A 10 x 6 m work area whose left edge is `gap` metres east of x = 10 (the "base" area [0,10]x[0,6]).
Polygon eastOfBase(double gap)
{
    return rect(10 + gap, 0, 20 + gap, 6);
}
const Polygon kBase = rect(0, 0, 10, 6);
} // namespace

class TestConflictsPairs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void defaultsComeFromTheResource()
    {
        const SimopsRules &r = SimopsRules::defaults();
        QCOMPARE(r.radius(HW, 0), 15.0);
        QCOMPARE(r.radius(CS, 0), 5.0);
        QCOMPARE(r.radius(BP, 0), 5.0);
        QCOMPARE(r.radius(LF, 0), 5.0);
        QCOMPARE(r.radius(TP, 0), 3.0);
        QCOMPARE(r.radius(EX, 0), 5.0);
        QCOMPARE(r.radius(RC, 0), 0.0);
        QCOMPARE(r.pairClearance(HW, 15, BP, 5), 30.0);
        QCOMPARE(r.pairClearance(BP, 5, HW, 15), 30.0);
        QCOMPARE(r.pairClearance(HW, 15, CS, 5), 15.0);
        QVERIFY(r.incompatible(HW, CS) && r.incompatible(CS, HW));
        QVERIFY(r.incompatible(HW, BP) && r.incompatible(HW, EX));
        QVERIFY(!r.incompatible(HW, LF) && !r.incompatible(CS, BP) && !r.incompatible(HW, HW));
        QVERIFY(r.worksOverhead(LF) && r.worksOverhead(WAH) && !r.worksOverhead(HW));
        QCOMPARE(r.verticalGap(), 2.0);
        QCOMPARE(r.maxClearance(), 30.0);
    }

    void workAtHeightBands_data()
    {
        QTest::addColumn<double>("zMax");
        QTest::addColumn<double>("radius");
        QTest::newRow("2 m") << 2.0 << 3.0;
        QTest::newRow("5 m (band edge)") << 5.0 << 3.0;
        QTest::newRow("5.01 m") << 5.01 << 4.0;
        QTest::newRow("15 m (band edge)") << 15.0 << 4.0;
        QTest::newRow("15.5 m") << 15.5 << 5.0;
        QTest::newRow("30 m (band edge)") << 30.0 << 5.0;
        QTest::newRow("30.5 m") << 30.5 << 6.0;
        QTest::newRow("120 m") << 120.0 << 6.0;
    }

    void workAtHeightBands()
    {
        QFETCH(double, zMax);
        QFETCH(double, radius);
        QCOMPARE(SimopsRules::defaults().radius(WAH, zMax), radius);
        // The band decides the clearance: another contractor's road closure (r = 0) exactly at the
        // radius is a cross-work conflict, 1 cm further is none.
        const Permit wah = permit(u"W"_s, WAH, u"C-1"_s, kBase, 0.5, zMax);
        const Permit atRadius = permit(u"R"_s, RC, u"C-2"_s, eastOfBase(radius), 0, 1);
        const Permit beyond = permit(u"R"_s, RC, u"C-2"_s, eastOfBase(radius + 0.01), 0, 1);
        const auto hit = checkPair(wah, atRadius, SimopsRules::defaults());
        QVERIFY(hit.has_value());
        QCOMPARE(hit->kind, ConflictKind::CrossWork);
        QCOMPARE(roundedDistance(hit->distance), radius);
        QVERIFY(!checkPair(wah, beyond, SimopsRules::defaults()).has_value());
    }

    void kinds_data()
    {
        QTest::addColumn<Permit>("first");
        QTest::addColumn<Permit>("second");
        QTest::addColumn<ConflictKind>("kind");

        const auto none = ConflictKind::None;
        const auto inc = ConflictKind::Incompatible;
        const auto over = ConflictKind::Overhead;
        const auto cross = ConflictKind::CrossWork;

        // incompatible: spatially and vertically close, any contractor
        QTest::newRow("hot work + confined space, same crew, 15 m")
            << permit(u"A"_s, HW, u"own"_s, kBase, 0, 4) << permit(u"B"_s, CS, u"own"_s, eastOfBase(15), 0, 2) << inc;
        QTest::newRow("hot work + confined space, 15.5 m")
            << permit(u"A"_s, HW, u"own"_s, kBase, 0, 4) << permit(u"B"_s, CS, u"own"_s, eastOfBase(15.5), 0, 2) << none;
        QTest::newRow("hot work + excavation below, 2 m gap")
            << permit(u"A"_s, HW, u"own"_s, kBase, 2, 4) << permit(u"B"_s, EX, u"own"_s, eastOfBase(3), -3, 0) << inc;
        QTest::newRow("hot work + confined space, 2.5 m vertical gap")
            << permit(u"A"_s, HW, u"own"_s, kBase, 6.5, 8) << permit(u"B"_s, CS, u"own"_s, eastOfBase(3), 0, 4) << none;
        // {hot_work, blind_plate}: 30 m, not max(15, 5)
        QTest::newRow("hot work + blind plate, 30 m")
            << permit(u"A"_s, HW, u"own"_s, kBase, 0, 4) << permit(u"B"_s, BP, u"own"_s, eastOfBase(30), 0, 4) << inc;
        QTest::newRow("hot work + blind plate, 30.01 m")
            << permit(u"A"_s, HW, u"own"_s, kBase, 0, 4) << permit(u"B"_s, BP, u"own"_s, eastOfBase(30.01), 0, 4) << none;
        QTest::newRow("hot work + confined space, 25 m (only 15)")
            << permit(u"A"_s, HW, u"own"_s, kBase, 0, 4) << permit(u"B"_s, CS, u"own"_s, eastOfBase(25), 0, 4) << none;
        QTest::newRow("hot work + blind plate, other contractor: incompatible first")
            << permit(u"A"_s, HW, u"C-1"_s, kBase, 0, 4) << permit(u"B"_s, BP, u"C-2"_s, eastOfBase(20), 0, 4) << inc;
        QTest::newRow("hot work + blind plate, other contractor beyond 30 m")
            << permit(u"A"_s, HW, u"C-1"_s, kBase, 0, 4) << permit(u"B"_s, BP, u"C-2"_s, eastOfBase(31), 0, 4) << none;

        // overhead: lifting / work at height above, within r(upper); vertical distance does not matter
        QTest::newRow("lifting 18 m above temporary power")
            << permit(u"A"_s, LF, u"own"_s, kBase, 20, 30) << permit(u"B"_s, TP, u"own"_s, eastOfBase(4), 0, 2) << over;
        QTest::newRow("lifting above, 5.5 m aside")
            << permit(u"A"_s, LF, u"own"_s, kBase, 20, 30) << permit(u"B"_s, TP, u"C-2"_s, eastOfBase(5.5), 0, 2) << none;
        QTest::newRow("temporary power below lifting (order of arguments)")
            << permit(u"A"_s, TP, u"own"_s, eastOfBase(4), 0, 2) << permit(u"B"_s, LF, u"own"_s, kBase, 20, 30) << over;
        QTest::newRow("work at height 32 m over a road closure, r = 6")
            << permit(u"A"_s, WAH, u"own"_s, kBase, 28, 32) << permit(u"B"_s, RC, u"own"_s, eastOfBase(6), 0, 0) << over;
        QTest::newRow("work at height 12 m, 4.5 m aside, r = 4")
            << permit(u"A"_s, WAH, u"own"_s, kBase, 10, 12) << permit(u"B"_s, RC, u"own"_s, eastOfBase(4.5), 0, 0) << none;
        QTest::newRow("lifting below the other's floor is not over it")
            << permit(u"A"_s, LF, u"own"_s, kBase, 0, 3) << permit(u"B"_s, TP, u"own"_s, eastOfBase(1), 2, 4) << none;
        QTest::newRow("overhead before cross-work")
            << permit(u"A"_s, LF, u"C-1"_s, kBase, 3, 10) << permit(u"B"_s, EX, u"C-2"_s, eastOfBase(2), -2, 2) << over;
        QTest::newRow("both lifting, one above the other")
            << permit(u"A"_s, LF, u"own"_s, kBase, 0, 10) << permit(u"B"_s, LF, u"own"_s, eastOfBase(0), 10, 20) << over;

        // cross-work: another contractor, spatially and vertically close
        QTest::newRow("two contractors' temporary power at 3 m")
            << permit(u"A"_s, TP, u"C-1"_s, kBase, 0, 2) << permit(u"B"_s, TP, u"C-2"_s, eastOfBase(3), 0, 2) << cross;
        QTest::newRow("two contractors' temporary power at 3.01 m")
            << permit(u"A"_s, TP, u"C-1"_s, kBase, 0, 2) << permit(u"B"_s, TP, u"C-2"_s, eastOfBase(3.01), 0, 2) << none;
        QTest::newRow("same contractor, touching areas")
            << permit(u"A"_s, TP, u"C-1"_s, kBase, 0, 2) << permit(u"B"_s, EX, u"C-1"_s, eastOfBase(0), 0, 2) << none;
        QTest::newRow("two contractors, 2 m vertical gap")
            << permit(u"A"_s, EX, u"C-1"_s, kBase, 0, 2) << permit(u"B"_s, EX, u"C-2"_s, eastOfBase(1), 4, 6) << cross;
        QTest::newRow("two contractors, 2.1 m vertical gap")
            << permit(u"A"_s, EX, u"C-1"_s, kBase, 0, 2) << permit(u"B"_s, EX, u"C-2"_s, eastOfBase(1), 4.1, 6) << none;
        QTest::newRow("road closures of two contractors touching")
            << permit(u"A"_s, RC, u"C-1"_s, kBase, 0, 0) << permit(u"B"_s, RC, u"C-2"_s, rect(10, 6, 20, 12), 0, 0) << cross;
        QTest::newRow("containment: small area inside another contractor's")
            << permit(u"A"_s, RC, u"C-1"_s, rect(0, 0, 100, 100), 0, 0)
            << permit(u"B"_s, TP, u"C-2"_s, rect(40, 40, 50, 50), 0, 2) << cross;

        // time: windows that only touch do not overlap
        QTest::newRow("back-to-back windows")
            << permit(u"A"_s, HW, u"C-1"_s, kBase, 0, 4, 8, 12) << permit(u"B"_s, CS, u"C-2"_s, kBase, 0, 4, 12, 16) << none;
        QTest::newRow("windows overlapping by a minute")
            << permit(u"A"_s, HW, u"C-1"_s, kBase, 0, 4, 8, 12) << permit(u"B"_s, CS, u"C-2"_s, kBase, 0, 4, 12 - 1.0 / 60, 16) << inc;
        QTest::newRow("one window inside the other")
            << permit(u"A"_s, TP, u"C-1"_s, kBase, 0, 4, 0, 72) << permit(u"B"_s, TP, u"C-2"_s, kBase, 0, 4, 30, 31) << cross;
    }

    void kinds()
    {
        QFETCH(Permit, first);
        QFETCH(Permit, second);
        QFETCH(ConflictKind, kind);
        const auto c = checkPair(first, second, SimopsRules::defaults());
        QCOMPARE(c.has_value() ? c->kind : ConflictKind::None, kind);
        const auto swapped = checkPair(second, first, SimopsRules::defaults());
        QCOMPARE(swapped.has_value() ? swapped->kind : ConflictKind::None, kind);
        if (c) {
            QCOMPARE(c->a, u"A"_s);
            QCOMPARE(c->b, u"B"_s);
            QCOMPARE(c->overlapStart, std::max(first.start, second.start));
            QCOMPARE(c->overlapEnd, std::min(first.end, second.end));
        }
    }

    void incompatibleBeforeOverhead()
    {
        // With a site matrix that makes work at height incompatible with hot work, a permit that is
        // both "over" and "incompatible" is reported as incompatible (precedence 1 before 2).
        SimopsRules rules = SimopsRules::defaults();
        const Permit upper = permit(u"A"_s, WAH, u"own"_s, kBase, 4, 6);
        const Permit lower = permit(u"B"_s, HW, u"own"_s, eastOfBase(1), 0, 4);
        QCOMPARE(checkPair(upper, lower, rules)->kind, ConflictKind::Overhead);
        rules.setIncompatible(WAH, HW, true);
        QCOMPARE(checkPair(upper, lower, rules)->kind, ConflictKind::Incompatible);
    }

    void overlapKeepsEachTimesOffset()
    {
        Permit a = permit(u"HW-1"_s, HW, u"own"_s, kBase, 0, 4, 8, 16); // 08:00..16:00 +08:00
        Permit b = permit(u"CS-1"_s, CS, u"own"_s, kBase, 0, 4);
        b.start = gl::parseTimestamp(u"2026-03-02T01:00:00Z", QTimeZone::utc()).value; // 09:00 +08:00
        b.end = gl::parseTimestamp(u"2026-03-02T10:00:00Z", QTimeZone::utc()).value;   // 18:00 +08:00
        const auto c = checkPair(a, b, SimopsRules::defaults());
        QVERIFY(c.has_value());
        QCOMPARE(c->a, u"CS-1"_s);
        QCOMPARE(gl::formatTimestamp(c->overlapStart, gl::Millis::WhenNonZero), u"2026-03-02T01:00:00Z"_s);
        QCOMPARE(gl::formatTimestamp(c->overlapEnd, gl::Millis::WhenNonZero), u"2026-03-02T16:00:00+08:00"_s);
    }

    void rulesFileOverridesOnlyWhatItNames()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"site.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"clearance_m": {"temporary_power": 12, "lifting": {"by_z_max": [{"up_to": 20, "m": 7}, {"m": 9}]}},
                    "incompatible": [["lifting", "temporary_power"]], "vertical_gap_m": 0.5})");
        f.close();
        const SimopsRules r = SimopsRules::fromFile(path);
        QCOMPARE(r.radius(TP, 0), 12.0);
        QCOMPARE(r.radius(LF, 20), 7.0);
        QCOMPARE(r.radius(LF, 21), 9.0);
        QCOMPARE(r.radius(HW, 0), 15.0);          // kept
        QCOMPARE(r.pairClearance(HW, 15, BP, 5), 30.0); // kept
        QVERIFY(r.incompatible(LF, TP));
        QVERIFY(!r.incompatible(HW, CS));         // the list was replaced
        QCOMPARE(r.verticalGap(), 0.5);
        QVERIFY(r.worksOverhead(WAH));
    }

    void badRulesFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown key") << QByteArray(R"({"clearence_m": {}})") << u"clearence_m"_s;
        QTest::newRow("unknown type") << QByteArray(R"({"clearance_m": {"welding": 3}})") << u"clearance_m.welding"_s;
        QTest::newRow("negative radius") << QByteArray(R"({"clearance_m": {"lifting": -1}})") << u"clearance_m.lifting"_s;
        QTest::newRow("bands out of order")
            << QByteArray(R"({"clearance_m": {"lifting": {"by_z_max": [{"up_to": 9, "m": 1}, {"up_to": 5, "m": 2}, {"m": 3}]}}})")
            << u"clearance_m.lifting.by_z_max[1].up_to"_s;
        QTest::newRow("pair of one") << QByteArray(R"({"incompatible": [["hot_work"]]})") << u"incompatible[0]"_s;
        QTest::newRow("gap not a number") << QByteArray(R"({"vertical_gap_m": "2"})") << u"vertical_gap_m"_s;
    }

    void badRulesFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad-rules.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();
        try {
            SimopsRules::fromFile(path);
            QFAIL("bad rules accepted");
        } catch (const gl::Error &e) {
            QCOMPARE(e.code(), gl::ErrorCode::BadInput);
            QVERIFY2(e.message().contains(u"bad-rules.json"_s), qPrintable(e.message()));
            QVERIFY2(e.message().contains(u"'"_s % field % u"'"_s), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestConflictsPairs)
#include "tst_conflicts_pairs.moc"
