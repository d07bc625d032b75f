// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/reporting/logic/SafetyMetricsService.h"

#include <QHash>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace gl {
namespace ui {

class DataWorker;

/// EHS dashboards (Qt Charts): LTI-free days, TRIR and LTIFR (rolling 12 months), training completion;
/// hazards reported/closed and closure rate per week, overdue ageing, interruption time by area,
/// permit volume by type, near misses. Computed by SafetyMetricsService on the data thread.
class DashboardPanel : public QWidget {
    Q_OBJECT
public:
    explicit DashboardPanel(QWidget *parent = nullptr);
    void setDataWorker(DataWorker *worker);
    void reload();
    const DashboardData &data() const { return m_data; }
    /// The KPI tiles' values as shown, by key: lti_free_days, trir, ltifr, hours, training, overdue.
    QString kpiText(const QString &key) const;
    QList<QChartView *> charts() const { return m_views; }

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void display(const DashboardData &d);
    DataWorker *m_worker = nullptr;
    DashboardData m_data;
    QHash<QString, QLabel *> m_kpis;
    QList<QChartView *> m_views;
    QLabel *m_note;
};

} // namespace ui
} // namespace gl
