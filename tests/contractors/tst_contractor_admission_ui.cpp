// SPDX-License-Identifier: Apache-2.0
// The coordinator's admission tools in the real main window (Xvfb), all through the data thread:
// whitelist and shift imports from a CSV file and from an HTTP endpoint started here, the differences
// shown before anything changes (the preview writes nothing), the malformed-row flow (refused and audited
// until the user ticks "import the good rows"), Cancel of a fetch that hangs; the gates' QR codes
// exported as a PDF whose QR decodes to the gate payload; check-in devices added (token shown once,
// never in the audit chain) and revoked; and each worker's certificate and company document state in
// Records → People, the Contractors dock's Workers tab and the permit editor's worker picker.
#include "AdmissionFixture.h"
#include "modules/admission/intake/PdfCheck.h"
#include "modules/admission/logic/AdmissionPlugins.h"
#include "modules/admission/ui/ContractorPanel.h"
#include "modules/admission/ui/GateDevicePanel.h"
#include "modules/admission/ui/RosterImportPanel.h"
#include "modules/hazards/logic/HazardPhotos.h"
#include "shell/DataWorker.h"
#include "shell/MainWindow.h"

#include <QCheckBox>
#include <QDialog>
#include <QDockWidget>
#include <QLineEdit>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QLabel>
#include <QPdfDocument>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;
using namespace gl::test;

namespace {

QStringList column(QTableWidget *t, int c)
{
    QStringList out;
    for (int r = 0; r < t->rowCount(); ++r)
        out << (t->item(r, c) ? t->item(r, c)->text() : QString());
    return out;
}

void keep(QWidget *w, const QString &name)
{
    QTest::qWait(200);
    w->grab().save(QStringLiteral(GUARDLINE_BINARY_DIR "/") + name + u".png"_s);
}

/// Shows the Contractors dock with the tab holding `page`.
void showTab(ui::MainWindow &w, QWidget *page)
{
    auto *dock = w.findChild<QDockWidget *>(u"contractors"_s);
    dock->show();
    dock->show(); // closed when it is not in the signed-in user's workspace
    dock->raise();
    for (QTabWidget *tabs : w.findChildren<QTabWidget *>())
        if (tabs->indexOf(page) >= 0)
            tabs->setCurrentWidget(page);
}

} // namespace

class TestContractorAdmissionUi : public QObject {
    Q_OBJECT

    QTemporaryDir dir;

