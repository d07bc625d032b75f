// SPDX-License-Identifier: Apache-2.0
#include "platform/services/SiteTime.h"
#include "modules/admission/logic/CheckinService.h"
#include "modules/admission/logic/CheckinWatermark.h"
#include "modules/site/layout/SiteLayout.h"
#include "platform/store/Database.h"
#include "platform/util/Timestamp.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gl {

namespace {

// Convex hull (Andrew's monotone chain), counter-clockwise.
QList<QPointF> convexHull(QList<QPointF> pts)
{
    std::sort(pts.begin(), pts.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x() || (a.x() == b.x() && a.y() < b.y()); });
    if (pts.size() < 3)
        return pts;
    auto cross = [](const QPointF &o, const QPointF &a, const QPointF &b) {
        return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
    };
    QList<QPointF> h(2 * pts.size());
    qsizetype k = 0;
    for (qsizetype i = 0; i < pts.size(); ++i) {
        while (k >= 2 && cross(h[k - 2], h[k - 1], pts[i]) <= 0)
            --k;
        h[k++] = pts[i];
    }
    for (qsizetype i = pts.size() - 2, t = k + 1; i >= 0; --i) {
        while (k >= t && cross(h[k - 2], h[k - 1], pts[i]) <= 0)
            --k;
        h[k++] = pts[i];
    }
    h.resize(k - 1);
    return h;
}

double segmentDistance(QPointF p, QPointF a, QPointF b)
{
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy));
}

/// Distance from p to the polygon (0 inside).
double distanceToPolygon(const QList<QPointF> &poly, QPointF p)
{
    if (poly.size() < 3)
        return 1e12;
    if (site::contains(poly, p))
        return 0;
    double d = 1e12;
    for (qsizetype i = 0; i < poly.size(); ++i)
        d = std::min(d, segmentDistance(p, poly[i], poly[(i + 1) % poly.size()]));
    return d;
}

} // namespace

