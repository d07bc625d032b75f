// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace gl::csv {

/// RFC 4180 CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Chinese correctly),
/// CRLF line ends, every field that holds a comma, quote, CR or LF (or starts/ends with a space) in
/// double quotes with inner quotes doubled. The first row is the header. A cell that a spreadsheet
/// would run as a formula is neutralized first (neutralized()).
QByteArray encode(const QStringList &header, const QList<QStringList> &rows);
/// One field as it goes into a line (neutralized, then quoted as needed).
QString field(const QString &value);
/// CSV injection (OWASP): a value starting with '=', '+', '-', '@', a tab or a CR gets a leading single
/// quote, so Excel, LibreOffice and WPS show it as text instead of evaluating it. A plain number
/// ("-12.5", "+3") is left as it is.
QString neutralized(const QString &value);
/// Parses RFC 4180 CSV (BOM optional, CRLF or LF, quoted fields with embedded separators and line
/// breaks). Throws gl::Error(BadInput) naming the line of an unterminated quote.
QList<QStringList> parse(const QByteArray &bytes, const QString &fileName = QStringLiteral("csv"));
/// The same on decoded text; `lineOfRow` receives the line each row starts on (for messages).
QList<QStringList> parseText(QString text, const QString &fileName = QStringLiteral("csv"), QList<int> *lineOfRow = nullptr);
/// A text file from a Chinese office: UTF-8 (BOM optional) when it is valid UTF-8, else GB18030 (also
/// GBK/GB2312). `encoding` receives which. Throws BadInput naming the file when it is neither.
QString decode(const QByteArray &bytes, const QString &fileName, QString *encoding = nullptr);

} // namespace gl::csv
