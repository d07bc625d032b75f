// SPDX-License-Identifier: Apache-2.0
// Unit tests without servers: the latest-frame-wins slot, URL redaction and validation, evidence stills.
#include "modules/video/decode/Backoff.h"
#include "modules/video/decode/EvidenceSnapshot.h"
#include "modules/video/decode/FrameSlot.h"
#include "modules/video/decode/Probe.h"
#include "modules/video/decode/VideoLog.h"
#include "platform/util/Error.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl::video;

class TstVideoSlots : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void latestFrameWins_data();
    void latestFrameWins();
    void targetSize();
    void backoff_data();
    void backoff();
    void redactText_data();
    void redactText();
    void validateUrl_data();
    void validateUrl();
    void evidenceSnapshot();
    void evidenceRejectsEmptyFrame();

private:
    static VideoFrame frame(qint64 seq)
    {
        QImage img(4, 4, QImage::Format_RGB32);
        img.fill(QColor::fromRgb(int(seq % 256), 0, 0));
        return VideoFrame{img, seq, seq * 40, 1.0};
    }
};

void TstVideoSlots::latestFrameWins_data()
{
    QTest::addColumn<int>("puts");
    QTest::newRow("one") << 1;
    QTest::newRow("two") << 2;
    QTest::newRow("many") << 50;
}

void TstVideoSlots::latestFrameWins()
{
    QFETCH(int, puts);
    FrameSlot slot;
    for (int i = 1; i <= puts; ++i)
        QCOMPARE(slot.put(frame(i)), i == 1); // only the first put finds the slot empty
    QCOMPARE(slot.dropped(), qint64(puts - 1));
    const auto taken = slot.take();
    QVERIFY(taken.has_value());
    QCOMPARE(taken->sequence, qint64(puts));
    QCOMPARE(taken->image.pixelColor(0, 0).red(), puts % 256);
    QVERIFY(!slot.take().has_value()); // taken once
    QCOMPARE(slot.delivered(), qint64(1));
    QVERIFY(slot.put(frame(puts + 1))); // empty again: the consumer is notified again
}

void TstVideoSlots::targetSize()
{
    FrameSlot slot(QSize(480, 270));
    QCOMPARE(slot.targetSize(), QSize(480, 270));
    slot.setTargetSize(QSize(160, 90));
    QCOMPARE(slot.targetSize(), QSize(160, 90));
}

void TstVideoSlots::backoff_data()
{
    QTest::addColumn<int>("initial");
    QTest::addColumn<int>("max");
    QTest::addColumn<QList<int>>("delays");
    QTest::newRow("defaults") << 500 << 30000 << QList<int>{500, 1000, 2000, 4000, 8000, 16000, 30000, 30000};
    QTest::newRow("small cap") << 100 << 250 << QList<int>{100, 200, 250, 250};
}

void TstVideoSlots::backoff()
{
    QFETCH(int, initial);
    QFETCH(int, max);
    QFETCH(QList<int>, delays);
    Backoff b(initial, max);
    for (int expected : delays)
        QCOMPARE(b.next(), expected);
    b.reset(); // after a minute live: back to the first delay
    QCOMPARE(b.next(), initial);
}

void TstVideoSlots::redactText_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("rtsp user:pass") << u"rtsp://admin:S3cret@10.0.0.5:554/s1"_s << u"rtsp://***:***@10.0.0.5:554/s1"_s;
    QTest::newRow("inside text") << u"Connection to rtsp://u:p@h/x failed"_s << u"Connection to rtsp://***:***@h/x failed"_s;
    QTest::newRow("user only") << u"http://user@cam/video"_s << u"http://***:***@cam/video"_s;
    QTest::newRow("no credentials") << u"rtsp://10.0.0.5/s1"_s << u"rtsp://10.0.0.5/s1"_s;
    QTest::newRow("two urls") << u"a http://a:b@x/ b rtsp://c:d@y/"_s << u"a http://***:***@x/ b rtsp://***:***@y/"_s;
    QTest::newRow("at in path") << u"rtsp://cam/a@b"_s << u"rtsp://cam/a@b"_s;
}

