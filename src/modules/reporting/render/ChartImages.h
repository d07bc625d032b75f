// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QDate>
#include <QFont>
#include <QImage>
#include <QList>
#include <QString>

namespace gl::reports {

/// One line or bar set of a trend chart; a negative value is "no data" (skipped).
struct ChartSeries {
    QString name;
    QList<double> values;
    QColor color;
};

enum class ChartKind { Unknown = 0, Line, Bar };

/// A daily trend figure drawn by Qt Charts offscreen (QChart in a QGraphicsScene, rendered at 2x into
/// a QImage). Needs a QApplication. yMax <= 0 scales to the data.
QImage trendChart(const QString &title, const QList<QDate> &days, const QList<ChartSeries> &series, ChartKind kind,
                  double yMax, const QFont &font, QSize size = {520, 260});

/// PNG bytes of an image.
QByteArray pngBytes(const QImage &image);

} // namespace gl::reports
