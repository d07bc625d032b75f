// SPDX-License-Identifier: Apache-2.0
#include "widgets/CameraTile.h"
#include "core/video/FeedWorker.h"
#include "widgets/Theme.h"

#include <QPainter>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

CameraTile::CameraTile(const QString &code, const QString &name, const QString &url, QWidget *parent)
    : QWidget(parent), m_code(code), m_name(name)
{
    setMinimumSize(160, 90);
    setAttribute(Qt::WA_OpaquePaintEvent);
    video::FeedOptions opt;
    opt.url = url;
    opt.name = code;
    m_feed = std::make_unique<video::FeedWorker>(opt);
    m_slot = m_feed->addConsumer(size());
    // The decoder signals from its own thread; frames are taken here, on the UI thread, at most once per frame.
    connect(m_feed.get(), &video::FeedWorker::frameAvailable, this, &CameraTile::takeFrame, Qt::QueuedConnection);
    connect(m_feed.get(), &video::FeedWorker::stateChanged, this, [this] { update(); }, Qt::QueuedConnection);
    connect(m_feed.get(), &video::FeedWorker::statsChanged, this, [this] { update(); }, Qt::QueuedConnection);
    m_feed->start();
}

CameraTile::~CameraTile()
{
    m_feed->stop(); // the destructor joins; stop first so it returns within ~100 ms
}

void CameraTile::takeFrame()
{
    if (auto f = m_slot->take()) {
        m_frame = f->image;
        update();
    }
}

void CameraTile::resizeEvent(QResizeEvent *)
{
    m_feed->removeConsumer(m_slot);
    m_slot = m_feed->addConsumer(size());
}

void CameraTile::mouseDoubleClickEvent(QMouseEvent *) { Q_EMIT activated(m_code); }

void CameraTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0x10, 0x10, 0x10));
    const video::FeedStats st = m_feed->stats();
    const bool live = st.state == video::FeedState::Live;
    if (!m_frame.isNull()) {
        QRect target(QPoint(0, 0), m_frame.size().scaled(size(), Qt::KeepAspectRatio));
        target.moveCenter(rect().center());
        p.drawImage(target, m_frame);
        if (!live) // a frozen picture must never look live
            p.fillRect(rect(), QColor(0, 0, 0, 150));
    }
    QString state;
    QColor colour;
    switch (st.state) {
    case video::FeedState::Live:
        state = tr("LIVE");
        colour = QColor(0x66, 0xbb, 0x6a);
        break;
    case video::FeedState::Stalled:
        state = tr("STALLED");
        colour = colours::severity(u"high"_s);
        break;
    case video::FeedState::Connecting:
    case video::FeedState::Unknown:
        state = tr("connecting…");
        colour = QColor(0xbb, 0xbb, 0xbb);
        break;
    case video::FeedState::Offline:
        state = tr("OFFLINE");
        colour = colours::severity(u"critical"_s);
        break;
    }
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 170));
    p.drawRect(QRect(0, 0, width(), 22));
    p.setPen(colour);
    p.drawText(QRect(6, 0, width() - 12, 22), Qt::AlignVCenter | Qt::AlignLeft, u"● "_s + state);
    p.setPen(QColor(0xdd, 0xdd, 0xdd));
    const int stateWidth = p.fontMetrics().horizontalAdvance(u"● "_s + state) + 16;
    const QString label = p.fontMetrics().elidedText(m_code + u"  "_s + m_name, Qt::ElideRight, width() - 12 - stateWidth);
    p.drawText(QRect(6 + stateWidth, 0, width() - 12 - stateWidth, 22), Qt::AlignVCenter | Qt::AlignRight, label);
    if (live)
        p.drawText(QRect(6, height() - 20, width() - 12, 18), Qt::AlignVCenter | Qt::AlignRight,
                   u"%1×%2  %3 fps"_s.arg(st.resolution.width()).arg(st.resolution.height()).arg(st.fps, 0, 'f', 1));
    else if (m_frame.isNull())
        p.drawText(rect(), Qt::AlignCenter, st.state == video::FeedState::Offline ? tr("no signal — retrying") : tr("connecting…"));
    p.setPen(QColor(0x44, 0x44, 0x44));
    p.setBrush(Qt::NoBrush);
    p.drawRect(rect().adjusted(0, 0, -1, -1));
}

} // namespace ui
} // namespace gl
