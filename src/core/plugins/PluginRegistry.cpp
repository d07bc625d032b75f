// SPDX-License-Identifier: Apache-2.0
#include "core/plugins/PluginRegistry.h"
#include "core/util/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QPluginLoader>

using namespace Qt::StringLiterals;

namespace gl {

PluginRegistry::~PluginRegistry()
{
    m_plugins.clear();
    for (QPluginLoader *l : std::as_const(m_loaders)) {
        l->unload();
        delete l;
    }
}

const LoadedPlugin *PluginRegistry::load(const QString &file, QString *why)
{
    auto reason = [&](const QString &text) -> const LoadedPlugin * {
        qCWarning(lcServices).noquote() << "plugin" << file << "refused:" << text;
        if (why)
            *why = text;
        return nullptr;
    };
    auto *loader = new QPluginLoader(file);
    const QJsonObject meta = loader->metaData();
    if (meta.isEmpty()) {
        delete loader;
        return reason(u"not a Qt plugin"_s);
    }
    if (meta.value(u"IID"_s).toString() != QString::fromLatin1(GuardlineConnectorFactory_iid)) {
        const QString iid = meta.value(u"IID"_s).toString();
        delete loader;
        return reason(u"interface '%1' is not %2"_s.arg(iid, QString::fromLatin1(GuardlineConnectorFactory_iid)));
    }
    const QJsonObject data = meta.value(u"MetaData"_s).toObject();
    const int api = data.value(u"api"_s).toInt();
    if (api != sdk::kConnectorApiMajor) {
        delete loader;
        return reason(u"built for connector API %1, this Guardline provides API %2"_s.arg(api).arg(sdk::kConnectorApiMajor));
    }
    QObject *instance = loader->instance();
    auto *factory = qobject_cast<sdk::ConnectorFactory *>(instance);
    if (!factory) {
        const QString error = loader->errorString();
        delete loader;
        return reason(u"cannot be instantiated (%1)"_s.arg(error));
    }
    m_loaders << loader;
    m_plugins << LoadedPlugin{file, data.value(u"kind"_s).toString(factory->kind()), api,
                             data.value(u"api_minor"_s).toInt(0), factory};
    qCInfo(lcServices).noquote() << "plugin loaded:" << file << "kind" << m_plugins.last().kind;
    return &m_plugins.last();
}

int PluginRegistry::loadFolder(const QString &folder)
{
    int n = 0;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({u"*.so"_s, u"*.dll"_s, u"*.dylib"_s}, QDir::Files))
        n += load(dir.filePath(name)) ? 1 : 0;
    return n;
}

const LoadedPlugin *PluginRegistry::plugin(const QString &kind) const
{
    for (const LoadedPlugin &p : m_plugins)
        if (p.kind == kind)
            return &p;
    return nullptr;
}

sdk::ConnectorFactory *PluginRegistry::factory(const QString &kind) const
{
    for (const LoadedPlugin &p : m_plugins)
        if (p.kind == kind)
            return p.factory;
    return nullptr;
}

QStringList PluginRegistry::defaultFolders()
{
    const QString app = QCoreApplication::applicationDirPath();
    QStringList out{app + u"/../lib/guardline/plugins"_s, app + u"/../plugins"_s};
    const QString env = qEnvironmentVariable("GUARDLINE_PLUGIN_PATH");
    if (!env.isEmpty())
        out = env.split(u':', Qt::SkipEmptyParts) + out;
    return out;
}

} // namespace gl
