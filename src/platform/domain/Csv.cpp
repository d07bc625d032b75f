// SPDX-License-Identifier: Apache-2.0
#include "platform/domain/Csv.h"
#include "platform/util/Error.h"

#include <QRegularExpression>
#include <QStringDecoder>

#if __has_include(<iconv.h>)
#include <iconv.h>
#endif

using namespace Qt::StringLiterals;

namespace gl::csv {

QString neutralized(const QString &value)
{
    if (value.isEmpty())
        return value;
    const QChar c = value.front();
    if (c != u'=' && c != u'+' && c != u'-' && c != u'@' && c != u'\t' && c != u'\r')
        return value;
    // A plain number ("-12.5", "+3", "-1e-3") cannot run as a formula and stays a number.
    static const QRegularExpression number(u"^[+-]?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"_s);
    if (number.match(value).hasMatch())
        return value;
    return u"'"_s + value;
}

QString field(const QString &raw)
{
    const QString value = neutralized(raw);
    const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r')
        || value.startsWith(u' ') || value.endsWith(u' ');
    if (!quote)
        return value;
    QString v = value;
    v.replace(u"\""_s, u"\"\""_s);
    return u"\""_s + v + u"\""_s;
}

QByteArray encode(const QStringList &header, const QList<QStringList> &rows)
{
    QString text;
    auto line = [&text](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                text += u',';
            text += field(cells[i]);
        }
        text += u"\r\n"_s;
    };
    line(header);
    for (const QStringList &r : rows)
        line(r);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QList<QStringList> parse(const QByteArray &bytes, const QString &fileName) { return parseText(QString::fromUtf8(bytes), fileName); }

QString decode(const QByteArray &bytes, const QString &fileName, QString *encoding)
{
    QStringDecoder utf8(QStringConverter::Utf8);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        if (encoding)
            *encoding = u"UTF-8"_s;
        return text;
    }
    // Not UTF-8: the Chinese national standard encoding of spreadsheets saved on Windows (GB18030, a
    // superset of GBK and GB2312). Qt's own converter when it has one (ICU), else the C library's iconv.
    if (encoding)
        *encoding = u"GB18030"_s;
    QStringDecoder gb("GB18030");
    if (gb.isValid()) {
        text = gb.decode(bytes);
        if (!gb.hasError())
            return text;
    } else {
#if __has_include(<iconv.h>)
        iconv_t cd = iconv_open("UTF-8", "GB18030");
        if (cd != iconv_t(-1)) {
            QByteArray in = bytes, out(bytes.size() * 2 + 16, '\0');
            char *src = in.data(), *dst = out.data();
            size_t left = size_t(in.size()), room = size_t(out.size());
            const size_t r = iconv(cd, &src, &left, &dst, &room);
            iconv_close(cd);
            if (r != size_t(-1) && left == 0)
                return QString::fromUtf8(out.constData(), qsizetype(out.size() - qsizetype(room)));
        }
#endif
    }
    fail(ErrorCode::BadInput, u"%1: neither UTF-8 nor GB18030 text"_s.arg(fileName));
}

QList<QStringList> parseText(QString s, const QString &fileName, QList<int> *lineOfRow)
{
    if (s.startsWith(QChar(0xFEFF)))
        s.remove(0, 1);
    if (lineOfRow)
        lineOfRow->clear();
    int rowLine = 1;
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false, any = false;
    int line = 1, quoteLine = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < s.size() && s[i + 1] == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                cell += c;
            }
            continue;
        }
        if (c == u'"') {
            quoted = true;
            quoteLine = line;
            any = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
            any = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < s.size() && s[i + 1] == u'\n')
                ++i;
            row << cell;
            rows << row;
            if (lineOfRow)
                *lineOfRow << rowLine;
            row.clear();
            cell.clear();
            any = false;
            ++line;
            rowLine = line;
        } else {
            cell += c;
            any = true;
        }
    }
    if (quoted)
        fail(ErrorCode::BadInput, u"%1: line %2: a quoted field is not closed"_s.arg(fileName).arg(quoteLine));
    if (any) {
        row << cell;
        rows << row;
        if (lineOfRow)
            *lineOfRow << rowLine;
    }
    return rows;
}

} // namespace gl::csv
