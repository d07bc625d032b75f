// SPDX-License-Identifier: Apache-2.0
#include "modules/video/ui/CameraTile.h"
#include "modules/video/decode/FeedWorker.h"
#include "shell/Theme.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDrag>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

CameraTile::CameraTile(int slot, QWidget *parent) : QWidget(parent), m_slot(slot)
{
    setMinimumSize(128, 72);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAcceptDrops(true);
    setFocusPolicy(Qt::ClickFocus);
    setObjectName(u"cameraTile%1"_s.arg(slot));
}

CameraTile::~CameraTile() { stopFeed(); }

void CameraTile::stopFeed()
{
    if (!m_feed)
        return;
    m_feed->stop(); // the destructor joins; stop first so it returns within ~100 ms
    m_feed.reset();
    m_frameSlot.reset();
}

void CameraTile::setCamera(const QString &code, const QString &name, const QString &url)
{
    m_name = name;
    // The name is elided on a small tile: the tooltip holds it in full.
    setToolTip(code.isEmpty() ? QString() : tr("%1  %2\nDouble-click: full view and back · right-click: snapshot, remove").arg(code, name));
    if (code == m_code && url == m_url) {
        update();
        return;
    }
    stopFeed();
    m_code = code;
    m_url = url;
    m_frame = QImage();
    m_drill = url.startsWith(u"file:"_s) || url.startsWith(u'/');
    if (!code.isEmpty() && !url.isEmpty()) {
        video::FeedOptions opt;
        opt.url = url;
        opt.name = code;
        m_feed = std::make_unique<video::FeedWorker>(opt);
        m_frameSlot = m_feed->addConsumer(size());
        // The decoder signals from its own thread; frames are taken here, on the UI thread, at most once per frame.
        connect(m_feed.get(), &video::FeedWorker::frameAvailable, this, &CameraTile::takeFrame, Qt::QueuedConnection);
        connect(m_feed.get(), &video::FeedWorker::stateChanged, this, [this] { update(); }, Qt::QueuedConnection);
        connect(m_feed.get(), &video::FeedWorker::statsChanged, this, [this] { update(); }, Qt::QueuedConnection);
        connect(m_feed.get(), &video::FeedWorker::snapshotReady, this,
                [this](const QImage &frame, const QDateTime &at) { Q_EMIT snapshotTaken(m_code, m_name, frame, at); },
                Qt::QueuedConnection);
        m_feed->start();
    }
    update();
}

void CameraTile::setHotWork(const QString &permits)
{
    if (permits != m_hotWork) {
        m_hotWork = permits;
        update();
    }
}

void CameraTile::setSelected(bool selected)
{
    if (selected != m_selected) {
        m_selected = selected;
        update();
    }
}

video::FeedStats CameraTile::stats() const { return m_feed ? m_feed->stats() : video::FeedStats{}; }

bool CameraTile::requestSnapshot()
{
    if (!m_feed)
        return false;
    m_feed->requestSnapshot();
    return true;
}

void CameraTile::takeFrame()
{
    if (!m_frameSlot)
        return;
    if (auto f = m_frameSlot->take()) {
        m_frame = f->image;
        update();
    }
}

void CameraTile::resizeEvent(QResizeEvent *)
{
    if (!m_feed)
        return;
    m_feed->removeConsumer(m_frameSlot);
    m_frameSlot = m_feed->addConsumer(size());
}

void CameraTile::mouseDoubleClickEvent(QMouseEvent *)
{
    if (!m_code.isEmpty())
        Q_EMIT activated(m_code);
}

void CameraTile::mousePressEvent(QMouseEvent *event)
{
    m_pressAt = event->position().toPoint();
    Q_EMIT clicked(m_slot);
    QWidget::mousePressEvent(event);
}

void CameraTile::mouseMoveEvent(QMouseEvent *event)
{
    if (m_code.isEmpty() || !(event->buttons() & Qt::LeftButton)
        || (event->position().toPoint() - m_pressAt).manhattanLength() < QApplication::startDragDistance())
        return;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kCameraMime), m_code.toUtf8());
    mime->setData(QString::fromLatin1(kSlotMime), QByteArray::number(m_slot));
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    if (!m_frame.isNull())
        drag->setPixmap(QPixmap::fromImage(m_frame.scaledToWidth(160)));
    drag->exec(Qt::MoveAction | Qt::CopyAction);
}

void CameraTile::contextMenuEvent(QContextMenuEvent *event)
{
    if (m_code.isEmpty())
        return;
    QMenu menu(this);
    QAction *snap = menu.addAction(tr("Save evidence snapshot (F9)"));
    QAction *full = menu.addAction(tr("Full view / back (double-click)"));
    QAction *remove = menu.addAction(tr("Remove from the wall"));
    QAction *chosen = menu.exec(event->globalPos());
    if (chosen == snap)
        Q_EMIT snapshotRequested(m_slot);
    else if (chosen == full)
        Q_EMIT activated(m_code);
    else if (chosen == remove)
        Q_EMIT removeRequested(m_slot);
}