CheckinResult CheckinService::checkIn(const QString &deviceCode, const CheckinInput &in, const site::SiteLayout &layout)
{
    const QJsonObject what{{u"worker"_s, in.worker}, {u"gate"_s, in.gate}, {u"device"_s, deviceCode}, {u"direction"_s, in.direction},
                           {u"accuracy_m"_s, in.accuracyM}, {u"at"_s, QDateTime::fromMSecsSinceEpoch(in.at, QTimeZone::utc()).toString(Qt::ISODate)}};
    auto no = [&](const QString &field, const QString &why) {
        refuse(u"checkin.refuse"_s, u"person"_s, in.worker.isEmpty() ? u"unknown"_s : in.worker, what, ErrorCode::BadInput,
               u"check-in of '%1' at '%2': field '%3': %4"_s.arg(in.worker, in.gate, field, why));
    };
    if (in.worker.isEmpty())
        no(u"worker"_s, u"is required"_s);
    QSqlQuery q = db().exec(u"SELECT p.id, p.name, c.code FROM people p LEFT JOIN contractors c ON c.id = p.contractor_id WHERE p.code = ?"_s,
                            {in.worker});
    if (!q.next()) {
        q.finish();
        no(u"worker"_s, u"unknown worker"_s);
    }
    const qint64 pid = q.value(0).toLongLong();
    CheckinResult r{0, 0, 0, in.worker, q.value(1).toString(), q.value(2).toString(), {}};
    q.finish();
    if (db().scalar(u"SELECT count(*) FROM equipment WHERE code = ? AND kind = 'gate'"_s, {in.gate}).toInt() == 0)
        no(u"gate"_s, u"unknown gate"_s);
    if (in.direction != u"in"_s && in.direction != u"out"_s)
        no(u"direction"_s, u"must be 'in' or 'out'"_s);
    if (in.at <= 0)
        no(u"time"_s, u"is required (ISO 8601, e.g. 2026-03-02T08:00:00+08:00, or epoch milliseconds)"_s);
    if (std::abs(in.at - now()) > 24ll * 3600 * 1000)
        no(u"time"_s, u"more than 24 h away from the server's clock"_s);
    if (!(in.lat >= -90 && in.lat <= 90 && in.lon >= -180 && in.lon <= 180))
        no(u"lat/lon"_s, u"not a position"_s);
    if (!(in.accuracyM >= 0))
        no(u"accuracy_m"_s, u"is required"_s);
    if (in.accuracyM > config().maxAccuracyM)
        no(u"accuracy_m"_s, u"GPS accuracy %1 m is worse than the %2 m required"_s.arg(in.accuracyM).arg(config().maxAccuracyM));
    const QPointF pt = layout.toSite(in.lat, in.lon);
    r.x = pt.x();
    r.y = pt.y();
    QList<QPointF> fence;
    for (const site::Area &a : layout.areas)
        fence << a.polygon;
    for (const site::Equipment &e : layout.equipment)
        fence << QPointF(e.position.x, e.position.y);
    const QList<QPointF> hull = convexHull(fence);
    const double outside = distanceToPolygon(hull, pt);
    if (outside > config().geofenceMarginM)
        no(u"lat/lon"_s, u"position (%1, %2) m is %3 m outside the site geofence (margin %4 m)"_s.arg(pt.x(), 0, 'f', 1)
                             .arg(pt.y(), 0, 'f', 1)
                             .arg(outside, 0, 'f', 0)
                             .arg(config().geofenceMarginM));
    if (in.photo.isEmpty())
        no(u"photo"_s, u"the panorama photo is required"_s);
    if (in.photo.size() > config().maxPhotoBytes)
        no(u"photo"_s, u"%1 bytes is over the limit"_s.arg(in.photo.size()));
    if (!in.photo.startsWith("\xFF\xD8\xFF"))
        no(u"photo"_s, u"not a JPEG"_s);
    if (in.exifTime.isEmpty())
        no(u"photo"_s, u"the photo has no EXIF capture time (DateTimeOriginal)"_s);
    const QTimeZone siteZone = timeZoneOrUtc(siteTimeZone(db()));
    // Without OffsetTimeOriginal the camera's clock is in site time: the rule of every timestamp without an offset.
    const TimestampResult exif = parseTimestamp(QStringView(in.exifTime), siteZone);
    if (!exif)
        no(u"photo"_s, u"unreadable EXIF capture time: %1"_s.arg(exif.error));
    const qint64 skew = (exif->msecs - in.at) / 1000;
    if (std::abs(skew) > config().photoSkewS)
        no(u"photo"_s, u"EXIF capture time %1 is %2 s from the check-in time (allowed ±%3 s)"_s.arg(in.exifTime).arg(skew).arg(config().photoSkewS));
    // The timestamp watermark, read from the pixels (Tesseract on the bottom/top bands), in site time.
    const std::shared_ptr<const WatermarkReader> reader = watermarkReader();
    if (!reader)
        no(u"photo"_s, u"no OCR engine is installed to read the timestamp watermark"_s);
    const WatermarkReading reading = reader->read(in.photo);
    if (reading.times.isEmpty())
        no(u"photo"_s, u"no timestamp watermark found in the panorama"_s);
    const WatermarkTime *best = nullptr;
    qint64 bestAt = 0;
    for (const WatermarkTime &w : reading.times) {
        const qint64 t = QDateTime(w.date, w.time, siteZone).toMSecsSinceEpoch();
        if (!best || std::abs(t - in.at) < std::abs(bestAt - in.at)) {
            best = &w;
            bestAt = t;
        }
    }
    // A watermark without seconds stands for the whole minute.
    const qint64 wmSkew = (bestAt - in.at) / 1000, wmSlack = best->hasSeconds ? 0 : 59;
    if (wmSkew > config().photoSkewS || wmSkew < -config().photoSkewS - wmSlack)
        no(u"photo"_s, u"the timestamp watermark %1 is %2 s from the check-in time (allowed ±%3 s)"_s.arg(best->text)
                           .arg(wmSkew)
                           .arg(config().photoSkewS));
    // The time the capture app declares it burnt in is only a cross-check of what the pixels say.
    if (in.watermarkAt != 0) {
        const qint64 d = (in.watermarkAt - bestAt) / 1000;
        if (d < -60 || d > 60 + wmSlack)
            no(u"watermark_time"_s, u"the declared watermark_time %1 does not match the timestamp watermark %2 read from the panorama"_s
                                        .arg(QDateTime::fromMSecsSinceEpoch(in.watermarkAt, siteZone).toString(u"yyyy-MM-dd HH:mm:ss"_s),
                                             best->text));
    }
    r.watermark = best->text;
    // After the checks of the request itself: a worker of a contractor that is not admitted does not come in (leaving is always recorded).
    if (in.direction == u"in"_s && !r.contractor.isEmpty()) {
        const ContractorStanding company = rule().standing(db(), r.contractor, siteToday());
        if (!company.admitted)
            no(u"contractor"_s, u"contractor '%1' is not admitted: %2"_s.arg(r.contractor, company.reasons.join(u"; "_s)));
    }

    Transaction tx(db());
    const qint64 did = idOf(u"checkin_devices"_s, deviceCode, u"device"_s);
    const QString sha = storeBlob(in.photo, u"image/jpeg"_s);
    r.id = db().insert(u"checkins"_s, {{u"person_id"_s, pid}, {u"gate"_s, in.gate}, {u"device_id"_s, did}, {u"direction"_s, in.direction},
                                       {u"lat"_s, in.lat}, {u"lon"_s, in.lon}, {u"accuracy_m"_s, in.accuracyM}, {u"x"_s, r.x}, {u"y"_s, r.y},
                                       {u"at"_s, in.at}, {u"exif_at"_s, exif->msecs}, {u"photo_sha256"_s, sha},
                                       {u"watermark_at"_s, bestAt}, {u"watermark_text"_s, best->text}, {u"created_at"_s, now()}});
    db().exec(u"UPDATE checkin_devices SET last_seen_at = ? WHERE id = ?"_s, {now(), did});
    QJsonObject details = what;
    details.insert(u"x"_s, std::round(r.x * 10) / 10);
    details.insert(u"y"_s, std::round(r.y * 10) / 10);
    details.insert(u"photo_sha256"_s, sha);
    details.insert(u"watermark"_s, best->text);
    details.insert(u"watermark_band"_s, reading.band);
    audit(in.direction == u"in"_s ? u"checkin.accept"_s : u"checkout.accept"_s, u"person"_s, in.worker, details);
    tx.commit();
    return r;
}

