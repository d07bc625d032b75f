// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "platform/auth/Roles.h"

#include <QString>

namespace gl::ui {

/// A role's name for people ("Administrator", "EHS manager"…), translated: the users' window, the alarm flood
/// settings' recipients and any view that names a role.
QString roleTitle(Role role);

} // namespace gl::ui
