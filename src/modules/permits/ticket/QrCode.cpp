// SPDX-License-Identifier: Apache-2.0
#include "modules/permits/ticket/QrCode.h"
#include "platform/util/Error.h"

#include <qrencode.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace gl::tickets {

QImage qrImage(const QString &text, int moduleSize)
{
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, void (*)(QRcode *)> code(QRcode_encodeData(int(utf8.size()), reinterpret_cast<const unsigned char *>(utf8.constData()),
                                                                       0, QR_ECLEVEL_M),
                                                     QRcode_free);
    if (!code)
        fail(ErrorCode::Unknown, u"QR code: cannot encode %1 bytes"_s.arg(utf8.size()));
    const int quiet = 4, n = code->width, side = (n + 2 * quiet) * moduleSize;
    QImage img(side, side, QImage::Format_Grayscale8);
    img.fill(255);
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x)
            if (code->data[y * n + x] & 1)
                for (int dy = 0; dy < moduleSize; ++dy) {
                    uchar *row = img.scanLine((y + quiet) * moduleSize + dy);
                    for (int dx = 0; dx < moduleSize; ++dx)
                        row[(x + quiet) * moduleSize + dx] = 0;
                }
    return img;
}

} // namespace gl::tickets
