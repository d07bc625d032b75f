// SPDX-License-Identifier: Apache-2.0
// The plugin loader accepts connector plugins of its API version, refuses anything else with a
// reason, and the CSV replay connector delivers samples, marking bad rows bad.
#include "core/plugins/PluginRegistry.h"

#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPluginRegistry : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void loadsTheBundledConnector()
    {
        gl::PluginRegistry r;
        QVERIFY(r.loadFolder(QStringLiteral(GUARDLINE_PLUGIN_DIR)) >= 1); // csv-replay, mqtt, modbus-tcp
        QVERIFY(r.factory(u"csv-replay"_s));
        QCOMPARE(r.plugins().first().apiMajor, gl::sdk::kConnectorApiMajor);
    }

    void refusesWhatIsNotAConnector()
    {
        QTemporaryDir dir;
        const QString fake = dir.path() + u"/libfake.so"_s;
        QFile f(fake);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a shared object");
        f.close();
        gl::PluginRegistry r;
        QString why;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"refused"_s));
        QVERIFY(!r.load(fake, &why));
        QVERIFY(why.contains(u"not a Qt plugin"_s));
        QVERIFY(r.plugins().isEmpty());
    }

    void csvReplayDeliversSamples()
    {
        QTemporaryDir dir;
        const QString csv = dir.path() + u"/drill.csv"_s;
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("timestamp,tag,value\n1767225600000,CH2.CO_ppm,12\n1767225600100,CH2.FAN_HZ,45\n1767225600200,CH2.CO_ppm,oops\n");
        f.close();
        gl::PluginRegistry r;
        r.loadFolder(QStringLiteral(GUARDLINE_PLUGIN_DIR));
        QList<gl::sdk::Sample> got;
        QObject owner;
        std::unique_ptr<gl::sdk::Connector> c(r.factory(u"csv-replay"_s)->create(&owner, [&](const gl::sdk::Sample &s) { got << s; }));
        QVERIFY(c->configure(QJsonObject{{u"file"_s, QString(dir.path() + u"/missing.csv"_s)}}).contains(u"cannot read"_s));
        QCOMPARE(c->configure(QJsonObject{{u"file"_s, csv}, {u"speed"_s, 10.0}}), QString());
        c->start();
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 3, 5000);
        QCOMPARE(got[0].tag, u"CH2.CO_ppm"_s);
        QCOMPARE(got[0].value, 12.0);
        QVERIFY(got[0].good);
        QVERIFY(got[1].timestampMs >= got[0].timestampMs);
        QVERIFY2(!got[2].good, "a non-numeric value was delivered as good data");
        QCOMPARE(c->health().value(u"bad"_s).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPluginRegistry)
#include "tst_plugin_registry.moc"
