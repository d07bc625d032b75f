// SPDX-License-Identifier: Apache-2.0
#include "modules/reporting/ui/DashboardPanel.h"
#include "shell/DataWorker.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

namespace {

const QList<QColor> kPalette = {QColor(0x4e, 0x9a, 0xd6), QColor(0xf0, 0x9a, 0x3e), QColor(0x6a, 0xbf, 0x69), QColor(0xd6, 0x5f, 0x5f),
                                QColor(0xa5, 0x8c, 0xd6), QColor(0x8c, 0x9a, 0xa6), QColor(0xd6, 0xc1, 0x4e)};

QChart *newChart(const QString &title)
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

QValueAxis *valueAxis(QChart *c, double max, const QString &format = u"%d"_s)
{
    auto *y = new QValueAxis;
    y->setRange(0, max <= 0 ? 1 : max * 1.15);
    y->setLabelFormat(format);
    y->setTickCount(5);
    c->addAxis(y, Qt::AlignLeft);
    return y;
}

QBarCategoryAxis *categoryAxis(QChart *c, const QStringList &labels)
{
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    if (labels.size() > 6)
        x->setLabelsAngle(-60); // 12 weeks or months stay legible in a narrow chart
    c->addAxis(x, Qt::AlignBottom);
    return x;
}

} // namespace

DashboardPanel::DashboardPanel(QWidget *parent) : QWidget(parent), m_note(new QLabel(this))
{
    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(4, 4, 4, 4);
    // KPI tiles.
    auto *tiles = new QHBoxLayout;
    const QList<QPair<QString, QString>> kpis = {{u"lti_free_days"_s, tr("LTI-free days")},
                                                 {u"trir"_s, tr("TRIR (12 months)")},
                                                 {u"ltifr"_s, tr("LTIFR (12 months)")},
                                                 {u"hours"_s, tr("Hours worked (12 months)")},
                                                 {u"training"_s, tr("Training current")},
                                                 {u"overdue"_s, tr("Overdue hazards")}};
    for (const auto &[key, title] : kpis) {
        auto *box = new QLabel(content);
        box->setObjectName(u"kpi_"_s + key);
        box->setAlignment(Qt::AlignCenter);
        box->setMinimumWidth(150);
        box->setStyleSheet(u"QLabel { border: 1px solid #55606b; padding: 6px; }"_s);
        box->setProperty("title", title);
        box->setText(u"<div style='font-size:9pt'>%1</div><div style='font-size:20pt; font-weight:bold'>–</div>"_s.arg(title));
        m_kpis.insert(key, box);
        tiles->addWidget(box);
    }
    grid->addLayout(tiles, 0, 0, 1, 3);
    for (int i = 0; i < 6; ++i) {
        auto *v = new QChartView(newChart(QString()), content);
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumSize(360, 240);
        m_views << v;
        grid->addWidget(v, 1 + i / 3, i % 3);
    }
    m_note->setWordWrap(true);
    grid->addWidget(m_note, 3, 0, 1, 3);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(scroll);
    auto *timer = new QTimer(this);
    timer->setInterval(60'000);
    connect(timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
    });
    timer->start();
}

void DashboardPanel::setDataWorker(DataWorker *worker) { m_worker = worker; }

void DashboardPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void DashboardPanel::reload()
{
    if (!m_worker)
        return;
    m_worker->call(
        this, [](ServiceContext &ctx) { return SafetyMetricsService(ctx).dashboard(); }, [this](DashboardData d) { display(d); },
        [this](const QString &err) { m_note->setText(tr("The dashboards cannot be computed: %1").arg(err)); });
}

QString DashboardPanel::kpiText(const QString &key) const
{
    const QLabel *l = m_kpis.value(key);
    return l ? l->property("value").toString() : QString();
}

