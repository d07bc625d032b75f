// SPDX-License-Identifier: Apache-2.0
// The site layout's keys, its geometry queries, the stored copy without credentials and the camera URL check;
// reading and validating the file is SiteLayoutParse.cpp.
#include "modules/site/layout/SiteLayout.h"
#include "platform/util/Error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;

namespace gl::site {

QString riskKey(RiskColour c)
{
    switch (c) {
    case RiskColour::Red: return u"red"_s;
    case RiskColour::Orange: return u"orange"_s;
    case RiskColour::Yellow: return u"yellow"_s;
    case RiskColour::Blue: return u"blue"_s;
    case RiskColour::Unknown: break;
    }
    return u"unknown"_s;
}

RiskColour riskFromKey(const QString &key)
{
    for (RiskColour c : {RiskColour::Red, RiskColour::Orange, RiskColour::Yellow, RiskColour::Blue})
        if (riskKey(c) == key)
            return c;
    return RiskColour::Unknown;
}

QString structureKindKey(StructureKind k)
{
    switch (k) {
    case StructureKind::Building: return u"building"_s;
    case StructureKind::Tank: return u"tank"_s;
    case StructureKind::Column: return u"column"_s;
    case StructureKind::PipeRack: return u"pipe_rack"_s;
    case StructureKind::Road: return u"road"_s;
    case StructureKind::Dike: return u"dike"_s;
    case StructureKind::Unknown: break;
    }
    return u"unknown"_s;
}

const Area *SiteLayout::area(const QString &code) const
{
    for (const Area &a : areas)
        if (a.code == code)
            return &a;
    return nullptr;
}

const Area *SiteLayout::areaAt(QPointF pt) const
{
    for (const Area &a : areas)
        if (contains(a.polygon, pt))
            return &a;
    return nullptr;
}

QPointF SiteLayout::toSite(double lat, double lon) const
{
    constexpr double R = 6371008.8;
    const double x = (lon - originLon) * M_PI / 180.0 * R * std::cos(originLat * M_PI / 180.0);
    const double y = (lat - originLat) * M_PI / 180.0 * R;
    return {x, y};
}

/// The layout as stored in sites.layout: the file as imported, except that camera URLs lose their user
/// info. The cameras table keeps it until housekeeping seals it (CameraService::sealInlineCredentials);
/// the stored layout must not keep a plain-text copy of the password for ever.
QByteArray SiteLayout::withoutCredentials(const QByteArray &json)
{
    QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return json;
    QJsonObject root = doc.object();
    QJsonArray cameras = root.value(u"cameras"_s).toArray();
    bool changed = false;
    for (qsizetype i = 0; i < cameras.size(); ++i) {
        QJsonObject c = cameras.at(i).toObject();
        const QString url = c.value(u"url"_s).toString();
        if (url.startsWith(u'/') || !url.contains(u'@'))
            continue;
        QUrl u(url);
        if (u.userInfo().isEmpty())
            continue;
        u.setUserInfo({});
        c.insert(u"url"_s, u.toString());
        cameras.replace(i, c);
        changed = true;
    }
    if (!changed)
        return json;
    root.insert(u"cameras"_s, cameras);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace {
const QStringList kCameraSchemes = {u"rtsp"_s, u"rtsps"_s, u"http"_s, u"https"_s, u"file"_s};

[[noreturn]] void badUrl(const QString &code, const QString &problem)
{
    fail(ErrorCode::BadInput, u"camera '%1': field 'url': %2"_s.arg(code, problem));
}
} // namespace

void validateCameraUrl(const QString &code, const QString &url)
{
    if (url.trimmed().isEmpty())
        badUrl(code, u"empty"_s);
    if (url.startsWith(u'/'))
        return; // an absolute file path (drills)
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid())
        badUrl(code, u"not a valid URL"_s);
    if (!kCameraSchemes.contains(u.scheme().toLower()))
        badUrl(code, u"unsupported scheme '%1' (use %2, or an absolute file path)"_s.arg(u.scheme(), kCameraSchemes.join(u", "_s)));
    if (u.scheme() == u"file"_s) {
        if (u.toLocalFile().isEmpty())
            badUrl(code, u"file URL without a path"_s);
        return;
    }
    if (u.host().isEmpty())
        badUrl(code, u"no host"_s);
}

} // namespace gl::site
