// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QString>

class QApplication;

namespace gl {
namespace ui {

/// ISA-101 high-performance HMI colours: neutral greys, colour only for what is abnormal.
namespace colours {
QColor severity(const QString &severity); ///< critical red, high orange, medium yellow, low cyan
QColor risk(const QString &risk);         ///< 四色图: red / orange / yellow / blue
QColor validity(const QString &state);    ///< expired red, expiring amber, valid neutral
QColor state(const QString &state);       ///< permit/hazard/order state accents
} // namespace colours

/// A symbol per severity so colour is never the only cue (colour-blind operators).
QString severitySymbol(const QString &severity);
/// A symbol per validity state (valid ●, expiring ▲, expired/missing ✕, none –), for the same reason.
QString validitySymbol(const QString &state);

enum class Theme { Dark, Light };
void applyTheme(QApplication &app, Theme theme);

} // namespace ui
} // namespace gl
