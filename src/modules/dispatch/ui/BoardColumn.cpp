// SPDX-License-Identifier: Apache-2.0
#include "modules/dispatch/ui/BoardColumn.h"

#include <QDrag>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {
namespace {

/// What a dragged order card carries: its code.
constexpr auto kOrderMime = "application/x-guardline-order";

} // namespace

BoardColumn::BoardColumn(Verdict verdict, std::function<void(const QString &code)> dropped, QWidget *parent)
    : QListWidget(parent), m_verdict(std::move(verdict)), m_dropped(std::move(dropped))
{
    setDragEnabled(true);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::CopyAction);
    setDropIndicatorShown(false); // the whole column is the target, not a place between cards
}

QStringList BoardColumn::mimeTypes() const
{
    return {QString::fromLatin1(kOrderMime)};
}

QMimeData *BoardColumn::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    auto *m = new QMimeData;
    m->setData(QString::fromLatin1(kOrderMime), items.first()->data(Qt::UserRole).toString().toUtf8());
    m->setText(items.first()->data(Qt::UserRole).toString());
    return m;
}

Qt::DropActions BoardColumn::supportedDropActions() const
{
    return Qt::CopyAction;
}

void BoardColumn::startDrag(Qt::DropActions)
{
    QListWidgetItem *item = currentItem();
    if (!item)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(mimeData({item}));
    const QRect r = visualItemRect(item);
    QPixmap card(r.size() * devicePixelRatioF());
    card.setDevicePixelRatio(devicePixelRatioF());
    card.fill(Qt::transparent);
    viewport()->render(&card, {}, QRegion(r));
    drag->setPixmap(card);
    drag->setHotSpot(viewport()->mapFromGlobal(QCursor::pos()) - r.topLeft());
    drag->exec(Qt::CopyAction, Qt::CopyAction); // never Move: the source card is not removed
}

void BoardColumn::dragEnterEvent(QDragEnterEvent *e)
{
    if (!e->mimeData()->hasFormat(QString::fromLatin1(kOrderMime))) {
        e->ignore();
        return;
    }
    const auto [legal, hint] = m_verdict(QString::fromUtf8(e->mimeData()->data(QString::fromLatin1(kOrderMime))));
    setProperty("dropHint", hint);
    setProperty("dropLegal", legal);
    viewport()->update();
    e->setDropAction(Qt::CopyAction);
    e->accept(); // a refused move is dropped too, so that the board can say why
}

void BoardColumn::dragMoveEvent(QDragMoveEvent *e)
{
    if (!e->mimeData()->hasFormat(QString::fromLatin1(kOrderMime))) {
        e->ignore();
        return;
    }
    e->setDropAction(Qt::CopyAction);
    e->accept();
}

void BoardColumn::dragLeaveEvent(QDragLeaveEvent *)
{
    clearHint();
}

void BoardColumn::dropEvent(QDropEvent *e)
{
    clearHint();
    if (!e->mimeData()->hasFormat(QString::fromLatin1(kOrderMime))) {
        e->ignore();
        return;
    }
    e->setDropAction(Qt::CopyAction);
    e->accept();
    const QString code = QString::fromUtf8(e->mimeData()->data(QString::fromLatin1(kOrderMime)));
    QMetaObject::invokeMethod(this, [this, code] { m_dropped(code); }, Qt::QueuedConnection); // after the drag ends
}

void BoardColumn::paintEvent(QPaintEvent *e)
{
    QListWidget::paintEvent(e);
    const QString hint = property("dropHint").toString();
    if (hint.isEmpty())
        return;
    QPainter p(viewport());
    const QColor c = property("dropLegal").toBool() ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28);
    QColor fill = c;
    fill.setAlpha(40);
    const QRect r = viewport()->rect().adjusted(1, 1, -2, -2);
    p.fillRect(r, fill);
    p.setPen(QPen(c, 3, Qt::DashLine));
    p.drawRect(r);
    QRect band = r.adjusted(4, 0, -4, -4);
    band.setTop(band.bottom() - 3 * fontMetrics().height());
    p.fillRect(band, c);
    p.setPen(Qt::white);
    p.drawText(band.adjusted(4, 2, -4, -2), Qt::AlignCenter | Qt::TextWordWrap, hint);
}

void BoardColumn::clearHint()
{
    setProperty("dropHint", QString());
    setProperty("dropLegal", false);
    viewport()->update();
}


} // namespace ui
} // namespace gl
