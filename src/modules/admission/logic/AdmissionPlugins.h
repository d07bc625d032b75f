// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <guardline/Admission.h>

#include <QString>

namespace gl {

/// Finds the contractor-admission connector plugin (IID org.guardline.AdmissionFactory/1.0, metadata
/// {"kind", "api": 1}) in `folder` or PluginRegistry::defaultFolders(), loads it once per process and keeps
/// it loaded. Returns nullptr and sets `why` (naming the files and the reason) when there is none, or
/// when it was built for another API major version.
sdk::AdmissionFactory *admissionFactory(QString *why = nullptr, const QString &folder = {});

} // namespace gl
