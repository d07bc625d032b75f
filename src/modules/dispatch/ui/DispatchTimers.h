// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace gl {
namespace ui {

/// "04:12" (or "1:04:12" past an hour) for a duration in ms (sign ignored, rounded up to the second).
QString clockText(qint64 ms);
/// The SLA countdown of a dispatch card: "due in 04:12", then "overdue 02:31".
QString countdownText(qint64 dueAt, qint64 now);
/// The instruction banner's acknowledgement countdown: "acknowledge within 00:42" / "acknowledgement OVERDUE 00:13".
QString ackCountdownText(qint64 ackDueAt, qint64 now);
/// The escalation ladder as people read it: "" (none), "DUE SOON", "OVERDUE 1st", "OVERDUE 2nd", "OVERDUE 3rd".
QString escalationLabel(int level);
/// Level colours: due soon amber, 1st orange, 2nd red, 3rd dark red (never the only cue: see the badge shape).
QColor escalationColour(int level);
/// A badge with a shape per level (due soon ● circle, 1st ▲ triangle, 2nd ◆ diamond, 3rd ⯃ octagon),
/// the level number inside; a null icon for level 0.
QIcon escalationBadge(int level, int size = 22);
/// The shape glyph of a level, for text: ●, ▲, ◆, ⬢.
QString escalationGlyph(int level);

} // namespace ui
} // namespace gl