void CameraTile::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(kCameraMime)))
        event->acceptProposedAction();
}

void CameraTile::dropEvent(QDropEvent *event)
{
    const QString code = QString::fromUtf8(event->mimeData()->data(QString::fromLatin1(kCameraMime)));
    bool ok = false;
    int from = event->mimeData()->data(QString::fromLatin1(kSlotMime)).toInt(&ok);
    if (!ok)
        from = -1;
    event->acceptProposedAction();
    if (!code.isEmpty() && from != m_slot)
        Q_EMIT dropped(m_slot, code, from);
}

void CameraTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0x10, 0x10, 0x10));
    if (m_code.isEmpty()) {
        p.setPen(QPen(QColor(0x55, 0x55, 0x55), 1, Qt::DashLine));
        p.drawRect(rect().adjusted(4, 4, -5, -5));
        p.setPen(QColor(0x88, 0x88, 0x88));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("Drag a camera here from the list or the map"));
        return;
    }
    const video::FeedStats st = stats();
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
    if (m_drill && st.state != video::FeedState::Offline)
        state += u"  "_s + tr("DRILL");
    // Top bar: state (colour and word), code and name.
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 170));
    p.drawRect(QRect(0, 0, width(), 22));
    p.setPen(colour);
    p.drawText(QRect(6, 0, width() - 12, 22), Qt::AlignVCenter | Qt::AlignLeft, u"● "_s + state);
    p.setPen(QColor(0xdd, 0xdd, 0xdd));
    const int stateWidth = p.fontMetrics().horizontalAdvance(u"● "_s + state) + 16;
    const QString label = p.fontMetrics().elidedText(m_code + u"  "_s + m_name, Qt::ElideRight, width() - 12 - stateWidth);
    p.drawText(QRect(6 + stateWidth, 0, width() - 12 - stateWidth, 22), Qt::AlignVCenter | Qt::AlignRight, label);

    // Bottom bar: the feed's numbers, or why there is no picture.
    QString line;
    if (st.framesDecoded > 0 && st.state != video::FeedState::Offline)
        line = tr("%1×%2 · %3 fps · %4 Mb/s · %5 ms · %n dropped", nullptr, int(std::min<qint64>(st.droppedFrames, INT_MAX)))
                   .arg(st.resolution.width())
                   .arg(st.resolution.height())
                   .arg(st.fps, 0, 'f', 1)
                   .arg(st.bitrateKbps / 1000.0, 0, 'f', 2)
                   .arg(st.latencyAvgMs, 0, 'f', 0);
    else if (!st.lastError.isEmpty())
        line = st.lastError;
    if (!line.isEmpty()) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0, 0, 0, 150));
        p.drawRect(QRect(0, height() - 20, width(), 20));
        p.setPen(QColor(0xdd, 0xdd, 0xdd));
        p.drawText(QRect(6, height() - 20, width() - 12, 20), Qt::AlignVCenter | Qt::AlignRight,
                   p.fontMetrics().elidedText(line, Qt::ElideMiddle, width() - 12));
    }
    if (!live && m_frame.isNull()) { // in the space the bars leave free, so no label is drawn over another
        const QRect free = rect().adjusted(0, m_hotWork.isEmpty() ? 22 : 44, 0, line.isEmpty() ? 0 : -20);
        if (free.height() >= p.fontMetrics().height())
            p.drawText(free, Qt::AlignCenter, p.fontMetrics().elidedText(st.state == video::FeedState::Offline ? tr("no signal — retrying") : tr("connecting…"), Qt::ElideRight, width() - 12));
    }

    // 特级 hot work: must be filmed from start to finish — a feed that is not live is an alarm on the wall.
    if (!m_hotWork.isEmpty()) {
        const QColor frame = live ? colours::severity(u"high"_s) : colours::severity(u"critical"_s);
        p.setPen(QPen(frame, live ? 3 : 6));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect().adjusted(2, 2, -3, -3));
        const QString text = live ? tr("特级 hot work %1").arg(m_hotWork) : tr("⚠ 特级 hot work %1 NOT FILMED").arg(m_hotWork);
        const QRect band(0, 22, width(), 22);
        p.fillRect(band, live ? QColor(0, 0, 0, 140) : colours::severity(u"critical"_s));
        p.setPen(live ? frame : QColor(Qt::white));
        p.drawText(band.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft, p.fontMetrics().elidedText(text, Qt::ElideRight, width() - 12));
    } else {
        p.setPen(m_selected ? QPen(QColor(0x4f, 0xc3, 0xf7), 2) : QPen(QColor(0x44, 0x44, 0x44)));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
    if (m_selected && !m_hotWork.isEmpty()) {
        p.setPen(QPen(QColor(0x4f, 0xc3, 0xf7), 1, Qt::DashLine));
        p.drawRect(rect().adjusted(6, 6, -7, -7));
    }
}

} // namespace ui
} // namespace gl