    QString write(const QString &name, const QByteArray &text)
    {
        QFile f(dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(text);
        return f.fileName();
    }

    std::unique_ptr<ui::MainWindow> open(AdmissionFixture &f)
    {
        auto w = std::make_unique<ui::MainWindow>();
        QSignalSpy shown(w.get(), &ui::MainWindow::snapshotShown);
        w->openStore(f.url(), false, u"coord"_s, u"a long enough password"_s);
        w->resize(1800, 1000);
        w->show();
        if (!shown.wait(60'000))
            qFatal("no snapshot");
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(admissionFactory(&why, QStringLiteral(GUARDLINE_BINARY_DIR "/plugins")), qPrintable(why));
        // A short timeout for the endpoint that never answers (the Cancel case).
        qputenv("GUARDLINE_ADMISSION_CONFIG", write(u"admission.json"_s, R"({"access_control": {"timeout_ms": 1500, "retries": 0}})").toUtf8());
    }

    void imports()
    {
        AdmissionFixture f(Backend::Sqlite);
        QVERIFY(f.available());
        f.clock.set(QDateTime::currentMSecsSinceEpoch());
        auto w = open(f);
        auto *panel = w->findChild<ui::RosterImportPanel *>();
        QVERIFY(panel);
        showTab(*w, panel);
        auto *diff = panel->findChild<QTableWidget *>(u"rosterDiff"_s);
        auto *keepGood = panel->findChild<QCheckBox *>(u"rosterKeepGood"_s);
        QSignalSpy previewed(panel, &ui::RosterImportPanel::previewShown);
        QSignalSpy applied(panel, &ui::RosterImportPanel::applied);

        // First whitelist from CSV: a preview (nothing written), then apply.
        panel->preview(u"whitelist"_s, u"csv"_s, write(u"acs-1.csv"_s, "worker,contractor,card,valid_until\nW-1,C-1,0001,2026-12-31\nW-2,C-1,0002,\n"));
        QVERIFY(previewed.wait(20'000));
        QCOMPARE(column(diff, 0), (QStringList{u"+ Added"_s, u"+ Added"_s}));
        QCOMPARE(column(diff, 1), (QStringList{u"W-1"_s, u"W-2"_s}));
        QCOMPARE(f.count(u"roster_imports"_s), 0); // the preview never writes
        QCOMPARE(f.audits(u"roster.import"_s), 0);
        panel->apply();
        QVERIFY(applied.wait(20'000));
        QVERIFY2(applied.last().at(0).toBool(), qPrintable(applied.last().at(1).toString()));
        QCOMPARE(f.count(u"roster_imports"_s), 1);
        QCOMPARE(f.audits(u"roster.import"_s), 1);

        // A malformed row: named by line and field next to the differences, refused until confirmed.
        panel->preview(u"whitelist"_s, u"csv"_s,
                       write(u"acs-2.csv"_s, "worker,contractor,card,valid_until\nW-1,C-1,0001,2026-12-31\nW-3,C-2,0003,tomorrow\nW-2,C-1,0022,\n"));
        QVERIFY(previewed.wait(20'000));
        QCOMPARE(previewed.last().at(1).toInt(), 1);
        QCOMPARE(column(diff, 0), (QStringList{u"✕ Malformed"_s, u"~ Changed"_s}));
        QVERIFY2(column(diff, 2).first().startsWith(u"line 3: field 'valid_until'"_s), qPrintable(column(diff, 2).first()));
        const int changed = int(column(diff, 0).indexOf(u"~ Changed"_s));
        QVERIFY(changed > 0);
        QCOMPARE(column(diff, 1).at(changed), u"W-2"_s);
        QVERIFY2(column(diff, 2).at(changed).startsWith(u"card 0002 → 0022"_s), qPrintable(column(diff, 2).at(changed)));
        QVERIFY(keepGood->isVisible());
        QVERIFY(!keepGood->isChecked());
        keep(w.get(), u"contractor-import-preview"_s);
        panel->apply(); // not confirmed: refused, audited, nothing changed
        QVERIFY(applied.wait(20'000));
        QVERIFY(!applied.last().at(0).toBool());
        QVERIFY2(applied.last().at(1).toString().contains(u"1 malformed row(s), nothing imported"_s), qPrintable(applied.last().at(1).toString()));
        QCOMPARE(f.audits(u"roster.import.refuse"_s), 1);
        QCOMPARE(f.store->scalar(u"SELECT card_no FROM people WHERE code = 'W-2'"_s).toString(), u"0002"_s);
        keepGood->setChecked(true); // the user confirms: the good rows go in, the malformed line is recorded
        panel->apply();
        QVERIFY(applied.wait(20'000));
        QVERIFY2(applied.last().at(0).toBool(), qPrintable(applied.last().at(1).toString()));
        QCOMPARE(f.store->scalar(u"SELECT card_no FROM people WHERE code = 'W-2'"_s).toString(), u"0022"_s);
        QCOMPARE(f.store->scalar(u"SELECT skipped FROM roster_imports ORDER BY id DESC LIMIT 1"_s).toInt(), 1);
        QTRY_COMPARE(panel->findChild<QTableWidget *>(u"rosterHistory"_s)->rowCount(), 2);

        // The shift roster from the access-control system's HTTP endpoint.
        QHttpServer acs;
        acs.route(u"/acs/shifts"_s, [] {
            return QHttpServerResponse(QJsonObject{{u"shifts"_s, QJsonArray{QJsonObject{{u"date"_s, u"2026-03-02"_s}, {u"shift"_s, u"DAY"_s}, {u"worker"_s, u"W-1"_s}},
                                                                            QJsonObject{{u"date"_s, u"2026-03-02"_s}, {u"shift"_s, u"DAY"_s}, {u"worker"_s, u"W-3"_s}}}}});
        });
        const quint16 port = acs.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        panel->preview(u"shifts"_s, u"http"_s, u"http://127.0.0.1:%1/acs/"_s.arg(port));
        QVERIFY(previewed.wait(20'000));
        QCOMPARE(column(diff, 1), (QStringList{u"W-1"_s, u"W-3"_s}));
        QCOMPARE(column(diff, 2), (QStringList{u"2026-03-02"_s, u"2026-03-02"_s}));
        QCOMPARE(f.count(u"shift_assignments"_s), 0);
        panel->apply();
        QVERIFY(applied.wait(20'000));
        QVERIFY2(applied.last().at(0).toBool(), qPrintable(applied.last().at(1).toString()));
        QCOMPARE(f.count(u"shift_assignments"_s), 2);

        // An endpoint that never answers: busy with Cancel; cancelling drops the fetch, nothing changes.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        panel->preview(u"whitelist"_s, u"http"_s, u"http://127.0.0.1:%1/acs/"_s.arg(silent.serverPort()));
        QVERIFY(panel->busy());
        QTest::qWait(300);
        panel->cancel();
        QVERIFY(!panel->busy());
        QVERIFY(panel->findChild<QLabel *>(u"rosterStatus"_s)->text().contains(u"Cancelled"_s));
        QTest::qWait(2500); // the fetch thread ends with its timeout; its result is dropped
        QCOMPARE(previewed.size(), 3); // the cancelled fetch never shows a preview
        QCOMPARE(f.count(u"roster_imports"_s), 3);
    }

    void registryOffTheDataThread()
    {
        // Issue #15: the registry check asks the registry off the data thread. A registry that holds its answers
        // (a real HTTP server here that answers only when told) does not hold up the app's other reads and writes.
        QTcpServer registry;
        QVERIFY(registry.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> held;
        connect(&registry, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = registry.nextPendingConnection())
                held << s;
        });
        const QByteArray before = qgetenv("GUARDLINE_ADMISSION_CONFIG");
        qputenv("GUARDLINE_ADMISSION_CONFIG",
                write(u"admission-registry.json"_s, u"{\"registry\": {\"url\": \"http://127.0.0.1:%1/registry\", \"timeout_ms\": 30000, \"retries\": 0}}"_s
                                                         .arg(registry.serverPort())
                                                         .toUtf8())
                    .toUtf8());
        AdmissionFixture f(Backend::Sqlite);
        QVERIFY(f.available());
        f.clock.set(QDateTime::currentMSecsSinceEpoch());
        auto w = open(f);
        auto *panel = w->findChild<ui::ContractorPanel *>();
        QVERIFY(panel);
        QSignalSpy checked(panel, &ui::ContractorPanel::registryChecked);
        auto *verify = panel->findChild<QPushButton *>(u"contractorVerifyRegistry"_s);
        QVERIFY(verify);
        verify->click();
        // Both companies are asked at once (up to 4 lookups run in parallel), and neither is answered yet.
        QTRY_COMPARE_WITH_TIMEOUT(held.size(), 2, 20'000);
        // Meanwhile another data-thread call completes.
        bool answered = false;
        w->dataWorker()->call(
            this, [](ServiceContext &ctx) { return qint64(RegistryCheck(ctx).registryChecks().rows.size()); },
            [&](qint64 rows) {
                answered = true;
                QCOMPARE(rows, 0);
            });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10'000);
        QVERIFY(checked.isEmpty());
        QCOMPARE(f.audits(u"contractor.registry.check"_s), 0);
        // The registry answers: "not registered" for both; the answers are stored and audited on the data thread.
        for (QTcpSocket *s : std::as_const(held)) {
            QVERIFY(s->bytesAvailable() > 0 || s->waitForReadyRead(5000));
            QVERIFY(s->readAll().startsWith("GET /registry/"));
            s->write("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
            s->flush();
        }
        QVERIFY(checked.wait(20'000));
        QCOMPARE(checked.first().first().toInt(), 2);
        QCOMPARE(f.audits(u"contractor.registry.check"_s), 2);
        const QString results = panel->findChild<QPlainTextEdit *>(u"registryResults"_s)->toPlainText();
        QVERIFY2(results.contains(u"C-1: mismatch — the registry has no company"_s) && results.contains(u"C-2: mismatch"_s), qPrintable(results));
        QVERIFY(verify->isEnabled());
        qputenv("GUARDLINE_ADMISSION_CONFIG", before);
    }

    void gatesAndDevices()
    {
        AdmissionFixture f(Backend::Sqlite);
        QVERIFY(f.available());
        f.clock.set(QDateTime::currentMSecsSinceEpoch());
        auto w = open(f);
        auto *panel = w->findChild<ui::GateDevicePanel *>();
        QVERIFY(panel);
        showTab(*w, panel);
        QTRY_COMPARE(panel->gateCount(), 2);
        auto *gates = panel->findChild<QTableWidget *>(u"gateTable"_s);
        QCOMPARE(column(gates, 1), (QStringList{u"GATE-1"_s, u"GATE-2"_s}));
        QCOMPARE(column(gates, 4).first(), u"guardline:gate:DEMO:GATE-1"_s);
        QVERIFY(!gates->item(0, 0)->icon().isNull()); // the QR code itself

        // The printable sheet: one A4 page per gate, and the QR on it decodes to the gate's payload.
        QSignalSpy exported(panel, &ui::GateDevicePanel::exported);
        const QString pdfPath = dir.filePath(u"gates.pdf"_s);
        panel->exportPdf(pdfPath);
        QVERIFY(exported.wait(30'000));
        QPdfDocument pdf;
        QCOMPARE(pdf.load(pdfPath), QPdfDocument::Error::None);
        QCOMPARE(pdf.pageCount(), 2);
        for (int page = 0; page < 2; ++page) {
            const QImage img = pdf.render(page, QSize(1240, 1754));
            QByteArray png;
            QBuffer b(&png);
            b.open(QIODevice::WriteOnly);
            img.save(&b, "PNG");
            const QStringList codes = photoInspector()->decodeQrCodes(png);
            QCOMPARE(codes, QStringList{u"guardline:gate:DEMO:GATE-%1"_s.arg(page + 1)});
        }
        panel->exportPngs(dir.filePath(u"cards"_s));
        QVERIFY(exported.wait(30'000));
        QVERIFY(QFile::exists(dir.filePath(u"cards/gate-GATE-2.png"_s)));

        // A device: the token is handed over once, authenticates, and is nowhere in the store or the audit chain.
        QSignalSpy issued(panel, &ui::GateDevicePanel::tokenIssued);
        QSignalSpy devices(panel, &ui::GateDevicePanel::devicesLoaded);
        panel->addDevice(u"GATE1-TAB"_s, u"Gate 1 tablet"_s, true);
        QVERIFY(issued.wait(20'000));
        const QString token = issued.first().at(1).toString();
        QVERIFY(token.startsWith(u"gld_"_s));
        QTRY_VERIFY(w->findChild<QDialog *>(u"deviceTokenDialog"_s));
        auto *tokenField = w->findChild<QDialog *>(u"deviceTokenDialog"_s)->findChild<QLineEdit *>(u"deviceToken"_s);
        QCOMPARE(tokenField->text(), token);
        QVERIFY(tokenField->isReadOnly());
        keep(w->findChild<QDialog *>(u"deviceTokenDialog"_s), u"contractor-device-token"_s);
        w->findChild<QDialog *>(u"deviceTokenDialog"_s)->close();
        QCOMPARE(GateDevices(*f.ctx).authenticateDevice(token), u"GATE1-TAB"_s);
        QCOMPARE(f.count(u"audit_log"_s, u"details LIKE ?"_s, QVariantList{QVariant(u"%"_s + token + u"%"_s)}), 0);
        auto *table = panel->findChild<QTableWidget *>(u"deviceTable"_s);
        QTRY_COMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 2)->text(), u"● Active"_s);
        QCOMPARE(table->item(0, 4)->text(), u"never"_s);
        keep(w.get(), u"contractor-gates-devices"_s);

        panel->revokeDevice(u"GATE1-TAB"_s);
        QTRY_VERIFY(table->item(0, 2)->text().startsWith(u"✕ Revoked"_s));
        QCOMPARE(f.audits(u"checkin.device.revoke"_s), 1);
    }

    void workerStates()
    {
        AdmissionFixture f(Backend::Sqlite);
        QVERIFY(f.available());
        f.clock.set(QDateTime::currentMSecsSinceEpoch());
        AdmissionDocuments a(*f.ctx);
        const QDate today = a.siteToday();
        // C-1: all four documents, the insurance expiring in 10 days; C-2: none (missing).
        const QDate paidFrom = today.addMonths(-7);
        for (const QString &k : ContractorService::documentKinds())
            a.uploadDocument(u"C-1"_s, {k, k + u".pdf"_s, makePdf(1), k == u"injury_insurance"_s ? paidFrom : today.addYears(-1),
                                        k == u"injury_insurance"_s ? today.addDays(10) : today.addYears(2)},
                             admission::pdfInspector());
        ContractorService cs(*f.ctx);
        f.as(u"root"_s);
        cs.addCertificate(u"W-1"_s, {u"electrical"_s, u"T-1"_s, today.addYears(-6), today.addDays(-3), {}});
        cs.addCertificate(u"W-2"_s, {u"electrical"_s, u"T-2"_s, today.addYears(-1), today.addYears(5), {}});
        f.as(u"coord"_s);

        auto w = open(f);
        const ui::SnapshotPtr s = w->lastSnapshot();
        const Table &p = s->people;
        auto state = [&](const QString &code, const QString &col) {
            for (const QVariantList &row : p.rows)
                if (row[p.column(u"code"_s)].toString() == code)
                    return row[p.column(col)].toString();
            return u"?"_s;
        };
        QCOMPARE(state(u"W-1"_s, u"company_documents"_s), u"expiring"_s);
        QCOMPARE(state(u"W-3"_s, u"company_documents"_s), u"missing"_s);
        QCOMPARE(state(u"W-1"_s, u"certificates"_s), u"expired"_s);
        QCOMPARE(state(u"W-2"_s, u"certificates"_s), u"valid"_s);

        // Records → People: the column, its label and colour.
        QTableView *people = nullptr;
        for (QTableView *v : w->findChildren<QTableView *>())
            if (v->parent() && v->parent()->objectName() == u"people"_s)
                people = v;
        QVERIFY(people);
        const QAbstractItemModel *m = people->model();
        int docCol = -1;
        for (int c = 0; c < m->columnCount(); ++c)
            if (m->headerData(c, Qt::Horizontal).toString() == u"Company documents"_s)
                docCol = c;
        QVERIFY(docCol >= 0);
        bool sawMissing = false;
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, docCol).data().toString() == u"Missing"_s) {
                sawMissing = true;
                QCOMPARE(m->index(r, docCol).data(Qt::ForegroundRole).value<QColor>(), QColor(0xe5, 0x39, 0x35));
                QVERIFY(!m->index(r, docCol).data(Qt::DecorationRole).value<QIcon>().isNull());
            }
        QVERIFY(sawMissing);

        // The Contractors dock's Workers tab for C-1.
        auto *panel = w->findChild<ui::ContractorPanel *>();
        auto *workers = panel->findChild<QTableWidget *>(u"contractorWorkers"_s);
        showTab(*w, workers);
        panel->showContractor(u"C-1"_s);
        QTRY_COMPARE(workers->rowCount(), 2);
        QCOMPARE(column(workers, 0), (QStringList{u"W-1"_s, u"W-2"_s}));
        QCOMPARE(column(workers, 3), (QStringList{u"✕ Expired"_s, u"● Valid"_s}));
        QCOMPARE(column(workers, 4), (QStringList{u"▲ Expiring"_s, u"▲ Expiring"_s}));
        QCOMPARE(workers->item(0, 3)->foreground().color(), QColor(0xe5, 0x39, 0x35));
        QCOMPARE(workers->item(0, 4)->foreground().color(), QColor(0xff, 0xb3, 0x00));
        keep(w.get(), u"contractor-workers"_s);
    }
};

QTEST_MAIN(TestContractorAdmissionUi)
#include "tst_contractor_admission_ui.moc"
