// SPDX-License-Identifier: Apache-2.0
// What the hazard module's files share: the JSON columns of hazards and photos as they write and read them, time units.
#pragma once

#include "modules/hazards/logic/HazardPhotos.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace gl::hazardjson {

inline constexpr qint64 kHour = 3600 * 1000;
inline constexpr qint64 kDay = 24 * kHour;

/// An object as stored in a TEXT column (plan, criteria check, photo check).
inline QString compact(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
/// A stored object back (empty when the column is NULL or not an object).
inline QJsonObject parseObject(const QVariant &v) { return QJsonDocument::fromJson(v.toString().toUtf8()).object(); }
/// A photo as an audit entry names it.
inline QJsonObject photoJson(const QString &kind, const PhotoFacts &f, const QString &name)
{
    using namespace Qt::StringLiterals;
    return {{u"kind"_s, kind}, {u"sha256"_s, f.sha256}, {u"format"_s, f.format}, {u"size"_s, u"%1x%2"_s.arg(f.width).arg(f.height)},
            {u"exif_time"_s, f.exifTime}, {u"file"_s, name}};
}

} // namespace gl::hazardjson
