// SPDX-License-Identifier: Apache-2.0
// Contractor documents on both backends: real PDFs stored content-addressed, every bad file refused with its
// reason in the audit chain and nothing stored, validity states, supersession, coordinator expiry tasks.
#include "AdmissionFixture.h"
#include "demo/DemoAdmission.h"
#include "modules/admission/intake/PdfCheck.h"
#include "modules/engine/logic/Housekeeping.h"
#include "modules/workspace/logic/QueryService.h"
#include "platform/util/Error.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;
using namespace gl::test;

class TestContractorDocuments : public QObject {
    Q_OBJECT

    /// Runs `f`, expects a gl::Error of `code` whose message contains `needle`.
    template<class F> static void expectError(F f, ErrorCode code, const QString &needle)
    {
        try {
            f();
        } catch (const Error &e) {
            QVERIFY2(e.code() == code, qPrintable(e.message()));
            QVERIFY2(e.message().contains(needle), qPrintable(e.message()));
            return;
        }
        QFAIL(qPrintable(u"no error; expected one containing '%1'"_s.arg(needle)));
    }

private Q_SLOTS:
    void pdfChecker()
    {
        const QByteArray pdf = makePdf(3);
        const PdfFacts ok = admission::inspectPdf(pdf);
        QVERIFY2(ok.problem.isEmpty(), qPrintable(ok.problem));
        QCOMPARE(ok.pages, 3);
        QVERIFY(admission::inspectPdf("just some text").problem.contains(u"not a PDF"_s));
        QVERIFY(admission::inspectPdf(pdf.left(pdf.size() / 2)).problem.contains(u"truncated"_s));
        // Cut just before the end marker: the engine could repair it, the upload is still incomplete.
        QVERIFY(admission::inspectPdf(pdf.left(pdf.lastIndexOf("%%EOF"))).problem.contains(u"truncated"_s));
        // The end marker kept but the middle gone: the engine cannot read it.
        QByteArray holed = pdf.left(pdf.size() / 3) + pdf.right(200);
        QVERIFY(!admission::inspectPdf(holed).problem.isEmpty());
        QVERIFY(admission::inspectPdf(encryptedPdf()).problem.contains(u"encrypted"_s));
        // The demo plant's stand-in documents are real PDFs for the same checker.
        const PdfFacts demo = admission::inspectPdf(demo::documentPdf(u"C-001"_s, u"hse_agreement"_s, QDate(2026, 1, 1), QDate(2027, 1, 1)));
        QVERIFY2(demo.problem.isEmpty(), qPrintable(demo.problem));
        QCOMPARE(demo.pages, 1);
    }

    void upload_data() { addBackendRows(); }
    void upload()
    {
        QFETCH(Backend, backend);
        AdmissionFixture f(backend);
        GL_REQUIRE_BACKEND(f);
        AdmissionDocuments a(*f.ctx);
        const QByteArray pdf = makePdf(2);
        const qint64 id = a.uploadDocument(u"C-1"_s, {u"business_licence"_s, u"licence.pdf"_s, pdf, QDate(2025, 6, 1), QDate(2027, 6, 1)},
                                           admission::pdfInspector());
        QVERIFY(id > 0);
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
        const Table docs = a.documents(u"C-1"_s, QDate(2026, 3, 2));
        QCOMPARE(docs.rows.size(), 1);
        QCOMPARE(docs.rows[0][docs.column(u"sha256"_s)].toString(), sha);
        QCOMPARE(docs.rows[0][docs.column(u"pages"_s)].toInt(), 2);
        QCOMPARE(docs.rows[0][docs.column(u"state"_s)].toString(), u"valid"_s);
        QCOMPARE(docs.rows[0][docs.column(u"stored"_s)].toBool(), true);
        QCOMPARE(a.documentContent(id), pdf);
        QCOMPARE(f.audits(u"contractor.document.add"_s), 1);
        QVERIFY(f.lastAuditDetails(u"contractor.document.add"_s).contains(sha));

        // Content-addressed: the same bytes for another kind are stored once.
        a.uploadDocument(u"C-1"_s, {u"qualification"_s, u"same.pdf"_s, pdf, QDate(2025, 6, 1), QDate(2026, 3, 20)}, admission::pdfInspector());
        QCOMPARE(f.count(u"content_blobs"_s), 1);
        const Table two = a.documents(u"C-1"_s, QDate(2026, 3, 2));
        QStringList states;
        for (const QVariantList &r : two.rows)
            states << r[two.column(u"kind"_s)].toString() + u"="_s + r[two.column(u"state"_s)].toString();
        QVERIFY2(states.contains(u"qualification=expiring"_s), qPrintable(states.join(u", "_s)));

        // A renewal supersedes the old licence; the list keeps it as history.
        const QByteArray renewed = makePdf(1);
        a.uploadDocument(u"C-1"_s, {u"business_licence"_s, u"licence-2026.pdf"_s, renewed, QDate(2026, 2, 1), QDate(2028, 2, 1)},
                         admission::pdfInspector());
        const Table three = a.documents(u"C-1"_s, QDate(2026, 3, 2));
        int superseded = 0;
        for (const QVariantList &r : three.rows)
            superseded += r[three.column(u"state"_s)].toString() == u"superseded"_s;
        QCOMPARE(superseded, 1);
        QCOMPARE(a.missingDocuments(u"C-1"_s), (QStringList{u"injury_insurance"_s, u"hse_agreement"_s}));

        // Everywhere the company appears: a missing HSE agreement is not "valid".
        const Table cs = QueryService(*f.ctx).contractors(QDate(2026, 3, 2));
        QCOMPARE(cs.rows[0][cs.column(u"documents"_s)].toString(), u"missing"_s);
    }

