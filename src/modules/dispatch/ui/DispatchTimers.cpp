// SPDX-License-Identifier: Apache-2.0
#include "modules/dispatch/ui/DispatchTimers.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

QString clockText(qint64 ms)
{
    const qint64 s = (std::llabs(ms) + 999) / 1000;
    const qint64 h = s / 3600, m = (s / 60) % 60, sec = s % 60;
    if (h > 0)
        return u"%1:%2:%3"_s.arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(sec, 2, 10, QLatin1Char('0'));
    return u"%1:%2"_s.arg(m, 2, 10, QLatin1Char('0')).arg(sec, 2, 10, QLatin1Char('0'));
}

QString countdownText(qint64 dueAt, qint64 now)
{
    return dueAt > now ? QCoreApplication::translate("gl::ui::DispatchBoard", "due in %1").arg(clockText(dueAt - now)) : QCoreApplication::translate("gl::ui::DispatchBoard", "overdue %1").arg(clockText(now - dueAt));
}

QString ackCountdownText(qint64 ackDueAt, qint64 now)
{
    return ackDueAt > now ? QCoreApplication::translate("gl::ui::DispatchBoard", "acknowledge within %1").arg(clockText(ackDueAt - now))
                          : QCoreApplication::translate("gl::ui::DispatchBoard", "acknowledgement OVERDUE %1").arg(clockText(now - ackDueAt));
}

QString escalationLabel(int level)
{
    switch (level) {
    case 1: return QCoreApplication::translate("gl::ui::DispatchBoard", "DUE SOON");
    case 2: return QCoreApplication::translate("gl::ui::DispatchBoard", "OVERDUE 1st");
    case 3: return QCoreApplication::translate("gl::ui::DispatchBoard", "OVERDUE 2nd");
    case 4: return QCoreApplication::translate("gl::ui::DispatchBoard", "OVERDUE 3rd");
    default: return {};
    }
}

QColor escalationColour(int level)
{
    switch (level) {
    case 1: return QColor(0xf9, 0xa8, 0x25); // amber
    case 2: return QColor(0xef, 0x6c, 0x00); // orange
    case 3: return QColor(0xe5, 0x39, 0x35); // red
    case 4: return QColor(0x8e, 0x10, 0x10); // dark red
    default: return {};
    }
}

QString escalationGlyph(int level)
{
    switch (level) {
    case 1: return u"●"_s;
    case 2: return u"▲"_s;
    case 3: return u"◆"_s;
    case 4: return u"⬢"_s;
    default: return {};
    }
}

QIcon escalationBadge(int level, int size)
{
    if (level < 1 || level > 4)
        return {};
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r(1.5, 1.5, size - 3, size - 3);
    const QPointF c = r.center();
    QPainterPath path;
    if (level == 1) {
        path.addEllipse(r);
    } else if (level == 2) {
        path.addPolygon(QPolygonF({QPointF(c.x(), r.top()), r.bottomRight(), r.bottomLeft(), QPointF(c.x(), r.top())}));
    } else if (level == 3) {
        path.addPolygon(QPolygonF({QPointF(c.x(), r.top()), QPointF(r.right(), c.y()), QPointF(c.x(), r.bottom()),
                                   QPointF(r.left(), c.y()), QPointF(c.x(), r.top())}));
    } else {
        QPolygonF oct;
        for (int i = 0; i <= 8; ++i) {
            const double a = (22.5 + 45.0 * i) * M_PI / 180.0;
            oct << QPointF(c.x() + r.width() / 2 * std::cos(a), c.y() + r.height() / 2 * std::sin(a));
        }
        path.addPolygon(oct);
    }
    p.setPen(QPen(Qt::black, 1.2));
    p.setBrush(escalationColour(level));
    p.drawPath(path);
    QFont f = p.font();
    f.setBold(true);
    f.setPixelSize(std::max(8, size * 11 / 22));
    p.setFont(f);
    p.setPen(level == 1 ? Qt::black : Qt::white);
    QRectF text = r;
    if (level == 2)
        text.adjust(0, size * 0.25, 0, 0); // the triangle's centre of mass is low
    p.drawText(text, Qt::AlignCenter, level == 1 ? u"!"_s : QString::number(level - 1));
    p.end();
    return QIcon(pm);
}

} // namespace ui
} // namespace gl
