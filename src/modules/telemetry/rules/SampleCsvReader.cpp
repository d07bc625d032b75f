// SPDX-License-Identifier: Apache-2.0
#include "modules/telemetry/rules/SampleCsvReader.h"
#include "platform/util/Error.h"

#include <QIODevice>

#include <algorithm>
#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gl::rules {

namespace {
QByteArrayView trimmed(QByteArrayView b)
{
    while (!b.isEmpty() && (b.front() == ' ' || b.front() == '\t'))
        b = b.sliced(1);
    while (!b.isEmpty() && (b.back() == ' ' || b.back() == '\t'))
        b.chop(1);
    return b;
}

bool equalsNoCase(QByteArrayView a, const char *b) { return a.compare(b, Qt::CaseInsensitive) == 0; }
} // namespace

SampleCsvReader::SampleCsvReader(QIODevice &device, QString fileName, QTimeZone zone, qsizetype chunkBytes)
    : m_device(device), m_fileName(std::move(fileName)), m_zone(std::move(zone)), m_chunk(std::max<qsizetype>(chunkBytes, 1))
{
}

void SampleCsvReader::fail(const QString &problem) const
{
    gl::fail(ErrorCode::BadInput, m_fileName + u": line "_s + QString::number(m_lineNo) + u": "_s + problem);
}

bool SampleCsvReader::readLine()
{
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n', m_pos);
        if (nl >= 0) {
            m_line = QByteArrayView(m_buffer).sliced(m_pos, nl - m_pos);
            m_pos = nl + 1;
            break;
        }
        if (m_eof) {
            if (m_pos >= m_buffer.size())
                return false;
            m_line = QByteArrayView(m_buffer).sliced(m_pos);
            m_pos = m_buffer.size();
            break;
        }
        m_buffer.remove(0, m_pos);
        m_pos = 0;
        const qsizetype kept = m_buffer.size();
        m_buffer.resize(kept + m_chunk);
        const qint64 got = m_device.read(m_buffer.data() + kept, m_chunk);
        m_buffer.resize(kept + std::max<qint64>(got, 0));
        if (got <= 0)
            m_eof = true;
    }
    if (m_line.endsWith('\r'))
        m_line.chop(1);
    ++m_lineNo;
    return true;
}

void SampleCsvReader::splitFields()
{
    m_fieldCount = 0;
    const char *p = m_line.data();
    const char *end = p + m_line.size();
    for (;;) {
        if (m_fieldCount == 3)
            fail(u"expected 3 fields (timestamp,tag,value), found more"_s);
        while (p < end && (*p == ' ' || *p == '\t'))
            ++p;
        if (p < end && *p == '"') {
            QByteArray &field = m_unquoted[m_fieldCount];
            field.clear();
            ++p;
            for (;;) {
                if (p >= end)
                    fail(u"unterminated quoted field"_s);
                if (*p == '"') {
                    if (p + 1 < end && p[1] == '"') {
                        field += '"';
                        p += 2;
                        continue;
                    }
                    ++p;
                    break;
                }
                field += *p++;
            }
            while (p < end && (*p == ' ' || *p == '\t'))
                ++p;
            if (p < end && *p != ',')
                fail(u"unexpected text after a quoted field"_s);
            m_fields[m_fieldCount++] = trimmed(field);
        } else {
            const char *start = p;
            while (p < end && *p != ',') {
                if (*p == '"')
                    fail(u"unexpected quote inside an unquoted field"_s);
                ++p;
            }
            m_fields[m_fieldCount++] = trimmed(QByteArrayView(start, p - start));
        }
        if (p >= end)
            return;
        ++p; // the comma
    }
}

bool SampleCsvReader::next(CsvSample &row)
{
    for (;;) {
        if (!readLine()) {
            if (!m_headerDone) {
                m_lineNo = 1;
                fail(u"empty file: expected the header 'timestamp,tag,value'"_s);
            }
            return false;
        }
        if (!m_headerDone) {
            if (m_line.startsWith("\xEF\xBB\xBF"))
                m_line = m_line.sliced(3);
            splitFields();
            if (m_fieldCount != 3 || !equalsNoCase(m_fields[0], "timestamp") || !equalsNoCase(m_fields[1], "tag")
                || !equalsNoCase(m_fields[2], "value"))
                fail(u"expected the header 'timestamp,tag,value'"_s);
            m_headerDone = true;
            continue;
        }
        if (m_line.trimmed().isEmpty())
            continue;
        splitFields();
        if (m_fieldCount != 3)
            fail(u"expected 3 fields (timestamp,tag,value), found "_s + QString::number(m_fieldCount));

        const TimestampResult time = parseTimestamp(m_fields[0], m_zone, EpochMillis::Accepted);
        if (!time)
            fail(u"field 'timestamp': "_s + time.error);
        if (m_rows > 0 && time->msecs < m_lastMs)
            fail(u"field 'timestamp': '"_s + QString::fromUtf8(m_fields[0].toByteArray())
                 + u"' is older than the previous row (rows must be in time order)"_s);
        if (m_fields[1].isEmpty())
            fail(u"field 'tag': empty"_s);

        const QByteArrayView v = m_fields[2];
        const char *b = v.data();
        const char *e = b + v.size();
        if (b < e && *b == '+')
            ++b;
        double value = 0;
        const auto r = std::from_chars(b, e, value);
        if (v.isEmpty() || r.ec != std::errc() || r.ptr != e || !std::isfinite(value))
            fail(u"field 'value': '"_s + QString::fromUtf8(v.toByteArray()) + u"' is not a finite number"_s);

        row.time = time.value;
        row.tag = m_fields[1];
        row.value = value;
        row.line = m_lineNo;
        m_lastMs = time->msecs;
        ++m_rows;
        return true;
    }
}

} // namespace gl::rules
