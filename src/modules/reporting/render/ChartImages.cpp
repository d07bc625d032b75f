// SPDX-License-Identifier: Apache-2.0
#include "modules/reporting/render/ChartImages.h"
#include "platform/util/Error.h"

#include <QCategoryAxis>
#include <QAreaSeries>
#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QPainter>
#include <QSemaphore>
#include <QThread>
#include <QValueAxis>

#include <memory>

#include <cmath>

using namespace Qt::StringLiterals;

namespace gl::reports {
namespace {
QImage drawTrendChart(const QString &title, const QList<QDate> &days, const QList<ChartSeries> &series, ChartKind kind,
                      double yMax, const QFont &font, QSize size);
} // namespace

QImage trendChart(const QString &title, const QList<QDate> &days, const QList<ChartSeries> &series, ChartKind kind,
                  double yMax, const QFont &font, QSize size)
{
    // Qt Charts is not thread-safe (it measures text with process-wide items shared with the app's own
    // chart views): off the main thread, e.g. the scheduled report on the command center's data thread,
    // the chart is drawn on the main thread and handed back. A main thread that does not get to it in
    // 60 s (the app is closing) fails the report instead of dead-locking; the scheduler retries.
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() == app->thread())
        return drawTrendChart(title, days, series, kind, yMax, font, size);
    struct Handoff {
        QSemaphore done;
        QImage image;
    };
    auto handoff = std::make_shared<Handoff>();
    QMetaObject::invokeMethod(
        app,
        [handoff, title, days, series, kind, yMax, font, size] {
            handoff->image = drawTrendChart(title, days, series, kind, yMax, font, size);
            handoff->done.release();
        },
        Qt::QueuedConnection);
    if (!handoff->done.tryAcquire(1, 60'000))
        fail(ErrorCode::Unknown, u"report chart '%1': the main thread did not draw it within 60 s"_s.arg(title));
    return handoff->image;
}

namespace {
QImage drawTrendChart(const QString &title, const QList<QDate> &days, const QList<ChartSeries> &series, ChartKind kind,
                      double yMax, const QFont &font, QSize size)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QFont titleFont = font;
    titleFont.setPointSizeF(font.pointSizeF() + 1);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitle(title);
    chart->legend()->setFont(font);
    chart->legend()->setVisible(series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);

    // Day labels every 5 days and on the last day, upright: a category axis keeps them legible.
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const qsizetype n = days.size();
    for (qsizetype i = 0; i < n; ++i)
        if ((n - 1 - i) % 5 == 0)
            x->append(days[i].toString(u"MM-dd"_s), double(i));
    x->setGridLineVisible(false);
    QFont small = font;
    small.setPointSizeF(std::max(5.0, font.pointSizeF() - 1));
    x->setLabelsFont(small);
    auto *y = new QValueAxis;
    y->setLabelsFont(small);
    y->setLabelFormat(u"%.0f"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    double top = 0;
    for (const ChartSeries &s : series)
        for (double v : s.values)
            top = std::max(top, v);
    if (kind == ChartKind::Bar) {
        // Bars as an area under a step outline: QBarSeries items are not created in an offscreen scene.
        const double half = 0.4 / double(std::max<qsizetype>(1, series.size()));
        for (qsizetype k = 0; k < series.size(); ++k) {
            const ChartSeries &s = series[k];
            // QAreaSeries does not own the line it spans: the chart does (LeakSanitizer found it dropped).
            auto *outline = new QLineSeries(chart);
            for (qsizetype i = 0; i < s.values.size(); ++i) {
                const double v = std::max(0.0, s.values[i]);
                const double left = double(i) - 0.4 + 2 * half * double(k);
                *outline << QPointF(left, 0) << QPointF(left, v) << QPointF(left + 2 * half, v) << QPointF(left + 2 * half, 0);
            }
            auto *area = new QAreaSeries(outline);
            area->setName(s.name);
            area->setColor(s.color);
            area->setBorderColor(s.color.darker(120));
            chart->addSeries(area);
            area->attachAxis(x);
            area->attachAxis(y);
        }
    } else {
        for (const ChartSeries &s : series) {
            auto *line = new QLineSeries;
            line->setName(s.name);
            for (qsizetype i = 0; i < s.values.size(); ++i)
                if (s.values[i] >= 0)
                    line->append(double(i), s.values[i]);
            QPen pen(s.color);
            pen.setWidthF(2.0);
            line->setPen(pen);
            line->setPointsVisible(true);
            chart->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
        }
    }
    const double ceiling = yMax > 0 ? yMax : std::max(1.0, std::ceil(top * 1.15));
    y->setRange(0, ceiling);
    x->setRange(-0.5, double(n) - 0.5);
    y->setTickCount(ceiling <= 5 && yMax <= 0 ? int(ceiling) + 1 : 6);

    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns the chart
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    // The chart lays out its axes and creates the bar items in posted events: let them run.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();

    constexpr int kScale = 2;
    QImage image(size * kScale, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size * kScale)), QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}
} // namespace

QByteArray pngBytes(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace gl::reports
