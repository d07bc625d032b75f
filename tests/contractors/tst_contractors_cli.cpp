// SPDX-License-Identifier: Apache-2.0
// guardlinectl's contractor-admission commands on a small site (the demo layout, two contractors): documents (accepted, refused with exit 2
// and the reason, audited), whitelist import with a malformed row (refused naming the line, then
// confirmed), registry verification offline, coordinator tasks, gate QR codes (PNG + PDF), device tokens
// and the intake serving a real check-in.
#include "AdmissionFixture.h"
#include "modules/admission/intake/PdfCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl::test;

class TestContractorsCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<AdmissionFixture> m_site;
    struct Run {
        int code = -1;
        QByteArray out, err;
    };
    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"GUARDLINE_NOW"_s, u"2026-03-02T10:30:00+08:00"_s);
        e.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        e.insert(u"GUARDLINE_PLUGIN_PATH"_s, QStringLiteral(GUARDLINE_BINARY_DIR "/plugins"));
        // The store has accounts: every change is signed in (issue #17), here as the contractor coordinator.
        e.insert(u"GUARDLINE_USER"_s, u"coord"_s);
        e.insert(u"GUARDLINE_PASSWORD"_s, u"a long enough password"_s);
        return e;
    }
    Run ctl(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(QStringLiteral(GUARDLINE_BINARY_DIR "/bin/guardlinectl"), QStringList{u"--db"_s, m_db} + args);
        if (!p.waitForFinished(120000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }
    QString file(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return f.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_site = std::make_unique<AdmissionFixture>(gl::Backend::Sqlite);
        QVERIFY(m_site->available());
        m_site->admit(u"C-1"_s); // W-1 checks in below; C-2 stays without documents (coordinator tasks)
        m_db = m_site->url();
    }

    void documents()
    {
        const QString pdf = file(u"licence.pdf"_s, makePdf(2));
        Run r = ctl({u"contractors"_s, u"add-document"_s, u"--contractor"_s, u"C-1"_s, u"--kind"_s, u"business_licence"_s, u"--file"_s, pdf,
                     u"--issued"_s, u"2026-01-05"_s, u"--expires"_s, u"2036-01-04"_s, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc.value(u"pages"_s).toInt(), 2);
        QCOMPARE(doc.value(u"state"_s).toString(), u"valid"_s);
        const QByteArray whole = makePdf();
        const QString cut = file(u"cut.pdf"_s, whole.left(whole.size() / 2));
        r = ctl({u"contractors"_s, u"add-document"_s, u"--contractor"_s, u"C-1"_s, u"--kind"_s, u"hse_agreement"_s, u"--file"_s, cut,
                 u"--issued"_s, u"2026-01-05"_s, u"--expires"_s, u"2036-01-04"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("cut.pdf: field 'file': truncated PDF"), r.err.constData());
        r = ctl({u"audit"_s, u"verify"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        auto db = gl::Database::open(gl::DbUrl::parse(m_db));
        QCOMPARE(db->scalar(u"SELECT count(*) FROM audit_log WHERE action = 'contractor.document.refuse'"_s).toInt(), 1);
    }

    void whitelist()
    {
        const QString csv = file(u"acs.csv"_s, "worker,contractor,card,valid_until\nW-1,C-1,1001,2026-12-31\nW-2,C-1,1002,2026-02-30\n"
                                               "W-3,C-2,1003,\n");
        Run r = ctl({u"whitelist"_s, u"import"_s, u"--csv"_s, csv});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("line 3: field 'valid_until'"), r.err.constData());
        r = ctl({u"whitelist"_s, u"import"_s, u"--csv"_s, csv, u"--confirm"_s, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"rows"_s).toInt(), 2);
        QCOMPARE(o.value(u"skipped"_s).toArray().size(), 1);
        QCOMPARE(o.value(u"added"_s).toArray().size(), 2);
        r = ctl({u"whitelist"_s, u"import"_s, u"--csv"_s, file(u"acs2.csv"_s, "worker,card\nW-1,1001\nW-2,1002\n"), u"--dry-run"_s,
                 u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject d = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(d.value(u"added"_s).toArray(), QJsonArray{u"W-2"_s});
        QCOMPARE(d.value(u"removed"_s).toArray(), QJsonArray{u"W-3"_s});
    }

    void registryOfflineAndTasks()
    {
        Run r = ctl({u"contractors"_s, u"verify"_s, u"C-2"_s, u"--json"_s});
        QCOMPARE(r.code, 1);
        const QJsonObject res = QJsonDocument::fromJson(r.out).object().value(u"results"_s).toArray().first().toObject();
        QCOMPARE(res.value(u"state"_s).toString(), u"unverified"_s);
        r = ctl({u"contractors"_s, u"tasks"_s, u"--json"_s});
        QCOMPARE(r.code, 0); // tasks are raised by housekeeping; the list may be empty before its first pass
        r = ctl({u"housekeeping"_s});
        r = ctl({u"contractors"_s, u"tasks"_s, u"--json"_s});
        QVERIFY2(!QJsonDocument::fromJson(r.out).object().value(u"tasks"_s).toArray().isEmpty(), r.out.constData());
    }

    void gateCodes()
    {
        const QString out = m_dir.filePath(u"qr"_s);
        const Run r = ctl({u"gates"_s, u"qr"_s, u"--out"_s, out, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QImage png(out + u"/gate-GATE-1.png"_s);
        QVERIFY(!png.isNull());
        QVERIFY(png.width() > 300);
        QFile pdf(out + u"/gates.pdf"_s);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const gl::PdfFacts facts = gl::admission::inspectPdf(pdf.readAll());
        QVERIFY2(facts.problem.isEmpty(), qPrintable(facts.problem));
        QCOMPARE(facts.pages, 2); // GATE-1, GATE-2
        // The gate codes, names and payloads are text on the sheet (not a picture of text): searchable.
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils, scripts/deps.sh) is not installed");
        for (int page = 1; page <= 2; ++page) {
            QProcess text;
            text.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, u"-f"_s, QString::number(page), u"-l"_s, QString::number(page),
                                        pdf.fileName(), u"-"_s});
            QVERIFY(text.waitForFinished(30000));
            QCOMPARE(text.exitCode(), 0);
            const QString content = QString::fromUtf8(text.readAllStandardOutput());
            const QString code = u"GATE-%1"_s.arg(page);
            QVERIFY2(content.contains(code + u" — "_s), qPrintable(content));
            QVERIFY2(content.contains(u"guardline:gate:"_s) && content.contains(u":"_s + code), qPrintable(content));
        }
    }

    void intakeServes()
    {
        Run r = ctl({u"intake"_s, u"device"_s, u"TAB-TEST"_s, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString token = QJsonDocument::fromJson(r.out).object().value(u"token"_s).toString();
        QVERIFY(token.startsWith(u"gld_"_s));
        QProcess server;
        server.setProcessEnvironment(env());
        server.start(QStringLiteral(GUARDLINE_BINARY_DIR "/bin/guardlinectl"),
                     {u"--db"_s, m_db, u"intake"_s, u"serve"_s, u"--listen"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s});
        QVERIFY(server.waitForReadyRead(30000));
        const QByteArray line = server.readLine();
        const int port = line.mid(line.lastIndexOf(':') + 1).trimmed().toInt();
        QVERIFY2(port > 0, line.constData());
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(u"http://127.0.0.1:%1/api/v1/checkins"_s.arg(port)));
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        // 40 m accuracy: refused with the reason. The time is the server's ($GUARDLINE_NOW), so that the
        // check-in is judged on its accuracy whatever day the test runs.
        const QJsonObject body{{u"worker"_s, u"W-1"_s}, {u"gate"_s, u"GATE-1"_s},
                               {u"time"_s, u"2026-03-02T10:30:00+08:00"_s},
                               {u"lat"_s, 31.9503}, {u"lon"_s, 120.8864}, {u"accuracy_m"_s, 40}, {u"photo_base64"_s, u""_s}};
        QNetworkReply *reply = nam.post(req, QJsonDocument(body).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(20000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 422);
        const QString reason = QJsonDocument::fromJson(reply->readAll()).object().value(u"reason"_s).toString();
        QVERIFY2(reason.contains(u"worse than the 15 m"_s), qPrintable(reason));
        delete reply;
        server.terminate();
        QVERIFY(server.waitForFinished(10000));

        // Plain HTTP on an address that is not loopback: refused at start, with the way out.
        r = ctl({u"intake"_s, u"serve"_s, u"--listen"_s, u"0.0.0.0"_s, u"--port"_s, u"0"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("refusing plain HTTP on 0.0.0.0, which is not a loopback address")
                     && r.err.contains("--tls-cert"), r.err.constData());
    }
};

QTEST_MAIN(TestContractorsCli)
#include "tst_contractors_cli.moc"
