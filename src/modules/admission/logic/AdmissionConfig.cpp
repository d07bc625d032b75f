// SPDX-License-Identifier: Apache-2.0
#include "platform/services/SiteTime.h"
#include "modules/admission/logic/AdmissionConfig.h"
#include "platform/store/Database.h"
#include "platform/util/Log.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace gl {

namespace {

QJsonObject readJsonObject(const QByteArray &bytes, const QString &source)
{
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject())
        fail(ErrorCode::BadInput, u"%1: not a JSON object (%2 at offset %3)"_s.arg(source, e.errorString()).arg(e.offset));
    return doc.object();
}

} // namespace

// ---------------------------------------------------------------------------------------------- config

AdmissionConfig AdmissionConfig::fromJson(const QJsonObject &o, const QString &source)
{
    AdmissionConfig c;
    auto number = [&](const QJsonObject &sec, const QString &secName, const QString &key, double def, double min, double max) {
        const QJsonValue v = sec.value(key);
        if (v.isUndefined())
            return def;
        if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max)
            fail(ErrorCode::BadInput, u"%1: field '%2.%3': must be a number from %4 to %5"_s.arg(source, secName, key).arg(min).arg(max));
        return v.toDouble();
    };
    const QJsonObject d = o.value(u"documents"_s).toObject(), k = o.value(u"checkin"_s).toObject(), r = o.value(u"registry"_s).toObject();
    c.maxPdfBytes = qint64(number(d, u"documents"_s, u"max_pdf_mb"_s, 20, 0.01, 1024) * 1024 * 1024);
    c.warnDays = int(number(d, u"documents"_s, u"warn_days"_s, 30, 0, 365));
    c.taskLeadDays = int(number(d, u"documents"_s, u"task_lead_days"_s, 45, 0, 365));
    c.insuranceMonths = int(number(d, u"documents"_s, u"insurance_months"_s, 6, 0, 60));
    c.maxAccuracyM = number(k, u"checkin"_s, u"max_accuracy_m"_s, 15, 1, 1000);
    c.photoSkewS = int(number(k, u"checkin"_s, u"photo_skew_s"_s, 300, 1, 86400));
    c.geofenceMarginM = number(k, u"checkin"_s, u"geofence_margin_m"_s, 25, 0, 5000);
    c.onSiteHours = int(number(k, u"checkin"_s, u"on_site_hours"_s, 14, 1, 72));
    c.maxPhotoBytes = qint64(number(k, u"checkin"_s, u"max_photo_mb"_s, 12, 0.01, 256) * 1024 * 1024);
    c.registryCacheHours = int(number(r, u"registry"_s, u"cache_hours"_s, 24, 0, 24 * 365));
    c.registry = r;
    c.accessControl = o.value(u"access_control"_s).toObject();
    return c;
}

AdmissionConfig AdmissionConfig::load()
{
    QFile def(u":/guardline/config/admission.json"_s);
    QJsonObject o;
    if (def.open(QIODevice::ReadOnly))
        o = readJsonObject(def.readAll(), u"admission.json"_s);
    const QString path = qEnvironmentVariable("GUARDLINE_ADMISSION_CONFIG");
    if (!path.isEmpty()) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            fail(ErrorCode::BadInput, u"%1: cannot read the admission configuration (%2)"_s.arg(path, f.errorString()));
        const QJsonObject site = readJsonObject(f.readAll(), path);
        for (auto it = site.begin(); it != site.end(); ++it) {
            QJsonObject merged = o.value(it.key()).toObject();
            const QJsonObject sec = it.value().toObject();
            for (auto s = sec.begin(); s != sec.end(); ++s)
                merged.insert(s.key(), s.value());
            o.insert(it.key(), merged);
        }
        return fromJson(o, path);
    }
    return fromJson(o, u"admission.json"_s);
}

// ---------------------------------------------------------------------------------------------- common

QDate AdmissionBase::siteToday() const { return siteDay(db(), now()); }

QString AdmissionBase::sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

void AdmissionBase::refuse(const QString &action, const QString &objectType, const QString &objectId, QJsonObject details,
                           ErrorCode code, const QString &message)
{
    details.insert(u"reason"_s, message);
    try {
        Transaction tx(db());
        audit(action, objectType, objectId, details);
        tx.commit();
    } catch (const Error &e) {
        qCWarning(lcServices).noquote() << "could not audit the refusal" << action << objectId << ":" << e.message();
    }
    fail(code, message);
}

QString AdmissionBase::storeBlob(const QByteArray &content, const QString &mediaType)
{
    const QString sha = sha256Hex(content);
    if (db().scalar(u"SELECT count(*) FROM content_blobs WHERE sha256 = ?"_s, {sha}).toInt() == 0)
        db().exec(u"INSERT INTO content_blobs (sha256, media_type, size_bytes, content, created_at) VALUES (?, ?, ?, ?, ?)"_s,
                  {sha, mediaType, qint64(content.size()), content, now()});
    return sha;
}

} // namespace gl
