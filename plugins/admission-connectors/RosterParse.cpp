// SPDX-License-Identifier: Apache-2.0
// The roster readers of the admission connectors, apart from their file and HTTP transport so that they
// can be fuzzed alone (tests/fuzz/fuzz_roster_csv).
#include "RosterParse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

using namespace Qt::StringLiterals;
using gl::sdk::RosterFetch;
using gl::sdk::RosterRow;

namespace gl::roster {

namespace {

QDate parseDate(const QString &s, bool *ok)
{
    const QDate d = QDate::fromString(s.trimmed(), Qt::ISODate);
    *ok = s.trimmed().isEmpty() || d.isValid();
    return d;
}

/// Splits one CSV line (RFC 4180 quotes). Returns false on an unterminated quote.
bool splitCsv(const QString &line, QStringList *out)
{
    out->clear();
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            *out << cell.trimmed();
            cell.clear();
        } else {
            cell += c;
        }
    }
    *out << cell.trimmed();
    return !quoted;
}

const QStringList &columnsOf(const QString &what)
{
    static const QStringList whitelist{u"worker"_s, u"contractor"_s, u"card"_s, u"valid_until"_s};
    static const QStringList shifts{u"date"_s, u"shift"_s, u"worker"_s, u"area"_s};
    return what == u"shifts"_s ? shifts : whitelist;
}

/// One row from named fields (CSV cells or JSON members); sets `error` naming the field.
RosterRow rowFrom(const QString &what, int line, const std::function<QString(const QString &)> &field)
{
    RosterRow r;
    r.line = line;
    r.worker = field(u"worker"_s);
    bool ok = true;
    if (r.worker.isEmpty())
        r.error = u"field 'worker': empty"_s;
    if (what == u"shifts"_s) {
        r.day = parseDate(field(u"date"_s), &ok);
        r.shift = field(u"shift"_s);
        r.area = field(u"area"_s);
        if (r.error.isEmpty() && (!ok || !r.day.isValid()))
            r.error = u"field 'date': '%1' is not a date (YYYY-MM-DD)"_s.arg(field(u"date"_s));
        if (r.error.isEmpty() && r.shift.isEmpty())
            r.error = u"field 'shift': empty"_s;
    } else {
        r.contractor = field(u"contractor"_s);
        r.card = field(u"card"_s);
        r.validUntil = parseDate(field(u"valid_until"_s), &ok);
        if (r.error.isEmpty() && !ok)
            r.error = u"field 'valid_until': '%1' is not a date (YYYY-MM-DD)"_s.arg(field(u"valid_until"_s));
    }
    return r;
}

} // namespace

RosterFetch parseCsv(const QString &what, const QByteArray &bytes, const QString &source)
{
    RosterFetch f;
    f.source = source;
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(u'\n');
    QStringList header;
    int lineNo = 0;
    for (QString line : lines) {
        ++lineNo;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        QStringList cells;
        const bool closed = splitCsv(line, &cells);
        if (header.isEmpty()) {
            header = cells;
            for (QString &h : header)
                h = h.toLower();
            for (const QString &need : columnsOf(what))
                if (need != u"area"_s && need != u"card"_s && need != u"valid_until"_s && need != u"contractor"_s && !header.contains(need)) {
                    f.error = u"%1: line %2: the header has no '%3' column (expected %4)"_s.arg(source).arg(lineNo).arg(need,
                                                                                                                 columnsOf(what).join(u","_s));
                    return f;
                }
            continue;
        }
        if (!closed || cells.size() != header.size()) {
            RosterRow bad;
            bad.line = lineNo;
            bad.error = closed ? u"%1 cells where the header has %2"_s.arg(cells.size()).arg(header.size()) : u"unterminated quote"_s;
            f.rows << bad;
            continue;
        }
        f.rows << rowFrom(what, lineNo, [&](const QString &name) {
            const qsizetype i = header.indexOf(name);
            return i < 0 ? QString() : cells[i];
        });
    }
    if (header.isEmpty())
        f.error = u"%1: empty file (expected a header %2)"_s.arg(source, columnsOf(what).join(u","_s));
    return f;
}

RosterFetch parseJson(const QString &what, const QByteArray &bytes, const QString &source)
{
    RosterFetch f;
    f.source = source;
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &e);
    if (e.error != QJsonParseError::NoError) {
        f.error = u"%1: not JSON (%2 at offset %3)"_s.arg(source, e.errorString()).arg(e.offset);
        return f;
    }
    const QJsonArray items = doc.isArray() ? doc.array() : doc.object().value(what).toArray();
    if (!doc.isArray() && !doc.object().value(what).isArray()) {
        f.error = u"%1: expected an array or an object with a '%2' array"_s.arg(source, what);
        return f;
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items[i].toObject();
        if (!items[i].isObject()) {
            RosterRow bad;
            bad.line = int(i + 1);
            bad.error = u"element %1 is not an object"_s.arg(i + 1);
            f.rows << bad;
            continue;
        }
        f.rows << rowFrom(what, int(i + 1), [&](const QString &name) {
            const QJsonValue v = o.value(name);
            return v.isDouble() ? QString::number(v.toDouble(), 'f', 0) : v.toString().trimmed();
        });
    }
    return f;
}

} // namespace gl::roster
