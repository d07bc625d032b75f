// SPDX-License-Identifier: Apache-2.0
#include "platform/auth/Roles.h"
#include "platform/util/Error.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE must be used outside any namespace.
static void initCoreResources() { Q_INIT_RESOURCE(core); }

namespace gl {
namespace {
struct RoleName {
    Role role;
    const char16_t *key;
};
constexpr RoleName kRoles[] = {
    {Role::Admin, u"admin"},
    {Role::Dispatcher, u"dispatcher"},
    {Role::EhsManager, u"ehs_manager"},
    {Role::SafetyOfficer, u"safety_officer"},
    {Role::AreaSupervisor, u"area_supervisor"},
    {Role::ContractorCoordinator, u"contractor_coordinator"},
    {Role::Viewer, u"viewer"},
};
} // namespace

QString roleKey(Role role)
{
    for (const RoleName &r : kRoles)
        if (r.role == role)
            return QString::fromUtf16(r.key);
    return u"unknown"_s;
}

Role roleFromKey(const QString &key)
{
    for (const RoleName &r : kRoles)
        if (key == QString::fromUtf16(r.key))
            return r.role;
    return Role::Unknown;
}

QStringList allRoleKeys()
{
    QStringList out;
    for (const RoleName &r : kRoles)
        out << QString::fromUtf16(r.key);
    return out;
}

PermissionMatrix PermissionMatrix::parse(const QByteArray &json, const QString &source)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        fail(ErrorCode::BadInput, u"%1: offset %2: %3"_s.arg(source).arg(err.offset).arg(err.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s).toString() != u"guardline-permissions"_s || root.value(u"version"_s).toInt() != 1)
        fail(ErrorCode::BadInput, u"%1: field 'format'/'version': expected guardline-permissions version 1"_s.arg(source));
    PermissionMatrix m;
    m.m_known = root.value(u"permissions"_s).toObject().keys();
    const QJsonObject roles = root.value(u"roles"_s).toObject();
    for (auto it = roles.begin(); it != roles.end(); ++it) {
        const Role role = roleFromKey(it.key());
        if (role == Role::Unknown)
            fail(ErrorCode::BadInput, u"%1: roles: unknown role '%2' (known: %3)"_s.arg(source, it.key(), allRoleKeys().join(u", "_s)));
        QSet<QString> grants;
        for (const QJsonValue &p : it.value().toArray()) {
            const QString name = p.toString();
            if (name == u"*"_s)
                grants.unite(QSet<QString>(m.m_known.cbegin(), m.m_known.cend()));
            else if (!m.m_known.contains(name))
                fail(ErrorCode::BadInput, u"%1: roles.%2: unknown permission '%3'"_s.arg(source, it.key(), name));
            else
                grants.insert(name);
        }
        m.m_grants.insert(role, grants);
    }
    return m;
}

const PermissionMatrix &PermissionMatrix::defaults()
{
    static const PermissionMatrix m = [] {
        initCoreResources();
        QFile f(u":/guardline/config/permissions.json"_s);
        f.open(QIODevice::ReadOnly);
        return parse(f.readAll(), u"permissions.json"_s);
    }();
    return m;
}

PermissionMatrix PermissionMatrix::fromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        fail(ErrorCode::BadInput, u"%1: cannot read (%2)"_s.arg(path, f.errorString()));
    return parse(f.readAll(), path);
}

bool PermissionMatrix::allows(Role role, const QString &permission) const
{
    return m_grants.value(role).contains(permission);
}

void requirePermission(const Actor &actor, const QString &permission)
{
    if (!PermissionMatrix::defaults().allows(actor.role, permission))
        fail(ErrorCode::Forbidden, u"user '%1' (role %2) may not %3 (permission '%4')"_s.arg(
                                       actor.username, roleKey(actor.role),
                                       QString(permission).replace(u'.', u' '), permission));
}

} // namespace gl
