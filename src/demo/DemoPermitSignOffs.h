// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/site/layout/SiteLayout.h"
#include "platform/services/ServiceContext.h"

namespace gl::demo {

/// The demo's path from a submitted permit to an approved one, in the standard's sign-off order: the
/// coordinator confirms the type's checklist and records the guardian's signature on site, the area's
/// leader (`leaderUser`) signs on site, then `approverUser` approves at the work site.
void signAndApprove(ServiceContext &ctx, const QString &code, const QString &leaderUser, const QString &approverUser);

/// Where a permit of `type`/`grade` from `startsAt` to `endsAt` goes in the demo: `pick`, unless the rules bind
/// it to cameras (special hot work, also when raised at night or on a rest day) and no camera of the layout
/// covers `pick`; then the covered equipment of the same area nearest to it (`pick` when there is none).
const site::Equipment *workSpot(const site::SiteLayout &layout, const site::Equipment *pick, const QString &type, const QString &grade,
                                qint64 startsAt, qint64 endsAt);

} // namespace gl::demo
