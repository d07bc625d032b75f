// SPDX-License-Identifier: Apache-2.0
// The demo's hazard photos, synthesized deterministically from two real photographs compiled in
// (resources/demo.qrc → tests/data/vision): a crop per "place", a defect painted into its region, the
// equipment's QR label, a small change of viewpoint and light for the after / re-inspection photos, and an
// EXIF DateTimeOriginal so the photo timeline shows camera times.
#include "demo/DemoPhotos.h"
#include "modules/hazards/logic/HazardPhotos.h"
#include "platform/util/Error.h"

#include <QDateTime>
#include <QFile>
#include <QTimeZone>
#include <QtEndian>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE must be used outside any namespace (resources/demo.qrc, in a static library).
static void initDemoResources() { Q_INIT_RESOURCE(demo); }

namespace gl::demo {

namespace {

constexpr int W = 640, H = 480, Variants = 6;

cv::Mat resourceImage(const QString &path)
{
    initDemoResources();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        fail(ErrorCode::Storage, path % u": demo photo resource missing"_s);
    const QByteArray b = f.readAll();
    return cv::imdecode(cv::Mat(1, int(b.size()), CV_8U, const_cast<char *>(b.constData())), cv::IMREAD_COLOR);
}

const cv::Mat &scene(int which)
{
    static const cv::Mat a = resourceImage(u":/guardline/demo/hazard-scene.jpg"_s);
    static const cv::Mat b = resourceImage(u":/guardline/demo/hazard-place.jpg"_s);
    return which == 0 ? a : b;
}

/// The place of a variant: a crop of one of the two photographs, at W x H.
cv::Mat place(int variant)
{
    const cv::Mat &src = scene(variant % 2);
    const int k = variant / 2; // 0..2: three crops per photograph
    const int cw = src.cols * 4 / 5, ch = src.rows * 4 / 5;
    const int x = (src.cols - cw) * k / 2, y = (src.rows - ch) * (2 - k) / 2;
    cv::Mat out;
    cv::resize(src(cv::Rect(x, y, cw, ch)), out, cv::Size(W, H), 0, 0, cv::INTER_AREA);
    return out;
}

cv::Rect defectRect(int variant)
{
    const int v = ((variant % Variants) + Variants) % Variants;
    return {150 + 40 * (v % 3), 120 + 30 * (v % 2), 220, 170};
}

void drawDefect(cv::Mat &img, const cv::Rect &r, int variant)
{
    // Hazard tape and an oil/chemical spill: high contrast, so its removal is a clear change.
    cv::Mat roi = img(r);
    for (int i = -r.height; i < r.width; i += 28)
        cv::line(roi, {i, r.height}, {i + r.height, 0}, (i / 28) % 2 ? cv::Scalar(0, 215, 255) : cv::Scalar(20, 20, 20), 12);
    cv::ellipse(roi, {r.width / 2, r.height / 2}, {r.width / 3 + variant * 3, r.height / 4}, 15.0 * variant, 0, 360,
                cv::Scalar(25, 40, 60), cv::FILLED, cv::LINE_AA);
    cv::putText(roi, "!", {r.width / 2 - 10, r.height / 2 + 18}, cv::FONT_HERSHEY_DUPLEX, 1.6, cv::Scalar(0, 0, 230), 3);
}

void drawQrLabel(cv::Mat &img, const QString &text, const cv::Rect &avoid)
{
    if (text.isEmpty())
        return;
    cv::Mat code;
    cv::Ptr<cv::QRCodeEncoder> enc = cv::QRCodeEncoder::create();
    enc->encode(text.toStdString(), code);
    if (code.empty())
        return;
    const int side = 132; // module size ~4-5 px: readable after the demo's viewpoint changes
    cv::Mat big;
    cv::resize(code, big, cv::Size(side, side), 0, 0, cv::INTER_NEAREST);
    cv::Mat bgr;
    cv::cvtColor(big, bgr, cv::COLOR_GRAY2BGR);
    // Bottom-right corner unless the defect is there, then bottom-left.
    cv::Rect at(W - side - 28, H - side - 28, side, side);
    if ((at & avoid).area() > 0)
        at.x = 28;
    cv::rectangle(img, cv::Rect(at.x - 12, at.y - 12, side + 24, side + 24), cv::Scalar(255, 255, 255), cv::FILLED);
    bgr.copyTo(img(at));
}

cv::Mat viewpoint(const cv::Mat &img, double angleDeg, double scale, double dx, double dy, double gain)
{
    cv::Mat m = cv::getRotationMatrix2D({W / 2.0f, H / 2.0f}, angleDeg, scale);
    m.at<double>(0, 2) += dx;
    m.at<double>(1, 2) += dy;
    cv::Mat out;
    cv::warpAffine(img, out, m, img.size(), cv::INTER_LINEAR, cv::BORDER_REFLECT);
    out.convertTo(out, -1, gain, 0);
    return out;
}

/// Inserts an APP1 "Exif" segment with DateTimeOriginal and OffsetTimeOriginal (+00:00) after SOI.
QByteArray withExifTime(QByteArray jpeg, qint64 takenAtMs)
{
    if (takenAtMs <= 0 || jpeg.size() < 4)
        return jpeg;
    const QByteArray when = QDateTime::fromMSecsSinceEpoch(takenAtMs, QTimeZone::utc()).toString(u"yyyy:MM:dd HH:mm:ss"_s).toLatin1() + '\0';
    const QByteArray offset("+00:00\0", 7);
    QByteArray tiff("II*\0", 4);
    auto u16 = [&tiff](quint16 v) { char b[2]; qToLittleEndian(v, b); tiff.append(b, 2); };
    auto u32 = [&tiff](quint32 v) { char b[4]; qToLittleEndian(v, b); tiff.append(b, 4); };
    u32(8);
    u16(1);                                     // IFD0: one entry
    u16(0x8769); u16(4); u32(1); u32(26);       // → Exif IFD at 26
    u32(0);
    u16(2);                                     // Exif IFD: two entries
    u16(0x9003); u16(2); u32(20); u32(56);      // DateTimeOriginal at 56
    u16(0x9011); u16(2); u32(7); u32(76);       // OffsetTimeOriginal at 76
    u32(0);
    tiff.append(when);
    tiff.append(offset);
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray seg("\xFF\xE1", 2);
    char len[2];
    qToBigEndian(quint16(payload.size() + 2), len);
    seg.append(len, 2);
    seg.append(payload);
    jpeg.insert(2, seg);
    return jpeg;
}

QByteArray encode(const cv::Mat &img, qint64 takenAtMs)
{
    std::vector<uchar> buf;
    cv::imencode(".jpg", img, buf, {cv::IMWRITE_JPEG_QUALITY, 85});
    return withExifTime(QByteArray(reinterpret_cast<const char *>(buf.data()), qsizetype(buf.size())), takenAtMs);
}

} // namespace

QRect demoDefectRegion(int variant)
{
    const cv::Rect r = defectRect(variant);
    return QRect(r.x, r.y, r.width, r.height);
}

QByteArray demoPhoto(const QString &kind, int variant, const QString &qrText, bool defectPresent, qint64 takenAtMs)
{
    variant = ((variant % Variants) + Variants) % Variants;
    if (kind == QString::fromUtf16(photo::Face)) {
        initDemoResources();
        QFile f(u":/guardline/demo/hazard-face.jpg"_s);
        if (!f.open(QIODevice::ReadOnly))
            fail(ErrorCode::Storage, u"demo face photo resource missing"_s);
        return withExifTime(f.readAll(), takenAtMs);
    }
    if (kind == QString::fromUtf16(photo::Panorama)) {
        cv::Mat img;
        cv::resize(scene(variant % 2), img, cv::Size(W, H), 0, 0, cv::INTER_AREA);
        // The area sign: a green board with the area code.
        const cv::Rect sign(24, 24, 230, 70);
        cv::rectangle(img, sign, cv::Scalar(60, 140, 20), cv::FILLED);
        cv::rectangle(img, sign, cv::Scalar(255, 255, 255), 3);
        cv::putText(img, ("AREA " + qrText.section(u'-', 0, 0).toStdString()), {sign.x + 14, sign.y + 46},
                    cv::FONT_HERSHEY_DUPLEX, 1.1, cv::Scalar(255, 255, 255), 2, cv::LINE_AA);
        return encode(img, takenAtMs);
    }
    const cv::Rect region = defectRect(variant);
    cv::Mat img = place(variant);
    if (defectPresent)
        drawDefect(img, region, variant);
    drawQrLabel(img, qrText, region);
    if (kind == QString::fromUtf16(photo::After))
        img = viewpoint(img, 1.5, 1.03, 6, -4, 1.08);
    else if (kind == QString::fromUtf16(photo::Reinspection))
        img = viewpoint(img, -1.0, 0.98, -5, 3, 0.95);
    return encode(img, takenAtMs);
}

} // namespace gl::demo