void TstVideoSlots::redactText()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(gl::video::redactText(in), out);
}

void TstVideoSlots::validateUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("code"); // 0: accepted, else the ErrorCode
    QTest::newRow("rtsp") << u"rtsp://cam.example:554/stream1"_s << 0;
    QTest::newRow("rtsp credentials") << u"rtsp://admin:pw@10.1.1.1/s"_s << 0;
    QTest::newRow("http") << u"http://127.0.0.1:8080/video.mjpg"_s << 0;
    QTest::newRow("empty") << QString() << int(gl::ErrorCode::BadInput);
    QTest::newRow("scheme") << u"ftp://cam/x"_s << int(gl::ErrorCode::BadInput);
    QTest::newRow("no host") << u"rtsp:///stream"_s << int(gl::ErrorCode::BadInput);
    QTest::newRow("bad port") << u"rtsp://cam:99999/s"_s << int(gl::ErrorCode::BadInput);
    QTest::newRow("port text") << u"rtsp://cam:abc/s"_s << int(gl::ErrorCode::BadInput);
    QTest::newRow("missing file") << u"/nonexistent/clip.mp4"_s << int(gl::ErrorCode::NotFound);
    QTest::newRow("existing file") << QStringLiteral(GUARDLINE_SOURCE_DIR "/CMakeLists.txt") << 0;
}

void TstVideoSlots::validateUrl()
{
    QFETCH(QString, url);
    QFETCH(int, code);
    try {
        validateFeedUrl(url);
        QCOMPARE(0, code);
    } catch (const gl::Error &e) {
        QCOMPARE(int(e.code()), code);
        QVERIFY2(!e.message().contains(u"pw"_s), qPrintable(e.message()));
    }
}

void TstVideoSlots::evidenceSnapshot()
{
    QImage frame(640, 360, QImage::Format_RGB32);
    frame.fill(QColor(40, 120, 200));
    const QDateTime at(QDate(2026, 3, 2), QTime(9, 15, 2), QTimeZone(8 * 3600));
    const EvidenceSnapshot snap = makeEvidenceSnapshot(frame, u"Casting house 2 / east"_s, at);
    QCOMPARE(snap.size, frame.size());
    QCOMPARE(snap.sha256Hex, QCryptographicHash::hash(snap.jpeg, QCryptographicHash::Sha256).toHex());
    QCOMPARE(snap.sha256Hex.size(), 64);
    QVERIFY(snap.jpeg.startsWith("\xff\xd8"));
    QImage decoded;
    QVERIFY(decoded.loadFromData(snap.jpeg, "JPEG"));
    QCOMPARE(decoded.size(), frame.size());
    // the caption band is burned in at the bottom; the top stays the scene
    const QColor top = decoded.pixelColor(320, 20);
    QVERIFY(qAbs(top.blue() - 200) < 12);
    int bright = 0;
    for (int x = 0; x < 640; ++x) {
        for (int y = 330; y < 360; ++y)
            bright += decoded.pixelColor(x, y).lightness() > 200 ? 1 : 0;
    }
    QVERIFY2(bright > 50, "no caption text in the bottom band");
    QCOMPARE(decoded.pixelColor(630, 355).blue() < 150, true); // darkened band
    // same input, same bytes: the hash identifies the evidence
    QCOMPARE(makeEvidenceSnapshot(frame, u"Casting house 2 / east"_s, at).sha256Hex, snap.sha256Hex);
    QVERIFY(makeEvidenceSnapshot(frame, u"Casting house 2 / east"_s, at.addSecs(1)).sha256Hex != snap.sha256Hex);
}

void TstVideoSlots::evidenceRejectsEmptyFrame()
{
    QVERIFY_THROWS_EXCEPTION(gl::Error, makeEvidenceSnapshot(QImage(), u"cam"_s, QDateTime::currentDateTime()));
}

QTEST_MAIN(TstVideoSlots)
#include "tst_video_slots.moc"
