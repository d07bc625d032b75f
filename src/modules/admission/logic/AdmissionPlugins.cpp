// SPDX-License-Identifier: Apache-2.0
#include "modules/admission/logic/AdmissionPlugins.h"
#include "platform/plugins/PluginRegistry.h"
#include "platform/util/Log.h"

#include <QDir>
#include <QJsonObject>
#include <QMutex>
#include <QPluginLoader>

using namespace Qt::StringLiterals;

namespace gl {

sdk::AdmissionFactory *admissionFactory(QString *why, const QString &folder)
{
    static QMutex mutex;
    static sdk::AdmissionFactory *loaded = nullptr;
    // The loader of the plugin in use lives as long as the process (callers keep the factory): held
    // here, not dropped, so that nothing is lost track of (LeakSanitizer reported the dropped pointer).
    static QPluginLoader *loaderInUse = nullptr;
    QMutexLocker lock(&mutex);
    if (loaded)
        return loaded;
    QStringList reasons;
    const QStringList folders = folder.isEmpty() ? PluginRegistry::defaultFolders() : QStringList{folder};
    for (const QString &f : folders) {
        const QDir dir(f);
        for (const QString &name : dir.entryList({u"*.so"_s, u"*.dll"_s, u"*.dylib"_s}, QDir::Files)) {
            const QString file = dir.filePath(name);
            if (const QString unsafe = PluginRegistry::unsafeFileReason(file); !unsafe.isEmpty()) {
                qCWarning(lcServices).noquote() << "plugin" << file << "refused:" << unsafe;
                reasons << u"%1: %2"_s.arg(file, unsafe);
                continue;
            }
            auto *loader = new QPluginLoader(file);
            const QJsonObject meta = loader->metaData();
            if (meta.value(u"IID"_s).toString() != QString::fromLatin1(GuardlineAdmissionFactory_iid)) {
                delete loader;
                continue;
            }
            const int api = meta.value(u"MetaData"_s).toObject().value(u"api"_s).toInt();
            if (api != sdk::kAdmissionApiMajor) {
                reasons << u"%1: built for admission API %2, this Guardline provides API %3"_s.arg(file).arg(api).arg(sdk::kAdmissionApiMajor);
                delete loader;
                continue;
            }
            auto *factory = qobject_cast<sdk::AdmissionFactory *>(loader->instance());
            if (!factory) {
                reasons << u"%1: cannot be instantiated (%2)"_s.arg(file, loader->errorString());
                delete loader;
                continue;
            }
            qCInfo(lcServices).noquote() << "admission plugin loaded:" << file;
            loaderInUse = loader;
            loaded = factory;
            return loaded;
        }
    }
    if (why)
        *why = reasons.isEmpty() ? u"no contractor-admission connector plugin in %1"_s.arg(folders.join(u", "_s)) : reasons.join(u"; "_s);
    return nullptr;
}

} // namespace gl
