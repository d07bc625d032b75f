// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QImage>
#include <QString>

namespace gl::tickets {

/// The QR code of `text` (libqrencode, 8-bit mode, error correction M) as a black-on-white image with
/// `moduleSize` pixels per module and a 4-module quiet zone. Throws gl::Error when encoding fails.
QImage qrImage(const QString &text, int moduleSize = 8);

} // namespace gl::tickets
