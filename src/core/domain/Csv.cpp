// SPDX-License-Identifier: Apache-2.0
#include "core/domain/Csv.h"
#include "core/util/Error.h"

using namespace Qt::StringLiterals;

namespace gl::csv {

QString field(const QString &value)
{
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

QList<QStringList> parse(const QByteArray &bytes, const QString &fileName)
{
    QString s = QString::fromUtf8(bytes);
    if (s.startsWith(QChar(0xFEFF)))
        s.remove(0, 1);
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
            row.clear();
            cell.clear();
            any = false;
            ++line;
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
    }
    return rows;
}

} // namespace gl::csv
