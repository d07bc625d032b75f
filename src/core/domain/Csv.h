// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace gl::csv {

/// RFC 4180 CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Chinese correctly),
/// CRLF line ends, every field that holds a comma, quote, CR or LF (or starts/ends with a space) in
/// double quotes with inner quotes doubled. The first row is the header.
QByteArray encode(const QStringList &header, const QList<QStringList> &rows);
/// One field as it goes into a line.
QString field(const QString &value);
/// Parses RFC 4180 CSV (BOM optional, CRLF or LF, quoted fields with embedded separators and line
/// breaks). Throws gl::Error(BadInput) naming the line of an unterminated quote.
QList<QStringList> parse(const QByteArray &bytes, const QString &fileName = QStringLiteral("csv"));

} // namespace gl::csv