void DashboardPanel::display(const DashboardData &d)
{
    m_data = d;
    const QLocale locale;
    auto setKpi = [this](const QString &key, const QString &value, const QString &sub, bool bad = false) {
        QLabel *l = m_kpis.value(key);
        l->setProperty("value", value);
        l->setText(u"<div style='font-size:9pt'>%1</div><div style='font-size:20pt; font-weight:bold%4'>%2</div>"
                   "<div style='font-size:8pt'>%3</div>"_s.arg(l->property("title").toString(), value, sub,
                                                               bad ? u"; color:#ff6e40"_s : QString()));
    };
    setKpi(u"lti_free_days"_s, d.ltiFreeDays < 0 ? u"–"_s : QString::number(d.ltiFreeDays),
           d.lastLostTime.isValid() ? tr("last LTI %1").arg(d.lastLostTime.toString(Qt::ISODate)) : tr("no LTI on record"));
    setKpi(u"trir"_s, d.trir12 < 0 ? u"–"_s : QString::number(d.trir12, 'f', 2),
           tr("%1 recordable × 200,000 h / hours").arg(d.recordables12));
    setKpi(u"ltifr"_s, d.ltifr12 < 0 ? u"–"_s : QString::number(d.ltifr12, 'f', 2), tr("%1 LTI × 1,000,000 h / hours").arg(d.ltis12),
           d.ltis12 > 0);
    setKpi(u"hours"_s, locale.toString(qint64(d.hours12)), tr("h, from the monthly records"));
    setKpi(u"training"_s, d.trainingCompletion < 0 ? u"–"_s : QString::number(d.trainingCompletion, 'f', 0) + u"%"_s,
           tr("%1 of %2 people hold valid training").arg(d.peopleTrained).arg(d.people));
    int overdue = 0;
    for (int n : d.overdueAgeing)
        overdue += n;
    setKpi(u"overdue"_s, QString::number(overdue), tr("open hazards past their deadline"), overdue > 0);

    QStringList weeks, months;
    for (const QDate &w : d.weeks)
        weeks << w.toString(u"MM-dd"_s);
    for (const QDate &m : d.months)
        months << m.toString(u"yy-MM"_s);
    auto reset = [this](int i, const QString &title) {
        QChart *old = m_views[i]->chart();
        QChart *c = newChart(title);
        m_views[i]->setChart(c);
        delete old;
        return c;
    };

    // 1. Hazards reported / closed per week, with the closure rate.
    {
        QChart *c = reset(0, tr("Hazards per week: reported, closed, closure rate"));
        auto *bars = new QBarSeries;
        auto *reported = new QBarSet(tr("Reported"));
        auto *closed = new QBarSet(tr("Closed"));
        int max = 0;
        for (int i = 0; i < d.weeks.size(); ++i) {
            *reported << d.hazardsReported.value(i);
            *closed << d.hazardsClosed.value(i);
            max = std::max({max, d.hazardsReported.value(i), d.hazardsClosed.value(i)});
        }
        reported->setColor(kPalette[1]);
        closed->setColor(kPalette[2]);
        bars->append(reported);
        bars->append(closed);
        c->addSeries(bars);
        auto *rate = new QLineSeries;
        rate->setName(tr("Closure rate %"));
        for (int i = 0; i < d.closureRate.size(); ++i)
            if (d.closureRate[i] >= 0)
                rate->append(i, d.closureRate[i]);
        rate->setColor(Qt::white);
        c->addSeries(rate);
        QBarCategoryAxis *x = categoryAxis(c, weeks);
        bars->attachAxis(x);
        bars->attachAxis(valueAxis(c, max));
        auto *pct = new QValueAxis;
        pct->setRange(0, 100);
        pct->setLabelFormat(u"%d%"_s);
        c->addAxis(pct, Qt::AlignRight);
        auto *rx = new QValueAxis;
        rx->setRange(-0.5, d.weeks.size() - 0.5);
        rx->setVisible(false);
        c->addAxis(rx, Qt::AlignBottom);
        rate->attachAxis(rx);
        rate->attachAxis(pct);
    }
    // 2. Overdue ageing.
    {
        QChart *c = reset(1, tr("Overdue hazards by days past deadline"));
        auto *bars = new QBarSeries;
        auto *set = new QBarSet(tr("Open hazards"));
        int max = 0;
        for (int n : d.overdueAgeing) {
            *set << n;
            max = std::max(max, n);
        }
        set->setColor(kPalette[3]);
        bars->append(set);
        c->addSeries(bars);
        c->legend()->hide();
        bars->attachAxis(categoryAxis(c, {tr("1–7 d"), tr("8–30 d"), tr("31–90 d"), tr("> 90 d")}));
        bars->attachAxis(valueAxis(c, max));
    }
    // 3. Interruption time by area.
    {
        QChart *c = reset(2, tr("Interruption time T by area (weekly mean, s)"));
        auto *x = new QValueAxis;
        x->setRange(0, std::max<qsizetype>(1, d.weeks.size() - 1));
        x->setTickCount(int(std::min<qsizetype>(d.weeks.size(), 7)));
        x->setLabelFormat(u"%d"_s);
        x->setTitleText(tr("week (0 = %1)").arg(weeks.value(0)));
        c->addAxis(x, Qt::AlignBottom);
        double max = 0;
        for (const QList<double> &s : d.interruptionByArea)
            for (double v : s)
                max = std::max(max, v);
        QValueAxis *y = valueAxis(c, max);
        for (qsizetype a = 0; a < d.interruptionAreas.size(); ++a) {
            auto *line = new QLineSeries;
            line->setName(d.interruptionAreas[a]);
            line->setColor(kPalette[a % kPalette.size()]);
            line->setPointsVisible(true);
            for (int w = 0; w < d.interruptionByArea[a].size(); ++w)
                if (d.interruptionByArea[a][w] >= 0)
                    line->append(w, d.interruptionByArea[a][w]);
            c->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
        }
    }
    // 4. Permit volume by type per month.
    {
        QChart *c = reset(3, tr("Permits per month by type"));
        auto *bars = new QStackedBarSeries;
        QList<int> totals(d.months.size(), 0);
        for (qsizetype t = 0; t < d.permitTypes.size(); ++t) {
            auto *set = new QBarSet(d.permitTypes[t]);
            set->setColor(kPalette[t % kPalette.size()]);
            for (int m = 0; m < d.months.size(); ++m) {
                *set << d.permitsByType[t].value(m);
                totals[m] += d.permitsByType[t].value(m);
            }
            bars->append(set);
        }
        c->addSeries(bars);
        bars->attachAxis(categoryAxis(c, months));
        bars->attachAxis(valueAxis(c, totals.isEmpty() ? 0 : *std::max_element(totals.begin(), totals.end())));
    }
    // 5. Leading indicators: hazards reported and near misses per week.
    {
        QChart *c = reset(4, tr("Leading indicators per week"));
        auto *bars = new QBarSeries;
        auto *hz = new QBarSet(tr("Hazards reported"));
        auto *nm = new QBarSet(tr("Near misses"));
        int max = 0;
        for (int i = 0; i < d.weeks.size(); ++i) {
            *hz << d.hazardsReported.value(i);
            *nm << d.nearMisses.value(i);
            max = std::max({max, d.hazardsReported.value(i), d.nearMisses.value(i)});
        }
        hz->setColor(kPalette[0]);
        nm->setColor(kPalette[6]);
        bars->append(hz);
        bars->append(nm);
        c->addSeries(bars);
        bars->attachAxis(categoryAxis(c, weeks));
        bars->attachAxis(valueAxis(c, max));
    }
    // 6. Lagging indicators per month: recordables and LTIs, with hours worked.
    {
        QChart *c = reset(5, tr("Recordable injuries and LTIs per month"));
        auto *bars = new QBarSeries;
        auto *rec = new QBarSet(tr("Recordable"));
        auto *lti = new QBarSet(tr("Lost time"));
        int max = 0;
        for (int m = 0; m < d.months.size(); ++m) {
            *rec << d.recordablesMonthly.value(m);
            *lti << d.ltisMonthly.value(m);
            max = std::max(max, d.recordablesMonthly.value(m));
        }
        rec->setColor(kPalette[1]);
        lti->setColor(kPalette[3]);
        bars->append(rec);
        bars->append(lti);
        c->addSeries(bars);
        bars->attachAxis(categoryAxis(c, months));
        bars->attachAxis(valueAxis(c, std::max(max, 2)));
    }
    m_note->setText(tr("TRIR = recordable injuries × 200,000 / hours worked; LTIFR = lost-time injuries × 1,000,000 / hours worked "
                       "(rolling 12 months, hours from the monthly records). Closure rate: share of the week's reported hazards "
                       "closed by now. Site time zone %1, as of %2.")
                        .arg(d.timeZone, d.today.toString(Qt::ISODate)));
    Q_EMIT loaded();
}

} // namespace ui
} // namespace gl
