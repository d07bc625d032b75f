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
/// The same on decoded text; `lineOfRow` receives the line each row starts on (for messages).
QList<QStringList> parseText(QString text, const QString &fileName = QStringLiteral("csv"), QList<int> *lineOfRow = nullptr);
/// A text file from a Chinese office: UTF-8 (BOM optional) when it is valid UTF-8, else GB18030 (also
/// GBK/GB2312). `encoding` receives which. Throws BadInput naming the file when it is neither.
QString decode(const QByteArray &bytes, const QString &fileName, QString *encoding = nullptr);

} // namespace gl::csv
