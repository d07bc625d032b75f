// SPDX-License-Identifier: Apache-2.0
#include "modules/reporting/ui/AnalyticsPanels.h"
#include "shell/PanelHost.h"

#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDockWidget>
#include <QScrollArea>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

namespace {

const QColor kPhaseColors[] = {QColor(0x8c, 0x9a, 0xa6), QColor(0x4e, 0x9a, 0xd6), QColor(0xf0, 0x9a, 0x3e), QColor(0x6a, 0xbf, 0x69)};

QChart *darkChart(const QString &title)
{
    auto *c = new QChart;
    c->setTitle(title);
    c->setAnimationOptions(QChart::NoAnimation);
    c->setTheme(QChart::ChartThemeDark);
    c->setBackgroundRoundness(0);
    c->setMargins(QMargins(4, 4, 4, 4));
    c->legend()->setAlignment(Qt::AlignBottom);
    return c;
}

void replaceChart(QChartView *v, QChart *c)
{
    QChart *old = v->chart();
    v->setChart(c);
    delete old;
}

QString minutes(double seconds) { return seconds < 0 ? u"–"_s : QString::number(seconds / 60.0, 'f', 1); }

} // namespace

void installAnalyticsDocks(QMainWindow *window, PanelHost *host)
{
    auto dock = [window](const QString &name, const QString &title, QWidget *w) {
        auto *d = new QDockWidget(title, window);
        d->setObjectName(name);
        // Charts side by side: they scroll inside the dock rather than forcing the window past 1280×720.
        auto *scroll = new QScrollArea;
        scroll->setWidget(w);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        d->setWidget(scroll);
        d->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
        window->addDockWidget(Qt::BottomDockWidgetArea, d);
        if (auto *dash = window->findChild<QDockWidget *>(u"dashboard"_s))
            window->tabifyDockWidget(dash, d);
        return d;
    };
    DataWorker *worker = host->dataWorker();
    auto *interruption = new InterruptionPanel(worker, window);
    interruption->setObjectName(u"interruptionPanel"_s);
    dock(u"interruption"_s, InterruptionPanel::tr("Interruption time"), interruption);
    auto *correlation = new CorrelationPanel(worker, window);
    correlation->setObjectName(u"correlationPanel"_s);
    QObject::connect(worker, &DataWorker::snapshotReady, correlation, &CorrelationPanel::setSnapshot);
    dock(u"correlation"_s, CorrelationPanel::tr("Safety–quality"), correlation);
    if (auto *d = window->findChild<QDockWidget *>(u"dispatch"_s))
        d->raise();
}

// ---------------------------------------------------------------- interruption time

InterruptionPanel::InterruptionPanel(DataWorker *worker, QWidget *parent) : QWidget(parent), m_worker(worker)
{
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    m_period = new QComboBox(this);
    m_period->setObjectName(u"interruptionPeriod"_s);
    m_period->addItem(tr("Week"), int(AnalyticsPeriod::Week));
    m_period->addItem(tr("Month"), int(AnalyticsPeriod::Month));
    m_period->addItem(tr("Quarter"), int(AnalyticsPeriod::Quarter));
    m_period->setCurrentIndex(1);
    m_area = new QComboBox(this);
    m_area->setObjectName(u"interruptionArea"_s);
    m_area->addItem(tr("All areas"), QString());
    top->addWidget(new QLabel(tr("Period:"), this));
    top->addWidget(m_period);
    top->addWidget(new QLabel(tr("Area:"), this));
    top->addWidget(m_area);
    top->addStretch(1);
    l->addLayout(top);
    m_headline = new QLabel(this);
    m_headline->setObjectName(u"interruptionYoY"_s);
    m_headline->setWordWrap(true);
    m_headline->setStyleSheet(u"QLabel { font-size: 13pt; padding: 4px; }"_s);
    l->addWidget(m_headline);
    m_view = new QChartView(darkChart(QString()), this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(520, 260);
    l->addWidget(m_view, 1);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    l->addWidget(m_note);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_area, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            reload();
    });
    auto *timer = new QTimer(this);
    timer->setInterval(60'000);
    connect(timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
    });
    timer->start();
}

void InterruptionPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void InterruptionPanel::setPeriod(AnalyticsPeriod p) { m_period->setCurrentIndex(m_period->findData(int(p))); }

void InterruptionPanel::setArea(const QString &area)
{
    int i = m_area->findData(area);
    if (i < 0) {
        m_filling = true;
        m_area->addItem(area, area);
        m_filling = false;
        i = m_area->count() - 1;
    }
    m_area->setCurrentIndex(i);
}

void InterruptionPanel::reload()
{
    if (!m_worker)
        return;
    const auto period = AnalyticsPeriod(m_period->currentData().toInt());
    const QString area = m_area->currentData().toString();
    m_worker->call(
        this, [period, area](ServiceContext &ctx) { return AnalyticsService(ctx).interruptionTrend(period, area); },
        [this](InterruptionTrend d) { display(d); },
        [this](const QString &err) { m_headline->setText(tr("The interruption times cannot be computed: %1").arg(err)); });
}

QString InterruptionPanel::headlineText() const { return m_headline->text(); }

void InterruptionPanel::display(const InterruptionTrend &d)
{
    m_data = d;
    // Area picker: the areas with confirmed orders.
    m_filling = true;
    const QString current = m_area->currentData().toString();
    for (const QString &a : d.areas)
        if (m_area->findData(a) < 0)
            m_area->addItem(a, a);
    m_area->setCurrentIndex(std::max(0, m_area->findData(current)));
    m_filling = false;

    const QString scope = d.area.isEmpty() ? tr("all areas") : d.area;
    if (d.headline < 0) {
        m_headline->setText(tr("No confirmed dispatch order in the current or the previous period (%1).").arg(scope));
    } else {
        const InterruptionBucket &b = d.buckets[d.headline];
        QString text = tr("Mean interruption time T, %1 (%2): <b>%3 min</b> over %n confirmed order(s)", nullptr, b.orders)
                           .arg(b.label, scope, minutes(b.total));
        if (b.changePct) {
            const bool better = *b.changePct < 0;
            text += u" · "_s
                + tr("same period a year earlier: %1 min (%2 orders)").arg(minutes(b.totalYearAgo)).arg(b.ordersYearAgo) + u" · "_s
                + u"<b style='color:%1'>%2</b>"_s.arg(better ? u"#66bb6a"_s : u"#ff6e40"_s,
                                                     better ? tr("%1 % shorter").arg(QString::number(-*b.changePct, 'f', 0))
                                                            : tr("%1 % longer").arg(QString::number(*b.changePct, 'f', 0)));
        } else {
            text += u" · "_s + tr("no confirmed order in the same period a year earlier");
        }
        m_headline->setText(text);
    }

    QChart *c = darkChart(tr("Interruption time T per %1: phases stacked (min), trend, a year earlier")
                              .arg(d.period == AnalyticsPeriod::Week ? tr("week") : d.period == AnalyticsPeriod::Month ? tr("month") : tr("quarter")));
    auto *bars = new QStackedBarSeries;
    const QString names[] = {tr("Tdetect"), tr("Tverify"), tr("Trespond"), tr("Tconfirm")};
    QStringList labels;
    double max = 0;
    for (int p = 0; p < 4; ++p) {
        auto *set = new QBarSet(names[p]);
        set->setColor(kPhaseColors[p]);
        for (const InterruptionBucket &b : d.buckets) {
            const double v = p == 0 ? b.detect : p == 1 ? b.verify : p == 2 ? b.respond : b.confirm;
            *set << (v < 0 ? 0.0 : v / 60.0);
        }
        bars->append(set);
    }
    for (const InterruptionBucket &b : d.buckets) {
        labels << b.label;
        max = std::max({max, b.total / 60.0, b.totalYearAgo / 60.0, b.trend / 60.0});
    }
    bars->setBarWidth(0.7);
    c->addSeries(bars);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    if (labels.size() > 8)
        x->setLabelsAngle(-60);
    c->addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis;
    y->setRange(0, max <= 0 ? 1 : max * 1.12);
    y->setLabelFormat(u"%.0f"_s);
    y->setTitleText(tr("min"));
    c->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    // Lines on a hidden numeric axis aligned with the categories.
    auto *lx = new QValueAxis;
    lx->setRange(-0.5, double(d.buckets.size()) - 0.5);
    lx->setVisible(false);
    c->addAxis(lx, Qt::AlignBottom);
    auto *trend = new QLineSeries;
    trend->setName(tr("Trend"));
    QPen tp(Qt::white);
    tp.setWidthF(2);
    trend->setPen(tp);
    auto *ago = new QLineSeries;
    ago->setName(tr("Same period a year earlier"));
    QPen ap(QColor(0xd6, 0x5f, 0x5f));
    ap.setStyle(Qt::DashLine);
    ap.setWidthF(2);
    ago->setPen(ap);
    ago->setPointsVisible(true);
    for (int i = 0; i < d.buckets.size(); ++i) {
        if (d.buckets[i].trend >= 0)
            trend->append(i, d.buckets[i].trend / 60.0);
        if (d.buckets[i].totalYearAgo >= 0)
            ago->append(i, d.buckets[i].totalYearAgo / 60.0);
    }
    for (QLineSeries *s : {trend, ago}) {
        c->addSeries(s);
        s->attachAxis(lx);
        s->attachAxis(y);
    }
    replaceChart(m_view, c);
    m_note->setText(tr("T = Tdetect (first abnormal signal → order opened) + Tverify (→ assigned) + Trespond (→ responded) + "
                       "Tconfirm (→ risk confirmed removed), mean of the confirmed orders detected in the period; the last "
                       "period is to date. A year earlier: the same calendar period (weeks: 52 weeks before). Site time zone %1.")
                        .arg(d.timeZone));
    Q_EMIT loaded();
}

