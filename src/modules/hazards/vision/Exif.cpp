// SPDX-License-Identifier: Apache-2.0
#include "modules/hazards/vision/Exif.h"

#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

namespace gl::vision {
namespace {

constexpr quint16 TagOrientation = 0x0112;
constexpr quint16 TagExifIfd = 0x8769;
constexpr quint16 TagDateTimeOriginal = 0x9003;
constexpr quint16 TagOffsetTimeOriginal = 0x9011;
constexpr quint16 TypeAscii = 2;
constexpr quint16 TypeShort = 3;
constexpr quint16 TypeLong = 4;

/// A bounds-checked reader over a TIFF structure in either byte order.
class TiffReader {
public:
    explicit TiffReader(const QByteArray &data) : m_d(data) {}

    bool init()
    {
        if (m_d.size() < 8)
            return false;
        if (m_d.startsWith("II*\0"))
            m_little = true;
        else if (m_d.startsWith("MM\0*"))
            m_little = false;
        else
            return false;
        return true;
    }
    std::optional<quint32> u16(qsizetype at) const
    {
        if (at < 0 || at + 2 > m_d.size())
            return std::nullopt;
        const auto b0 = quint8(m_d[at]), b1 = quint8(m_d[at + 1]);
        return m_little ? quint32(b0 | b1 << 8) : quint32(b1 | b0 << 8);
    }
    std::optional<quint32> u32(qsizetype at) const
    {
        const auto lo = u16(m_little ? at : at + 2), hi = u16(m_little ? at + 2 : at);
        if (!lo || !hi)
            return std::nullopt;
        return *lo | *hi << 16;
    }
    /// Calls f(tag, type, count, valueOffsetField) for each entry of the IFD at `ifd`.
    template <typename F> void forEachEntry(quint32 ifd, F f) const
    {
        const auto n = u16(ifd);
        if (!n || *n > 1000)
            return;
        for (quint32 i = 0; i < *n; ++i) {
            const qsizetype e = qsizetype(ifd) + 2 + 12 * qsizetype(i);
            const auto tag = u16(e), type = u16(e + 2), count = u32(e + 4);
            if (!tag || !type || !count)
                return;
            f(quint16(*tag), quint16(*type), *count, e + 8);
        }
    }
    /// An ASCII value: inline when it fits in 4 bytes, else at the stored offset.
    QString ascii(quint32 count, qsizetype field) const
    {
        qsizetype at = field;
        if (count > 4) {
            const auto off = u32(field);
            if (!off)
                return {};
            at = *off;
        }
        if (count == 0 || count > 64 || at < 0 || at + qsizetype(count) > m_d.size())
            return {};
        QByteArray s = m_d.mid(at, count);
        const qsizetype nul = s.indexOf('\0');
        if (nul >= 0)
            s.truncate(nul);
        return QString::fromLatin1(s).trimmed();
    }
    std::optional<quint32> integer(quint16 type, qsizetype field) const
    {
        if (type == TypeShort)
            return u16(field);
        if (type == TypeLong)
            return u32(field);
        return std::nullopt;
    }

private:
    const QByteArray &m_d;
    bool m_little = true;
};

} // namespace

ExifInfo readTiffExif(const QByteArray &tiff)
{
    ExifInfo info;
    TiffReader r(tiff);
    if (!r.init())
        return info;
    const auto ifd0 = r.u32(4);
    if (!ifd0)
        return info;
    std::optional<quint32> exifIfd;
    r.forEachEntry(*ifd0, [&](quint16 tag, quint16 type, quint32 count, qsizetype field) {
        if (tag == TagOrientation && count == 1) {
            const auto v = r.integer(type, field);
            if (v && *v >= 1 && *v <= 8)
                info.orientation = int(*v);
        } else if (tag == TagExifIfd) {
            exifIfd = r.integer(type, field);
        }
    });
    if (!exifIfd || *exifIfd == *ifd0)
        return info;
    QString original, offset;
    r.forEachEntry(*exifIfd, [&](quint16 tag, quint16 type, quint32 count, qsizetype field) {
        if (type != TypeAscii)
            return;
        if (tag == TagDateTimeOriginal)
            original = r.ascii(count, field);
        else if (tag == TagOffsetTimeOriginal)
            offset = r.ascii(count, field);
    });
    // "YYYY:MM:DD HH:MM:SS" -> ISO 8601; unknown dates are written as blanks or zeros by some cameras.
    const QDateTime dt = QDateTime::fromString(original, u"yyyy:MM:dd HH:mm:ss"_s);
    if (dt.isValid()) {
        info.dateTimeOriginal = dt.toString(u"yyyy-MM-ddTHH:mm:ss"_s);
        static const QRegularExpression offsetRe(u"^[+-]\\d\\d:\\d\\d$"_s);
        if (offsetRe.match(offset).hasMatch())
            info.dateTimeOriginal += offset;
    }
    return info;
}

ExifInfo readJpegExif(const QByteArray &jpeg)
{
    if (jpeg.size() < 4 || quint8(jpeg[0]) != 0xFF || quint8(jpeg[1]) != 0xD8)
        return {};
    qsizetype at = 2;
    while (at + 4 <= jpeg.size()) {
        if (quint8(jpeg[at]) != 0xFF)
            return {};
        const quint8 marker = quint8(jpeg[at + 1]);
        if (marker == 0xFF) { // fill byte
            ++at;
            continue;
        }
        if (marker == 0xDA || marker == 0xD9) // start of scan / end: no EXIF before the image data
            return {};
        const qsizetype len = quint8(jpeg[at + 2]) << 8 | quint8(jpeg[at + 3]);
        if (len < 2 || at + 2 + len > jpeg.size())
            return {};
        if (marker == 0xE1 && len >= 8 && jpeg.mid(at + 4, 6) == QByteArray("Exif\0\0", 6))
            return readTiffExif(jpeg.mid(at + 10, len - 8));
        at += 2 + len;
    }
    return {};
}

} // namespace gl::vision
