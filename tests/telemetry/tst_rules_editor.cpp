// SPDX-License-Identifier: Apache-2.0
// The rules editor and the duty roster editor in the real main window, with the real telemetry thread:
// invalid JSON → the error names the rule and the field and Save stays disabled; a valid edit is saved
// as a new version, listed, and the live pipeline switches to it (a sample pushed after the save alarms
// at the new level); the dry run replays the stored samples; a roster entry added shows as on duty.
#include "modules/dispatch/ui/RosterEditor.h"
#include "modules/telemetry/rules/Rule.h"
#include "modules/telemetry/ui/RulesEditor.h"
#include "modules/telemetry/ui/TelemetryPanel.h"
#include "server/SiteEngine.h"
#include "shell/MainWindow.h"
#include "TelemetryFixture.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {

bool tableHas(const QTableWidget *t, int column, const QString &text)
{
    for (int r = 0; r < t->rowCount(); ++r)
        if (t->item(r, column) && t->item(r, column)->text().contains(text))
            return true;
    return false;
}

QString rowText(const QTableWidget *t, int column, const QString &key)
{
    for (int r = 0; r < t->rowCount(); ++r) {
        if (t->item(r, 0) && t->item(r, 0)->text() == key)
            return t->item(r, column) ? t->item(r, column)->text() : QString();
    }
    return {};
}

void shot(QWidget *w, const QString &name)
{
    if (!qEnvironmentVariableIsEmpty("GUARDLINE_SCREENSHOT_DIR"))
        w->grab().save(qEnvironmentVariable("GUARDLINE_SCREENSHOT_DIR") + u'/' + name);
}

} // namespace