    void refusals_data() { addBackendRows(); }
    void refusals()
    {
        QFETCH(Backend, backend);
        AdmissionFixture f(backend);
        GL_REQUIRE_BACKEND(f);
        AdmissionConfig config = AdmissionConfig::load();
        config.maxPdfBytes = 64 * 1024;
        AdmissionDocuments a(*f.ctx, config);
        const QByteArray pdf = makePdf();
        const QDate issued(2025, 6, 1), expires(2027, 6, 1);
        struct Case {
            const char *name;
            DocumentUpload in;
            QString reason;
        };
        QByteArray big = pdf;
        big.insert(pdf.indexOf("%%EOF"), QByteArray(100 * 1024, ' '));
        const QList<Case> cases = {
            {"not a PDF", {u"business_licence"_s, u"photo.jpg"_s, jpeg("2026:03:02 08:00:00"), issued, expires}, u"not a PDF"_s},
            {"truncated", {u"business_licence"_s, u"cut.pdf"_s, pdf.left(pdf.size() / 2), issued, expires}, u"truncated"_s},
            {"encrypted", {u"business_licence"_s, u"locked.pdf"_s, encryptedPdf(), issued, expires}, u"encrypted"_s},
            {"oversized", {u"business_licence"_s, u"big.pdf"_s, big, issued, expires}, u"over the limit"_s},
            {"expires before issued", {u"business_licence"_s, u"old.pdf"_s, pdf, QDate(2026, 1, 1), QDate(2025, 12, 31)},
             u"field 'expires_on': 2025-12-31 is before the issue date 2026-01-01"_s},
            {"no expiry", {u"business_licence"_s, u"open.pdf"_s, pdf, issued, {}}, u"expires_on"_s},
            {"unknown kind", {u"menu"_s, u"m.pdf"_s, pdf, issued, expires}, u"field 'kind'"_s},
            {"covered period backwards", {u"injury_insurance"_s, u"ins.pdf"_s, pdf, issued, expires, QDate(2026, 1, 1), QDate(2025, 12, 1)},
             u"field 'covers_to': 2025-12-01 is before covers_from 2026-01-01"_s},
            {"half a period", {u"injury_insurance"_s, u"ins.pdf"_s, pdf, issued, expires, QDate(2026, 1, 1), {}}, u"field 'covers_to'"_s},
        };
        int refusals = 0;
        for (const Case &c : cases) {
            expectError([&] { a.uploadDocument(u"C-1"_s, c.in, admission::pdfInspector()); }, ErrorCode::BadInput, c.reason);
            ++refusals;
            QCOMPARE(f.audits(u"contractor.document.refuse"_s), refusals);
            QVERIFY2(f.lastAuditDetails(u"contractor.document.refuse"_s).contains(c.reason), c.name);
        }
        QCOMPARE(f.count(u"contractor_documents"_s), 0);
        QCOMPARE(f.count(u"content_blobs"_s), 0);

        // Issue #17: an expired document and a short insurance proof are stored (the record of what the company
        // handed in); the admission rule names them.
        a.uploadDocument(u"C-1"_s, {u"business_licence"_s, u"old.pdf"_s, pdf, QDate(2024, 1, 1), QDate(2026, 1, 1)}, admission::pdfInspector());
        a.uploadDocument(u"C-1"_s, {u"injury_insurance"_s, u"ins-short.pdf"_s, pdf, QDate(2026, 1, 1), QDate(2026, 12, 31), QDate(2026, 1, 1),
                                    QDate(2026, 2, 28)}, admission::pdfInspector());
        ContractorStanding st = a.standing(u"C-1"_s);
        QVERIFY(!st.admitted);
        QVERIFY2(st.reasons.contains(u"business_licence 'old.pdf': expired on 2026-01-01"_s), qPrintable(st.reasons.join(u'\n')));
        QVERIFY2(st.reasons.contains(u"injury_insurance 'ins-short.pdf': the payment proof covers from 2026-01-01, not the 6 months before "
                                     "today (from 2025-09-02 at the latest)"_s), qPrintable(st.reasons.join(u'\n')));
        QCOMPARE(f.count(u"contractor_documents"_s), 2);
        // Insurance proven paid for the last 6 months is accepted (without a stated period: issue..expiry).
        a.uploadDocument(u"C-1"_s, {u"injury_insurance"_s, u"ins.pdf"_s, pdf, QDate(2025, 9, 1), QDate(2026, 8, 31)}, admission::pdfInspector());
        st = a.standing(u"C-1"_s);
        QVERIFY2(!st.reasons.join(u'\n').contains(u"injury_insurance"_s), qPrintable(st.reasons.join(u'\n')));
        // Only a coordinator (contractor.edit) uploads.
        f.as(u"viewer"_s);
        expectError([&] { AdmissionDocuments(*f.ctx).uploadDocument(u"C-1"_s, {u"hse_agreement"_s, u"hse.pdf"_s, pdf, issued, expires},
                                                                  admission::pdfInspector()); },
                    ErrorCode::Forbidden, u"contractor.edit"_s);
        f.as(u"coord"_s);
        expiryTasks(f);
    }

private:
    /// (Part of refusals(), on its fixture: one site per backend keeps the program well under a minute.)
    void expiryTasks(AdmissionFixture &f)
    {
        f.store->exec(u"DELETE FROM contractor_documents"_s);
        AdmissionDocuments a(*f.ctx);
        const QByteArray pdf = makePdf();
        for (const QString &kind : ContractorService::documentKinds())
            a.uploadDocument(u"C-1"_s, {kind, kind + u".pdf"_s, pdf, QDate(2025, 9, 1), kind == u"hse_agreement"_s ? QDate(2026, 4, 1) : QDate(2027, 9, 1)},
                             admission::pdfInspector());
        ContractorService(*f.ctx).addCertificate(u"W-1"_s, {u"hot_work"_s, u"T-1"_s, QDate(2020, 4, 1), QDate(2026, 3, 20), {}});

        const HousekeepingResult r = Housekeeping::run(*f.store, f.clock);
        QVERIFY2(r.failed.isEmpty(), qPrintable(r.failed.join(u"; "_s)));
        const ExpiryTasks tasks(*f.ctx);
        const Table t = tasks.tasks();
        QStringList kinds;
        for (const QVariantList &row : t.rows)
            kinds << row[t.column(u"kind"_s)].toString() + u":"_s + row[t.column(u"contractor"_s)].toString() + u":"_s
                    + row[t.column(u"object"_s)].toString();
        kinds.sort();
        // C-1's HSE agreement expires within 45 days, W-1's certificate within 18; C-2 has no documents at all.
        QCOMPARE(kinds, (QStringList{u"certificate_expiry:C-1:hot_work"_s, u"document_expiry:C-1:hse_agreement"_s,
                                     u"document_missing:C-2:business_licence"_s, u"document_missing:C-2:hse_agreement"_s,
                                     u"document_missing:C-2:injury_insurance"_s, u"document_missing:C-2:qualification"_s}));
        QCOMPARE(f.audits(u"contractor.task.raise"_s), 6);
        // Idempotent: the next pass raises nothing new.
        Housekeeping::run(*f.store, f.clock);
        QCOMPARE(tasks.tasks().rows.size(), 6);
        // Renewing the agreement closes its task.
        a.uploadDocument(u"C-1"_s, {u"hse_agreement"_s, u"hse-2026.pdf"_s, makePdf(2), QDate(2026, 3, 1), QDate(2028, 3, 1)},
                         admission::pdfInspector());
        QCOMPARE(tasks.tasks().rows.size(), 5);
        QCOMPARE(tasks.tasks(false).rows.size(), 6);
    }
};

QTEST_MAIN(TestContractorDocuments)
#include "tst_contractor_documents.moc"
