// SPDX-License-Identifier: Apache-2.0
// guardline_crash_writer: a test helper (not a product program) that writes to a store as hard as it can through
// the real core services, the same calls the command center and guardlinectl make, until it is killed:
//   manual alarms with their dispatch orders (OperationsService::raiseManualAlarm), acknowledgements, order
//   assignments, dispatcher instructions, permit drafts (PermitService::createDraft) and hazard report drafts
//   with a photo (HazardDraftService::save). Every one is a transaction with its audit entry (drafts excepted).
// It prints one line per write on stdout, flushed, ONLY after the service call returned (the change is
// committed: "acknowledged"), naming what it created:
//   alarm <id> <order-code> <token> | ack <alarm-id> | assign <order-code> <username>
//   instruction <id> <token> | permit <code> <token> | draft <id> <token>
// Tokens are unique per write ("crash-<run>-<n>"), so the checker finds each write and counts duplicates.
//
// Usage: guardline_crash_writer --db URL --run N [--seed S]   (the store must hold a site: see CrashHarness)
#include "modules/dispatch/logic/OperationsService.h"
#include "modules/hazards/logic/HazardDraftService.h"
#include "modules/hazards/logic/HazardPhotos.h"
#include "modules/permits/logic/PermitService.h"
#include "platform/auth/UserService.h"
#include "platform/store/Database.h"
#include "platform/store/DbUrl.h"
#include "platform/util/Clock.h"
#include "platform/util/Error.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <cstdio>
#include <deque>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {

void ack(const QString &line)
{
    const QByteArray bytes = (line + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString url;
    int run = -1;
    quint32 seed = 1;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--db"_s)
            url = args.at(i + 1);
        else if (args.at(i) == u"--run"_s)
            run = args.at(i + 1).toInt();
        else if (args.at(i) == u"--seed"_s)
            seed = args.at(i + 1).toUInt();
    }
    if (url.isEmpty() || run < 0) {
        std::fprintf(stderr, "usage: guardline_crash_writer --db URL --run N [--seed S]\n");
        return 2;
    }
    try {
        auto db = Database::open(DbUrl::parse(url));
        ServiceContext ctx{*db, UserService::actorFor(*db, u"root"_s), &processClock()};
        QStringList areas;
        for (QSqlQuery q = db->exec(u"SELECT code FROM areas ORDER BY code"_s); q.next();)
            areas << q.value(0).toString();
        if (areas.isEmpty()) {
            std::fprintf(stderr, "guardline_crash_writer: the store holds no site (no areas)\n");
            return 2;
        }
        QRandomGenerator rng(seed);
        static const QStringList priorities{u"critical"_s, u"high"_s, u"medium"_s, u"low"_s};
        static const QStringList types{u"hot_work"_s, u"confined_space"_s, u"work_at_height"_s, u"lifting"_s};
        std::deque<qint64> unacked;  // alarms raised by this run, not yet acknowledged
        std::deque<QString> unassigned; // their orders
        for (qint64 n = 0;; ++n) {
            const QString token = u"crash-%1-%2"_s.arg(run).arg(n);
            const QString area = areas.at(rng.bounded(int(areas.size())));
            switch (rng.bounded(8)) {
            case 0:
            case 1:
            case 2: { // a phone call: a manual alarm and its dispatch order
                const ManualAlarm a = OperationsService(ctx).raiseManualAlarm(area, priorities.at(rng.bounded(4)), token);
                ack(u"alarm %1 %2 %3"_s.arg(a.alarmId).arg(a.orderCode, token));
                unacked.push_back(a.alarmId);
                unassigned.push_back(a.orderCode);
                break;
            }
            case 3:
                if (!unacked.empty()) {
                    const qint64 id = unacked.front();
                    OperationsService(ctx).acknowledgeAlarm(id);
                    unacked.pop_front();
                    ack(u"ack %1"_s.arg(id));
                }
                break;
            case 4:
                if (!unassigned.empty()) {
                    const QString code = unassigned.front();
                    OperationsService(ctx).applyOrder(code, u"assign"_s, u"demo.supervisor.ca1"_s);
                    unassigned.pop_front();
                    ack(u"assign %1 demo.supervisor.ca1"_s.arg(code));
                }
                break;
            case 5: {
                const qint64 id = OperationsService(ctx).pushManualInstruction(area, u"halt_pour"_s, token);
                ack(u"instruction %1 %2"_s.arg(id).arg(token));
                break;
            }
            case 6: { // a permit draft
                PermitInput in;
                in.code = u"CR-%1-%2"_s.arg(run).arg(n);
                in.type = types.at(rng.bounded(int(types.size())));
                in.grade = u"standard"_s;
                in.contractorCode = u"own"_s;
                in.areaCode = area;
                in.title = token;
                const double x = rng.bounded(200.0), y = rng.bounded(200.0);
                in.polygon = {{x, y}, {x + 8, y}, {x + 8, y + 5}, {x, y + 5}};
                in.startsAt = ctx.now() + 3600'000;
                in.endsAt = in.startsAt + 4 * 3600'000;
                PermitService(ctx).createDraft(in);
                ack(u"permit %1 %2"_s.arg(in.code, token));
                break;
            }
            default: { // a hazard report draft with a photo (a blob of a few tens of kB)
                HazardDraft d;
                d.fields = {{u"description"_s, token}, {u"area"_s, area}, {u"category"_s, u"housekeeping"_s}};
                QByteArray bytes(4096 + int(rng.bounded(12288)), Qt::Uninitialized);
                for (char &c : bytes)
                    c = char(rng.bounded(256));
                d.photos.append({QString::fromUtf16(photo::Defect), token + u".jpg"_s, bytes, 0, {}, 0});
                const qint64 id = HazardDraftService(ctx).save(d);
                ack(u"draft %1 %2"_s.arg(id).arg(token));
                break;
            }
            }
        }
    } catch (const Error &e) {
        std::fprintf(stderr, "guardline_crash_writer: %s\n", e.message().toLocal8Bit().constData());
        return 1;
    }
}