class TestRulesEditor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"guardline-tests"_s);
        QCoreApplication::setApplicationName(u"tst_rules_editor"_s);
        QSettings().remove(u"rulesEditor"_s); // no draft from an earlier run
    }

    void editSaveSwitchAndRoster()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.path() + u"/site.sqlite"_s;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        {
            auto db = Database::open(DbUrl::parse(dbPath));
            test::loadTelemetrySite(*db, now);
        }
        qputenv("GUARDLINE_CONNECTORS", (dir.path() + u"/no-connectors.json"_s).toLocal8Bit()); // none: samples come from the test

        ui::MainWindow w;
        w.resize(1600, 900);
        w.show();
        w.openStore(dbPath, false, u"demo.ehs"_s, u"a long enough password"_s);
        auto *panel = w.findChild<ui::TelemetryPanel *>();
        QVERIFY(panel);
        // The site service (the engine guardline-server runs; here in-process, no connectors).
        SiteEngineOptions so;
        so.db = DbUrl::parse(dbPath);
        SiteEngineHost service(so);
        QSignalSpy serviceStarted(service.engine(), &SiteEngine::started);
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(serviceStarted.size(), 1, 20000);
        TelemetryPipeline *pipeline = service.engine()->pipeline();
        QVERIFY(pipeline);
        QTRY_VERIFY_WITH_TIMEOUT(panel->liveRuleVersion() == 1, 20000); // default rules seeded as version 1, in its heartbeat

        // Opened from the Telemetry menu; non-modal.
        auto *open = w.findChild<QAction *>(u"openRulesEditor"_s);
        QVERIFY(open);
        open->trigger();
        auto *editor = w.findChild<ui::RulesEditor *>();
        QVERIFY(editor);
        QVERIFY(editor->isVisible());
        QVERIFY(!editor->isModal());
        auto *versions = editor->findChild<QTableWidget *>(u"ruleVersions"_s);
        auto *inForce = editor->findChild<QTableWidget *>(u"rulesInForce"_s);
        auto *validation = editor->findChild<QLabel *>(u"rulesValidation"_s);
        auto *save = editor->findChild<QPushButton *>(u"saveRules"_s);
        auto *comment = editor->findChild<QLineEdit *>(u"rulesComment"_s);
        auto *json = editor->findChild<QPlainTextEdit *>(u"rulesJson"_s);
        auto *editDiff = editor->findChild<QTableWidget *>(u"rulesEditDiff"_s);
        QVERIFY(versions && inForce && validation && save && comment && json && editDiff);
        QTRY_COMPARE_WITH_TIMEOUT(versions->rowCount(), 1, 10000);
        const int defaults = int(rules::loadRules(u":/guardline/config/rules-default.json"_s).rules.size()); // the seed, version 1
        QVERIFY(defaults >= 15);
        QTRY_COMPARE_WITH_TIMEOUT(inForce->rowCount(), defaults, 10000);
        QVERIFY(rowText(inForce, 1, u"ch2-co-1st"_s).contains(u"CH2.CO_ppm > 17"_s));
        QCOMPARE(rowText(inForce, 3, u"ch2-co-1st"_s), u"CH2"_s);
        QVERIFY(rowText(inForce, 4, u"casting-co-fan"_s).contains(u"HALT POUR"_s));
        QTRY_VERIFY(json->toPlainText().contains(u"ch2-co-1st"_s));
        const QString original = json->toPlainText();
        const QString threshold = u"{\"tag\": \"CH2.CO_ppm\", \"op\": \"gt\", \"value\": 17"_s;
        QCOMPARE(original.count(threshold), 1);

        // Invalid as typed: a quoted number → the error names the rule and the field; Save disabled.
        comment->setText(u"CO 1st alarm lowered to 5 ppm for the drill"_s);
        QString bad = original;
        bad.replace(threshold, u"{\"tag\": \"CH2.CO_ppm\", \"op\": \"gt\", \"value\": \"17\""_s);
        json->setPlainText(bad);
        QTRY_VERIFY_WITH_TIMEOUT(validation->text().contains(u"rule 'ch2-co-1st'"_s), 5000);
        QVERIFY2(validation->text().contains(u"field 'value'"_s), qPrintable(validation->text()));
        QVERIFY(!save->isEnabled());
        // Broken JSON: the line is named.
        json->setPlainText(original.left(original.size() - 5));
        QTRY_VERIFY_WITH_TIMEOUT(validation->text().contains(u"invalid JSON"_s), 5000);
        QVERIFY(validation->text().contains(u"line "_s));
        QVERIFY(!save->isEnabled());

        // A valid edit: the change is shown field by field, then saved as version 2.
        QString edited = original;
        edited.replace(threshold, u"{\"tag\": \"CH2.CO_ppm\", \"op\": \"gt\", \"value\": 5"_s);
        json->setPlainText(edited);
        QTRY_VERIFY_WITH_TIMEOUT(validation->text().startsWith(u"✔"_s), 5000);
        QTRY_VERIFY(save->isEnabled());
        QCOMPARE(editDiff->rowCount(), 1);
        QCOMPARE(editDiff->item(0, 0)->text(), u"ch2-co-1st"_s);
        QCOMPARE(editDiff->item(0, 2)->text(), u"all_of[0].value"_s);
        QCOMPARE(editDiff->item(0, 3)->text(), u"17"_s);
        QCOMPARE(editDiff->item(0, 4)->text(), u"5"_s);
        auto showTab = [editor](const QString &title) {
            for (QTabWidget *tabs : editor->findChildren<QTabWidget *>())
                for (int i = 0; i < tabs->count(); ++i)
                    if (tabs->tabText(i) == title)
                        tabs->setCurrentIndex(i);
        };
        showTab(u"Edit (JSON)"_s);
        shot(editor, u"rules-editor.png"_s);

        QSignalSpy reloaded(pipeline, &TelemetryPipeline::rulesReloaded);
        save->click();
        QTRY_COMPARE_WITH_TIMEOUT(versions->rowCount(), 2, 10000);
        QTRY_VERIFY(versions->item(0, 0)->text().contains(u"2"_s));
        QVERIFY(versions->item(0, 2)->text() == u"demo.ehs"_s);
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, 10000); // the site service switched (its 5 s watch), no restart
        QCOMPARE(reloaded.first().first().toInt(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(editor->findChild<QLabel *>(u"rulesLiveVersion"_s)->text().contains(u"version 2"_s), 10000);

        // A sample pushed after the save alarms at the new level (8 ppm: under version 1's 17 ppm it would not).
        const qint64 ts = QDateTime::currentMSecsSinceEpoch();
        pipeline->submit({u"CH2.CO_ppm"_s, ts, 8, true});
        auto db = Database::open(DbUrl::parse(dbPath));
        // ch2-co-1st must hold for 5 s: the pipeline's clock tick raises it then.
        QTRY_COMPARE_WITH_TIMEOUT(db->scalar(u"SELECT count(*) FROM alarms WHERE rule_id = 'ch2-co-1st' AND raised_at >= ?"_s, {ts + 5000}).toInt(), 1, 20000);
        QCOMPARE(db->scalar(u"SELECT value FROM alarms WHERE rule_id = 'ch2-co-1st'"_s).toDouble(), 8.0);
        QCOMPARE(db->scalar(u"SELECT count(*) FROM alarms WHERE rule_id = 'ch2-co-2nd'"_s).toInt(), 0);
        QCOMPARE(db->scalar(u"SELECT count(*) FROM audit_log WHERE action = 'rules.save' AND actor = 'demo.ehs'"_s).toInt(), 1);

        // Dry run over the stored samples, off the UI thread.
        QSignalSpy dry(editor, &ui::RulesEditor::dryRunFinished);
        QTRY_VERIFY_WITH_TIMEOUT(db->scalar(u"SELECT count(*) FROM tag_samples WHERE ts = ?"_s, {ts}).toInt() == 1, 10000);
        editor->findChild<QPushButton *>(u"rulesDryRun"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(dry.size(), 1, 20000);
        auto *dryTable = editor->findChild<QTableWidget *>(u"rulesDryRunTable"_s);
        QVERIFY2(editor->findChild<QLabel *>(u"rulesDryRunSummary"_s)->text().startsWith(u"1 samples replayed"_s),
                 qPrintable(editor->findChild<QLabel *>(u"rulesDryRunSummary"_s)->text()));
        QCOMPARE(dryTable->rowCount(), defaults);
        QCOMPARE(rowText(dryTable, 1, u"ch2-co-1st"_s), u"1"_s);
        showTab(u"Dry run"_s);
        versions->selectRow(1); // version 1 against version 2 in force
        QTRY_COMPARE_WITH_TIMEOUT(editor->findChild<QTableWidget *>(u"ruleVersionDiff"_s)->rowCount(), 1, 10000);
        QCOMPARE(editor->findChild<QTableWidget *>(u"ruleVersionDiff"_s)->item(0, 2)->text(), u"all_of[0].value"_s);
        shot(editor, u"rules-editor-saved.png"_s);

        // Duty roster: add an entry for the tank farm → shown as on duty there now.
        w.findChild<QAction *>(u"openRosterEditor"_s)->trigger();
        auto *roster = w.findChild<ui::RosterEditor *>();
        QVERIFY(roster && roster->isVisible());
        auto *onDuty = roster->findChild<QTableWidget *>(u"rosterOnDuty"_s);
        auto *entries = roster->findChild<QTableWidget *>(u"rosterEntries"_s);
        QTRY_COMPARE_WITH_TIMEOUT(entries->rowCount(), 3, 10000);
        QVERIFY(rowText(onDuty, 2, u"TF1"_s).contains(u"demo.dispatcher"_s)); // site-wide until now
        QVERIFY(rowText(onDuty, 3, u"TF1"_s).contains(u"site-wide"_s));
        auto *add = roster->findChild<QPushButton *>(u"rosterAdd"_s);
        roster->setForm(u"TF1"_s, QString(), now, now + 3600'000);
        QVERIFY(!add->isEnabled()); // no user picked
        QVERIFY(roster->findChild<QLabel *>(u"rosterMessage"_s)->text().contains(u"'user'"_s));
        roster->setForm(u"TF1"_s, u"demo.supervisor.ca1"_s, now + 3600'000, now);
        QVERIFY(!add->isEnabled()); // to before from
        roster->setForm(u"TF1"_s, u"demo.supervisor.ca1"_s, QDateTime::currentMSecsSinceEpoch() - 120'000, now + 3600'000);
        QVERIFY(add->isEnabled());
        add->click();
        QTRY_COMPARE_WITH_TIMEOUT(entries->rowCount(), 4, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(rowText(onDuty, 2, u"TF1"_s).contains(u"demo.supervisor.ca1"_s), 10000);
        QCOMPARE(rowText(onDuty, 3, u"TF1"_s), u"area entry"_s);
        QVERIFY(tableHas(entries, 5, u"on duty now"_s));
        QCOMPARE(db->scalar(u"SELECT count(*) FROM audit_log WHERE action = 'roster.set' AND actor = 'demo.ehs'"_s).toInt(), 1);
        shot(roster, u"roster-editor.png"_s);
        editor->close();
        roster->close();
    }
};

QTEST_MAIN(TestRulesEditor)
#include "tst_rules_editor.moc"
