// SPDX-License-Identifier: Apache-2.0
#include "shell/RoleTitle.h"

#include <QCoreApplication>

namespace gl::ui {

// The texts keep the users' window's translation context, where they were first written.
QString roleTitle(Role role)
{
    switch (role) {
    case Role::Admin: return QCoreApplication::translate("gl::ui::UsersAdminPanel", "Administrator");
    case Role::Dispatcher: return QCoreApplication::translate("gl::ui::UsersAdminPanel", "Dispatcher");
    case Role::EhsManager: return QCoreApplication::translate("gl::ui::UsersAdminPanel", "EHS manager");
    case Role::SafetyOfficer: return QCoreApplication::translate("gl::ui::UsersAdminPanel", "Safety officer");
    case Role::AreaSupervisor: return QCoreApplication::translate("gl::ui::UsersAdminPanel", "Area supervisor");
    case Role::ContractorCoordinator: return QCoreApplication::translate("gl::ui::UsersAdminPanel", "Contractor coordinator");
    case Role::Viewer: return QCoreApplication::translate("gl::ui::UsersAdminPanel", "Viewer");
    case Role::Unknown: break;
    }
    return QCoreApplication::translate("gl::ui::UsersAdminPanel", "Unknown role");
}

} // namespace gl::ui
