// SPDX-License-Identifier: Apache-2.0
// The electronic work ticket: a PDF with every section, rendered to PNG by pdftoppm, whose QR code OpenCV's
// QRCodeDetector decodes back to the permit id + SHA-256 that verifies against the database (both backends).
#include "platform/services/SiteTime.h"
#include "modules/permits/ticket/QrCode.h"
#include "modules/permits/ticket/TicketRenderer.h"
#include "PermitFixture.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/objdetect.hpp>
#include <opencv2/wechat_qrcode.hpp>

using namespace Qt::StringLiterals;
using namespace gl;
using test::PermitFixture;

namespace {

QString decodeQr(const QString &png)
{
    const cv::Mat img = cv::imread(png.toStdString(), cv::IMREAD_GRAYSCALE);
    if (img.empty())
        return u"UNREADABLE"_s;
    cv::QRCodeDetector detector;
    if (const std::string text = detector.detectAndDecode(img); !text.empty())
        return QString::fromStdString(text);
    // Debian's OpenCV is built without QUIRC, so QRCodeDetector finds the code but cannot decode it: OpenCV's
    // WeChat decoder (ZXing-based, contrib) does, without its optional CNN models.
    cv::wechat_qrcode::WeChatQRCode wechat;
    const std::vector<std::string> texts = wechat.detectAndDecode(img);
    return texts.empty() ? QString() : QString::fromStdString(texts.front());
}

} // namespace

class TestPermitTicket : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void qrRoundTrip()
    {
        QTemporaryDir dir;
        const QString text = u"guardline-permit:HW-0101:"_s + QString(64, u'a');
        QVERIFY(tickets::qrImage(text, 6).save(dir.filePath(u"qr.png"_s)));
        QCOMPARE(decodeQr(dir.filePath(u"qr.png"_s)), text);
    }

    void ticketPdfDecodesAndVerifies_data() { test::addBackendRows(); }
    void ticketPdfDecodesAndVerifies()
    {
        QFETCH(Backend, backend);
        if (QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty())
            QSKIP("pdftoppm (poppler-utils) is not installed");
        PermitFixture f(backend);
        GL_REQUIRE_BACKEND(f);
        f.makeActive(f.input(u"HW-7"_s, u"hot_work"_s, u"special"_s, f.t0, 8, 75, 75));
        f.as(u"viewer"_s);
        const TicketIssue issue = f.permits().issueTicket(u"HW-7"_s);
        QVERIFY(!issue.card.cameras.isEmpty()); // special hot work shows its bound cameras
        const QByteArray pdf = tickets::renderTicketPdf(issue, "Asia/Shanghai");
        QVERIFY(pdf.startsWith("%PDF"));
        QTemporaryDir dir;
        QFile out(dir.filePath(u"ticket.pdf"_s));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(pdf);
        out.close();
        if (qEnvironmentVariableIsSet("GUARDLINE_KEEP_TICKET")) // for looking at it
            QFile::copy(out.fileName(), qEnvironmentVariable("GUARDLINE_KEEP_TICKET") + u".pdf"_s);

        // Every section, the Chinese names, the permit code and its times are in the text layer as printed:
        // no ligature ("Certificates", "Sign-offs"), no CJK radical for an ideograph (⼆ for 二, ⼈ for 人).
        QProcess text;
        text.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, u"-layout"_s, out.fileName(), u"-"_s});
        QVERIFY(text.waitForFinished(30000));
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        const permits::PermitRecord &p = issue.card.permit;
        for (const QString &needle : {u"安全作业票"_s, u"HW-7"_s, u"编号 No. HW-7"_s, u"特级"_s, u"监护"_s, u"Guardian One"_s,
                                      u"W-1"_s, u"hot_work T-W-1hot_work"_s, u"CAM-01"_s, u"审批"_s, u"20.8"_s, issue.sha256,
                                      u"二、作业人员及证书 Workers and certificates"_s, u"Certificates"_s, u"Sign-offs"_s,
                                      u"2026-03-02 08:00"_s, siteTimeText(p.startsAt, "Asia/Shanghai"),
                                      siteTimeText(p.endsAt, "Asia/Shanghai"),
                                      siteTimeText(issue.issuedAt, "Asia/Shanghai")})
            QVERIFY2(content.contains(needle), qPrintable(u"missing '%1' in:\n%2"_s.arg(needle, content)));
        for (const QChar c : content) {
            QVERIFY2(!(c.unicode() >= 0xfb00 && c.unicode() <= 0xfb06), qPrintable(u"a ligature in the ticket text: "_s + c));
            QVERIFY2(!(c.unicode() >= 0x2e80 && c.unicode() <= 0x2fdf), qPrintable(u"a CJK radical in the ticket text: "_s + c));
        }

        QProcess render;
        render.start(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"150"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, out.fileName(), dir.filePath(u"page"_s)});
        QVERIFY(render.waitForFinished(60000));
        QCOMPARE(render.exitCode(), 0);
        QString png = dir.filePath(u"page-1.png"_s);
        if (!QFile::exists(png))
            png = dir.filePath(u"page-01.png"_s);
        const QString decoded = decodeQr(png);
        QCOMPARE(decoded, issue.qrText);
        QString code, hash;
        QVERIFY(PermitService::parseQrText(decoded, &code, &hash));
        QVERIFY(f.permits().verifyTicket(code, hash).valid);
        if (qEnvironmentVariableIsSet("GUARDLINE_KEEP_TICKET"))
            QFile::copy(png, qEnvironmentVariable("GUARDLINE_KEEP_TICKET") + u".png"_s);
    }
};

QTEST_MAIN(TestPermitTicket)
#include "tst_permit_ticket.moc"
