// SPDX-License-Identifier: Apache-2.0
#include "modules/permits/simops/PermitLoader.h"

#include "modules/permits/simops/JsonInput.h"
#include "platform/util/Error.h"

#include <QHash>
#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace gl::conflicts {
namespace {

/// Reads one permit object, throwing with "FILE: permit ID: field 'F': problem".
class PermitReader {
public:
    PermitReader(const QString &source, const QJsonObject &obj, int index, const QTimeZone &zone)
        : m_source(source), m_obj(obj), m_zone(zone), m_label(u"permit #"_s % QString::number(index + 1) % u" (no id)"_s)
    {
    }

    [[noreturn]] void bad(const QString &field, const QString &problem) const
    {
        fail(ErrorCode::BadInput, m_source % u": "_s % m_label % u": field '"_s % field % u"': "_s % problem);
    }

    QJsonValue require(const QJsonObject &obj, const QString &key, const QString &field) const
    {
        const QJsonValue v = obj.value(key);
        if (v.isUndefined() || v.isNull())
            bad(field, u"missing"_s);
        return v;
    }

    QString text(const QString &key) const
    {
        const QJsonValue v = require(m_obj, key, key);
        if (!v.isString() || v.toString().trimmed().isEmpty())
            bad(key, u"must be a non-empty string"_s);
        return v.toString();
    }

    double number(const QJsonObject &obj, const QString &key, const QString &field) const
    {
        const QJsonValue v = require(obj, key, field);
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            bad(field, u"must be a number"_s);
        if (std::abs(v.toDouble()) > kMaxCoordinateMetres)
            bad(field, beyondBound(v.toDouble()));
        return v.toDouble();
    }

    static QString beyondBound(double v)
    {
        return QString::number(v, 'g', 17) % u" is beyond the bound of "_s % QString::number(kMaxCoordinateMetres, 'f', 0)
            % u" m from the site origin"_s;
    }

    Timestamp time(const QString &key) const
    {
        const QString s = text(key);
        const TimestampResult t = parseTimestamp(QStringView(s), m_zone);
        if (!t)
            bad(key, t.error);
        return t.value;
    }

    Polygon polygon(const QJsonObject &area) const
    {
        const QString field = u"area.polygon"_s;
        const QJsonValue v = require(area, u"polygon"_s, field);
        if (!v.isArray())
            bad(field, u"must be an array of [x, y] points"_s);
        const QJsonArray arr = v.toArray();
        // One extra point is allowed for a ring written closed.
        if (arr.size() > kMaxPolygonPoints + 1)
            bad(field, u"has "_s % QString::number(arr.size()) % u" points; at most "_s
                           % QString::number(kMaxPolygonPoints) % u" are accepted"_s);
        std::vector<Point> pts;
        pts.reserve(size_t(arr.size()));
        for (qsizetype i = 0; i < arr.size(); ++i) {
            const QJsonArray p = arr.at(i).toArray();
            if (!arr.at(i).isArray() || p.size() != 2 || !p.at(0).isDouble() || !p.at(1).isDouble()
                || !std::isfinite(p.at(0).toDouble()) || !std::isfinite(p.at(1).toDouble()))
                bad(field % u'[' % QString::number(i) % u']', u"must be [x, y] with two numbers"_s);
            for (int k = 0; k < 2; ++k) {
                if (std::abs(p.at(k).toDouble()) > kMaxCoordinateMetres)
                    bad(field % u'[' % QString::number(i) % u"]["_s % QString::number(k) % u']',
                        beyondBound(p.at(k).toDouble()));
            }
            pts.push_back({p.at(0).toDouble(), p.at(1).toDouble()});
        }
        if (pts.size() > 3 && pts.front() == pts.back())
            pts.pop_back(); // written closed: accept it
        if (pts.size() > size_t(kMaxPolygonPoints))
            bad(field, u"has "_s % QString::number(pts.size()) % u" points; at most "_s
                           % QString::number(kMaxPolygonPoints) % u" are accepted"_s);
        if (pts.size() < 3)
            bad(field, u"needs at least 3 points, got "_s % QString::number(pts.size()));
        if (const auto si = findSelfIntersection(pts)) {
            const int n = int(pts.size());
            if (si->edgeA == si->edgeB)
                bad(field, u"self-intersecting: points "_s % QString::number(si->edgeA) % u" and "_s
                               % QString::number((si->edgeA + 1) % n) % u" are the same"_s);
            bad(field, u"self-intersecting: edge "_s % QString::number(si->edgeA) % u"-"_s
                           % QString::number((si->edgeA + 1) % n) % u" meets edge "_s
                           % QString::number(si->edgeB) % u"-"_s % QString::number((si->edgeB + 1) % n));
        }
        return Polygon(std::move(pts));
    }