Table CheckinService::onSite() const
{
    require(u"data.read"_s);
    Table t{{u"code"_s, u"name"_s, u"contractor"_s, u"x"_s, u"y"_s, u"at"_s}, {}};
    QSqlQuery q = db().exec(u"SELECT p.code, p.name, c.code, k.x, k.y, k.at FROM checkins k JOIN people p ON p.id = k.person_id "
                            "LEFT JOIN contractors c ON c.id = p.contractor_id WHERE k.direction = 'in' AND k.at >= ? AND k.id = "
                            "(SELECT k2.id FROM checkins k2 WHERE k2.person_id = k.person_id ORDER BY k2.at DESC, k2.id DESC LIMIT 1) "
                            "ORDER BY p.code"_s,
                            {now() - qint64(config().onSiteHours) * 3600000});
    while (q.next())
        t.rows << QVariantList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toDouble(),
                               q.value(4).toDouble(), q.value(5).toLongLong()};
    return t;
}

QString CheckinService::gatePayload(const QString &siteCode, const QString &gateCode)
{
    return u"guardline:gate:%1:%2"_s.arg(siteCode, gateCode);
}

Table CheckinService::gates() const
{
    require(u"data.read"_s);
    const QString site = db().scalar(u"SELECT code FROM sites ORDER BY id LIMIT 1"_s).toString();
    Table t{{u"code"_s, u"name"_s, u"name_zh"_s, u"area"_s, u"x"_s, u"y"_s, u"qr_payload"_s}, {}};
    QSqlQuery q = db().exec(u"SELECT e.code, e.name, e.name_zh, a.code, e.x, e.y FROM equipment e JOIN areas a ON a.id = e.area_id "
                            "WHERE e.kind = 'gate' ORDER BY e.code"_s);
    while (q.next())
        t.rows << QVariantList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                               q.value(4).toDouble(), q.value(5).toDouble(), gatePayload(site, q.value(0).toString())};
    return t;
}

} // namespace gl
