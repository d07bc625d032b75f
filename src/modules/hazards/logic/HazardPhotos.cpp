// SPDX-License-Identifier: Apache-2.0
#include "modules/hazards/logic/HazardPhotos.h"
#include "platform/util/Files.h"

#include <QFileInfo>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace gl {

PhotoInspector::~PhotoInspector() = default;

namespace {
QMutex g_mutex;
std::shared_ptr<const PhotoInspector> g_inspector;
} // namespace

void installPhotoInspector(std::shared_ptr<const PhotoInspector> inspector)
{
    QMutexLocker lock(&g_mutex);
    g_inspector = std::move(inspector);
}

std::shared_ptr<const PhotoInspector> photoInspector()
{
    QMutexLocker lock(&g_mutex);
    return g_inspector;
}

QJsonObject FaceComparison::toJson() const
{
    return {{u"compared"_s, compared}, {u"match"_s, match}, {u"distance"_s, distance}, {u"threshold"_s, threshold},
            {u"method"_s, method}, {u"note"_s, note}};
}

PhotoInput photoFromFile(const QString &path)
{
    if (path.isEmpty())
        return {};
    return {readUserFile(path, kPhotoFileLimit + 1), QFileInfo(path).fileName()};
}

QString rectText(const QRect &r)
{
    return r.isEmpty() ? QString() : u"%1,%2,%3,%4"_s.arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

QRect rectFromText(const QString &text)
{
    const QStringList p = text.split(u',');
    if (p.size() != 4)
        return {};
    return QRect(p[0].toInt(), p[1].toInt(), p[2].toInt(), p[3].toInt());
}

QJsonObject PhotoCheck::toJson() const
{
    return {{u"passed"_s, passed}, {u"same_scene"_s, sameScene}, {u"aligned"_s, aligned}, {u"copy"_s, copy},
            {u"scene_similarity"_s, sceneSimilarity}, {u"region_change"_s, regionChange}, {u"reason"_s, reason},
            {u"region"_s, rectText(region)}, {u"second_region"_s, rectText(secondRegion)}};
}

} // namespace gl
