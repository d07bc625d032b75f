// SPDX-License-Identifier: Apache-2.0
#include "modules/site/logic/StoreSetup.h"
#include "modules/site/layout/SiteLayout.h"
#include "modules/site/logic/SiteService.h"
#include "platform/auth/UserService.h"
#include "platform/store/Database.h"
#include "platform/store/Schema.h"
#include "platform/util/Clock.h"
#include "platform/util/Error.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace gl::StoreSetup {
namespace {

StoreState stateOf(Database &db)
{
    StoreState s;
    s.describe = db.describe();
    s.exists = true;
    s.schemaVersion = Schema::currentVersion(db); // throws for a database that is not Guardline's
    if (s.schemaVersion > Schema::latestVersion())
        fail(ErrorCode::NewerSchema, u"%1 was written by a newer Guardline (schema %2, this one knows %3)"_s.arg(db.describe())
                                         .arg(s.schemaVersion).arg(Schema::latestVersion()));
    if (db.hasTable(u"users"_s))
        s.users = db.scalar(u"SELECT count(*) FROM users"_s).toInt();
    if (db.hasTable(u"sites"_s)) {
        QSqlQuery q = db.exec(u"SELECT code, name FROM sites ORDER BY id LIMIT 1"_s);
        if (q.next()) {
            s.siteCode = q.value(0).toString();
            s.siteName = q.value(1).toString();
        }
    }
    return s;
}

} // namespace

StoreState probe(const QString &url)
{
    const DbUrl u = DbUrl::parse(url);
    if (u.backend == Backend::Sqlite && !QFileInfo::exists(u.path)) {
        StoreState s;
        s.describe = u.redacted();
        return s;
    }
    auto db = Database::open(u, u.backend == Backend::Sqlite ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
    return stateOf(*db);
}

StoreState test(const QString &url)
{
    const DbUrl u = DbUrl::parse(url);
    const bool created = u.backend == Backend::Sqlite && !QFileInfo::exists(u.path);
    StoreState s;
    try {
        auto db = Database::open(u);
        s = stateOf(*db);
        // Writable? A read-only file or a PostgreSQL account without rights fails here, not at Finish.
        db->exec(u"CREATE TEMPORARY TABLE guardline_setup_probe (x INTEGER)"_s);
        db->exec(u"DROP TABLE guardline_setup_probe"_s);
    } catch (...) {
        if (created)
            for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
                QFile::remove(u.path + suffix);
        throw;
    }
    if (created) {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(u.path + suffix);
        s.exists = false;
    }
    return s;
}

void setUp(const QString &url, const QString &layoutPath, const Admin &admin)
{
    // Validated (every element and field, every mesh file present) before the store is touched.
    site::SiteLayout layout;
    QByteArray json;
    if (!layoutPath.isEmpty()) {
        layout = site::SiteLayout::load(layoutPath);
        QFile f(layoutPath);
        if (!f.open(QIODevice::ReadOnly))
            fail(ErrorCode::BadInput, u"%1: cannot read (%2)"_s.arg(layoutPath, f.errorString()));
        json = f.readAll();
    }
    auto db = Database::open(DbUrl::parse(url));
    Schema::migrate(*db);
    const Clock &clock = processClock();
    ServiceContext ctx{*db, Actor::system(u"first-run"_s), &clock};
    Transaction tx(*db);
    if (UserService::hasUsers(*db))
        fail(ErrorCode::Conflict, u"%1 has accounts already: sign in instead"_s.arg(db->describe()));
    const bool haveSite = db->scalar(u"SELECT count(*) FROM sites"_s).toInt() > 0;
    if (layoutPath.isEmpty() && !haveSite)
        fail(ErrorCode::BadInput, u"no site layout: choose the site's layout file"_s);
    UserService(ctx).add(admin.username, admin.displayName, Role::Admin, admin.password);
    ctx.actor = UserService::actorFor(*db, admin.username);
    if (!layoutPath.isEmpty())
        SiteService(ctx).importLayout(layout, json); // refused (Conflict) when the store has a site already
    tx.commit();
}

} // namespace gl::StoreSetup
