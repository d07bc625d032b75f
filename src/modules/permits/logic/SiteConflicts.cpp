// SPDX-License-Identifier: Apache-2.0
#include "modules/permits/logic/SiteConflicts.h"
#include "modules/permits/simops/ConflictEngine.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>

#include <optional>

using namespace Qt::StringLiterals;

namespace gl {

conflicts::SimopsRules siteSimopsRules()
{
    const QString path = qEnvironmentVariable("GUARDLINE_SIMOPS_RULES");
    if (path.isEmpty())
        return conflicts::SimopsRules::defaults();
    // Read once per change of the file: the snapshot asks every few seconds.
    static QMutex mutex;
    static QString cachedPath;
    static QDateTime cachedTime;
    static qint64 cachedSize = -1;
    static std::optional<conflicts::SimopsRules> cached;
    const QFileInfo info(path);
    const QMutexLocker lock(&mutex);
    if (cached && cachedPath == path && info.exists() && info.lastModified() == cachedTime && info.size() == cachedSize)
        return *cached;
    conflicts::SimopsRules rules = conflicts::SimopsRules::fromFile(path); // throws BadInput naming file and key
    cached = rules;
    cachedPath = path;
    cachedTime = info.lastModified();
    cachedSize = info.size();
    return rules;
}

QList<PermitConflict> permitTableConflicts(const Table &permits, qint64 now, const conflicts::SimopsRules &rules)
{
    const int code = permits.column(u"code"_s), type = permits.column(u"type"_s), state = permits.column(u"state"_s),
              contractor = permits.column(u"contractor"_s), polygon = permits.column(u"polygon"_s),
              zMin = permits.column(u"z_min"_s), zMax = permits.column(u"z_max"_s), startsAt = permits.column(u"starts_at"_s),
              endsAt = permits.column(u"ends_at"_s);
    if (code < 0 || type < 0 || state < 0 || polygon < 0 || startsAt < 0 || endsAt < 0)
        return {};
    conflicts::PermitSet set;
    set.reserve(size_t(permits.rows.size()));
    for (const QVariantList &r : permits.rows) {
        const QString st = r.value(state).toString();
        if (st == u"draft"_s || st == u"cancelled"_s)
            continue;
        conflicts::Permit p;
        p.id = r.value(code).toString();
        p.type = conflicts::workTypeFromName(r.value(type).toString());
        p.contractor = contractor >= 0 ? r.value(contractor).toString() : QString();
        std::vector<conflicts::Point> pts;
        for (const QJsonValue &pt : QJsonDocument::fromJson(r.value(polygon).toString().toUtf8()).array())
            pts.push_back({pt.toArray().at(0).toDouble(), pt.toArray().at(1).toDouble()});
        if (pts.size() < 3)
            continue;
        p.area = {conflicts::Polygon(std::move(pts)), zMin >= 0 ? r.value(zMin).toDouble() : 0.0,
                  zMax >= 0 ? r.value(zMax).toDouble() : 0.0};
        p.start.msecs = r.value(startsAt).toLongLong();
        p.end.msecs = r.value(endsAt).toLongLong();
        // Work still running past its planned end is on site until it is closed.
        if ((st == u"active"_s || st == u"suspended"_s) && p.end.msecs <= now)
            p.end.msecs = now + 60000;
        if (p.end.msecs <= p.start.msecs)
            continue;
        set.push_back(std::move(p));
    }
    QList<PermitConflict> out;
    for (const conflicts::Conflict &c : conflicts::findConflicts(set, rules))
        out.append(PermitConflict{c.a, c.b, conflicts::conflictKindName(c.kind), c.distance, c.overlapStart.msecs, c.overlapEnd.msecs});
    return out;
}

} // namespace gl
