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
    /// The default plugin folders: next to the program (../lib/guardline/plugins, ./plugins) and $GUARDLINE_PLUGIN_PATH.
    static QStringList defaultFolders();

private:
    QList<LoadedPlugin> m_plugins;
    QList<QPluginLoader *> m_loaders;
};

} // namespace gl
