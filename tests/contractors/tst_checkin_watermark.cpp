// SPDX-License-Identifier: Apache-2.0
// The check-in panorama's timestamp watermark is read from the pixels (Tesseract on the bottom/top bands,
// OpenCV to prepare them), not taken from what the capture app declares: the formats camera apps print,
// bright and dark stamps, top and bottom bands, small and wide panoramas; then the service's decision on
// SQLite and PostgreSQL — a matching watermark is accepted, one 5 minutes off and a panorama without one
// are refused with the reason (audited, nothing stored), and without an OCR engine nothing is accepted.
#include "AdmissionFixture.h"
#include "modules/admission/intake/WatermarkOcr.h"
#include "modules/workspace/logic/QueryService.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;
using namespace gl::test;

namespace {

QByteArray encode(const QImage &img, int quality = 85)
{
    QByteArray jpg;
    QBuffer b(&jpg);
    b.open(QIODevice::WriteOnly);
    img.save(&b, "JPEG", quality);
    return jpg;
}

/// A stamp in the top-left corner in dark text on a light, busy background.
QImage topDarkStamp(const QString &stamp)
{
    QImage img(1600, 800, QImage::Format_RGB32);
    img.fill(QColor(225, 228, 220));
    QPainter p(&img);
    for (int i = 0; i < 30; ++i)
        p.fillRect(i * 55, 300 + (i % 5) * 40, 40, 300, QColor(150 + i * 3, 160, 170));
    QFont f(u"DejaVu Sans Mono"_s);
    f.setPixelSize(34);
    p.setFont(f);
    p.setPen(QColor(30, 30, 30));
    p.drawText(30, 60, stamp);
    p.end();
    return img;
}

} // namespace

