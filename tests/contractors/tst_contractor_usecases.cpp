// SPDX-License-Identifier: Apache-2.0
// The admission use cases the app and guardlinectl share (issue #15, the application layer): each runs as
// one change in the logic, from a file a user picked, so that neither shell composes it and a refusal
// leaves nothing half-saved.
#include "AdmissionFixture.h"
#include "modules/admission/intake/PdfCheck.h"
#include "platform/util/Error.h"

#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace gl;
using namespace gl::test;
using namespace Qt::StringLiterals;

class TestContractorUseCases : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    template<class F> static QString errorOf(F f, ErrorCode code)
    {
        try {
            f();
        } catch (const Error &e) {
            return e.code() == code ? e.message() : u"wrong code: "_s + e.message();
        }
        return u"no error"_s;
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void workerFormIsOneChange_data() { addBackendRows(); }
    /// The worker form's fields and its leaving are saved together or not at all.
    void workerFormIsOneChange()
    {
        QFETCH(Backend, backend);
        AdmissionFixture f(backend);
        GL_REQUIRE_BACKEND(f);
        ContractorService svc(*f.ctx);
        const QDate today(2026, 3, 2);
        WorkerEdit edit;
        edit.job = u"rigger"_s;

        // A leaving day after today is refused: the new job is not stored either.
        const QString refused = errorOf([&] { svc.saveWorker(u"W-1"_s, edit, WorkerLeave{today.addDays(1), u"moved"_s}); }, ErrorCode::BadInput);
        QVERIFY2(refused.contains(u"left_on"_s), qPrintable(refused));
        QCOMPARE(svc.worker(u"W-1"_s).job, u"fitter"_s);
        QCOMPARE(f.audits(u"person.edit"_s), 0);

        // Both stored, each with its own audit entry.
        WorkerRecord w = svc.saveWorker(u"W-1"_s, edit, WorkerLeave{today.addDays(-1), u"contract ended"_s});
        QCOMPARE(w.job, u"rigger"_s);
        QCOMPARE(w.leftOn, today.addDays(-1));
        QCOMPARE(f.audits(u"person.edit"_s), 1);
        QCOMPARE(f.audits(u"person.leave"_s), 1);

        // The same form saved again changes nothing and audits nothing.
        svc.saveWorker(u"W-1"_s, edit, WorkerLeave{today.addDays(-1), u"contract ended"_s});
        QCOMPARE(f.audits(u"person.edit"_s) + f.audits(u"person.leave"_s), 2);

        // Back on the site.
        w = svc.saveWorker(u"W-1"_s, {}, WorkerLeave{});
        QVERIFY(!w.leftOn.isValid());
        QCOMPARE(f.audits(u"person.return"_s), 1);
        // A worker who never left "returns": nothing to do, not an error.
        svc.saveWorker(u"W-2"_s, {}, WorkerLeave{});
        QCOMPARE(f.audits(u"person.return"_s), 1);
    }

    void briefingNotInTheFuture_data() { addBackendRows(); }
    void briefingNotInTheFuture()
    {
        QFETCH(Backend, backend);
        AdmissionFixture f(backend);
        GL_REQUIRE_BACKEND(f);
        ContractorService svc(*f.ctx);
        const QString refused = errorOf([&] { svc.recordBriefing(u"W-3"_s, QDate(2026, 3, 3)); }, ErrorCode::BadInput);
        QVERIFY2(refused.contains(u"briefing_on"_s) && refused.contains(u"2026-03-03 is after today"_s), qPrintable(refused));
        QCOMPARE(f.audits(u"person.briefing"_s), 0);
        svc.recordBriefing(u"W-3"_s, QDate(2026, 3, 2)); // the site's today (Asia/Shanghai)
        QCOMPARE(f.store->scalar(u"SELECT briefing_on FROM people WHERE code = 'W-3'"_s).toString(), u"2026-03-02"_s);
    }

    void ledgerFromAFile_data() { addBackendRows(); }
    void ledgerFromAFile()
    {
        QFETCH(Backend, backend);
        AdmissionFixture f(backend);
        GL_REQUIRE_BACKEND(f);
        ContractorService svc(*f.ctx);
        // A ledger saved by a Chinese spreadsheet: GB18030.
        const QString text = u"code,name,name_zh,credit_code,trade,contact\nC-10,Jiangnan Rigging,江南吊装,%1,lifting,陈工\n"
                             "C-11,Haitong Blasting,海通爆破,%2,blasting,\n"_s.arg(AdmissionFixture::creditCode(10), AdmissionFixture::creditCode(11));
        QStringEncoder gb("GB18030");
        const QString path = write(u"台账.csv"_s, gb.encode(text));

        LedgerFileImport dry = svc.importLedgerFile(path, true);
        QCOMPARE(dry.source, u"台账.csv"_s);
        QCOMPARE(dry.encoding, u"GB18030"_s);
        QCOMPARE(dry.rows, 2);
        QCOMPARE(dry.result.added, (QStringList{u"C-10"_s, u"C-11"_s}));
        QCOMPARE(f.count(u"contractors"_s), 2); // a dry run stores nothing

        const LedgerFileImport done = svc.importLedgerFile(path, false);
        QVERIFY2(done.result.errors.isEmpty(), qPrintable(done.result.errors.join(u'\n')));
        QCOMPARE(f.count(u"contractors"_s), 4);
        QCOMPARE(svc.contractor(u"C-10"_s).nameZh, u"江南吊装"_s);
        QCOMPARE(f.store->scalar(u"SELECT admitted_on FROM contractors WHERE code = 'C-11'"_s).toString(), u"2026-03-02"_s);

        // Not a ledger: a file over the limit is refused before it is parsed; a missing file is named.
        const QString big = m_dir.filePath(u"huge.csv"_s);
        {
            QFile h(big);
            QVERIFY(h.open(QIODevice::WriteOnly) && h.resize(ContractorService::kMaxLedgerBytes + 1));
        }
        QString e = errorOf([&] { svc.importLedgerFile(big, false); }, ErrorCode::BadInput);
        QVERIFY2(e.contains(u"huge.csv: over 16 MiB"_s), qPrintable(e));
        const QString missing = m_dir.filePath(u"gone.csv"_s);
        e = errorOf([&] { svc.importLedgerFile(missing, false); }, ErrorCode::BadInput);
        QVERIFY2(e.startsWith(missing + u": cannot read"_s), qPrintable(e));
        QCOMPARE(f.count(u"contractors"_s), 4);
    }

    void documentFromAFile_data() { addBackendRows(); }
    void documentFromAFile()
    {
        QFETCH(Backend, backend);
        AdmissionFixture f(backend);
        GL_REQUIRE_BACKEND(f);
        AdmissionDocuments a(*f.ctx);
        const QString pdf = write(u"营业执照 2026.pdf"_s, makePdf(2));
        const qint64 id = a.uploadDocumentFile(u"C-2"_s, {u"business_licence"_s, {}, {}, QDate(2025, 6, 1), QDate(2027, 6, 1), {}, {}}, pdf,
                                               admission::pdfInspector());
        const Table docs = a.documents(u"C-2"_s, QDate(2026, 3, 2));
        QCOMPARE(docs.rows.size(), 1);
        QCOMPARE(docs.rows[0][docs.column(u"id"_s)].toLongLong(), id);
        QCOMPARE(docs.rows[0][docs.column(u"file_name"_s)].toString(), u"营业执照 2026.pdf"_s);
        QCOMPARE(docs.rows[0][docs.column(u"pages"_s)].toInt(), 2);

        // A file over the limit is refused and the refusal audited, without reading the file whole.
        const QString big = m_dir.filePath(u"scan.pdf"_s);
        {
            QFile h(big);
            QVERIFY(h.open(QIODevice::WriteOnly) && h.write("%PDF-1.7\n") > 0 && h.resize(a.config().maxPdfBytes + 4096));
        }
        QString e = errorOf([&] {
            a.uploadDocumentFile(u"C-2"_s, {u"qualification"_s, {}, {}, QDate(2025, 6, 1), QDate(2027, 6, 1), {}, {}}, big, admission::pdfInspector());
        }, ErrorCode::BadInput);
        QVERIFY2(e.contains(u"scan.pdf: field 'file'"_s) && e.contains(u"over the limit"_s), qPrintable(e));
        // The refusal gives the file's real size, not the bytes read (the limit + 1).
        const qint64 size = QFileInfo(big).size();
        QCOMPARE(size, a.config().maxPdfBytes + 4096);
        QVERIFY2(e.contains(u"(%1 bytes) is over the limit"_s.arg(size)), qPrintable(e));
        QVERIFY2(!e.contains(QString::number(a.config().maxPdfBytes + 1)), qPrintable(e));
        QCOMPARE(f.audits(u"contractor.document.refuse"_s), 1);
        const QString missing = m_dir.filePath(u"nothing-here.pdf"_s);
        e = errorOf([&] {
            a.uploadDocumentFile(u"C-2"_s, {u"qualification"_s, {}, {}, QDate(2025, 6, 1), QDate(2027, 6, 1), {}, {}}, missing, admission::pdfInspector());
        }, ErrorCode::BadInput);
        QVERIFY2(e.startsWith(missing + u": cannot read"_s), qPrintable(e));
        QCOMPARE(a.documents(u"C-2"_s, QDate(2026, 3, 2)).rows.size(), 1);
    }
};

QTEST_MAIN(TestContractorUseCases)
#include "tst_contractor_usecases.moc"
