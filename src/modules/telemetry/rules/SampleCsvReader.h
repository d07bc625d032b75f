// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "platform/util/Timestamp.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class QIODevice;

namespace gl::rules {

/// One data row of a samples CSV.
struct CsvSample {
    Timestamp time;
    QByteArrayView tag; ///< UTF-8, surrounding spaces removed; valid until the next call to next()
    double value = 0;
    qint64 line = 0; ///< 1-based line number in the file
};

/// Streams `timestamp,tag,value` rows (CONTRACTS.md section 4) in constant memory. Accepts a UTF-8 BOM,
/// CRLF, RFC 4180 quoted fields ("" inside quotes) and blank lines. Throws gl::Error(BadInput) naming
/// the file and line for a bad header, a wrong field count, a bad timestamp, a non-numeric or non-finite
/// value, or a row older than its predecessor (equal timestamps are fine). Timestamps are read by
/// gl::parseTimestamp with epoch milliseconds accepted; one without an offset is read in `zone`.
class SampleCsvReader {
public:
    /// `chunkBytes`: how much is read from the device at a time (a line may span chunks); the fuzz
    /// target passes small ones so that lines cut at every place are exercised.
    SampleCsvReader(QIODevice &device, QString fileName, QTimeZone zone, qsizetype chunkBytes = 1 << 20);
    /// Reads the next row; false at the end of the file.
    bool next(CsvSample &row);
    qint64 rows() const { return m_rows; }

private:
    bool readLine();
    [[noreturn]] void fail(const QString &problem) const;
    void splitFields();

    QIODevice &m_device;
    QString m_fileName;
    QTimeZone m_zone;
    qsizetype m_chunk;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    QByteArrayView m_line;        // points into m_buffer
    QByteArrayView m_fields[3];   // into m_buffer, or into m_unquoted for quoted fields
    QByteArray m_unquoted[3];
    int m_fieldCount = 0;
    qint64 m_lineNo = 0;
    qint64 m_rows = 0;
    qint64 m_lastMs = 0;
    bool m_headerDone = false;
};

} // namespace gl::rules
