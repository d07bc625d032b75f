// SPDX-License-Identifier: Apache-2.0
// The site layout format: the demo validates; malformed layouts are refused naming the element and field.
#include "demo/DemoLayout.h"
#include "modules/site/layout/SiteLayout.h"
#include "platform/util/Error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;

class TestSiteLayout : public QObject {
    Q_OBJECT

    static QJsonObject demo() { return QJsonDocument::fromJson(demo::demoLayoutJson()).object(); }
    static QJsonObject withElement(const QString &list, int index, const QString &field, const QJsonValue &value)
    {
        QJsonObject root = demo();
        QJsonArray a = root.value(list).toArray();
        QJsonObject o = a.at(index).toObject();
        if (value.isUndefined())
            o.remove(field);
        else
            o.insert(field, value);
        a.replace(index, o);
        root.insert(list, a);
        return root;
    }

private Q_SLOTS:
    void demoIsValid()
    {
        const site::SiteLayout s = demo::demoLayout();
        QCOMPARE(s.code, u"DEMO"_s);
        QCOMPARE(s.timezone, u"Asia/Shanghai"_s);
        QCOMPARE(s.cameras.size(), 12);
        QCOMPARE(s.sensors.size(), 40);
        QVERIFY(s.equipment.size() >= 55);
        QVERIFY(s.area(u"CH2"_s));
        QCOMPARE(s.areaAt({450, 100})->code, u"CH2"_s);
        const QPointF p = s.toSite(s.originLat + 0.001, s.originLon);
        QVERIFY(std::abs(p.y() - 111.2) < 0.5 && std::abs(p.x()) < 1e-6);
    }

    void malformed_data()
    {
        QTest::addColumn<QJsonObject>("doc");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown-area") << withElement(u"equipment"_s, 3, u"area"_s, u"CAX"_s) << u"equipment 'P-104' (#4): field 'area': unknown area 'CAX'"_s;
        QTest::newRow("bad-risk") << withElement(u"areas"_s, 0, u"risk"_s, u"purple"_s) << u"area 'CA1' (#1): field 'risk'"_s;
        QTest::newRow("self-intersecting") << withElement(u"areas"_s, 1, u"polygon"_s, QJsonArray{QJsonArray{0, 0}, QJsonArray{10, 10}, QJsonArray{10, 0}, QJsonArray{0, 10}})
                                           << u"area 'EL1' (#2): field 'polygon': the polygon is self-intersecting"_s;
        QTest::newRow("camera-fov") << withElement(u"cameras"_s, 2, u"fov"_s, 200) << u"camera 'CAM-03' (#3): field 'fov'"_s;
        QTest::newRow("missing-position") << withElement(u"sensors"_s, 0, u"position"_s, QJsonValue::Undefined) << u"field 'position'"_s;
        QTest::newRow("duplicate-code") << withElement(u"equipment"_s, 1, u"code"_s, u"P-101"_s) << u"duplicate code 'P-101'"_s;
        QTest::newRow("mesh-type") << withElement(u"structures"_s, 0, u"mesh"_s, u"model.fbx"_s) << u"field 'mesh'"_s;
        QJsonObject v2 = demo();
        v2.insert(u"version"_s, 2);
        QTest::newRow("newer-version") << v2 << u"version 2 is not supported"_s;
        QJsonObject tz = demo();
        QJsonObject site = tz.value(u"site"_s).toObject();
        site.insert(u"timezone"_s, u"Mars/Olympus"_s);
        tz.insert(u"site"_s, site);
        QTest::newRow("timezone") << tz << u"site: field 'timezone'"_s;
    }
    void malformed()
    {
        QFETCH(QJsonObject, doc);
        QFETCH(QString, expected);
        try {
            site::SiteLayout::parse(QJsonDocument(doc).toJson(), u"plant.json"_s);
            QFAIL("a malformed layout was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::BadInput);
            QVERIFY2(e.message().startsWith(u"plant.json: "_s) && e.message().contains(expected), qPrintable(e.message()));
        }
    }

    void notJson()
    {
        try {
            site::SiteLayout::parse("{ \"format\": ", u"broken.json"_s);
            QFAIL("accepted");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(u"broken.json: not valid JSON"_s));
        }
    }

    // The set-up assistant's check: not only the first fault, one per faulty element, each on its line;
    // an element that is wrong does not make every reference to it a fault too.
    void validateListsEachFaultWithItsLine()
    {
        QJsonObject root = withElement(u"areas"_s, 0, u"risk"_s, u"purple"_s);   // CA1 stays a known area
        QJsonArray eq = root.value(u"equipment"_s).toArray();
        QJsonObject p104 = eq.at(3).toObject();
        p104.insert(u"area"_s, u"CAX"_s);
        eq.replace(3, p104);
        root.insert(u"equipment"_s, eq);
        QJsonArray cams = root.value(u"cameras"_s).toArray();
        QJsonObject cam = cams.at(2).toObject();
        cam.insert(u"fov"_s, 200);
        cams.replace(2, cam);
        root.insert(u"cameras"_s, cams);
        const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Indented);
        const QList<site::LayoutIssue> issues = site::SiteLayout::validate(json, u"plant.json"_s, QString());
        QCOMPARE(issues.size(), 3);
        auto lineOf = [&](const QByteArray &needle, qsizetype from = 0) {
            const qsizetype at = json.indexOf(needle, from);
            return at < 0 ? -1 : int(json.left(at).count('\n')) + 1;
        };
        QCOMPARE(issues[0].element, u"area 'CA1' (#1)"_s);
        QCOMPARE(issues[0].field, u"risk"_s);
        QCOMPARE(issues[0].line, lineOf("\"purple\""));
        QCOMPARE(issues[1].element, u"equipment 'P-104' (#4)"_s);
        QCOMPARE(issues[1].field, u"area"_s);
        QCOMPARE(issues[1].line, lineOf("\"CAX\""));
        QCOMPARE(issues[1].message, u"plant.json: equipment 'P-104' (#4): field 'area': unknown area 'CAX'"_s);
        QCOMPARE(issues[2].element, u"camera 'CAM-03' (#3)"_s);
        QCOMPARE(issues[2].field, u"fov"_s);
        QCOMPARE(issues[2].line, lineOf("\"fov\": 200"));
        // 'site import' still stops at the first, with the same text.
        try {
            site::SiteLayout::parse(json, u"plant.json"_s);
            QFAIL("accepted");
        } catch (const Error &e) {
            QCOMPARE(e.message(), issues[0].message);
        }
        QVERIFY(site::SiteLayout::validate(demo::demoLayoutJson(), u"plant-layout.json"_s, QString()).isEmpty());
    }

    void validatePlacesAJsonSyntaxError()
    {
        const QList<site::LayoutIssue> issues = site::SiteLayout::validate("{\n  \"format\": \"guardline-site-layout\",\n  \"version\": 1,,\n}", u"broken.json"_s, QString());
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues[0].line, 3);
        QVERIFY2(issues[0].message.startsWith(u"broken.json: not valid JSON at line 3"_s), qPrintable(issues[0].message));
        // Another format: that one fault, nothing about its elements.
        const QList<site::LayoutIssue> other = site::SiteLayout::validate("{\"format\": \"x\", \"areas\": 3}", u"x.json"_s, QString());
        QCOMPARE(other.size(), 1);
        QCOMPARE(other[0].field, u"format"_s);
    }
};

QTEST_GUILESS_MAIN(TestSiteLayout)
#include "tst_site_layout.moc"
