// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QFont>

namespace gl::print {

/// The font of every PDF Guardline writes (daily report, work ticket, gate QR sheet) and of the report
/// charts: Noto Sans CJK SC (Latin, digits and Chinese from one face), DejaVu Sans for the few symbols it
/// lacks (☑ ☐). Unshaped (QFont::PreferNoShaping): Qt's PDF engine maps each glyph back to a character
/// through the font's cmap only, so glyphs that shaping substitutes (the contextual digit forms Noto Sans
/// CJK picks in "C-003", the fi/ff/ffi ligatures) would have no character and vanish from the text layer.
/// Latin, digits and Han need no shaping to look right.
QFont pdfFont(qreal pointSize, bool bold = false);

/// The same with a pixel size (for painting on a QImage or a card scaled onto a page).
QFont pdfFontPx(int pixelSize, bool bold = false);

/// Repairs the text maps (ToUnicode CMaps) of a PDF written by QPdfWriter. Qt names each glyph by the
/// lowest code point the font maps to it, so glyphs a font shares with a compatibility character come out
/// as that character: 日 as the Kangxi radical ⽇ (U+2F47), 二 as ⼆, the space as a tab, the en dash as a
/// figure dash. Each such entry is replaced by the character the font (Noto Sans CJK SC) maps to the same
/// glyph: the CJK ideograph, the space, the en dash. Same-length edits inside the uncompressed CMap
/// streams, so the file's offsets stay valid. Returns `pdf` unchanged when it has no such entry. Ranges
/// Qt writes as "first last firstChar" (10 or more glyphs with consecutive characters) are left as they
/// are.
QByteArray repairTextMaps(QByteArray pdf);

} // namespace gl::print
