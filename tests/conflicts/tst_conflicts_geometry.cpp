// SPDX-License-Identifier: Apache-2.0
// Polygon distance, the simple-polygon check and ISO 8601 times of the conflict engine.
#include "modules/permits/simops/Geometry.h"
#include "platform/util/Timestamp.h"

#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace gl::conflicts;

Q_DECLARE_METATYPE(std::vector<gl::conflicts::Point>)

namespace {
std::vector<Point> reversed(std::vector<Point> pts)
{
    std::reverse(pts.begin(), pts.end());
    return pts;
}
} // namespace

class TestConflictsGeometry : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void distance_data()
    {
        QTest::addColumn<std::vector<Point>>("a");
        QTest::addColumn<std::vector<Point>>("b");
        QTest::addColumn<double>("expected");
        const std::vector<Point> square = {{0, 0}, {10, 0}, {10, 6}, {0, 6}};
        QTest::newRow("apart in x") << square << std::vector<Point>{{13, 0}, {20, 0}, {20, 6}, {13, 6}} << 3.0;
        QTest::newRow("apart diagonally 3-4-5")
            << square << std::vector<Point>{{13, 10}, {20, 10}, {20, 16}, {13, 16}} << 5.0;
        QTest::newRow("sharing an edge") << square << std::vector<Point>{{10, 0}, {20, 0}, {20, 6}, {10, 6}} << 0.0;
        QTest::newRow("touching at a corner")
            << square << std::vector<Point>{{10, 6}, {20, 6}, {20, 16}, {10, 16}} << 0.0;
        QTest::newRow("overlapping") << square << std::vector<Point>{{5, 3}, {15, 3}, {15, 9}, {5, 9}} << 0.0;
        QTest::newRow("b inside a") << square << std::vector<Point>{{2, 2}, {4, 2}, {4, 4}, {2, 4}} << 0.0;
        QTest::newRow("a inside b") << std::vector<Point>{{2, 2}, {4, 2}, {3, 4}} << square << 0.0;
        QTest::newRow("vertex to edge")
            << square << std::vector<Point>{{12, 3}, {20, -5}, {20, 10}} << 2.0;
        QTest::newRow("crossing without vertices inside")
            << std::vector<Point>{{0, 4}, {10, 4}, {10, 6}, {0, 6}}
            << std::vector<Point>{{4, 0}, {6, 0}, {6, 10}, {4, 10}} << 0.0;
        // A concave U around a square in its notch: the bounding boxes overlap, the shapes do not.
        QTest::newRow("inside the notch of a U")
            << std::vector<Point>{{0, 0}, {30, 0}, {30, 30}, {20, 30}, {20, 10}, {10, 10}, {10, 30}, {0, 30}}
            << std::vector<Point>{{12, 20}, {18, 20}, {18, 28}, {12, 28}} << 2.0;
    }

    void distance()
    {
        QFETCH(std::vector<Point>, a);
        QFETCH(std::vector<Point>, b);
        QFETCH(double, expected);
        QCOMPARE(polygonDistance(Polygon(a), Polygon(b)), expected);
        QCOMPARE(polygonDistance(Polygon(b), Polygon(a)), expected);
        // Orientation does not matter.
        QCOMPARE(polygonDistance(Polygon(reversed(a)), Polygon(b)), expected);
        QCOMPARE(polygonDistance(Polygon(a), Polygon(reversed(b))), expected);
    }

    void simple_data()
    {
        QTest::addColumn<std::vector<Point>>("ring");
        QTest::addColumn<bool>("simple");
        QTest::newRow("triangle") << std::vector<Point>{{0, 0}, {4, 0}, {0, 3}} << true;
        QTest::newRow("square clockwise") << std::vector<Point>{{0, 0}, {0, 6}, {10, 6}, {10, 0}} << true;
        QTest::newRow("concave L") << std::vector<Point>{{0, 0}, {4, 0}, {4, 1}, {1, 1}, {1, 4}, {0, 4}} << true;
        QTest::newRow("bow tie") << std::vector<Point>{{0, 0}, {10, 10}, {10, 0}, {0, 10}} << false;
        QTest::newRow("repeated point") << std::vector<Point>{{0, 0}, {4, 0}, {4, 0}, {0, 3}} << false;
        QTest::newRow("all collinear") << std::vector<Point>{{0, 0}, {1, 0}, {2, 0}} << false;
        QTest::newRow("spike folding back")
            << std::vector<Point>{{0, 0}, {10, 0}, {5, 0}, {5, 5}} << false;
        QTest::newRow("vertex on another edge")
            << std::vector<Point>{{0, 0}, {10, 0}, {10, 10}, {5, 0}, {0, 10}} << false;
        QTest::newRow("figure eight touching at a point")
            << std::vector<Point>{{0, 0}, {4, 0}, {2, 2}, {4, 4}, {0, 4}, {2, 2}} << false;
    }

    void simple()
    {
        QFETCH(std::vector<Point>, ring);
        QFETCH(bool, simple);
        QCOMPARE(!findSelfIntersection(ring).has_value(), simple);
        QCOMPARE(!findSelfIntersection(reversed(ring)).has_value(), simple);
    }

    void timestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("written");
        QTest::addColumn<qint64>("utcMsecs");
        const qint64 base = QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("offset") << u"2026-03-02T08:00:00+08:00"_s << u"2026-03-02T08:00:00+08:00"_s << base;
        QTest::newRow("Z") << u"2026-03-02T00:00:00Z"_s << u"2026-03-02T00:00:00Z"_s << base;
        QTest::newRow("compact offset") << u"2026-03-02T08:00+0800"_s << u"2026-03-02T08:00:00+08:00"_s << base;
        QTest::newRow("negative offset")
            << u"2026-03-01T19:30:00-04:30"_s << u"2026-03-01T19:30:00-04:30"_s << base;
        QTest::newRow("milliseconds")
            << u"2026-03-02T00:00:00.25Z"_s << u"2026-03-02T00:00:00.250Z"_s << base + 250;
    }

    void timestamps()
    {
        QFETCH(QString, text);
        QFETCH(QString, written);
        QFETCH(qint64, utcMsecs);
        const gl::TimestampResult t = gl::parseTimestamp(QStringView(text), QTimeZone::utc());
        QVERIFY2(t, qPrintable(t.error));
        QCOMPARE(t->msecs, utcMsecs);
        QCOMPARE(gl::formatTimestamp(*t, gl::Millis::WhenNonZero), written);
    }

    void timeWithoutOffsetIsSiteTime()
    {
        // The site's zone, not the machine's: written back with the site's offset.
        const gl::TimestampResult t = gl::parseTimestamp(u"2026-03-02T08:00:00", QTimeZone("Asia/Shanghai"));
        QVERIFY2(t, qPrintable(t.error));
        QCOMPARE(t->msecs, QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(gl::formatTimestamp(*t, gl::Millis::WhenNonZero), u"2026-03-02T08:00:00+08:00"_s);
    }

    void badTimestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("date only") << u"2026-03-02"_s;
        QTest::newRow("words") << u"tomorrow morning"_s;
        QTest::newRow("month 13") << u"2026-13-02T08:00:00Z"_s;
        QTest::newRow("30 February") << u"2026-02-30T08:00:00+08:00"_s;
        QTest::newRow("hour 25") << u"2026-03-02T25:00:00Z"_s;
        QTest::newRow("offset out of range") << u"2026-03-02T08:00:00+19:00"_s;
        QTest::newRow("trailing text") << u"2026-03-02T08:00:00Zx"_s;
        QTest::newRow("empty") << QString();
    }

    void badTimestamps()
    {
        QFETCH(QString, text);
        QVERIFY(!gl::parseTimestamp(QStringView(text), QTimeZone::utc()));
    }
};

QTEST_GUILESS_MAIN(TestConflictsGeometry)
#include "tst_conflicts_geometry.moc"