    Permit read(QHash<QString, int> &seenIds, int index)
    {
        Permit p;
        p.id = text(u"id"_s);
        m_label = u"permit "_s % p.id;
        if (const auto it = seenIds.constFind(p.id); it != seenIds.cend())
            bad(u"id"_s, u"duplicate id (already used by permit #"_s % QString::number(it.value() + 1) % u')');
        seenIds.insert(p.id, index);

        const QString typeName = text(u"type"_s);
        p.type = workTypeFromName(typeName);
        if (p.type == WorkType::Unknown) {
            QStringList names;
            for (WorkType t : allWorkTypes())
                names << workTypeName(t);
            bad(u"type"_s, u"unknown type '"_s % typeName % u"' (expected one of "_s % names.join(u", "_s) % u')');
        }
        p.contractor = text(u"contractor"_s);

        const QJsonValue areaValue = require(m_obj, u"area"_s, u"area"_s);
        if (!areaValue.isObject())
            bad(u"area"_s, u"must be an object with polygon, z_min and z_max"_s);
        const QJsonObject area = areaValue.toObject();
        p.area.polygon = polygon(area);
        p.area.zMin = number(area, u"z_min"_s, u"area.z_min"_s);
        p.area.zMax = number(area, u"z_max"_s, u"area.z_max"_s);
        if (p.area.zMax < p.area.zMin)
            bad(u"area.z_max"_s, u"must not be below area.z_min"_s);

        p.start = time(u"start"_s);
        p.end = time(u"end"_s);
        if (p.end <= p.start)
            bad(u"end"_s, u"must be after 'start' ("_s % formatTimestamp(p.start, Millis::WhenNonZero) % u")"_s);
        return p;
    }

private:
    const QString &m_source;
    const QJsonObject &m_obj;
    const QTimeZone &m_zone;
    QString m_label;
};

} // namespace

PermitSet loadPermitFile(const QString &path, const QTimeZone &zoneWithoutOffset)
{
    return permitsFromJson(detail::readJsonObjectFile(path), path, zoneWithoutOffset);
}

PermitSet parsePermits(const QByteArray &json, const QString &source, const QTimeZone &zoneWithoutOffset)
{
    return permitsFromJson(detail::parseJsonObject(json, source), source, zoneWithoutOffset);
}

PermitSet permitsFromJson(const QJsonObject &root, const QString &source, const QTimeZone &zoneWithoutOffset)
{
    const QJsonValue list = root.value(u"permits"_s);
    if (!list.isArray())
        fail(ErrorCode::BadInput, source % u": field 'permits': "_s
                                      % (list.isUndefined() ? u"missing"_s : u"must be an array"_s));
    const QJsonArray arr = list.toArray();
    PermitSet permits;
    permits.reserve(size_t(arr.size()));
    QHash<QString, int> seenIds;
    seenIds.reserve(arr.size());
    for (qsizetype i = 0; i < arr.size(); ++i) {
        if (!arr.at(i).isObject())
            fail(ErrorCode::BadInput,
                 source % u": permit #"_s % QString::number(i + 1) % u": must be a JSON object"_s);
        const QJsonObject obj = arr.at(i).toObject();
        PermitReader reader(source, obj, int(i), zoneWithoutOffset);
        permits.push_back(reader.read(seenIds, int(i)));
    }
    return permits;
}

PermitSet permitsActiveAt(const PermitSet &permits, const Timestamp &t)
{
    PermitSet out;
    for (const Permit &p : permits) {
        if (p.activeAt(t))
            out.push_back(p);
    }
    return out;
}

} // namespace gl::conflicts
