// SPDX-License-Identifier: Apache-2.0
#include "modules/admission/logic/CheckinWatermark.h"

#include <QMutex>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gl {

WatermarkReader::~WatermarkReader() = default;

namespace {
QMutex g_mutex;
std::shared_ptr<const WatermarkReader> g_reader;
} // namespace

void installWatermarkReader(std::shared_ptr<const WatermarkReader> reader)
{
    QMutexLocker lock(&g_mutex);
    g_reader = std::move(reader);
}

std::shared_ptr<const WatermarkReader> watermarkReader()
{
    QMutexLocker lock(&g_mutex);
    return g_reader;
}

QList<WatermarkTime> parseWatermarkTimes(const QString &ocrText)
{
    // OCR confusions between digits and letters, only where a digit is expected: the text is a timestamp
    // band, so letters next to digits are almost always misread digits.
    QString t;
    t.reserve(ocrText.size());
    for (const QChar c : ocrText) {
        switch (c.unicode()) {
        case u'O': case u'o': case u'D': case u'Q': t += u'0'; break;
        case u'l': case u'I': case u'|': case u'i': case u'!': t += u'1'; break;
        case u'Z': case u'z': t += u'2'; break;
        case u'S': case u's': case u'$': t += u'5'; break;
        case u'B': t += u'8'; break;
        case u'g': t += u'9'; break;
        case u'：': t += u':'; break; // full-width colon of Chinese camera apps
        case u'－': case u'—': case u'–': t += u'-'; break;
        case u'年': case u'月': t += u'-'; break;
        case u'日': t += u' '; break;
        default: t += c;
        }
    }
    static const QRegularExpression re(
        uR"((20\d\d)\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[T ,]?\s*(\d{1,2})\s*[:.]\s*(\d{2})(?:\s*[:.]\s*(\d{2}))?)"_s);
    QList<WatermarkTime> out;
    auto it = re.globalMatch(t);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        const bool secs = m.capturedLength(6) > 0;
        const QTime tm(m.captured(4).toInt(), m.captured(5).toInt(), secs ? m.captured(6).toInt() : 0);
        if (!d.isValid() || !tm.isValid())
            continue;
        WatermarkTime w{d, tm, secs, d.toString(Qt::ISODate) + u' ' + tm.toString(secs ? u"HH:mm:ss"_s : u"HH:mm"_s)};
        out << w;
    }
    return out;
}

} // namespace gl
