// SPDX-License-Identifier: Apache-2.0
#include "shell/MapFeeder.h"
#include "shell/VtkMapFeeder.h"

namespace gl {
namespace ui {

MapFeeder *MapFeeder::create(QWidget *parent)
{
#ifdef GUARDLINE_HAVE_MAP
    if (qEnvironmentVariableIntValue("GUARDLINE_NO_3D") != 1)
        return new VtkMapFeeder(parent);
#endif
    Q_UNUSED(parent);
    return nullptr;
}

} // namespace ui
} // namespace gl
