// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/site/layout/SiteLayout.h"
#include "platform/services/ServiceContext.h"

namespace gl {

struct SiteInfo {
    QString code, name, nameZh, timezone;
    bool exists = false;
};

/// The site: its layout (areas, structures, equipment, cameras, sensors) and where things are.
class SiteService : public ServiceBase {
public:
    using ServiceBase::ServiceBase;

    /// Imports a validated layout as the site (once: a site that exists is refused with Conflict).
    /// Every area, equipment item, camera and sensor gets its audit entry; all or nothing.
    void importLayout(const site::SiteLayout &layout, const QByteArray &json);
    SiteInfo info() const;
    /// The layout as imported (for the 3D map). Throws NotFound when no site exists.
    site::SiteLayout layout() const;
};

} // namespace gl
