// SPDX-License-Identifier: Apache-2.0
// site import: a plant's own layout (docs/FORMATS.md, site layout) into the store, meshes included.
#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "modules/site/layout/SiteLayout.h"
#include "modules/site/logic/SiteService.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace gl::cli {

int runSiteImport(Context &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"FILE"_s, u"the site layout (JSON); mesh files relative to it"_s);
    p.addOption({u"json"_s, u"print the result as JSON"_s});
    if (!parseArgs(ctx, p))
        return 2;
    if (p.positionalArguments().size() != 1) {
        ctx.err << "site import: name one layout file\n";
        return 2;
    }
    const QString path = p.positionalArguments().constFirst();
    // Validated (every element and field, every mesh file present) before the store is touched.
    const site::SiteLayout layout = site::SiteLayout::load(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ctx.err << "site import: " << path << ": cannot read (" << f.errorString() << ")\n";
        return 2;
    }
    const QByteArray json = f.readAll();
    auto db = openStore(ctx, true);
    // Setting up a new store: the installer may act before any account exists (audited as system:site-import).
    const Actor actor = changer(ctx, *db, u"site-import"_s);
    const Clock &clock = processClock();
    ServiceContext sc{*db, actor, &clock};
    SiteService(sc).importLayout(layout, json);
    int meshes = 0;
    for (const site::Structure &s : layout.structures)
        meshes += s.mesh.isEmpty() ? 0 : 1;
    if (p.isSet(u"json"_s)) {
        ctx.out << QJsonDocument(QJsonObject{{u"site"_s, layout.code}, {u"areas"_s, layout.areas.size()},
                                             {u"structures"_s, layout.structures.size()}, {u"meshes"_s, meshes},
                                             {u"equipment"_s, layout.equipment.size()}, {u"cameras"_s, layout.cameras.size()},
                                             {u"sensors"_s, layout.sensors.size()}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
    } else {
        ctx.out << "site " << layout.code << " imported into " << db->describe() << ": " << layout.areas.size() << " areas, "
                << layout.structures.size() << " structures (" << meshes << " with meshes), " << layout.equipment.size()
                << " equipment, " << layout.cameras.size() << " cameras, " << layout.sensors.size() << " sensors\n";
    }
    return 0;
}

} // namespace gl::cli
