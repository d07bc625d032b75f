// SPDX-License-Identifier: Apache-2.0
#include "demo/DemoLayout.h"
#include "platform/util/Error.h"

#include <QFile>

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE must be used outside any namespace (resources/demo.qrc, in a static library).
static void initDemoLayoutResources() { Q_INIT_RESOURCE(demo); }

namespace gl::demo {

QString demoLayoutDir()
{
    initDemoLayoutResources();
    return u":/guardline/demo"_s;
}

QByteArray demoLayoutJson()
{
    QFile f(demoLayoutDir() + u"/plant-layout.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        fail(ErrorCode::Storage, f.fileName() + u": demo layout resource missing"_s);
    return f.readAll();
}

site::SiteLayout demoLayout() { return site::SiteLayout::parse(demoLayoutJson(), u"plant-layout.json"_s, demoLayoutDir()); }

} // namespace gl::demo