// ---------------------------------------------------------------- safety-quality correlation

CorrelationPanel::CorrelationPanel(DataWorker *worker, QWidget *parent) : QWidget(parent), m_worker(worker)
{
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    m_safety = new QComboBox(this);
    m_safety->setObjectName(u"safetyTag"_s);
    m_quality = new QComboBox(this);
    m_quality->setObjectName(u"qualityTag"_s);
    m_period = new QComboBox(this);
    m_period->setObjectName(u"correlationPeriod"_s);
    for (int days : {1, 7, 14, 30, 90})
        m_period->addItem(days == 1 ? tr("24 h") : tr("%1 days").arg(days), days);
    m_period->setCurrentIndex(2);
    m_lag = new QSpinBox(this);
    m_lag->setObjectName(u"lagMinutes"_s);
    m_lag->setRange(-24 * 60, 24 * 60);
    m_lag->setSingleStep(15);
    m_lag->setValue(120);
    m_lag->setSuffix(tr(" min"));
    m_lag->setToolTip(tr("The quality value is taken this long after the safety signal"));
    m_bucket = new QComboBox(this);
    m_bucket->addItem(tr("Hourly means"), true);
    m_bucket->addItem(tr("Minute means"), false);
    m_compute = new QPushButton(tr("Compute"), this);
    top->addWidget(new QLabel(tr("Safety signal:"), this));
    top->addWidget(m_safety, 1);
    top->addWidget(new QLabel(tr("Quality outcome:"), this));
    top->addWidget(m_quality, 1);
    top->addWidget(new QLabel(tr("Period:"), this));
    top->addWidget(m_period);
    top->addWidget(new QLabel(tr("Lag:"), this));
    top->addWidget(m_lag);
    top->addWidget(m_bucket);
    top->addWidget(m_compute);
    l->addLayout(top);
    m_resultLabel = new QLabel(tr("Pick a safety tag and a quality tag, then Compute."), this);
    m_resultLabel->setObjectName(u"correlationResult"_s);
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setStyleSheet(u"QLabel { font-size: 12pt; padding: 4px; }"_s);
    l->addWidget(m_resultLabel);
    auto *charts = new QHBoxLayout;
    m_scatter = new QChartView(darkChart(QString()), this);
    m_series = new QChartView(darkChart(QString()), this);
    for (QChartView *v : {m_scatter, m_series}) {
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumSize(360, 240);
        charts->addWidget(v, 1);
    }
    l->addLayout(charts, 1);
    connect(m_compute, &QPushButton::clicked, this, [this] { compute(); });
}

