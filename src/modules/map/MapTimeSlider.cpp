// SPDX-License-Identifier: Apache-2.0
#include "modules/map/MapTimeSlider.h"
#include "platform/util/Clock.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gl::map {

MapTimeSlider::MapTimeSlider(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"permitTimeSlider"_s);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 8, 4);
    auto *title = new QLabel(tr("Permits active at"), this);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(u"permitTime"_s);
    m_slider->setToolTip(tr("Drag to see the permits active at another time (site-local time); Now returns to the clock"));
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setPageStep(4 * 6); // 6 hours
    m_label = new QLabel(this);
    m_label->setMinimumWidth(fontMetrics().horizontalAdvance(u"Wed 2026-03-04 23:45 CST (UTC+08:00) · live"_s));
    m_nowButton = new QPushButton(tr("Now"), this);
    m_nowButton->setObjectName(u"permitTimeNow"_s);
    m_nowButton->setToolTip(tr("Show the permits active now, following the clock"));
    row->addWidget(title);
    row->addWidget(m_slider, 1);
    row->addWidget(m_label);
    row->addWidget(m_nowButton);
    m_now = m_time = gl::processClock().nowMs();
    setRangeDays(3);

    connect(m_slider, &QSlider::valueChanged, this, [this](int v) {
        if (m_syncing)
            return;
        m_live = v == 0;
        m_time = m_now + qint64(v) * StepMs;
        sync();
        Q_EMIT timeChanged(time(), m_live);
    });
    connect(m_nowButton, &QPushButton::clicked, this, &MapTimeSlider::goLive);
}

void MapTimeSlider::setTimeZone(const QTimeZone &zone)
{
    if (zone.isValid())
        m_zone = zone;
    sync();
}

void MapTimeSlider::setNow(qint64 msecsSinceEpoch)
{
    m_now = msecsSinceEpoch;
    if (m_live)
        m_time = m_now;
    sync();
    if (m_live)
        Q_EMIT timeChanged(m_now, true);
}

void MapTimeSlider::setRangeDays(int days)
{
    m_days = std::max(1, days);
    const int steps = int(qint64(m_days) * 24 * 3600 * 1000 / StepMs);
    m_syncing = true;
    m_slider->setRange(-steps, steps);
    m_slider->setTickInterval(int(24 * 3600 * 1000 / StepMs)); // a tick a day
    m_syncing = false;
    sync();
}

void MapTimeSlider::setTime(qint64 msecsSinceEpoch)
{
    const qint64 span = qint64(m_days) * 24 * 3600 * 1000;
    m_time = std::clamp(msecsSinceEpoch, m_now - span, m_now + span);
    m_live = m_time == m_now;
    sync();
    Q_EMIT timeChanged(time(), m_live);
}

void MapTimeSlider::goLive()
{
    m_live = true;
    m_time = m_now;
    sync();
    Q_EMIT timeChanged(m_now, true);
}

QString MapTimeSlider::label() const
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(time(), m_zone);
    const int offset = m_zone.offsetFromUtc(t);
    const QString utc = u"UTC%1%2:%3"_s.arg(QString(QChar(offset < 0 ? u'-' : u'+')))
                            .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
                            .arg(std::abs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
    const QString when = t.toString(u"ddd yyyy-MM-dd HH:mm"_s) % u" "_s % m_zone.abbreviation(t) % u" ("_s % utc % u")"_s;
    return m_live ? tr("%1 · now").arg(when) : when;
}

void MapTimeSlider::sync()
{
    m_syncing = true;
    m_slider->setValue(int(std::lround(double(time() - m_now) / StepMs)));
    m_syncing = false;
    m_label->setText(label());
    m_nowButton->setEnabled(!m_live);
}

} // namespace gl::map
