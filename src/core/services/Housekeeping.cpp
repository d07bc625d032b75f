// SPDX-License-Identifier: Apache-2.0
#include "core/services/Housekeeping.h"
#include "core/services/PermitService.h"
#include "core/services/ServiceContext.h"
#include "core/util/Error.h"
#include "core/util/Log.h"

#include <functional>

using namespace Qt::StringLiterals;

namespace gl {

namespace {

struct Step {
    const char *name;
    /// Returns a line describing what changed, or an empty string when nothing was due.
    std::function<QString(ServiceContext &)> run;
};

const QList<Step> &steps()
{
    static const QList<Step> list = {
        {"permit-expiry",
         [](ServiceContext &ctx) {
             const QStringList codes = PermitService(ctx).expireDue(ctx.now());
             return codes.isEmpty() ? QString() : u"expired permits: %1"_s.arg(codes.join(u", "_s));
         }},
    };
    return list;
}

} // namespace

HousekeepingResult Housekeeping::run(Database &db, const Clock &clock)
{
    HousekeepingResult result;
    for (const Step &step : steps()) {
        ServiceContext ctx{db, Actor::system(QString::fromLatin1(step.name)), &clock};
        try {
            const QString line = step.run(ctx);
            if (!line.isEmpty()) {
                result.done << line;
                qCInfo(lcServices).noquote() << "housekeeping:" << line;
            }
        } catch (const Error &e) {
            result.failed << u"%1: %2"_s.arg(QString::fromLatin1(step.name), e.message());
            qCWarning(lcServices).noquote() << "housekeeping step" << step.name << "failed:" << e.message();
        }
    }
    return result;
}

} // namespace gl
