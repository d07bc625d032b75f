// SPDX-License-Identifier: Apache-2.0
#include "modules/video/decode/EvidenceSnapshot.h"

#include "platform/util/Error.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFont>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QImageWriter>
#include <QPainter>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace gl::video {

EvidenceSnapshot makeEvidenceSnapshot(const QImage &fullFrame, const QString &cameraName,
                                      const QDateTime &takenAt, int quality)
{
    if (fullFrame.isNull())
        fail(ErrorCode::BadInput, u"snapshot of camera '"_s + cameraName + u"': no frame"_s);
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        fail(ErrorCode::Unknown, u"snapshot of camera '"_s + cameraName + u"': needs a QGuiApplication"_s);

    QImage image = fullFrame.convertToFormat(QImage::Format_RGB32);
    const QString zone = takenAt.timeSpec() == Qt::TimeZone ? QString::fromUtf8(takenAt.timeZone().id())
                         : takenAt.timeSpec() == Qt::UTC  ? u"UTC"_s
                                                          : QString();
    const QString caption = cameraName + u"  "_s + takenAt.toString(Qt::ISODate) + (zone.isEmpty() ? QString() : u" "_s + zone);
    {
        QPainter p(&image);
        QFont font(u"DejaVu Sans Mono"_s);
        font.setPixelSize(std::max(12, image.height() / 28));
        font.setBold(true);
        p.setFont(font);
        const QFontMetrics fm(font);
        const int pad = std::max(4, font.pixelSize() / 3);
        const QRect band(0, image.height() - fm.height() - 2 * pad, image.width(), fm.height() + 2 * pad);
        p.fillRect(band, QColor(0, 0, 0, 170));
        p.setPen(Qt::white);
        p.drawText(band.adjusted(pad, pad, -pad, -pad), Qt::AlignLeft | Qt::AlignVCenter, caption);
    }

    EvidenceSnapshot out;
    QBuffer buffer(&out.jpeg);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    if (!writer.write(image))
        fail(ErrorCode::Unknown, u"snapshot of camera '"_s + cameraName + u"': JPEG encoding failed: "_s
                 + writer.errorString());
    out.sha256Hex = QCryptographicHash::hash(out.jpeg, QCryptographicHash::Sha256).toHex();
    out.takenAt = takenAt;
    out.cameraName = cameraName;
    out.caption = caption;
    out.size = image.size();
    return out;
}

} // namespace gl::video
