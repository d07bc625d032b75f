// SPDX-License-Identifier: Apache-2.0
// The plugin loader accepts connector plugins of its API version, refuses anything else with a
// reason, and the CSV replay connector delivers samples, marking bad rows bad.
#include "platform/plugins/PluginRegistry.h"

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

    // Issue #18: a plugin file (or its folder) that others can replace is refused with the reason logged; a
    // plugin declaring a newer api_minor than the host implements is refused; the installed folders are
    // searched before $GUARDLINE_PLUGIN_PATH.
    void refusesPluginsOthersCanReplace()
    {
        QTemporaryDir dir;
        const QString copy = dir.path() + u"/libguardline_csv_replay.so"_s;
        QVERIFY(QFile::copy(QStringLiteral(GUARDLINE_PLUGIN_DIR "/libguardline_csv_replay.so"), copy));
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::WriteOther));
        QString why;
        {
            gl::PluginRegistry r;
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"refused: file .* is writable by every user"_s));
            QVERIFY(!r.load(copy, &why));
            QVERIFY2(why.contains(u"writable by every user (mode 0606)"_s), qPrintable(why));
        }
        QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::WriteOther
                                                      | QFile::ExeOther | QFile::ReadOther));
        {
            gl::PluginRegistry r;
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"refused: folder .* is writable by every user"_s));
            QVERIFY(!r.load(copy, &why));
            QVERIFY2(why.startsWith(u"folder "_s), qPrintable(why));
        }
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        {
            gl::PluginRegistry r;
            QVERIFY(r.load(copy, &why));
            QVERIFY(r.factory(u"csv-replay"_s));
        }
        QVERIFY(gl::PluginRegistry::unsafeFileReason(QStringLiteral(GUARDLINE_PLUGIN_DIR "/libguardline_csv_replay.so")).isEmpty());
    }

    void refusesANewerMinorApi()
    {
        using gl::PluginRegistry;
        const int major = gl::sdk::kConnectorApiMajor, minor = gl::sdk::kConnectorApiMinor;
        QVERIFY(PluginRegistry::apiProblem({{u"kind"_s, u"x"_s}, {u"api"_s, major}}).isEmpty());
        QVERIFY(PluginRegistry::apiProblem({{u"api"_s, major}, {u"api_minor"_s, minor}}).isEmpty());
        const QString newer = PluginRegistry::apiProblem({{u"api"_s, major}, {u"api_minor"_s, minor + 1}});
        QVERIFY2(newer.contains(u"API %1.%2, newer than this Guardline's %1.%3"_s.arg(major).arg(minor + 1).arg(minor)), qPrintable(newer));
        QVERIFY(PluginRegistry::apiProblem({{u"api"_s, major + 1}}).contains(u"built for connector API"_s));
    }

    void installedFoldersComeFirst()
    {
        qputenv("GUARDLINE_PLUGIN_PATH", "/opt/a:/opt/b");
        const QStringList folders = gl::PluginRegistry::defaultFolders();
        qunsetenv("GUARDLINE_PLUGIN_PATH");
        QCOMPARE(folders.size(), 4);
        QVERIFY2(folders[0].endsWith(u"/../lib/guardline/plugins"_s), qPrintable(folders.join(u", "_s)));
        QCOMPARE(folders.mid(2), (QStringList{u"/opt/a"_s, u"/opt/b"_s}));
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

    void csvReplayReadsTimesLikeRulesReplay()
    {
        // The core's parser: no offset = the configured (site) zone, a refused time = a bad row kept in place
        // at the time of the row before it, with the parser's reason.
        QTemporaryDir dir;
        const QString csv = dir.path() + u"/drill.csv"_s;
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("timestamp,tag,value\n2026-07-14T10:00:00,CH2.CO_ppm,1\n2026-07-14T08:00:00.500Z,CH2.CO_ppm,2\n"
                "2026-02-29T10:00:00Z,CH2.CO_ppm,3\n");
        f.close();
        gl::PluginRegistry r;
        r.loadFolder(QStringLiteral(GUARDLINE_PLUGIN_DIR));
        QVERIFY(r.plugin(u"csv-replay"_s));
        QVERIFY(r.plugin(u"csv-replay"_s)->apiMinor >= 2); // takes the site's zone from the host
        QList<gl::sdk::Sample> got;
        QObject owner;
        std::unique_ptr<gl::sdk::Connector> c(r.factory(u"csv-replay"_s)->create(&owner, [&](const gl::sdk::Sample &s) { got << s; }));
        QVERIFY(c->configure(QJsonObject{{u"file"_s, csv}, {u"time_zone"_s, u"Moon/Tycho"_s}}).contains(u"field 'time_zone'"_s));
        // 10:00 in Berlin in July is 08:00Z: the second row is 500 ms later, replayed 10x faster.
        QCOMPARE(c->configure(QJsonObject{{u"file"_s, csv}, {u"speed"_s, 10.0}, {u"time_zone"_s, u"Europe/Berlin"_s}}), QString());
        QCOMPARE(c->health().value(u"bad"_s).toInt(), 1);
        QVERIFY2(c->health().value(u"last_error"_s).toString().contains(
                     u"line 4: field 'timestamp': '2026-02-29T10:00:00Z': 2026-02-29 is not a date"_s),
                 qPrintable(c->health().value(u"last_error"_s).toString()));
        c->start();
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 3, 5000);
        QVERIFY(got[0].good && got[1].good);
        QCOMPARE(got[1].timestampMs - got[0].timestampMs, 50);
        QVERIFY(!got[2].good);
        QCOMPARE(got[2].timestampMs, got[1].timestampMs);
        c->stop();
        // Without a zone the same file is read as UTC: the second row is then 2 h (less 500 ms) before the first.
        QCOMPARE(c->configure(QJsonObject{{u"file"_s, csv}, {u"speed"_s, 10.0}}), QString());
        got.clear();
        c->start();
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 3, 5000);
        QCOMPARE(got[0].timestampMs - got[1].timestampMs, 719950);
        c->stop();
    }
};

QTEST_GUILESS_MAIN(TestPluginRegistry)
#include "tst_plugin_registry.moc"
