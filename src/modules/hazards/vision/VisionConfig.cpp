// SPDX-License-Identifier: Apache-2.0
#include "modules/hazards/vision/VisionConfig.h"

#include "platform/util/Error.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

#include <functional>

using namespace Qt::StringLiterals;

// Resources of a static library must be registered by name, outside any namespace.
static void initVisionResources()
{
    Q_INIT_RESOURCE(vision);
}

namespace gl::vision {
namespace {

QJsonObject readJsonObject(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        fail(ErrorCode::BadInput, path % u": cannot open: "_s % f.errorString());
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError)
        fail(ErrorCode::BadInput,
             path % u": offset "_s % QString::number(pe.offset) % u": invalid JSON: "_s % pe.errorString());
    if (!doc.isObject())
        fail(ErrorCode::BadInput, path % u": the settings must be a JSON object"_s);
    return doc.object();
}

struct Key {
    QString name;
    double min;
    double max;
    bool integer;
    std::function<void(VisionConfig &, double)> set;
};

const QList<Key> &keys()
{
    static const QList<Key> table = {
        {u"scene_similarity_threshold"_s, 0.0, 1.0, false,
         [](VisionConfig &c, double v) { c.sceneSimilarityThreshold = v; }},
        {u"region_change_threshold"_s, 0.0, 1.0, false,
         [](VisionConfig &c, double v) { c.regionChangeThreshold = v; }},
        {u"max_pixels"_s, 1.0, 1e12, true, [](VisionConfig &c, double v) { c.maxPixels = qint64(v); }},
        {u"max_file_bytes"_s, 1.0, 1e12, true, [](VisionConfig &c, double v) { c.maxFileBytes = qint64(v); }},
        {u"alignment_size"_s, 200.0, 4000.0, true, [](VisionConfig &c, double v) { c.alignmentSize = int(v); }},
        {u"max_features"_s, 100.0, 100000.0, true, [](VisionConfig &c, double v) { c.maxFeatures = int(v); }},
        {u"min_inliers"_s, 4.0, 10000.0, true, [](VisionConfig &c, double v) { c.minInliers = int(v); }},
        {u"copy_max_hash_distance"_s, 0.0, 64.0, true,
         [](VisionConfig &c, double v) { c.copyMaxHashDistance = int(v); }},
        {u"copy_max_pixel_diff"_s, 0.0, 255.0, false, [](VisionConfig &c, double v) { c.copyMaxPixelDiff = v; }},
        {u"copy_min_detail_correlation"_s, 0.0, 1.0, false,
         [](VisionConfig &c, double v) { c.copyMinDetailCorrelation = v; }},
    };
    return table;
}

} // namespace

VisionConfig VisionConfig::fromJson(const QJsonObject &obj, const QString &source, const VisionConfig &base)
{
    VisionConfig c = base;
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const Key *key = nullptr;
        for (const Key &k : keys())
            if (k.name == it.key())
                key = &k;
        const QString where = source % u": field '"_s % it.key() % u"': "_s;
        if (!key)
            fail(ErrorCode::BadInput, where % u"unknown setting"_s);
        if (!it.value().isDouble())
            fail(ErrorCode::BadInput, where % u"must be a number"_s);
        const double v = it.value().toDouble();
        if (v < key->min || v > key->max)
            fail(ErrorCode::BadInput, where % u"must be between "_s % QString::number(key->min) % u" and "_s
                                          % QString::number(key->max));
        if (key->integer && v != double(qint64(v)))
            fail(ErrorCode::BadInput, where % u"must be an integer"_s);
        key->set(c, v);
    }
    return c;
}

VisionConfig VisionConfig::defaults()
{
    static const VisionConfig d = [] {
        initVisionResources();
        const QString path = u":/guardline/config/vision-default.json"_s;
        return fromJson(readJsonObject(path), path, VisionConfig());
    }();
    return d;
}

VisionConfig VisionConfig::fromFile(const QString &path)
{
    return fromJson(readJsonObject(path), path, defaults());
}

} // namespace gl::vision
