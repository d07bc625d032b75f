// SPDX-License-Identifier: Apache-2.0
#include "platform/plugins/PluginRegistry.h"
#include "platform/util/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QFileInfo>
#include <QPluginLoader>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

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
    if (const QString unsafe = unsafeFileReason(file); !unsafe.isEmpty())
        return reason(unsafe); // checked before the file is opened by the loader at all
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
    if (const QString problem = apiProblem(data); !problem.isEmpty()) {
        delete loader;
        return reason(problem);
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
        out += env.split(u':', Qt::SkipEmptyParts); // after the installed folders: they win a kind
    return out;
}

QString PluginRegistry::apiProblem(const QJsonObject &data)
{
    const int api = data.value(u"api"_s).toInt();
    if (api != sdk::kConnectorApiMajor)
        return u"built for connector API %1, this Guardline provides API %2"_s.arg(api).arg(sdk::kConnectorApiMajor);
    const int minor = data.value(u"api_minor"_s).toInt(0);
    if (minor > sdk::kConnectorApiMinor)
        return u"built for connector API %1.%2, newer than this Guardline's %1.%3 (update Guardline)"_s.arg(api).arg(minor).arg(
            sdk::kConnectorApiMinor);
    return {};
}

QString PluginRegistry::unsafeFileReason(const QString &file)
{
#ifdef Q_OS_UNIX
    const uid_t me = ::geteuid();
    const gid_t myGroup = ::getegid();
    auto check = [&](const QString &path, const QString &what) -> QString {
        struct stat st {};
        if (::stat(QFile::encodeName(path).constData(), &st) != 0)
            return u"%1 %2 cannot be examined"_s.arg(what, path);
        if (st.st_uid != 0 && st.st_uid != me)
            return u"%1 %2 is owned by uid %3, not by root or the current user (uid %4)"_s.arg(what, path).arg(st.st_uid).arg(me);
        if (st.st_mode & S_IWOTH)
            return u"%1 %2 is writable by every user (mode %3)"_s.arg(what, path).arg(st.st_mode & 07777, 4, 8, QChar(u'0'));
        if ((st.st_mode & S_IWGRP) && st.st_gid != 0 && st.st_gid != myGroup)
            return u"%1 %2 is writable by group %3 (mode %4)"_s.arg(what, path).arg(st.st_gid).arg(st.st_mode & 07777, 4, 8, QChar(u'0'));
        return {};
    };
    const QFileInfo info(file);
    if (QString r = check(info.absoluteFilePath(), u"file"_s); !r.isEmpty()) // stat(): a link's target
        return r;
    if (QString r = check(info.absolutePath(), u"folder"_s); !r.isEmpty())
        return r;
    if (info.isSymLink()) // whoever can write the target's folder can replace the target
        return check(QFileInfo(info.canonicalFilePath()).absolutePath(), u"folder"_s);
    return {};
#else
    Q_UNUSED(file);
    return {};
#endif
}

} // namespace gl
