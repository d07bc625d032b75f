// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QTimeZone>
#include <QWidget>

class QLabel;
class QPushButton;
class QSlider;

namespace gl::map {

/// The permit time slider under the map: a time in site-local time, ±N days around now in 15-minute steps,
/// and a "Now" button that makes it follow the clock again. The chosen instant goes to
/// PlantMapView::setPermitTime (the owner connects timeChanged).
class MapTimeSlider : public QWidget {
    Q_OBJECT
public:
    explicit MapTimeSlider(QWidget *parent = nullptr);

    /// The site's zone: the label shows times in it, with the zone's abbreviation and offset.
    void setTimeZone(const QTimeZone &zone);
    /// Moves "now" (the clock of the latest snapshot). When live, the chosen time follows it.
    void setNow(qint64 msecsSinceEpoch);
    void setRangeDays(int days);
    /// Chooses an instant (clamped to the range); not live any more unless it is now.
    void setTime(qint64 msecsSinceEpoch);
    /// Back to "now", following the clock.
    void goLive();

    qint64 time() const { return m_live ? m_now : m_time; }
    bool isLive() const { return m_live; }
    QString label() const;
    QSlider *slider() const { return m_slider; }
    QPushButton *nowButton() const { return m_nowButton; }

    static constexpr qint64 StepMs = 15 * 60 * 1000;

Q_SIGNALS:
    /// The instant to show; `live` when it is now (and will follow the clock).
    void timeChanged(qint64 msecsSinceEpoch, bool live);

private:
    void sync();
    QSlider *m_slider;
    QLabel *m_label;
    QPushButton *m_nowButton;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    qint64 m_now = 0, m_time = 0;
    int m_days = 3;
    bool m_live = true;
    bool m_syncing = false;
};

} // namespace gl::map
