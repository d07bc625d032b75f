// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/admission/logic/AdmissionConfig.h"
#include "platform/services/Table.h"

#include <QByteArray>

namespace gl::site {
struct SiteLayout;
}

namespace gl {

struct CheckinInput {
    QString worker, gate;
    QString direction = QStringLiteral("in"); ///< "in" or "out"
    double lat = 0, lon = 0, accuracyM = -1;
    qint64 at = 0;             ///< check-in time, UTC epoch ms
    QByteArray photo;          ///< the panorama JPEG
    QString exifTime;          ///< DateTimeOriginal as read from the photo ("YYYY-MM-DDTHH:MM:SS[±HH:MM]"), empty when absent
    qint64 watermarkAt = 0;    ///< the time the capture app declares it burnt into the photo, epoch ms; 0 when not declared
                               ///< (only a cross-check: the watermark is read from the pixels, CheckinWatermark.h)
};

struct CheckinResult {
    qint64 id = 0;
    double x = 0, y = 0;
    QString worker, name, contractor;
    QString watermark; ///< the timestamp read from the panorama ("2026-03-02 08:01:30")
};

/// Check-ins at the gates: a worker's check-in or check-out from a device (position, geofence, panorama
/// photo with its EXIF time and timestamp watermark, the contractor's admission), who is on site, the gates.
class CheckinService : public AdmissionBase {
public:
    explicit CheckinService(ServiceContext &ctx, AdmissionConfig config = AdmissionConfig::load())
        : AdmissionBase(ctx, std::move(config)) {}

    CheckinResult checkIn(const QString &deviceCode, const CheckinInput &in, const site::SiteLayout &layout);
    /// People on site now: columns code, name, contractor, x, y, at.
    Table onSite() const;
    /// Gates of the site (equipment of kind 'gate'): columns code, name, name_zh, area, x, y, qr_payload.
    Table gates() const;
    static QString gatePayload(const QString &siteCode, const QString &gateCode);
};

} // namespace gl
