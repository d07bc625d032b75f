// SPDX-License-Identifier: Apache-2.0
#include "platform/print/PdfText.h"

#include <QHash>
#include <QRawFont>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gl::print {

QFont pdfFont(qreal pointSize, bool bold)
{
    QFont f;
    f.setFamilies({u"Noto Sans CJK SC"_s, u"DejaVu Sans"_s});
    f.setStyleHint(QFont::SansSerif);
    f.setStyleStrategy(QFont::PreferNoShaping);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

QFont pdfFontPx(int pixelSize, bool bold)
{
    QFont f = pdfFont(10, bold);
    f.setPixelSize(pixelSize);
    return f;
}

namespace {

/// Code point → the character to name its glyph by instead, from the glyphs Noto Sans CJK SC shares:
/// controls → the printable character (tab → space), CJK radicals → the ideograph, figure dash → en dash.
const QHash<char16_t, char16_t> &preferredNames()
{
    static const QHash<char16_t, char16_t> names = [] {
        const QRawFont raw = QRawFont::fromFont(pdfFont(10));
        auto glyphs = [&](char16_t first, char16_t last) {
            QString s;
            for (char32_t c = first; c <= last; ++c)
                s += QChar(char16_t(c));
            return raw.glyphIndexesForString(s);
        };
        QHash<quint32, char16_t> byGlyph; // glyph → the character that should name it (first range wins)
        auto prefer = [&](char16_t first, char16_t last) {
            const QList<quint32> g = glyphs(first, last);
            for (qsizetype i = 0; i < g.size(); ++i)
                if (g[i] != 0 && !byGlyph.contains(g[i]))
                    byGlyph.insert(g[i], char16_t(first + i));
        };
        prefer(0x20, 0x7e);     // ASCII
        prefer(0x2013, 0x2013); // en dash
        prefer(0x4e00, 0x9fff); // CJK unified ideographs
        prefer(0x3400, 0x4dbf); // extension A
        QHash<char16_t, char16_t> out;
        auto alias = [&](char16_t first, char16_t last) {
            const QList<quint32> g = glyphs(first, last);
            for (qsizetype i = 0; i < g.size(); ++i) {
                const char16_t c = char16_t(first + i);
                if (g[i] != 0 && byGlyph.contains(g[i]) && byGlyph.value(g[i]) != c)
                    out.insert(c, byGlyph.value(g[i]));
            }
        };
        alias(0x01, 0x1f);     // controls (the tab shares the space's glyph)
        alias(0x2012, 0x2012); // figure dash (shares the en dash's glyph)
        alias(0x2e80, 0x2fdf); // CJK radicals supplement and Kangxi radicals
        return out;
    }();
    return names;
}

int hexValue(const char *p)
{
    int v = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = p[i];
        const int d = c >= '0' && c <= '9' ? c - '0' : (c >= 'A' && c <= 'F' ? c - 'A' + 10 : (c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1));
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

/// Replaces the destination "<XXXX>" at `pos` of `pdf` when it names an alias.
void repairAt(QByteArray &pdf, qsizetype pos, const QHash<char16_t, char16_t> &names)
{
    const int uc = hexValue(pdf.constData() + pos + 1);
    if (uc < 0 || !names.contains(char16_t(uc)))
        return;
    const QByteArray hex = QByteArray::number(names.value(char16_t(uc)), 16).toUpper().rightJustified(4, '0');
    pdf.replace(pos + 1, 4, hex);
}

} // namespace

QByteArray repairTextMaps(QByteArray pdf)
{
    const QHash<char16_t, char16_t> &names = preferredNames();
    qsizetype from = 0;
    while (true) {
        const qsizetype cmap = pdf.indexOf("begincmap", from);
        if (cmap < 0)
            break;
        const qsizetype end = pdf.indexOf("endcmap", cmap);
        if (end < 0)
            break;
        from = end;
        // Only the text maps (Qt writes /Ordering (UCS) for them).
        const qsizetype ucs = pdf.indexOf("Adobe-Identity-UCS", cmap);
        if (ucs < 0 || ucs > end)
            continue;
        qsizetype at = cmap;
        while ((at = pdf.indexOf("beginbfrange", at)) >= 0 && at < end) {
            const qsizetype stop = pdf.indexOf("endbfrange", at);
            if (stop < 0 || stop > end)
                break;
            qsizetype line = pdf.indexOf('\n', at) + 1;
            while (line > 0 && line < stop) {
                const qsizetype nl = pdf.indexOf('\n', line);
                const qsizetype eol = nl < 0 ? stop : std::min(nl, stop);
                // "<first> <last> <char>" or "<first> <last> [<char> <char> ...]".
                QList<qsizetype> tokens;
                for (qsizetype i = line; i + 5 < eol; ++i)
                    if (pdf.at(i) == '<' && pdf.at(i + 5) == '>') {
                        tokens << i;
                        i += 5;
                    }
                const qsizetype bracket = pdf.indexOf('[', line);
                if (bracket >= 0 && bracket < eol) {
                    for (qsizetype t : tokens)
                        if (t > bracket)
                            repairAt(pdf, t, names);
                } else if (tokens.size() == 3 && pdf.mid(tokens[0], 6) == pdf.mid(tokens[1], 6)) {
                    repairAt(pdf, tokens[2], names); // one glyph; longer ranges map consecutive characters
                }
                line = eol + 1;
            }
            at = stop;
        }
    }
    return pdf;
}

} // namespace gl::print
