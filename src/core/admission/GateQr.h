// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/services/QueryService.h"

#include <QImage>
#include <QStringList>

namespace gl::admission {

/// The QR code (libqrencode, error correction M) of `payload`, black modules on white, `scale` pixels per
/// module and a quiet zone of 4 modules. Throws gl::Error when the payload cannot be encoded.
QImage qrImage(const QByteArray &payload, int scale = 10);

/// A printable card: the QR code with the gate's name and code under it (needs a QGuiApplication).
QImage gateCard(const QString &payload, const QString &title, const QString &subtitle);

/// Writes gate-<code>.png for each gate of `gates` (QueryService-style table from AdmissionService::gates)
/// and gates.pdf with one A4 page per gate into `dir`. Returns the files written.
QStringList writeGateCodes(const Table &gates, const QString &siteName, const QString &dir);

} // namespace gl::admission
