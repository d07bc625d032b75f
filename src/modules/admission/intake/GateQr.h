// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "platform/services/Table.h"

#include <QImage>
#include <QStringList>

namespace gl::admission {

/// The QR code (libqrencode, error correction M) of `payload`, black modules on white, `scale` pixels per
/// module and a quiet zone of 4 modules. Throws gl::Error when the payload cannot be encoded.
QImage qrImage(const QByteArray &payload, int scale = 10);

/// A printable card: the QR code with the gate's name and code under it (print::pdfFont; the text needs a
/// QGuiApplication).
QImage gateCard(const QString &payload, const QString &title, const QString &subtitle);

/// The printable card of each gate of `gates` (CheckinService::gates), in order; throws NotFound when
/// there is none. Needs a QGuiApplication for the text; safe off the GUI thread.
QList<QImage> gateCards(const Table &gates, const QString &siteName);

/// Writes the printable A4 sheet (one page per gate, the QR card centred) to `pdfPath` (QPdfWriter). The
/// card is painted on the page, not pasted as an image: its names and codes are text (print::pdfFont,
/// text maps repaired), so the sheet can be searched for a gate code.
void writeGateSheet(const Table &gates, const QString &siteName, const QString &pdfPath);

/// Writes gate-<code>.png for each gate of `gates` (a Table from CheckinService::gates)
/// and gates.pdf with one A4 page per gate into `dir`. Returns the files written.
QStringList writeGateCodes(const Table &gates, const QString &siteName, const QString &dir);

} // namespace gl::admission
