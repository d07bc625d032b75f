// SPDX-License-Identifier: Apache-2.0
// The indexed sweep against the naive all-pairs oracle on random permit sets, checkOne, --at filtering
// and the loader's messages.
#include "modules/permits/simops/ConflictEngine.h"
#include "modules/permits/simops/PermitLoader.h"
#include "modules/permits/simops/SpatialGrid.h"
#include "PermitFactory.h"
#include "platform/util/Error.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace gl::conflicts;
using namespace gl::conflicts::testing;

namespace {

/// A dense random site: many overlaps in time and space, shared start hours, back-to-back windows,
/// some large areas, triangles and rotated quads, every type and a handful of contractors.
PermitSet randomPermits(quint32 seed, int count, double siteW, double siteH)
{
    QRandomGenerator rng(seed);
    auto uniform = [&](double lo, double hi) { return lo + rng.generateDouble() * (hi - lo); };
    PermitSet out;
    out.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        const double cx = uniform(0, siteW), cy = uniform(0, siteH);
        const double size = rng.bounded(20) == 0 ? uniform(40, 150) : uniform(2, 25);
        const double angle = uniform(0, M_PI);
        std::vector<Point> pts;
        const int corners = rng.bounded(3) == 0 ? 3 : 4;
        for (int k = 0; k < corners; ++k) {
            const double a = angle + k * 2 * M_PI / corners;
            const double r = size * (k % 2 ? 0.5 : 0.8);
            pts.push_back({cx + r * std::cos(a), cy + r * std::sin(a)});
        }
        const double zMin = rng.bounded(4) == 0 ? uniform(-5, 0) : uniform(0, 40);
        const double startHour = double(rng.bounded(24 * 60));           // whole hours: many ties
        const double hours = double(1 + rng.bounded(rng.bounded(5) == 0 ? 120 : 12));
        const WorkType type = allWorkTypes()[size_t(rng.bounded(8))];
        out.push_back(permit(u"P-%1"_s.arg(i, 5, 10, QLatin1Char('0')), type,
                             u"C-%1"_s.arg(rng.bounded(4)), Polygon(std::move(pts)), zMin,
                             zMin + uniform(0, 20), startHour, startHour + hours));
    }
    return out;
}

bool sameConflicts(const std::vector<Conflict> &x, const std::vector<Conflict> &y, QString *why)
{
    if (x.size() != y.size()) {
        *why = u"%1 vs %2 conflicts"_s.arg(x.size()).arg(y.size());
        return false;
    }
    for (size_t i = 0; i < x.size(); ++i) {
        const Conflict &a = x[i];
        const Conflict &b = y[i];
        if (a.a != b.a || a.b != b.b || a.kind != b.kind || a.distance != b.distance
            || a.overlapStart != b.overlapStart || a.overlapEnd != b.overlapEnd) {
            *why = u"row %1: %2/%3 %4 vs %5/%6 %7"_s.arg(i).arg(a.a, a.b, conflictKindName(a.kind), b.a, b.b,
                                                            conflictKindName(b.kind));
            return false;
        }
    }
    return true;
}

} // namespace

