// SPDX-License-Identifier: Apache-2.0
#include "modules/telemetry/ui/TagChartWindow.h"
#include "shell/DataWorker.h"
#include "shell/PanelHost.h"

#include <QAreaSeries>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>
#include <utility>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

namespace {

constexpr qint64 kMinuteMs = 60'000;

QColor severityColor(const QString &severity)
{
    if (severity == u"critical"_s)
        return QColor(0xe5, 0x39, 0x35);
    if (severity == u"high"_s)
        return QColor(0xff, 0x8f, 0x00);
    if (severity == u"medium"_s)
        return QColor(0xfd, 0xd8, 0x35);
    return QColor(0x64, 0xb5, 0xf6);
}

} // namespace

TagChartWindow *TagChartWindow::find(const QString &tag)
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *c = qobject_cast<TagChartWindow *>(w); c && c->tag() == tag)
            return c;
    return nullptr;
}

TagChartWindow *TagChartWindow::open(QWidget *from, const QString &tag)
{
    PanelHost *host = nullptr; // the window `from` is in: its data thread draws the chart
    for (QWidget *w = from; w && !host; w = w->parentWidget())
        host = dynamic_cast<PanelHost *>(w);
    if (!host || tag.isEmpty())
        return nullptr;
    TagChartWindow *c = find(tag);
    if (!c) {
        c = new TagChartWindow(host->dataWorker(), tag, host->hostWidget());
        c->resize(900, 520);
    }
    c->show();
    c->raise();
    c->activateWindow();
    return c;
}

TagChartWindow::TagChartWindow(DataWorker *worker, const QString &tag, QWidget *parent)
    : QWidget(parent, Qt::Window), m_worker(worker), m_tag(tag), m_zone(QTimeZone::utc())
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(u"tagChart"_s);
    setWindowTitle(tr("Chart — %1").arg(tag));
    auto *l = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_period = new QComboBox(this);
    m_period->setObjectName(u"period"_s);
    const QList<std::pair<int, QString>> periods = {{15, tr("15 min")}, {60, tr("1 h")}, {480, tr("8 h")}, {1440, tr("24 h")},
                                                    {10080, tr("7 days")}};
    for (const auto &[minutes, text] : periods)
        m_period->addItem(text, minutes);
    m_period->setCurrentIndex(1);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(u"mode"_s);
    m_mode->addItem(tr("Raw samples"), false);
    m_mode->addItem(tr("Minute min / avg / max"), true);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    top->addWidget(new QLabel(tr("Period:"), this));
    top->addWidget(m_period);
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_mode);
    top->addStretch(1);
    top->addWidget(refresh);
    l->addLayout(top);
    m_view = new QChartView(new QChart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(480, 280);
    l->addWidget(m_view, 1);
    m_status = new QLabel(tr("Loading…"), this);
    m_status->setObjectName(u"chartStatus"_s);
    m_status->setWordWrap(true);
    l->addWidget(m_status);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(refresh, &QPushButton::clicked, this, [this] { reload(); });
    auto *timer = new QTimer(this); // live: follow the newest samples while the window is open
    timer->setInterval(10'000);
    connect(timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
    });
    timer->start();
    reload();
}

void TagChartWindow::setPeriodMinutes(int minutes)
{
    const int i = m_period->findData(minutes);
    if (i >= 0)
        m_period->setCurrentIndex(i);
}

void TagChartWindow::setAggregates(bool on) { m_mode->setCurrentIndex(on ? 1 : 0); }

void TagChartWindow::reload()
{
    if (!m_worker || m_busy)
        return;
    m_busy = true;
    const qint64 span = m_period->currentData().toLongLong() * kMinuteMs;
    const bool aggregates = m_mode->currentData().toBool();
    m_worker->call(
        this,
        [tag = m_tag, span, aggregates](ServiceContext &ctx) {
            const qint64 to = ctx.now();
            return AnalyticsService(ctx).tagChart(tag, to - span, to, aggregates);
        },
        [this](TagChartData d) {
            m_busy = false;
            display(d);
        },
        [this](const QString &err) {
            m_busy = false;
            m_status->setText(tr("The chart cannot be read: %1").arg(err));
        });
}

qint64 TagChartWindow::shown(qint64 utcMs) const
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc());
    return utcMs + qint64(m_zone.offsetFromUtc(t) - t.toLocalTime().offsetFromUtc()) * 1000;
}

