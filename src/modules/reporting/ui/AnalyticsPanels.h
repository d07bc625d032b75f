// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/reporting/logic/AnalyticsService.h"
#include "shell/DataWorker.h"

#include <QTimeZone>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

class QMainWindow;

namespace gl {
namespace ui {

class PanelHost;

/// Creates the "Interruption time" and "Safety–quality" docks, tabbed with the Dashboards dock.
void installAnalyticsDocks(QMainWindow *window, PanelHost *host);

/// Interruption-time dashboard (issue #8 part 7): T = Tdetect + Tverify + Trespond + Tconfirm of the
/// confirmed dispatch orders per week / month / quarter and area: the four phases stacked (minutes), the
/// trend line, the same period a year earlier, and the headline change in %. AnalyticsService on the data thread.
class InterruptionPanel : public QWidget {
    Q_OBJECT
public:
    explicit InterruptionPanel(DataWorker *worker, QWidget *parent = nullptr);
    void reload();
    void setPeriod(AnalyticsPeriod p);
    void setArea(const QString &area);
    const InterruptionTrend &data() const { return m_data; }
    QString headlineText() const;
    QChartView *chartView() const { return m_view; }

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void display(const InterruptionTrend &d);
    DataWorker *m_worker;
    QComboBox *m_period, *m_area;
    QLabel *m_headline, *m_note;
    QChartView *m_view;
    InterruptionTrend m_data;
    bool m_filling = false;
};

/// Safety-quality link (issue #8 part 8): the EHS manager picks a safety tag, a quality tag, a period, a
/// lag and hourly or minute buckets; Pearson's r and n (bad samples excluded), a scatter chart and both
/// series over the period.
class CorrelationPanel : public QWidget {
    Q_OBJECT
public:
    explicit CorrelationPanel(DataWorker *worker, QWidget *parent = nullptr);
    void setSnapshot(const SnapshotPtr &s);
    /// Selects the tags and settings and computes (as the Compute button does).
    void compute(const QString &safetyTag, const QString &qualityTag, int periodDays, int lagMinutes, bool hourly = true);
    void compute();
    const CorrelationResult &result() const { return m_result; }
    QString resultText() const;
    QChartView *scatterView() const { return m_scatter; }
    QChartView *seriesView() const { return m_series; }

Q_SIGNALS:
    void computed();

private:
    void display(const CorrelationResult &r);
    DataWorker *m_worker;
    QComboBox *m_safety, *m_quality, *m_period, *m_bucket;
    QSpinBox *m_lag;
    QPushButton *m_compute;
    QLabel *m_resultLabel;
    QChartView *m_scatter, *m_series;
    CorrelationResult m_result;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace ui
} // namespace gl
