// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace gl {

enum class Role { Unknown = 0, Admin, Dispatcher, EhsManager, SafetyOfficer, AreaSupervisor, ContractorCoordinator, Viewer };

QString roleKey(Role role);           ///< "ehs_manager"
Role roleFromKey(const QString &key); ///< Role::Unknown for an unknown key
QStringList allRoleKeys();

/// Who acts. Services take an Actor and check its permissions; audit entries name it.
struct Actor {
    qint64 userId = 0;
    QString username;
    Role role = Role::Unknown;
    /// The name the audit chain records: "user:alice" or "system:demo".
    QString auditName() const { return username; }
    static Actor system(const QString &what) { return Actor{0, QStringLiteral("system:") + what, Role::Admin}; }
};

/// The role → permission matrix, loaded from data (resources/config/permissions.json by default).
class PermissionMatrix {
public:
    static const PermissionMatrix &defaults();
    /// Loads a site's matrix; throws gl::Error(BadInput) naming the file and the field.
    static PermissionMatrix fromFile(const QString &path);
    bool allows(Role role, const QString &permission) const;
    QStringList permissions() const { return m_known; }

private:
    static PermissionMatrix parse(const QByteArray &json, const QString &source);
    QStringList m_known;
    QHash<Role, QSet<QString>> m_grants;
};

/// Throws gl::Error(Forbidden) unless the actor's role grants `permission` in the default matrix.
void requirePermission(const Actor &actor, const QString &permission);

} // namespace gl