class TestCheckinWatermark : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!admission::watermarkOcrAvailable())
            QSKIP("built without Tesseract");
        admission::installWatermarkReader();
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("iso") << u"2026-03-02 08:01:30"_s << u"2026-03-02 08:01:30"_s;
        QTest::newRow("slashes, no seconds") << u"2026/03/02 08:01"_s << u"2026-03-02 08:01"_s;
        QTest::newRow("dots, one-digit month") << u"2026.3.2 8:01:30"_s << u"2026-03-02 08:01:30"_s;
        QTest::newRow("ocr letters") << u"2O26-O3-O2 O8:Ol:3O"_s << u"2026-03-02 08:01:30"_s;
        QTest::newRow("no space") << u"2026-03-0208:01:30"_s << u"2026-03-02 08:01:30"_s;
        QTest::newRow("chinese") << u"2026年03月02日 08：01"_s << u"2026-03-02 08:01"_s;
        QTest::newRow("noise around") << u"Gate 1 | 2026-03-02 08:01:30 N31.95"_s << u"2026-03-02 08:01:30"_s;
        QTest::newRow("impossible date") << u"2026-13-45 08:01:30"_s << QString();
        QTest::newRow("no time") << u"2026-03-02"_s << QString();
        QTest::newRow("nothing") << u"Gate 1"_s << QString();
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QList<WatermarkTime> t = parseWatermarkTimes(text);
        QCOMPARE(t.isEmpty() ? QString() : t.first().text, expected);
    }

    void ocr_data()
    {
        QTest::addColumn<QByteArray>("photo");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("band");
        QTest::newRow("camera app, bottom right") << encode(panorama(u"2026-03-02 08:01:30"_s)) << u"2026-03-02 08:01:30"_s << u"bottom"_s;
        QTest::newRow("slashes without seconds") << encode(panorama(u"2026/03/02 08:02"_s)) << u"2026-03-02 08:02"_s << u"bottom"_s;
        QTest::newRow("small photo") << encode(panorama(u"2026-03-02 17:45:09"_s, 640), 75) << u"2026-03-02 17:45:09"_s << u"bottom"_s;
        QTest::newRow("wide panorama") << encode(panorama(u"2026-11-30 23:59:58"_s, 4000)) << u"2026-11-30 23:59:58"_s << u"bottom"_s;
        QTest::newRow("dark text, top left") << encode(topDarkStamp(u"2026-03-02 06:59:00"_s)) << u"2026-03-02 06:59:00"_s << u"top"_s;
        QTest::newRow("no watermark") << encode(panorama(QString())) << QString() << QString();
    }
    void ocr()
    {
        QFETCH(QByteArray, photo);
        QFETCH(QString, expected);
        QFETCH(QString, band);
        const WatermarkReading r = watermarkReader()->read(photo);
        QVERIFY2((r.times.isEmpty() ? QString() : r.times.first().text) == expected, qPrintable(u"OCR text: "_s + r.ocrText));
        QCOMPARE(r.band, band);
    }

    void demoPanoramaReadsBack()
    {
        const QByteArray jpg = watermarkReader()->demoPanorama(u"2026-03-02 05:02:15"_s, 3);
        QVERIFY(jpg.startsWith("\xFF\xD8\xFF"));
        const WatermarkReading r = watermarkReader()->read(jpg);
        QVERIFY2(!r.times.isEmpty(), qPrintable(r.ocrText));
        QCOMPARE(r.times.first().text, u"2026-03-02 05:02:15"_s);
    }

    void decision_data() { addBackendRows(); }
    void decision()
    {
        QFETCH(Backend, backend);
        AdmissionFixture f(backend);
        GL_REQUIRE_BACKEND(f);
        f.admit(u"C-1"_s);
        CheckinService a(*f.ctx);
        GateDevices(*f.ctx).addDevice(u"TAB"_s, u"Gate tablet"_s);
        const auto [lat, lon] = f.gps(609, 28);
        auto input = [&](const QString &worker, const QString &watermark) {
            CheckinInput in;
            in.worker = worker;
            in.gate = u"GATE-1"_s;
            in.lat = lat;
            in.lon = lon;
            in.accuracyM = 5;
            in.at = AdmissionFixture::at(u"2026-03-02T08:00:00"_s);
            in.photo = jpeg("2026:03:02 08:00:40", {}, watermark);
            in.exifTime = u"2026-03-02T08:00:40"_s;
            return in;
        };
        auto refusal = [&](const CheckinInput &in) {
            try {
                a.checkIn(u"TAB"_s, in, f.layout);
            } catch (const Error &e) {
                return e.message();
            }
            return QString();
        };

        // 5 minutes off (and a bit): refused with the watermark and the skew.
        QString why = refusal(input(u"W-1"_s, u"2026-03-02 08:05:20"_s));
        QVERIFY2(why.contains(u"field 'photo': the timestamp watermark 2026-03-02 08:05:20 is 320 s from the check-in time (allowed ±300 s)"_s),
                 qPrintable(why));
        // None: refused with the reason.
        why = refusal(input(u"W-1"_s, QString()));
        QVERIFY2(why.contains(u"no timestamp watermark found in the panorama"_s), qPrintable(why));
        QCOMPARE(f.audits(u"checkin.refuse"_s), 2);
        QVERIFY(f.lastAuditDetails(u"checkin.refuse"_s).contains(u"no timestamp watermark found"_s));
        QCOMPARE(f.count(u"checkins"_s), 0);
        QCOMPARE(f.count(u"content_blobs"_s), 0);

        // The declared time is only a cross-check: it cannot replace an unreadable watermark...
        CheckinInput declaredOnly = input(u"W-1"_s, QString());
        declaredOnly.watermarkAt = declaredOnly.at;
        QVERIFY(refusal(declaredOnly).contains(u"no timestamp watermark found"_s));
        // ...and must agree with what the pixels say.
        CheckinInput lying = input(u"W-1"_s, u"2026-03-02 08:04:00"_s);
        lying.watermarkAt = lying.at;
        QVERIFY(refusal(lying).contains(u"does not match the timestamp watermark 2026-03-02 08:04:00"_s));

        // Matching: accepted, the watermark read is stored and audited.
        CheckinInput good = input(u"W-1"_s, u"2026-03-02 08:00:41"_s);
        good.watermarkAt = AdmissionFixture::at(u"2026-03-02T08:00:41"_s);
        const CheckinResult r = a.checkIn(u"TAB"_s, good, f.layout);
        QCOMPARE(r.watermark, u"2026-03-02 08:00:41"_s);
        QCOMPARE(f.store->scalar(u"SELECT watermark_at FROM checkins WHERE id = ?"_s, {r.id}).toLongLong(),
                 AdmissionFixture::at(u"2026-03-02T08:00:41"_s));
        QVERIFY(f.lastAuditDetails(u"checkin.accept"_s).contains(u"\"watermark\":\"2026-03-02 08:00:41\""_s)
                || f.lastAuditDetails(u"checkin.accept"_s).contains(u"\"watermark\": \"2026-03-02 08:00:41\""_s));
        QCOMPARE(QueryService(*f.ctx).onSite().rows.size(), 1);

        // Issue #17: a worker of a contractor that is not admitted (C-2 holds no documents) does not come in.
        why = refusal(input(u"W-3"_s, u"2026-03-02 08:00:41"_s));
        QVERIFY2(why.contains(u"field 'contractor': contractor 'C-2' is not admitted: business_licence: no document on file"_s), qPrintable(why));
        QCOMPARE(f.count(u"checkins"_s), 1);

        // Without an OCR engine nothing is accepted on the declared time alone.
        installWatermarkReader(nullptr);
        why = refusal(input(u"W-2"_s, u"2026-03-02 08:00:41"_s));
        admission::installWatermarkReader(); // once per process: put the reader back by hand
        gl::installWatermarkReader(admission::makeWatermarkReader());
        QVERIFY2(why.contains(u"no OCR engine"_s), qPrintable(why));
        QCOMPARE(f.count(u"checkins"_s), 1);
    }
};

QTEST_MAIN(TestCheckinWatermark)
#include "tst_checkin_watermark.moc"