void TagChartWindow::display(const TagChartData &d)
{
    m_data = d;
    m_zone = QTimeZone(d.timeZone.toUtf8());
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
    m_good = m_bad = 0;
    auto *chart = new QChart;
    chart->setTheme(QChart::ChartThemeDark);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    const TagInfo &info = d.info;
    chart->setTitle(u"%1 · %2 · %3%4"_s.arg(info.tag, info.kind, info.area,
                                            info.equipment.isEmpty() ? QString() : u" / "_s + info.equipment));

    auto *x = new QDateTimeAxis;
    x->setFormat(d.to - d.from > 86400'000 ? u"MM-dd HH:mm"_s : d.to - d.from > 3600'000 ? u"HH:mm"_s : u"HH:mm:ss"_s);
    x->setTitleText(tr("Site time (%1)").arg(d.timeZone));
    x->setRange(QDateTime::fromMSecsSinceEpoch(shown(d.from)), QDateTime::fromMSecsSinceEpoch(shown(d.to)));
    x->setTickCount(7);
    chart->addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis;
    y->setTitleText(info.unit.isEmpty() ? tr("value") : info.unit);
    chart->addAxis(y, Qt::AlignLeft);

    double lo = std::numeric_limits<double>::infinity(), hi = -std::numeric_limits<double>::infinity();
    auto extend = [&](double v) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    };
    QList<qint64> badAt;
    const QColor goodColor(0x4e, 0x9a, 0xd6);
    bool firstSegment = true;
    auto newLine = [&](const QString &name, const QColor &color) {
        auto *s = new QLineSeries;
        s->setName(name);
        QPen pen(color);
        pen.setWidthF(1.6);
        s->setPen(pen);
        return s;
    };
    auto attach = [&](QAbstractSeries *s, bool inLegend) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        if (!inLegend)
            for (QLegendMarker *m : chart->legend()->markers(s))
                m->setVisible(false);
    };

    if (!d.aggregated) {
        // A new segment after a bad sample or a gap: a line never bridges data that is not good.
        qint64 gap = 10'000;
        if (d.raw.size() > 2)
            gap = std::max<qint64>(gap, 5 * (d.raw.last().ts - d.raw.first().ts) / d.raw.size());
        QLineSeries *seg = nullptr;
        qint64 last = 0;
        auto close = [&] {
            if (seg)
                attach(seg, std::exchange(firstSegment, false));
            seg = nullptr;
        };
        for (const StoredSample &s : d.raw) {
            if (!s.good) {
                badAt << s.ts;
                close();
                continue;
            }
            if (seg && s.ts - last > gap)
                close();
            if (!seg)
                seg = newLine(tr("Good samples"), goodColor);
            seg->append(double(shown(s.ts)), s.value);
            extend(s.value);
            ++m_good;
            last = s.ts;
        }
        close();
    } else {
        QLineSeries *avg = nullptr, *upper = nullptr, *lower = nullptr;
        qint64 last = 0;
        auto close = [&] {
            if (!avg)
                return;
            auto *band = new QAreaSeries(upper, lower);
            upper->setParent(band); // the area series does not own its edges
            lower->setParent(band);
            band->setName(tr("Min – max per minute"));
            QColor fill = goodColor;
            fill.setAlpha(70);
            band->setBrush(fill);
            band->setPen(Qt::NoPen);
            attach(band, firstSegment);
            attach(avg, firstSegment);
            firstSegment = false;
            avg = upper = lower = nullptr;
        };
        for (const TagMinute &m : d.minutes) {
            if (m.bad > 0)
                badAt << m.minute;
            if (m.n - m.bad <= 0) { // no good sample in this minute: no value
                close();
                continue;
            }
            if (avg && m.minute - last > 3 * kMinuteMs)
                close();
            if (!avg) {
                avg = newLine(tr("Average per minute"), goodColor.lighter(130));
                upper = new QLineSeries;
                lower = new QLineSeries;
            }
            const double t = double(shown(m.minute + kMinuteMs / 2));
            avg->append(t, m.vavg);
            upper->append(t, m.vmax);
            lower->append(t, m.vmin);
            extend(m.vmin);
            extend(m.vmax);
            ++m_good;
            last = m.minute;
        }
        close();
    }
    // Thresholds of the rules on this tag.
    for (const TagThreshold &t : d.thresholds) {
        auto *s = new QLineSeries;
        s->setName(u"%1 %2 %3"_s.arg(t.ruleId, t.op == u"gt"_s ? u">"_s : u"<"_s, QString::number(t.value)));
        QPen pen(severityColor(t.severity));
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.4);
        s->setPen(pen);
        s->append(double(shown(d.from)), t.value);
        s->append(double(shown(d.to)), t.value);
        extend(t.value);
        attach(s, true);
    }
    if (!std::isfinite(lo)) {
        lo = info.lo.value_or(0);
        hi = info.hi.value_or(1);
    }
    const double pad = std::max((hi - lo) * 0.08, std::abs(hi) * 0.02 + 1e-6);
    y->setRange(lo - pad, hi + pad);
    // Bad samples: red markers on the bottom of the plot, never as values.
    if (!badAt.isEmpty()) {
        auto *bad = new QScatterSeries;
        bad->setName(tr("Bad data (not used)"));
        bad->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        bad->setMarkerSize(7);
        bad->setColor(QColor(0xe5, 0x39, 0x35));
        bad->setBorderColor(QColor(0xe5, 0x39, 0x35));
        for (qint64 t : badAt)
            bad->append(double(shown(d.aggregated ? t + kMinuteMs / 2 : t)), lo - pad * 0.5);
        attach(bad, true);
        m_bad = int(badAt.size());
    }
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;

    int badSamples = 0;
    if (d.aggregated)
        for (const TagMinute &m : d.minutes)
            badSamples += m.bad;
    else
        badSamples = m_bad;
    QStringList th;
    for (const TagThreshold &t : d.thresholds)
        th << u"%1 %2 %3 %4"_s.arg(t.ruleId, t.op == u"gt"_s ? u">"_s : u"<"_s, QString::number(t.value), info.unit);
    m_status->setText((d.aggregated ? tr("%1 minutes with data, %2 bad samples (red, never averaged).").arg(m_good).arg(badSamples)
                                    : tr("%1 good samples, %2 bad (red, not plotted as values).").arg(m_good).arg(badSamples))
                      + u" "_s
                      + (th.isEmpty() ? tr("No alarm rule on this tag.") : tr("Alarm thresholds: %1.").arg(th.join(u"; "_s)))
                      + (d.aggregated && !m_mode->currentData().toBool() ? u" "_s + tr("Too many raw samples or older data: minute aggregates shown.")
                                                                           : QString()));
    Q_EMIT loaded();
}

} // namespace ui
} // namespace gl