void CorrelationPanel::setSnapshot(const SnapshotPtr &s)
{
    if (s->timeZone.isValid())
        m_zone = s->timeZone;
    if (m_safety->count() > 0 || s->layout.sensors.isEmpty())
        return;
    for (const site::Sensor &se : s->layout.sensors) {
        const QString text = u"%1 (%2, %3)"_s.arg(se.tag, se.kind, se.unit);
        if (se.kind == u"quality"_s)
            m_quality->addItem(text, se.tag);
        else
            m_safety->addItem(text, se.tag);
    }
    // The demo's pair: casting-house CO against hot-metal silicon.
    const int co = m_safety->findData(u"CH2.CO_ppm"_s);
    if (co >= 0)
        m_safety->setCurrentIndex(co);
}

void CorrelationPanel::compute(const QString &safetyTag, const QString &qualityTag, int periodDays, int lagMinutes, bool hourly)
{
    if (m_safety->findData(safetyTag) < 0)
        m_safety->addItem(safetyTag, safetyTag);
    if (m_quality->findData(qualityTag) < 0)
        m_quality->addItem(qualityTag, qualityTag);
    m_safety->setCurrentIndex(m_safety->findData(safetyTag));
    m_quality->setCurrentIndex(m_quality->findData(qualityTag));
    const int p = m_period->findData(periodDays);
    if (p >= 0)
        m_period->setCurrentIndex(p);
    m_lag->setValue(lagMinutes);
    m_bucket->setCurrentIndex(hourly ? 0 : 1);
    compute();
}

void CorrelationPanel::compute()
{
    const QString safety = m_safety->currentData().toString(), quality = m_quality->currentData().toString();
    if (safety.isEmpty() || quality.isEmpty() || !m_worker) {
        m_resultLabel->setText(tr("Pick a safety tag and a quality tag (sensors of kind 'quality')."));
        return;
    }
    const qint64 span = m_period->currentData().toLongLong() * 86400'000;
    const qint64 lag = qint64(m_lag->value()) * 60'000;
    const qint64 bucket = m_bucket->currentData().toBool() ? 3600'000 : 60'000;
    m_compute->setEnabled(false);
    m_resultLabel->setText(tr("Computing…"));
    m_worker->call(
        this,
        [safety, quality, span, lag, bucket](ServiceContext &ctx) {
            const qint64 to = ctx.now();
            return AnalyticsService(ctx).correlate(safety, quality, to - span - std::max<qint64>(lag, 0), to - std::max<qint64>(lag, 0),
                                                   lag, bucket);
        },
        [this](CorrelationResult r) {
            m_compute->setEnabled(true);
            display(r);
        },
        [this](const QString &err) {
            m_compute->setEnabled(true);
            m_resultLabel->setText(tr("The correlation cannot be computed: %1").arg(err));
        });
}

QString CorrelationPanel::resultText() const { return m_resultLabel->text(); }

