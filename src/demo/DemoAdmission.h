// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "platform/services/ServiceContext.h"

#include <QDate>
#include <QTimeZone>

namespace gl::demo {

/// A small, real PDF (one A4 page of text) standing for a scanned contractor document in the demo.
QByteArray documentPdf(const QString &contractor, const QString &kind, QDate issued, QDate expires);

/// Issue #5 in the demo: two gate tablets (check-in devices) and this morning's check-ins of the
/// workers rostered today, through the intake's checks (GPS accuracy, geofence, EXIF time), plus two
/// refused ones (a 40 m fix, a photo without EXIF time) that stand in the audit chain.
void loadAdmission(ServiceContext &ctx, ManualClock &clock, qint64 now, QDate today, const QTimeZone &tz);

} // namespace gl::demo
