// SPDX-License-Identifier: Apache-2.0
#include "demo/DemoTelemetrySeed.h"
#include "modules/dispatch/logic/RosterService.h"

using namespace Qt::StringLiterals;

namespace gl::demo {

void loadTelemetrySeed(ServiceContext &ctx, qint64 now)
{
    const Actor before = ctx.actor;
    ctx.actor = Actor::system(u"roster"_s);
    RosterService t(ctx);
    const qint64 from = now - 3600'000, to = now + 7 * 86400'000LL;
    t.add({}, u"demo.dispatcher"_s, from, to);
    t.add(u"CA1"_s, u"demo.supervisor.ca1"_s, from, to);
    t.add(u"CH2"_s, u"demo.supervisor.ch2"_s, from, to);
    ctx.actor = before;
}

} // namespace gl::demo
