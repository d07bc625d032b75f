// SPDX-License-Identifier: Apache-2.0
// A small store for the telemetry tests: the demo site layout (areas, sensors, cameras), the demo's
// user names and its on-duty roster, without the rest of the demo plant's history.
#pragma once

#include "demo/DemoLayout.h"
#include "demo/DemoTelemetrySeed.h"
#include "modules/site/layout/SiteLayout.h"
#include "modules/site/logic/SiteService.h"
#include "platform/auth/UserService.h"
#include "platform/store/Schema.h"
#include "TestDb.h"

namespace gl::test {

inline void loadTelemetrySite(Database &db, qint64 now)
{
    using namespace Qt::StringLiterals;
    Schema::migrate(db);
    ManualClock clock(now - 2 * 3600'000);
    ServiceContext ctx{db, Actor::system(u"test"_s), &clock};
    UserService users(ctx);
    const struct { const char16_t *name; Role role; } list[] = {
        {u"root", Role::Admin}, {u"demo.dispatcher", Role::Dispatcher}, {u"demo.ehs", Role::EhsManager}, {u"demo.supervisor.ca1", Role::AreaSupervisor},
        {u"demo.supervisor.ch2", Role::AreaSupervisor}, {u"demo.viewer", Role::Viewer}};
    for (const auto &u : list)
        users.add(QString::fromUtf16(u.name), QString::fromUtf16(u.name), u.role, u"a long enough password"_s);
    const QByteArray json = demo::demoLayoutJson();
    SiteService(ctx).importLayout(site::SiteLayout::parse(json, u"demo"_s), json);
    clock.set(now);
    demo::loadTelemetrySeed(ctx, now);
}

} // namespace gl::test
