// SPDX-License-Identifier: Apache-2.0
#include "demo/DemoProcedures.h"
#include "modules/dispatch/logic/ProcedureService.h"
#include "platform/store/Database.h"

using namespace Qt::StringLiterals;

namespace gl::demo {

void completeProcedure(ServiceContext &ctx, ManualClock &clock, const QString &orderCode, int variant)
{
    ProcedureService procedures(ctx);
    QList<int> seqs;
    for (const QString &line : procedures.openSteps(orderCode))
        seqs << line.section(u'.', 0, 0).toInt();
    if (seqs.isEmpty())
        return;
    if (variant % 7 == 3 && seqs.size() > 2)
        seqs.swapItemsAt(1, 2); // out of order: allowed, recorded
    const int skip = variant % 5 == 1 ? seqs.value(seqs.size() / 2) : -1;
    for (int i = 0; i < seqs.size(); ++i) {
        clock.advance((10 + (variant * 7 + i * 13) % 31) * 1000);
        if (seqs[i] == skip)
            procedures.markStep(orderCode, seqs[i], u"skipped"_s, u"Done by the shift crew before the dispatcher reached the step"_s);
        else
            procedures.markStep(orderCode, seqs[i], u"done"_s);
    }
}

} // namespace gl::demo
