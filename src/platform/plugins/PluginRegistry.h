// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <guardline/Connector.h>

#include <QJsonObject>
#include <QList>
#include <QString>

class QPluginLoader;

namespace gl {

/// A connector plugin found on disk.
struct LoadedPlugin {
    QString file;
    QString kind;
    int apiMajor = 0;
    int apiMinor = 0; ///< "api_minor" of the metadata: which additions of the major version it implements
    sdk::ConnectorFactory *factory = nullptr; ///< owned by the plugin's QPluginLoader
};

/// Finds and loads connector plugins (Qt plugins exporting org.guardline.ConnectorFactory/1.0 with
/// metadata {"kind": "...", "api": N}). A plugin built for another API major version is refused with
/// a log line naming the plugin and both versions; a file that is not a plugin is skipped with a reason.
class PluginRegistry {
public:
    PluginRegistry() = default;
    ~PluginRegistry();
    PluginRegistry(const PluginRegistry &) = delete;
    PluginRegistry &operator=(const PluginRegistry &) = delete;

    /// Loads one file; returns nullptr and sets `why` when it is refused.
    const LoadedPlugin *load(const QString &file, QString *why = nullptr);
    /// Loads every plugin in a folder; returns how many were loaded.
    int loadFolder(const QString &folder);
    const QList<LoadedPlugin> &plugins() const { return m_plugins; }
    sdk::ConnectorFactory *factory(const QString &kind) const;
    /// The loaded plugin of that kind (the first one found), or nullptr.
    const LoadedPlugin *plugin(const QString &kind) const;
    /// The default plugin folders, in search order: the installed ones next to the program
    /// (../lib/guardline/plugins, ../plugins) first, then $GUARDLINE_PLUGIN_PATH (':'-separated), so a
    /// folder named in the environment cannot shadow an installed plugin of the same kind.
    static QStringList defaultFolders();
    /// Why a plugin file may not be loaded, or empty when it may: the file or its folder is writable by
    /// others (world-writable, or group-writable by a group other than root's or the user's), or is owned
    /// by someone other than root or the current user. Anyone who can replace the file runs code as us.
    static QString unsafeFileReason(const QString &file);
    /// Why a connector's metadata ({"kind", "api", "api_minor"}) is refused, or empty: another major
    /// version, or a minor version newer than this host implements (it may rely on calls we never make).
    static QString apiProblem(const QJsonObject &metaData);

private:
    QList<LoadedPlugin> m_plugins;
    QList<QPluginLoader *> m_loaders;
};

} // namespace gl
