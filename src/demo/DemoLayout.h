// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/site/layout/SiteLayout.h"

#include <QByteArray>
#include <QString>

namespace gl::demo {

/// The folder the demo plant's layout and its mesh files are compiled into (resources/demo.qrc,
/// ":/guardline/demo"): the layout's relative mesh paths resolve against it, as a site's resolve against
/// the folder of its layout file.
QString demoLayoutDir();
/// The demo plant's site layout file (plant-layout.json, docs/FORMATS.md).
QByteArray demoLayoutJson();
/// The demo plant's layout, its meshes found in demoLayoutDir().
site::SiteLayout demoLayout();

} // namespace gl::demo