void CorrelationPanel::display(const CorrelationResult &r)
{
    m_result = r;
    const QString bucket = r.bucketMs == 3600'000 ? tr("hourly") : tr("minute");
    QString strength;
    if (std::isnan(r.r))
        strength = tr("not defined (fewer than 3 pairs or a constant series)");
    else {
        const double a = std::abs(r.r);
        strength = a >= 0.7 ? tr("strong") : a >= 0.4 ? tr("moderate") : a >= 0.2 ? tr("weak") : tr("negligible");
        strength += r.r >= 0 ? tr(", positive") : tr(", negative");
    }
    m_resultLabel->setText(tr("Pearson r = <b>%1</b> (%2) · n = %3 %4 pairs · lag %5 min · bad samples excluded: %6 %7, %8 %9")
                          .arg(std::isnan(r.r) ? u"–"_s : QString::number(r.r, 'f', 3), strength)
                          .arg(r.n)
                          .arg(bucket)
                          .arg(r.lagMs / 60'000)
                          .arg(r.badSafety)
                          .arg(r.safetyTag)
                          .arg(r.badQuality)
                          .arg(r.qualityTag));

    // Scatter: safety (x) against quality (y).
    {
        QChart *c = darkChart(tr("%1 against %2 (%3 later)").arg(r.qualityTag, r.safetyTag, tr("%1 min").arg(r.lagMs / 60'000)));
        auto *s = new QScatterSeries;
        s->setName(tr("%n pair(s)", nullptr, r.n));
        s->setMarkerSize(6);
        s->setColor(QColor(0x4e, 0x9a, 0xd6));
        s->setBorderColor(QColor(0x4e, 0x9a, 0xd6));
        double x0 = 0, x1 = 1, y0 = 0, y1 = 1;
        if (!r.x.isEmpty()) {
            x0 = *std::min_element(r.x.begin(), r.x.end());
            x1 = *std::max_element(r.x.begin(), r.x.end());
            y0 = *std::min_element(r.y.begin(), r.y.end());
            y1 = *std::max_element(r.y.begin(), r.y.end());
        }
        for (qsizetype i = 0; i < r.x.size(); ++i)
            s->append(r.x[i], r.y[i]);
        c->addSeries(s);
        auto *ax = new QValueAxis;
        const double px = std::max((x1 - x0) * 0.05, 1e-6), py = std::max((y1 - y0) * 0.05, 1e-6);
        ax->setRange(x0 - px, x1 + px);
        ax->setTitleText(u"%1 (%2)"_s.arg(r.safetyTag, r.safetyUnit));
        auto *ay = new QValueAxis;
        ay->setRange(y0 - py, y1 + py);
        ay->setTitleText(u"%1 (%2)"_s.arg(r.qualityTag, r.qualityUnit));
        c->addAxis(ax, Qt::AlignBottom);
        c->addAxis(ay, Qt::AlignLeft);
        s->attachAxis(ax);
        s->attachAxis(ay);
        replaceChart(m_scatter, c);
    }
    // Both series over the period (bucket means), the axis in site time.
    auto shown = [this](qint64 utcMs) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc());
        return utcMs + qint64(m_zone.offsetFromUtc(t) - t.toLocalTime().offsetFromUtc()) * 1000;
    };
    {
        QChart *c = darkChart(tr("%1 and %2, %3 means").arg(r.safetyTag, r.qualityTag, bucket));
        auto *x = new QDateTimeAxis;
        x->setFormat(r.to - r.from > 2 * 86400'000 ? u"MM-dd"_s : u"HH:mm"_s);
        x->setRange(QDateTime::fromMSecsSinceEpoch(shown(r.from)), QDateTime::fromMSecsSinceEpoch(shown(r.to)));
        x->setTitleText(tr("Site time (%1)").arg(QString::fromUtf8(m_zone.id())));
        c->addAxis(x, Qt::AlignBottom);
        auto addLine = [&](const QList<std::pair<qint64, double>> &pts, const QString &name, const QString &unit, const QColor &color,
                           Qt::Alignment side) {
            auto *s = new QLineSeries;
            s->setName(name);
            s->setColor(color);
            double lo = 0, hi = 1;
            if (!pts.isEmpty()) {
                lo = hi = pts.first().second;
                for (const auto &[t, v] : pts) {
                    s->append(double(shown(t)), v);
                    lo = std::min(lo, v);
                    hi = std::max(hi, v);
                }
            }
            auto *y = new QValueAxis;
            const double pad = std::max((hi - lo) * 0.08, 1e-6);
            y->setRange(lo - pad, hi + pad);
            y->setTitleText(unit);
            y->setLinePenColor(color);
            y->setLabelsColor(color);
            c->addSeries(s);
            c->addAxis(y, side);
            s->attachAxis(x);
            s->attachAxis(y);
        };
        addLine(r.safetySeries, r.safetyTag, r.safetyUnit, QColor(0xf0, 0x9a, 0x3e), Qt::AlignLeft);
        addLine(r.qualitySeries, r.qualityTag, r.qualityUnit, QColor(0x6a, 0xbf, 0x69), Qt::AlignRight);
        replaceChart(m_series, c);
    }
    Q_EMIT computed();
}

} // namespace ui
} // namespace gl
