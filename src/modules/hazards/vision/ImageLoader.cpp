// SPDX-License-Identifier: Apache-2.0
#include "modules/hazards/vision/ImageLoader.h"

#include "modules/hazards/vision/VisionLog.h"
#include "platform/util/Error.h"

#include <QFile>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <climits>
#include <exception>
#include <cstdlib>
#include <cstring>

using namespace Qt::StringLiterals;

namespace gl::vision {
namespace {

quint32 be16(const QByteArray &d, qsizetype at) { return quint8(d[at]) << 8 | quint8(d[at + 1]); }
quint32 le16(const QByteArray &d, qsizetype at) { return quint8(d[at]) | quint8(d[at + 1]) << 8; }
quint32 be32(const QByteArray &d, qsizetype at) { return be16(d, at) << 16 | be16(d, at + 2); }
quint32 le32(const QByteArray &d, qsizetype at) { return le16(d, at) | le16(d, at + 2) << 16; }

bool isSofMarker(quint8 m)
{
    return (m >= 0xC0 && m <= 0xCF) && m != 0xC4 && m != 0xC8 && m != 0xCC;
}

std::optional<cv::Size> jpegSize(const QByteArray &d)
{
    qsizetype at = 2;
    while (at + 4 <= d.size()) {
        if (quint8(d[at]) != 0xFF)
            return std::nullopt;
        const quint8 m = quint8(d[at + 1]);
        if (m == 0xFF) {
            ++at;
            continue;
        }
        if (m == 0xD8 || (m >= 0xD0 && m <= 0xD7) || m == 0x01) {
            at += 2;
            continue;
        }
        if (m == 0xDA || m == 0xD9)
            return std::nullopt; // image data before any frame header
        const qsizetype len = be16(d, at + 2);
        if (len < 2 || at + 2 + len > d.size())
            return std::nullopt;
        if (isSofMarker(m)) {
            if (len < 7)
                return std::nullopt;
            return cv::Size(int(be16(d, at + 7)), int(be16(d, at + 5)));
        }
        at += 2 + len;
    }
    return std::nullopt;
}

std::optional<cv::Size> pngSize(const QByteArray &d)
{
    if (d.size() < 24 || d.mid(12, 4) != "IHDR")
        return std::nullopt;
    const quint32 w = be32(d, 16), h = be32(d, 20);
    if (w > 0x7fffffff || h > 0x7fffffff)
        return std::nullopt;
    return cv::Size(int(w), int(h));
}

std::optional<cv::Size> webpSize(const QByteArray &d)
{
    if (d.size() < 32)
        return std::nullopt;
    const QByteArray chunk = d.mid(12, 4);
    if (chunk == "VP8X")
        return cv::Size(int((le32(d, 24) & 0xFFFFFF) + 1), int((le32(d, 27) & 0xFFFFFF) + 1));
    if (chunk == "VP8L") {
        if (quint8(d[20]) != 0x2F)
            return std::nullopt;
        const quint32 bits = le32(d, 21);
        return cv::Size(int((bits & 0x3FFF) + 1), int(((bits >> 14) & 0x3FFF) + 1));
    }
    if (chunk == "VP8 ") {
        if (quint8(d[23]) != 0x9D || quint8(d[24]) != 0x01 || quint8(d[25]) != 0x2A)
            return std::nullopt;
        return cv::Size(int(le16(d, 26) & 0x3FFF), int(le16(d, 28) & 0x3FFF));
    }
    return std::nullopt;
}

std::optional<cv::Size> tiffSize(const QByteArray &d)
{
    const bool little = d.startsWith("II");
    auto u16 = [&](qsizetype at) { return little ? le16(d, at) : be16(d, at); };
    auto u32 = [&](qsizetype at) { return little ? le32(d, at) : be32(d, at); };
    if (d.size() < 8)
        return std::nullopt;
    const qsizetype ifd = u32(4);
    if (ifd < 8 || ifd + 2 > d.size())
        return std::nullopt;
    const quint32 n = u16(ifd);
    qint64 w = -1, h = -1;
    for (quint32 i = 0; i < n; ++i) {
        const qsizetype e = ifd + 2 + 12 * qsizetype(i);
        if (e + 12 > d.size())
            return std::nullopt;
        const quint32 tag = u16(e), type = u16(e + 2);
        const qint64 v = type == 3 ? qint64(u16(e + 8)) : type == 4 ? qint64(u32(e + 8)) : -1;
        if (tag == 256)
            w = v;
        else if (tag == 257)
            h = v;
    }
    if (w <= 0 || h <= 0 || w > 0x7fffffff || h > 0x7fffffff)
        return std::nullopt;
    return cv::Size(int(w), int(h));
}

std::optional<cv::Size> bmpSize(const QByteArray &d)
{
    if (d.size() < 26)
        return std::nullopt;
    const auto w = qint32(le32(d, 18)), h = qint32(le32(d, 22));
    if (w <= 0 || h == 0 || h == INT32_MIN)
        return std::nullopt;
    return cv::Size(w, std::abs(h));
}

bool pngIsComplete(const QByteArray &d)
{
    qsizetype at = 8;
    while (at + 12 <= d.size()) {
        const qint64 len = be32(d, at);
        const QByteArray type = d.mid(at + 4, 4);
        if (type == "IEND")
            return true;
        at += 12 + len;
    }
    return false;
}

[[noreturn]] void refuse(const QString &name, const QString &why)
{
    fail(ErrorCode::BadInput, name % u": "_s % why);
}

} // namespace

QString formatName(ImageFormat f)
{
    switch (f) {
    case ImageFormat::Jpeg: return u"JPEG"_s;
    case ImageFormat::Png: return u"PNG"_s;
    case ImageFormat::WebP: return u"WebP"_s;
    case ImageFormat::Tiff: return u"TIFF"_s;
    case ImageFormat::Bmp: return u"BMP"_s;
    case ImageFormat::Unknown: break;
    }
    return u"unknown"_s;
}

ImageFormat sniffFormat(const QByteArray &head)
{
    if (head.startsWith("\xFF\xD8\xFF"))
        return ImageFormat::Jpeg;
    if (head.startsWith("\x89PNG\r\n\x1A\n"))
        return ImageFormat::Png;
    if (head.size() >= 12 && head.startsWith("RIFF") && head.mid(8, 4) == "WEBP")
        return ImageFormat::WebP;
    if (head.startsWith(QByteArray("II*\0", 4)) || head.startsWith(QByteArray("MM\0*", 4)))
        return ImageFormat::Tiff;
    if (head.size() >= 26 && head.startsWith("BM"))
        return ImageFormat::Bmp;
    return ImageFormat::Unknown;
}

std::optional<cv::Size> readHeaderSize(const QByteArray &data, ImageFormat format)
{
    switch (format) {
    case ImageFormat::Jpeg: return jpegSize(data);
    case ImageFormat::Png: return pngSize(data);
    case ImageFormat::WebP: return webpSize(data);
    case ImageFormat::Tiff: return tiffSize(data);
    case ImageFormat::Bmp: return bmpSize(data);
    case ImageFormat::Unknown: break;
    }
    return std::nullopt;
}

bool jpegIsComplete(const QByteArray &d)
{
    qsizetype at = 2;
    const qsizetype n = d.size();
    while (at + 2 <= n) {
        if (quint8(d[at]) != 0xFF)
            return false;
        const quint8 m = quint8(d[at + 1]);
        if (m == 0xFF) {
            ++at;
            continue;
        }
        if (m == 0xD9)
            return true;
        if ((m >= 0xD0 && m <= 0xD7) || m == 0x01) {
            at += 2;
            continue;
        }
        if (at + 4 > n)
            return false;
        const qsizetype len = be16(d, at + 2);
        if (len < 2 || at + 2 + len > n)
            return false;
        at += 2 + len;
        if (m != 0xDA)
            continue;
        // Entropy-coded data: runs until a marker other than stuffing (FF00) or a restart (FFD0..D7).
        const char *p = d.constData();
        for (;;) {
            const void *ff = memchr(p + at, 0xFF, size_t(n - at));
            if (!ff)
                return false;
            at = static_cast<const char *>(ff) - p;
            if (at + 1 >= n)
                return false;
            const quint8 next = quint8(d[at + 1]);
            if (next == 0x00 || (next >= 0xD0 && next <= 0xD7) || next == 0xFF) {
                at += next == 0xFF ? 1 : 2;
                continue;
            }
            break; // a real marker: EOI, or the next segment of a progressive/multi-scan image
        }
    }
    return false;
}

cv::Mat applyExifOrientation(const cv::Mat &image, int orientation)
{
    cv::Mat out;
    switch (orientation) {
    case 2: cv::flip(image, out, 1); break;
    case 3: cv::rotate(image, out, cv::ROTATE_180); break;
    case 4: cv::flip(image, out, 0); break;
    case 5: cv::transpose(image, out); break;
    case 6: cv::rotate(image, out, cv::ROTATE_90_CLOCKWISE); break;
    case 7: cv::transpose(image, out); cv::rotate(out, out, cv::ROTATE_180); break;
    case 8: cv::rotate(image, out, cv::ROTATE_90_COUNTERCLOCKWISE); break;
    default: out = image; break;
    }
    return out;
}

LoadedImage decodeImage(const QByteArray &data, const QString &name, const LoadLimits &limits)
{
    if (data.isEmpty())
        refuse(name, u"empty file"_s);
    LoadedImage img;
    img.format = sniffFormat(data.left(32));
    if (img.format == ImageFormat::Unknown)
        refuse(name, u"not an image (expected JPEG, PNG, WebP, TIFF or BMP)"_s);
    const QString kind = formatName(img.format);
    const auto size = readHeaderSize(data, img.format);
    if (!size || size->width <= 0 || size->height <= 0)
        refuse(name, kind % u" header is malformed or truncated"_s);
    const qint64 pixels = qint64(size->width) * size->height;
    if (pixels > limits.maxPixels)
        refuse(name, u"%1x%2 pixels (%3 MP) exceed the pixel limit of %4 MP"_s.arg(size->width)
                         .arg(size->height).arg(double(pixels) / 1e6, 0, 'f', 1)
                         .arg(double(limits.maxPixels) / 1e6, 0, 'f', 1));
    if (img.format == ImageFormat::Jpeg && !jpegIsComplete(data))
        refuse(name, u"truncated JPEG (no end-of-image marker)"_s);
    if (img.format == ImageFormat::Png && !pngIsComplete(data))
        refuse(name, u"truncated PNG (no IEND chunk)"_s);
    if (img.format == ImageFormat::WebP && qint64(le32(data, 4)) + 8 > data.size())
        refuse(name, u"truncated WebP (file shorter than its RIFF size)"_s);
    if (img.format == ImageFormat::Bmp && qint64(le32(data, 2)) > data.size())
        refuse(name, u"truncated BMP (file shorter than its declared size)"_s);

    img.storedSize = *size;
    if (img.format == ImageFormat::Jpeg)
        img.exif = readJpegExif(data);
    cv::Mat decoded;
    try {
        const cv::Mat buf(1, int(data.size()), CV_8U, const_cast<char *>(data.constData()));
        decoded = cv::imdecode(buf, cv::IMREAD_COLOR | cv::IMREAD_IGNORE_ORIENTATION);
    } catch (const cv::Exception &e) {
        refuse(name, kind % u" cannot be decoded: "_s % QString::fromStdString(e.msg));
    } catch (const std::exception &e) { // std::bad_alloc and the like: refused, never the end of the caller
        refuse(name, kind % u" cannot be decoded: "_s % QString::fromLocal8Bit(e.what()));
    }
    if (decoded.empty())
        refuse(name, kind % u" cannot be decoded (corrupt or unsupported)"_s);
    if (decoded.cols != size->width || decoded.rows != size->height)
        refuse(name, u"decoded size %1x%2 differs from the header's %3x%4"_s.arg(decoded.cols)
                         .arg(decoded.rows).arg(size->width).arg(size->height));
    img.bgr = applyExifOrientation(decoded, img.exif.orientation);
    qCDebug(lcVision) << name << kind << size->width << 'x' << size->height << "orientation"
                      << img.exif.orientation;
    return img;
}

LoadedImage loadImage(const QString &path, const LoadLimits &limits)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        refuse(path, u"cannot open: "_s % f.errorString());
    if (f.size() > limits.maxFileBytes)
        refuse(path, u"file of %1 bytes exceeds the limit of %2 bytes"_s.arg(f.size()).arg(limits.maxFileBytes));
    return decodeImage(f.readAll(), path, limits);
}

} // namespace gl::vision
