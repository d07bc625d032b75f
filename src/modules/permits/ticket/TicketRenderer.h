// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/permits/logic/PermitService.h"

#include <QByteArray>

namespace gl::tickets {

/// The permit's type and grade as the standard names them in Chinese (动火作业, 特级...).
QString typeNameZh(const QString &type);
QString gradeNameZh(const QString &grade);

/// Renders the electronic work ticket of an issued permit as a PDF (A4, print::pdfFont with its text maps
/// repaired so codes, times and Chinese copy and search as printed; labels in Chinese and English): every field, the safety measures, the workers with their certificates, the gas
/// tests, the sign-offs, the bound cameras, and a QR code with `issue.qrText` (id + SHA-256). Times are
/// in `timeZone` (the site's). Needs a QGuiApplication.
QByteArray renderTicketPdf(const TicketIssue &issue, const QByteArray &timeZone);

} // namespace gl::tickets
