// SPDX-License-Identifier: Apache-2.0
// The demo plant's layout on one backend, a key file in a temporary folder, and helpers to act as a role.
#pragma once

#include "demo/DemoLayout.h"
#include "modules/site/layout/SiteLayout.h"
#include "modules/site/logic/SiteService.h"
#include "platform/auth/UserService.h"
#include "platform/services/ServiceContext.h"
#include "platform/store/Schema.h"
#include "TestDb.h"

#include <QTemporaryDir>

#include <memory>

namespace gl::test {

struct VideoDb {
    explicit VideoDb(Backend backend) : db(backend)
    {
        if (!db.available())
            return;
        qputenv("GUARDLINE_CREDENTIAL_KEY", QFile::encodeName(keys.path() + QStringLiteral("/camera-credentials.key")));
        store = db.open();
        Schema::migrate(*store);
        ctx = std::make_unique<ServiceContext>(ServiceContext{*store, Actor::system(QStringLiteral("test")), &clock});
        // The demo plant's layout (areas, 12 cameras), two users, and one hazard and two permits as rows: the
        // video services only need them to exist, whatever the hazard and permit services require to make them.
        const QByteArray json = demo::demoLayoutJson();
        SiteService(*ctx).importLayout(site::SiteLayout::parse(json, QStringLiteral("demo")), json);
        UserService users(*ctx);
        users.add(QStringLiteral("root"), QStringLiteral("Admin"), Role::Admin, QStringLiteral("a long enough password"));
        users.add(QStringLiteral("disp"), QStringLiteral("Dispatcher"), Role::Dispatcher, QStringLiteral("a long enough password"));
        users.add(QStringLiteral("viewer"), QStringLiteral("Viewer"), Role::Viewer, QStringLiteral("a long enough password"));
        const qint64 t = clock.nowMs();
        const QVariant tf1 = store->scalar(QStringLiteral("SELECT id FROM areas WHERE code = 'TF1'"));
        store->exec(QStringLiteral("INSERT INTO hazards (code, category, grade, state, area_id, description, x, y, reported_at, "
                                   "updated_at) VALUES ('HZ-T1', 'leak', 'general', 'reported', ?, 'flange weeping', 60, 220, ?, ?)"),
                    {tf1, t, t});
        for (const auto &[code, grade, state] : {std::tuple{"HW-T1", "special", "active"}, std::tuple{"HW-T2", "level2", "active"}})
            store->exec(QStringLiteral("INSERT INTO permits (code, type, grade, state, area_id, title, polygon, z_min, z_max, "
                                       "starts_at, ends_at, created_at, updated_at) VALUES (?, 'hot_work', ?, ?, ?, 'weld', "
                                       "'[[50,200],[60,200],[60,210]]', 0, 4, ?, ?, ?, ?)"),
                        {QString::fromLatin1(code), QString::fromLatin1(grade), QString::fromLatin1(state), tf1, t - 3600000,
                         t + 3600000, t, t});
    }
    /// Acts as a user ("disp", "viewer") or a system actor ("system:x").
    void as(const QString &username)
    {
        ctx->actor = username.startsWith(QStringLiteral("system:")) ? Actor::system(username.mid(7))
                                                                    : UserService::actorFor(*store, username);
    }
    QString keyPath() const { return keys.path() + QStringLiteral("/camera-credentials.key"); }

    TestDb db;
    QTemporaryDir keys;
    std::unique_ptr<Database> store;
    const Clock &clock = processClock();
    std::unique_ptr<ServiceContext> ctx;
};

} // namespace gl::test
