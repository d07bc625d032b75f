// SPDX-License-Identifier: Apache-2.0
// The Telemetry dock in the real main window: the command center runs no connectors or rules itself
// (issue #15): without a site service the dock and the status bar say so; once the site service (the same
// SiteEngine guardline-server runs, here in-process) feeds the casting house from a CSV-replay connector,
// the dock shows it from its heartbeat (live values, connectors), the CO + fan-drop rule raises its
// critical alarm, which reaches the dock's ISA-18.2 list and can be shelved with a reason from the dock.
#include "modules/telemetry/ui/TelemetryPanel.h"
#include "platform/plugins/PluginRegistry.h"
#include "server/SiteEngine.h"
#include "shell/MainWindow.h"
#include "TelemetryFixture.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;

class TestTelemetryPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void liveValuesAlarmAndShelving()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.path() + u"/site.sqlite"_s;
        {
            auto db = Database::open(DbUrl::parse(dbPath));
            test::loadTelemetrySite(*db, QDateTime::currentMSecsSinceEpoch());
        }
        // A drill: CO +62 ppm in 30 s while the fan drops from 48 to 38 Hz, replayed from now.
        QFile csv(dir.path() + u"/drill.csv"_s);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("timestamp,tag,value\n");
        const qint64 t0 = 1767225600000;
        for (int s = 0; s <= 40; ++s) {
            const double co = s < 10 ? 8 : std::min(70.0, 8 + (s - 10) * 2.1);
            const double fan = s < 10 ? 48 : std::max(38.0, 48 - (s - 10) * 0.4);
            csv.write(QByteArray::number(t0 + s * 1000) + ",CH2.CO_ppm," + QByteArray::number(co) + "\n");
            csv.write(QByteArray::number(t0 + s * 1000) + ",CH2.FAN_HZ," + QByteArray::number(fan) + "\n");
        }
        csv.close();
        QFile conf(dir.path() + u"/connectors.json"_s);
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(QJsonDocument(QJsonObject{{u"connectors"_s, QJsonArray{QJsonObject{
                                     {u"kind"_s, u"csv-replay"_s},
                                     {u"config"_s, QJsonObject{{u"file"_s, csv.fileName()}, {u"speed"_s, 4.0}}}}}}})
                       .toJson());
        conf.close();
        qputenv("GUARDLINE_CONNECTORS", conf.fileName().toLocal8Bit());
        qputenv("GUARDLINE_PLUGIN_PATH", QByteArray(GUARDLINE_BINARY_DIR "/plugins"));

        ui::MainWindow w;
        w.resize(1600, 900);
        w.show();
        w.openStore(dbPath, false, u"demo.dispatcher"_s, u"a long enough password"_s);
        auto *panel = w.findChild<ui::TelemetryPanel *>();
        QVERIFY(panel);
        auto *dock = w.findChild<QDockWidget *>(u"telemetry"_s);
        QVERIFY(dock);
        dock->show(); // closed when it is not in the signed-in user's workspace
        dock->raise();
        auto *alarms = panel->findChild<QTableWidget *>(u"telemetryAlarms"_s);
        auto *values = panel->findChild<QTableWidget *>(u"telemetryValues"_s);
        QVERIFY(alarms && values);
        // No site service yet: the window runs none itself and says so, in the dock and the status bar.
        auto *serviceState = panel->findChild<QLabel *>(u"serviceState"_s);
        auto *serviceStatus = w.statusBar()->findChild<QLabel *>(u"serviceStatus"_s);
        QVERIFY(serviceState && serviceStatus);
        QTRY_VERIFY_WITH_TIMEOUT(serviceState->text().contains(u"NO SITE SERVICE RUNNING"_s), 10000);
        QVERIFY(serviceStatus->text().contains(u"No site service"_s));
        QVERIFY(!panel->pipeline());
        QTest::qWait(3000);
        QCOMPARE(values->rowCount(), 0); // nothing is replayed by the window

        // The site service starts (as guardline-server would): the dock shows it from its heartbeat.
        SiteEngineOptions o;
        o.db = DbUrl::parse(dbPath);
        o.connectors = SiteEngine::readConnectorsFile(conf.fileName());
        o.pluginFolders = PluginRegistry::defaultFolders();
        SiteEngineHost service(o);
        service.start();
        QTRY_VERIFY_WITH_TIMEOUT(serviceState->text().contains(u"active on"_s), 15000);
        QVERIFY(!serviceStatus->text().contains(u"No site service"_s));
        QTRY_VERIFY_WITH_TIMEOUT(values->rowCount() == 2, 20000); // the two replayed tags, live
        // The replay reaches the rise + drop within ~10 s at 4x: the critical alarm is in the dock.
        auto findRule = [&](const QString &rule) {
            for (int r = 0; r < alarms->rowCount(); ++r)
                if (alarms->item(r, 4) && alarms->item(r, 4)->text() == rule)
                    return r;
            return -1;
        };
        auto dump = [&] {
            QString out = w.statusBar()->currentMessage() + u" | "_s;
            for (int r = 0; r < alarms->rowCount(); ++r)
                out += (alarms->item(r, 4) ? alarms->item(r, 4)->text() : QString()) + u"; "_s;
            for (int r = 0; r < values->rowCount(); ++r)
                out += (values->item(r, 0) ? values->item(r, 0)->text() : QString()) + u"; "_s;
            return out.toUtf8();
        };
        QTRY_VERIFY2_WITH_TIMEOUT(findRule(u"casting-co-fan"_s) >= 0, dump().constData(), 30000);
        QVERIFY(w.statusBar()->findChild<QLabel *>(u"connectorStatus"_s)->text().contains(u"csv-replay"_s));
        if (!qEnvironmentVariableIsEmpty("GUARDLINE_SCREENSHOT_DIR"))
            w.grab().save(qEnvironmentVariable("GUARDLINE_SCREENSHOT_DIR") + u"/telemetry-dock.png"_s);

        // Shelve it from the dock: a reason is required.
        alarms->selectRow(findRule(u"ch2-co-1st"_s) >= 0 ? findRule(u"ch2-co-1st"_s) : findRule(u"casting-co-fan"_s));
        const QString rule = alarms->item(alarms->currentRow(), 4)->text();
        QPushButton *shelve = nullptr;
        for (QPushButton *b : panel->findChildren<QPushButton *>())
            if (b->text() == u"Shelve"_s)
                shelve = b;
        QVERIFY(shelve && shelve->isEnabled());
        shelve->click(); // no reason: refused in the status bar, nothing shelved
        QTest::qWait(300);
        panel->findChild<QLineEdit *>()->setText(u"ventilation crew on site (WO-2291)"_s);
        shelve->click();
        QTRY_VERIFY_WITH_TIMEOUT(findRule(rule) >= 0 && alarms->item(findRule(rule), 1)->data(Qt::UserRole).toString() == u"shelved"_s,
                                 15000);
    }
};

QTEST_MAIN(TestTelemetryPanel)
#include "tst_telemetry_panel.moc"
