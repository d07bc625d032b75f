// SPDX-License-Identifier: Apache-2.0
#include "modules/admission/intake/GateQr.h"
#include "platform/print/PdfText.h"
#include "platform/util/Error.h"

#include <QBuffer>
#include <QDir>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <qrencode.h>

#include <algorithm>
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

namespace {

/// What a gate's card shows.
struct Card {
    QString payload, title, subtitle;
};

constexpr int kQrScale = 12, kPad = 40, kTextH = 150;

/// Paints the card (the QR code, the title and the subtitle under it) with its top-left corner at the
/// painter's origin, in card pixels (kQrScale per module). Text is drawn as text (print::pdfFontPx), so
/// on a PDF page it is in the text layer.
void paintCard(QPainter &p, const Card &c, const QImage &qr)
{
    p.drawImage(kPad, kPad, qr);
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return; // no fonts without a QGuiApplication: the QR code alone
    QFont f = print::pdfFontPx(40, true);
    p.setFont(f);
    while (f.pixelSize() > 16 && p.fontMetrics().horizontalAdvance(c.title) > qr.width()) { // long names shrink to fit
        f.setPixelSize(f.pixelSize() - 2);
        p.setFont(f);
    }
    p.setPen(Qt::black);
    p.drawText(QRect(kPad, qr.height() + kPad, qr.width(), 60), Qt::AlignCenter, c.title);
    p.setFont(print::pdfFontPx(26));
    p.drawText(QRect(kPad, qr.height() + kPad + 60, qr.width(), 80), Qt::AlignCenter | Qt::TextWordWrap, c.subtitle);
}

QSize cardSize(const QImage &qr) { return {qr.width() + 2 * kPad, qr.height() + 2 * kPad + kTextH}; }

QImage cardImage(const Card &c)
{
    const QImage qr = qrImage(c.payload.toUtf8(), kQrScale);
    QImage card(cardSize(qr), QImage::Format_RGB32);
    card.fill(Qt::white);
    QPainter p(&card);
    paintCard(p, c, qr);
    return card;
}

QList<Card> cardsOf(const Table &gates, const QString &siteName)
{
    const int cCode = gates.column(u"code"_s), cName = gates.column(u"name"_s), cZh = gates.column(u"name_zh"_s),
              cPayload = gates.column(u"qr_payload"_s);
    QList<Card> cards;
    for (const QVariantList &g : gates.rows) {
        const QString code = g[cCode].toString();
        const QString title = g[cZh].toString().isEmpty() ? g[cName].toString() : g[cZh].toString() + u" · "_s + g[cName].toString();
        cards << Card{g[cPayload].toString(), title, u"%1 — %2\n%3"_s.arg(code, siteName, g[cPayload].toString())};
    }
    if (cards.isEmpty())
        fail(ErrorCode::NotFound, u"the site has no gates (equipment of kind 'gate' in the layout)"_s);
    return cards;
}

/// One A4 page per card, the card painted (not pasted as an image) at 80% of the page, centred.
void writeSheet(const QList<Card> &cards, const QString &siteName, const QString &pdf)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter w(&buffer);
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
            const QImage qr = qrImage(cards[i].payload.toUtf8(), kQrScale);
            const QSizeF size = cardSize(qr);
            const QRect page = p.viewport();
            const qreal scale = std::min(page.width() * 0.8 / size.width(), page.height() * 0.8 / size.height());
            p.save();
            p.translate((page.width() - size.width() * scale) / 2, (page.height() - size.height() * scale) / 3);
            p.scale(scale, scale);
            paintCard(p, cards[i], qr);
            p.restore();
        }
    }
    QSaveFile out(pdf);
    if (!out.open(QIODevice::WriteOnly) || out.write(print::repairTextMaps(bytes)) < 0 || !out.commit())
        fail(ErrorCode::Storage, u"%1: cannot write the PDF (%2)"_s.arg(pdf, out.errorString()));
}

} // namespace

QImage gateCard(const QString &payload, const QString &title, const QString &subtitle)
{
    return cardImage(Card{payload, title, subtitle});
}

QList<QImage> gateCards(const Table &gates, const QString &siteName)
{
    QList<QImage> images;
    for (const Card &c : cardsOf(gates, siteName))
        images << cardImage(c);
    return images;
}

void writeGateSheet(const Table &gates, const QString &siteName, const QString &pdfPath)
{
    writeSheet(cardsOf(gates, siteName), siteName, pdfPath);
}

QStringList writeGateCodes(const Table &gates, const QString &siteName, const QString &dir)
{
    if (!QDir().mkpath(dir))
        fail(ErrorCode::BadInput, u"%1: cannot create the folder"_s.arg(dir));
    const QList<Card> cards = cardsOf(gates, siteName);
    QStringList written;
    const int cCode = gates.column(u"code"_s);
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const QString file = QDir(dir).filePath(u"gate-%1.png"_s.arg(gates.rows[i][cCode].toString()));
        if (!cardImage(cards[i]).save(file, "PNG"))
            fail(ErrorCode::Storage, u"%1: cannot write the PNG"_s.arg(file));
        written << file;
    }
    const QString pdf = QDir(dir).filePath(u"gates.pdf"_s);
    writeSheet(cards, siteName, pdf);
    written << pdf;
    return written;
}

} // namespace gl::admission
