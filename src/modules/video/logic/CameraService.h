// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/site/layout/SiteLayout.h"
#include "platform/services/ServiceContext.h"

#include <QHash>

#include <optional>
#include <utility>

namespace gl {

/// A camera as the registry holds it. The URL never carries credentials: they are sealed apart
/// (CredentialVault) and only ever reported as set or not set.
struct CameraInput {
    QString code, name;
    QString area;              ///< the area the camera stands in
    QString url;               ///< rtsp://, rtsps://, http(s)://, file:// or an absolute path (drills)
    site::Point3 position;     ///< site metres
    double yaw = 0;            ///< degrees counter-clockwise from east
    double pitch = 0;          ///< degrees, -90 (straight down) … 90
    double fov = 60;           ///< horizontal field of view, degrees (0, 180)
    double range = 60;         ///< metres
    QStringList coveredAreas;  ///< areas it films (its own area is always one of them)
};

struct CameraRecord : CameraInput {
    bool credentialsSet = false;
};

/// The cameras of a 特级 (special-grade) hot-work permit: GB 30871-2022 wants that work filmed from start to finish.
struct HotWorkCameras {
    QString permit, area, state;
    QStringList cameras;
};

/// The camera registry: seeded from the site layout, then edited here (site.edit), every change audited.
/// Credentials are sealed with libsodium under a key file outside the store (CredentialVault); the audit
/// chain records only that they changed, URLs are stored without user info, and nothing here logs a URL
/// unredacted.
class CameraService : public ServiceBase {
public:
    using ServiceBase::ServiceBase;

    QList<CameraRecord> list() const;
    CameraRecord get(const QString &code) const;
    /// The registry as layout cameras (for the map and the wall); URLs without credentials.
    QList<site::Camera> layoutCameras() const;

    /// Adds a camera. User info in the URL is moved into the sealed credentials.
    void create(const CameraInput &in);
    /// Changes a camera (identified by in.code); the audit entry lists what changed.
    void update(const CameraInput &in);
    /// The registry form saved: the camera added (`isNew`) or changed and, when given, its new sealed
    /// credentials (setCredentials), both or neither.
    void save(const CameraInput &in, bool isNew, const std::optional<std::pair<QString, QString>> &userPassword);
    /// Removes a camera and its credentials; evidence taken by it keeps the camera's code and name.
    void remove(const QString &code);
    /// Seals new credentials (both empty: clears them). Audited as "credentials changed", never the values.
    void setCredentials(const QString &code, const QString &user, const QString &password);
    bool hasCredentials(const QString &code) const;

    /// The URL a decoder opens: the registry URL with the credentials put back in. Never log or show it.
    QString streamUrl(const QString &code) const;
    /// streamUrl() of every camera; a camera whose credentials cannot be opened (no key on this
    /// workstation) gets its URL without them, and its code is added to `problems`.
    QHash<QString, QString> streamUrls(QStringList *problems = nullptr) const;

    /// Active or suspended hot-work permits whose effective grade is 特级 (special), each with its cameras:
    /// those bound at approval (PermitService::cameras), else those covering its volume or its area.
    QList<HotWorkCameras> specialHotWorkCameras() const;

    /// Moves user info found in stored URLs (a layout imported with "rtsp://user:pass@…") into sealed
    /// credentials; run by housekeeping as a system actor. Returns the camera codes changed.
    QStringList sealInlineCredentials();

private:
    void validate(const CameraInput &in) const;
    void writeAreas(qint64 cameraId, const CameraInput &in);
    void storeCredentials(qint64 cameraId, const QString &user, const QString &password);
    QStringList coveredAreasOf(qint64 cameraId) const;
};

} // namespace gl
