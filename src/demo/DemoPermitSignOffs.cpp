// SPDX-License-Identifier: Apache-2.0
#include "demo/DemoPermitSignOffs.h"
#include "modules/permits/logic/CameraCoverage.h"
#include "modules/permits/logic/PermitService.h"
#include "platform/auth/UserService.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace gl::demo {

void signAndApprove(ServiceContext &ctx, const QString &code, const QString &leaderUser, const QString &approverUser)
{
    const Actor saved = ctx.actor;
    const QString type = permits::PermitRecord::load(ctx.db, code)->type;
    ctx.actor = UserService::actorFor(ctx.db, u"demo.coordinator"_s);
    QStringList all;
    for (const permits::ChecklistItem &item : PermitService(ctx).rules().checklist(type))
        all << item.key;
    PermitService(ctx).setChecks(code, all);
    PermitService(ctx).signOff(code, u"guardian"_s, {true, {}, u"guardian briefed and present"_s});
    ctx.actor = UserService::actorFor(ctx.db, leaderUser);
    PermitService(ctx).signOff(code, u"site_leader"_s, {true, {}, {}});
    ctx.actor = UserService::actorFor(ctx.db, approverUser);
    PermitService(ctx).signOff(code, u"approver"_s, {true, {}, u"approved at the work site"_s});
    ctx.actor = saved;
}

const site::Equipment *workSpot(const site::SiteLayout &layout, const site::Equipment *pick, const QString &type, const QString &grade,
                                qint64 startsAt, qint64 endsAt)
{
    const permits::Gb30871Rules &rules = permits::Gb30871Rules::defaults();
    const QByteArray tz = layout.timezone.isEmpty() ? QByteArray("UTC") : layout.timezone.toUtf8();
    if (!pick || !rules.needsCameras(type, rules.effectiveGrade(type, grade, startsAt, endsAt, tz)))
        return pick;
    QList<permits::CameraPlacement> cams;
    for (const site::Camera &c : layout.cameras)
        cams.push_back({c.code, c.name, c.area, c.url, c.position.x, c.position.y, c.position.z, c.yaw, c.pitch, c.fov, c.range});
    auto covered = [&](const site::Equipment &e) {
        const double x = e.position.x, y = e.position.y;
        for (const permits::CameraCover &c : permits::camerasCovering(cams, {{x - 1, y - 1}, {x + 1, y - 1}, {x + 1, y + 1}, {x - 1, y + 1}}, 0, 4))
            if (c.onlineCapable)
                return true;
        return false;
    };
    if (covered(*pick))
        return pick;
    const site::Equipment *best = pick;
    double bestDistance = -1;
    for (const site::Equipment &e : layout.equipment) {
        if (e.area != pick->area || !covered(e))
            continue;
        const double d = std::hypot(e.position.x - pick->position.x, e.position.y - pick->position.y);
        if (bestDistance < 0 || d < bestDistance) {
            best = &e;
            bestDistance = d;
        }
    }
    return best;
}

} // namespace gl::demo