class TestConflictsEngine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void sweepEqualsAllPairs_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("siteW");
        QTest::addColumn<double>("siteH");
        QTest::newRow("3000 permits, 400 x 300 m") << 1u << 3000 << 400.0 << 300.0;
        QTest::newRow("3000 permits, 2 km x 1 km") << 2u << 3000 << 2000.0 << 1000.0;
        QTest::newRow("2000 permits, crowded 80 x 60 m") << 3u << 2000 << 80.0 << 60.0;
        QTest::newRow("tiny set") << 4u << 3 << 20.0 << 20.0;
    }

    void sweepEqualsAllPairs()
    {
        QFETCH(quint32, seed);
        QFETCH(int, count);
        QFETCH(double, siteW);
        QFETCH(double, siteH);
        const PermitSet permits = randomPermits(seed, count, siteW, siteH);
        const auto fast = findConflicts(permits, SimopsRules::defaults());
        const auto naive = findConflictsNaive(permits, SimopsRules::defaults());
        QString why;
        QVERIFY2(sameConflicts(fast, naive, &why), qPrintable(why));
        if (count >= 1000) {
            // The set is rich enough to exercise every kind.
            for (auto k : {ConflictKind::Incompatible, ConflictKind::Overhead, ConflictKind::CrossWork})
                QVERIFY(std::any_of(naive.begin(), naive.end(), [k](const Conflict &c) { return c.kind == k; }));
        }
        for (size_t i = 1; i < fast.size(); ++i)
            QVERIFY(fast[i - 1].a < fast[i].a || (fast[i - 1].a == fast[i].a && fast[i - 1].b < fast[i].b));
    }

    void sweepWithSiteRules()
    {
        // Larger clearances and another overhead list change the grid's reach: still the same answer.
        SimopsRules rules = SimopsRules::defaults();
        rules.setRadius(WorkType::RoadClosure, 45);
        rules.setPairClearance(WorkType::Lifting, WorkType::Excavation, 60);
        rules.setOverhead(WorkType::HotWork, true);
        const PermitSet permits = randomPermits(7, 2500, 600, 400);
        QString why;
        QVERIFY2(sameConflicts(findConflicts(permits, rules), findConflictsNaive(permits, rules), &why),
                 qPrintable(why));
    }

    void checkOneEqualsTheSetCheck()
    {
        PermitSet permits = randomPermits(11, 1500, 300, 200);
        const PermitSet candidates = randomPermits(12, 100, 300, 200);
        for (const Permit &c0 : candidates) {
            Permit c = c0;
            c.id = u"NEW"_s;
            PermitSet withCandidate = permits;
            withCandidate.push_back(c);
            std::vector<Conflict> expected;
            for (const Conflict &x : findConflictsNaive(withCandidate, SimopsRules::defaults())) {
                if (x.a == c.id || x.b == c.id)
                    expected.push_back(x);
            }
            QString why;
            QVERIFY2(sameConflicts(checkOne(c, permits, SimopsRules::defaults()), expected, &why), qPrintable(why));
            // An edited permit is checked against the others, not against its old version.
            QVERIFY(checkOne(c, withCandidate, SimopsRules::defaults()).size() == expected.size());
        }
    }

    void sortedInStringOrder()
    {
        // Ids of different lengths, sharing long prefixes, with letters above ASCII: QString's order.
        const QStringList ids = {u"HW-0001"_s,      u"HW-00010"_s, u"HW-0001-long-a"_s, u"HW-0001-long-b"_s, u"HW-0001-"_s,
                                 u"A"_s,            u"AB"_s,       u"A-10"_s,           u"A-9"_s,            u"a"_s,
                                 u"\u00c4X"_s,      u"Z"_s,        u"\u4e2d-1"_s,       u"HW-0001-long"_s,   u"B"_s};
        std::vector<Conflict> conflicts;
        for (const QString &a : ids) {
            for (const QString &b : ids) {
                if (a < b) {
                    Conflict c;
                    c.a = a;
                    c.b = b;
                    conflicts.push_back(c);
                }
            }
        }
        std::reverse(conflicts.begin(), conflicts.end());
        std::vector<Conflict> expected = conflicts;
        std::sort(expected.begin(), expected.end(),
                  [](const Conflict &x, const Conflict &y) { return x.a != y.a ? x.a < y.a : x.b < y.b; });
        sortConflicts(conflicts);
        for (size_t i = 0; i < conflicts.size(); ++i) {
            QCOMPARE(conflicts[i].a, expected[i].a);
            QCOMPARE(conflicts[i].b, expected[i].b);
        }
    }

    void activeAt()
    {
        const PermitSet permits = {
            permit(u"A"_s, WorkType::HotWork, u"own"_s, rect(0, 0, 1, 1), 0, 1, 8, 12),
            permit(u"B"_s, WorkType::HotWork, u"own"_s, rect(0, 0, 1, 1), 0, 1, 12, 16),
            permit(u"C"_s, WorkType::HotWork, u"own"_s, rect(0, 0, 1, 1), 0, 1, 0, 48),
        };
        auto ids = [](const PermitSet &s) {
            QStringList out;
            for (const Permit &p : s)
                out << p.id;
            return out;
        };
        QCOMPARE(ids(permitsActiveAt(permits, at(8))), (QStringList{u"A"_s, u"C"_s}));
        QCOMPARE(ids(permitsActiveAt(permits, at(12))), (QStringList{u"B"_s, u"C"_s})); // start <= T < end
        QCOMPARE(ids(permitsActiveAt(permits, at(16))), (QStringList{u"C"_s}));
        QCOMPARE(ids(permitsActiveAt(permits, at(48))), QStringList());
    }

    void loaderReadsTheContractExample()
    {
        const PermitSet set = parsePermits(R"({"permits": [{
            "id": "HW-0001", "type": "hot_work", "contractor": "C-017",
            "area": { "polygon": [[0,0],[10,0],[10,6],[0,6],[0,0]], "z_min": 0.0, "z_max": 4.0 },
            "start": "2026-03-02T08:00:00+08:00", "end": "2026-03-02T16:00:00+08:00", "grade": "special"}]})",
                                           u"inline.json"_s, QTimeZone::utc());
        QCOMPARE(set.size(), size_t(1));
        QCOMPARE(set[0].type, WorkType::HotWork);
        QCOMPARE(set[0].area.polygon.points().size(), size_t(4)); // written closed: opened
        QCOMPARE(gl::formatTimestamp(set[0].start, gl::Millis::WhenNonZero), u"2026-03-02T08:00:00+08:00"_s);
        QCOMPARE(set[0].end.msecs - set[0].start.msecs, qint64(8 * 3600 * 1000));
    }

    void loaderMessages_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray ok = R"("area": {"polygon": [[0,0],[1,0],[1,1]], "z_min": 0, "z_max": 1},
                                 "start": "2026-03-02T08:00:00+08:00", "end": "2026-03-02T16:00:00+08:00")";
        QTest::newRow("not JSON") << QByteArray("{\n\"permits\": [\n}")
                                  << u"m.json: line 3: invalid JSON"_s;
        QTest::newRow("no permits") << QByteArray("{}") << u"m.json: field 'permits': missing"_s;
        QTest::newRow("no id") << QByteArray(R"({"permits": [{"type": "lifting"}]})")
                               << u"m.json: permit #1 (no id): field 'id': missing"_s;
        QTest::newRow("z_max below z_min")
            << QByteArray(R"({"permits": [{"id": "X-1", "type": "lifting", "contractor": "own",
                 "area": {"polygon": [[0,0],[1,0],[1,1]], "z_min": 3, "z_max": 1},
                 "start": "2026-03-02T08:00:00+08:00", "end": "2026-03-02T16:00:00+08:00"}]})")
            << u"m.json: permit X-1: field 'area.z_max': must not be below area.z_min"_s;
        QTest::newRow("point not a pair")
            << QByteArray(R"({"permits": [{"id": "X-1", "type": "lifting", "contractor": "own",
                 "area": {"polygon": [[0,0],[1,0,5],[1,1]], "z_min": 0, "z_max": 1}}]})")
            << u"m.json: permit X-1: field 'area.polygon[1]': must be [x, y] with two numbers"_s;
        QTest::newRow("z beyond the bound")
            << QByteArray(R"({"permits": [{"id": "X-1", "type": "lifting", "contractor": "own",
                 "area": {"polygon": [[0,0],[1,0],[1,1]], "z_min": 0, "z_max": 1e300}}]})")
            << u"m.json: permit X-1: field 'area.z_max': 1.0000000000000001e+300 is beyond the bound of 1000000 m"_s;
        QByteArray many = R"({"permits": [{"id": "X-2", "type": "lifting", "contractor": "own", "area": {"polygon": [)";
        for (int i = 0; i < 1002; ++i)
            many += (i ? "," : "") + QByteArray("[") + QByteArray::number(std::cos(i * 0.00627), 'g', 17) + ','
                + QByteArray::number(std::sin(i * 0.00627), 'g', 17) + ']';
        many += R"(], "z_min": 0, "z_max": 1}}]})";
        QTest::newRow("too many points") << many
                                         << u"m.json: permit X-2: field 'area.polygon': has 1002 points; at most 1000"_s;
        QTest::newRow("empty contractor")
            << QByteArray(R"({"permits": [{"id": "X-1", "type": "lifting", "contractor": " ", )" + ok + "}]}")
            << u"m.json: permit X-1: field 'contractor': must be a non-empty string"_s;
    }

    // Issue #18: whatever boxes reach the grid (rows stored before the loaders' bound, say), it keeps its cell
    // count bounded instead of throwing std::length_error, and still finds the pairs.
    void gridStaysBounded_data()
    {
        QTest::addColumn<double>("far");
        QTest::newRow("1e9 m") << 1e9;
        QTest::newRow("1e18 m, long and thin") << 1e18;
        QTest::newRow("1e300 m") << 1e300;
        QTest::newRow("infinite") << std::numeric_limits<double>::infinity();
    }
    void gridStaysBounded()
    {
        QFETCH(double, far);
        const std::vector<Box> boxes = {{0, 0, 10, 6}, {5, 0, 15, 6}, {far, 0, far, 6}, {-far / 2, 1, 0, 2}};
        SpatialGrid grid(boxes, 15.0);
        QVERIFY2(grid.cellCount() >= 1 && grid.cellCount() <= 4096, qPrintable(QString::number(grid.cellCount())));
        for (int i = 0; i < int(boxes.size()); ++i)
            grid.insert(i);
        std::vector<int> seen(boxes.size(), -1), out;
        grid.query(Box{0, 0, 1, 1}.expanded(15.0), 7, seen, out);
        std::sort(out.begin(), out.end());
        QVERIFY(std::find(out.begin(), out.end(), 0) != out.end());
        QVERIFY(std::find(out.begin(), out.end(), 1) != out.end());
        QVERIFY(std::find(out.begin(), out.end(), 3) != out.end());
        for (int i = 0; i < int(boxes.size()); ++i)
            grid.remove(i);
    }

    void loaderMessages()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        try {
            parsePermits(json, u"m.json"_s, QTimeZone::utc());
            QFAIL("bad input accepted");
        } catch (const gl::Error &e) {
            QCOMPARE(e.code(), gl::ErrorCode::BadInput);
            QVERIFY2(e.message().startsWith(expected), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestConflictsEngine)
#include "tst_conflicts_engine.moc"
