// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/reporting/logic/AnalyticsService.h"

#include <QTimeZone>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;

namespace gl {
namespace ui {

class DataWorker;

/// A non-modal chart of one tag (Qt Charts, drawn on the GUI thread; data read on the data thread through
/// AnalyticsService::tagChart): period presets 15 min … 7 d, raw samples or minute min/avg/max band, bad
/// samples as red markers on the axis (never drawn as values), the alarm thresholds of the active rules on
/// the tag as dashed lines, the unit on the axis, site-local time. One window per tag.
class TagChartWindow : public QWidget {
    Q_OBJECT
public:
    /// Opens (or raises) the chart of `tag` over the main window that `from` belongs to.
    static TagChartWindow *open(QWidget *from, const QString &tag);
    /// The open chart window of a tag, if any.
    static TagChartWindow *find(const QString &tag);

    TagChartWindow(DataWorker *worker, const QString &tag, QWidget *parent);

    QString tag() const { return m_tag; }
    /// Period preset in minutes: 15, 60, 480, 1440, 10080.
    void setPeriodMinutes(int minutes);
    void setAggregates(bool on);
    void reload();

    // What is drawn (tests, accessibility).
    const TagChartData &data() const { return m_data; }
    int goodPointCount() const { return m_good; }
    int badPointCount() const { return m_bad; }
    int thresholdCount() const { return int(m_data.thresholds.size()); }
    QChartView *chartView() const { return m_view; }

Q_SIGNALS:
    void loaded();

private:
    void display(const TagChartData &d);
    qint64 shown(qint64 utcMs) const; ///< epoch ms as the axis (local time) must get them to show site time

    DataWorker *m_worker;
    QString m_tag;
    QComboBox *m_period, *m_mode;
    QLabel *m_status;
    QChartView *m_view;
    TagChartData m_data;
    QTimeZone m_zone;
    int m_good = 0, m_bad = 0;
    bool m_busy = false;
};

} // namespace ui
} // namespace gl
