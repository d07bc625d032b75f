// SPDX-License-Identifier: Apache-2.0
#include "core/admission/GateQr.h"
#include "core/util/Error.h"

#include <QDir>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <qrencode.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace gl::admission {

QImage qrImage(const QByteArray &payload, int scale)
{
    std::unique_ptr<QRcode, void (*)(QRcode *)> code(QRcode_encodeData(int(payload.size()),
                                                                        reinterpret_cast<const unsigned char *>(payload.constData()), 0,
                                                                        QR_ECLEVEL_M),
                                                     QRcode_free);
    if (!code)
        fail(ErrorCode::BadInput, u"cannot encode '%1' as a QR code"_s.arg(QString::fromUtf8(payload)));
    const int quiet = 4, w = code->width, side = (w + 2 * quiet) * scale;
    QImage img(side, side, QImage::Format_Grayscale8);
    img.fill(255);
    for (int y = 0; y < w; ++y)
        for (int x = 0; x < w; ++x)
            if (code->data[y * w + x] & 1)
                for (int dy = 0; dy < scale; ++dy) {
                    uchar *line = img.scanLine((y + quiet) * scale + dy);
                    std::fill(line + (x + quiet) * scale, line + (x + quiet + 1) * scale, uchar(0));
                }
    return img;
}

QImage gateCard(const QString &payload, const QString &title, const QString &subtitle)
{
    const QImage qr = qrImage(payload.toUtf8(), 12);
    const int pad = 40, textH = 150;
    QImage card(qr.width() + 2 * pad, qr.height() + 2 * pad + textH, QImage::Format_RGB32);
    card.fill(Qt::white);
    QPainter p(&card);
    p.drawImage(pad, pad, qr);
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        QFont f = p.font();
        f.setPixelSize(40);
        f.setBold(true);
        while (f.pixelSize() > 16 && QFontMetrics(f).horizontalAdvance(title) > qr.width()) // long names shrink to fit
            f.setPixelSize(f.pixelSize() - 2);
        p.setFont(f);
        p.setPen(Qt::black);
        const QRect titleBox(pad, qr.height() + pad, qr.width(), 60);
        p.drawText(titleBox, Qt::AlignCenter, title);
        f.setPixelSize(26);
        f.setBold(false);
        p.setFont(f);
        p.drawText(QRect(pad, qr.height() + pad + 60, qr.width(), 80), Qt::AlignCenter | Qt::TextWordWrap, subtitle);
    }
    return card;
}

QList<QImage> gateCards(const Table &gates, const QString &siteName)
{
    const int cCode = gates.column(u"code"_s), cName = gates.column(u"name"_s), cZh = gates.column(u"name_zh"_s),
              cPayload = gates.column(u"qr_payload"_s);
    QList<QImage> cards;
    for (const QVariantList &g : gates.rows) {
        const QString code = g[cCode].toString();
        const QString title = g[cZh].toString().isEmpty() ? g[cName].toString() : g[cZh].toString() + u" · "_s + g[cName].toString();
        cards << gateCard(g[cPayload].toString(), title, u"%1 — %2\n%3"_s.arg(code, siteName, g[cPayload].toString()));
    }
    if (cards.isEmpty())
        fail(ErrorCode::NotFound, u"the site has no gates (equipment of kind 'gate' in the layout)"_s);
    return cards;
}

namespace {
void writeSheet(const QList<QImage> &cards, const QString &siteName, const QString &pdf)
{
    QPdfWriter w(pdf);
    w.setPageSize(QPageSize(QPageSize::A4));
    w.setResolution(150);
    w.setTitle(u"Gate check-in codes — %1"_s.arg(siteName));
    w.setCreator(u"Guardline"_s);
    QPainter p(&w);
    if (!p.isActive())
        fail(ErrorCode::Storage, u"%1: cannot write the PDF"_s.arg(pdf));
    for (qsizetype i = 0; i < cards.size(); ++i) {
        if (i > 0)
            w.newPage();
        const QRect page = p.viewport();
        const QImage scaled = cards[i].scaled(page.width() * 8 / 10, page.height() * 8 / 10, Qt::KeepAspectRatio, Qt::FastTransformation);
        p.drawImage((page.width() - scaled.width()) / 2, (page.height() - scaled.height()) / 3, scaled);
    }
}
} // namespace

void writeGateSheet(const Table &gates, const QString &siteName, const QString &pdfPath)
{
    writeSheet(gateCards(gates, siteName), siteName, pdfPath);
}

QStringList writeGateCodes(const Table &gates, const QString &siteName, const QString &dir)
{
    if (!QDir().mkpath(dir))
        fail(ErrorCode::BadInput, u"%1: cannot create the folder"_s.arg(dir));
    const QList<QImage> cards = gateCards(gates, siteName);
    QStringList written;
    const int cCode = gates.column(u"code"_s);
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const QString file = QDir(dir).filePath(u"gate-%1.png"_s.arg(gates.rows[i][cCode].toString()));
        if (!cards[i].save(file, "PNG"))
            fail(ErrorCode::Storage, u"%1: cannot write the PNG"_s.arg(file));
        written << file;
    }
    const QString pdf = QDir(dir).filePath(u"gates.pdf"_s);
    writeSheet(cards, siteName, pdf);
    written << pdf;
    return written;
}

} // namespace gl::admission
