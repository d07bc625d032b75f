// SPDX-License-Identifier: Apache-2.0
// alarms raise|list|ack, orders list|act|show, instructions push|list (CONTRACTS.md 6.4): the control room's
// operator actions, through the same OperationsService (permissions, audit entries) as the command center.
// Each command runs on one frozen clock reading, so an order's stored times equal its audited times.
#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "modules/dispatch/logic/OperationsService.h"
#include "platform/util/Error.h"

#include <QDateTime>
#include <optional>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace gl::cli {
namespace {

/// A changing command signs in (CONTRACTS.md 6); a reading one runs without an account (CliSupport.h).
CommandSession open(Context &ctx, bool changes)
{
    return openSession(ctx, changes ? u"dispatch"_s : u"cli-read"_s, changes ? CommandAccess::Change : CommandAccess::Read);
}

bool oneCode(Context &ctx, QCommandLineParser &p, const char *what, QString *code)
{
    if (p.positionalArguments().size() != 1) {
        ctx.err << "guardlinectl: " << what << ": give exactly one " << (QByteArrayView(what).startsWith("alarms") ? "alarm id" : "order code")
                << '\n';
        return false;
    }
    *code = p.positionalArguments().first();
    return true;
}

} // namespace

int runAlarmsRaise(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"area"_s, u"area code"_s, u"A"_s});
    p.addOption({u"priority"_s, u"critical|high|medium|low"_s, u"P"_s});
    p.addOption({u"text"_s, u"what was reported"_s, u"T"_s});
    p.addOption({u"observed-at"_s, u"when the caller saw it (ISO 8601 with offset)"_s, u"ISO"_s});
    p.addOption({u"json"_s, u"print JSON"_s});
    if (!parseArgs(ctx, p))
        return 2;
    for (const char16_t *o : {u"area", u"priority", u"text"})
        if (!p.isSet(QString::fromUtf16(o))) {
            ctx.err << "guardlinectl: alarms raise: option '--" << QString::fromUtf16(o)
                    << "' is required (--area A --priority critical|high|medium|low --text T)\n";
            return 2;
        }
    qint64 observed = 0;
    if (p.isSet(u"observed-at"_s)) {
        const QDateTime at = QDateTime::fromString(p.value(u"observed-at"_s), Qt::ISODateWithMs);
        if (!at.isValid()) {
            ctx.err << "guardlinectl: alarms raise: option '--observed-at': '" << p.value(u"observed-at"_s)
                    << "' is not an ISO 8601 time (e.g. 2026-03-02T08:15:00+08:00)\n";
            return 2;
        }
        observed = at.toMSecsSinceEpoch();
    }
    CommandSession s = open(ctx, true);
    const ManualAlarm a = OperationsService(s.sc()).raiseManualAlarm(p.value(u"area"_s), p.value(u"priority"_s), p.value(u"text"_s), observed);
    if (p.isSet(u"json"_s))
        ctx.printJson(QJsonDocument(QJsonObject{{u"id"_s, a.alarmId}, {u"order"_s, a.orderCode}}));
    else
        ctx.out << "alarm " << a.alarmId << " raised; dispatch order " << a.orderCode << " opened\n";
    return 0;
}

int runAlarmsList(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"open"_s, u"only alarms not cleared"_s});
    p.addOption({u"json"_s, u"print JSON"_s});
    if (!parseArgs(ctx, p))
        return 2;
    CommandSession s = open(ctx, false);
    const QJsonObject list = OperationsService(s.sc()).alarmsJson(p.isSet(u"open"_s));
    if (p.isSet(u"json"_s)) {
        ctx.printJson(QJsonDocument(list));
        return 0;
    }
    for (const QJsonValue &v : list.value(u"alarms"_s).toArray()) {
        const QJsonObject a = v.toObject();
        ctx.out << QString::number(a.value(u"id"_s).toInteger()).leftJustified(6) << ' ' << a.value(u"priority"_s).toString().leftJustified(8)
                << ' ' << a.value(u"state"_s).toString().leftJustified(14) << ' ' << a.value(u"raised_at"_s).toString() << ' '
                << a.value(u"area"_s).toString() << "  " << a.value(u"text"_s).toString() << '\n';
    }
    return 0;
}

int runAlarmsAck(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"json"_s, u"print JSON"_s});
    p.addOption({u"expect-version"_s, u"refuse when the alarm is no longer at this version (what your view showed)"_s, u"N"_s});
    p.addPositionalArgument(u"ID"_s, u"the alarm"_s);
    if (!parseArgs(ctx, p))
        return 2;
    QString id;
    if (!oneCode(ctx, p, "alarms ack", &id))
        return 2;
    bool ok = false;
    const qint64 alarmId = id.toLongLong(&ok);
    if (!ok || alarmId <= 0) {
        ctx.err << "guardlinectl: alarms ack: '" << id << "' is not an alarm id (a number, see alarms list)\n";
        return 2;
    }
    std::optional<qint64> version;
    if (!expectedVersion(ctx, p, "alarms ack", &version))
        return 2;
    const bool json = p.isSet(u"json"_s);
    CommandSession s = open(ctx, true);
    return refusable(ctx, u"alarms ack"_s, json, [&] {
        OperationsService(s.sc()).acknowledgeAlarm(alarmId, version);
        if (json)
            ctx.printJson(QJsonDocument(QJsonObject{{u"ok"_s, true}, {u"id"_s, alarmId}}));
        else
            ctx.out << "alarm " << alarmId << " acknowledged\n";
        return 0;
    });
}

int runOrdersList(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"open"_s, u"only orders neither confirmed nor cancelled"_s});
    p.addOption({u"json"_s, u"print JSON"_s});
    if (!parseArgs(ctx, p))
        return 2;
    CommandSession s = open(ctx, false);
    const QJsonObject list = OperationsService(s.sc()).ordersJson(p.isSet(u"open"_s));
    if (p.isSet(u"json"_s)) {
        ctx.printJson(QJsonDocument(list));
        return 0;
    }
    for (const QJsonValue &v : list.value(u"orders"_s).toArray()) {
        const QJsonObject o = v.toObject();
        ctx.out << o.value(u"code"_s).toString().leftJustified(12) << ' ' << o.value(u"state"_s).toString().leftJustified(11) << ' '
                << o.value(u"area"_s).toString().leftJustified(6) << ' ' << o.value(u"assignee"_s).toString().leftJustified(22) << ' '
                << o.value(u"opened_at"_s).toString() << '\n';
    }
    return 0;
}

int runOrdersAct(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"to"_s, u"assign: the user who responds"_s, u"USER"_s});
    p.addOption({u"note"_s, u"resolve: what was done"_s, u"T"_s});
    p.addOption({u"reason"_s, u"reopen, cancel: why"_s, u"T"_s});
    p.addOption({u"expect-version"_s, u"refuse when the order is no longer at this version (what your view showed)"_s, u"N"_s});
    p.addOption({u"json"_s, u"print JSON"_s});
    p.addPositionalArgument(u"CODE"_s, u"the order"_s);
    p.addPositionalArgument(u"ACTION"_s, u"assign|accept|arrive|resolve|confirm|reopen|cancel"_s);
    if (!parseArgs(ctx, p))
        return 2;
    static const QStringList actions{u"assign"_s, u"accept"_s, u"arrive"_s, u"resolve"_s, u"confirm"_s, u"reopen"_s, u"cancel"_s};
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2 || !actions.contains(pos.at(1))) {
        ctx.err << "guardlinectl: orders act: give CODE and one of " << actions.join(u'|') << '\n';
        return 2;
    }
    const QString code = pos.at(0), action = pos.at(1);
    const auto need = [&](const QString &option) {
        if (p.value(option).trimmed().isEmpty()) {
            ctx.err << "guardlinectl: orders act " << action << ": option '--" << option << "' is required\n";
            return false;
        }
        return true;
    };
    if ((action == u"assign"_s && !need(u"to"_s)) || (action == u"resolve"_s && !need(u"note"_s))
        || ((action == u"reopen"_s || action == u"cancel"_s) && !need(u"reason"_s)))
        return 2;
    const QString text = action == u"resolve"_s ? p.value(u"note"_s) : p.value(u"reason"_s);
    std::optional<qint64> version;
    if (!expectedVersion(ctx, p, "orders act", &version))
        return 2;
    const bool json = p.isSet(u"json"_s);
    CommandSession s = open(ctx, true);
    return refusable(ctx, u"orders act"_s, json, [&] {
        const QString state = OperationsService(s.sc()).applyOrder(code, action, p.value(u"to"_s), text, version);
        if (json)
            ctx.printJson(QJsonDocument(QJsonObject{{u"ok"_s, true}, {u"code"_s, code}, {u"action"_s, action}, {u"state"_s, state}}));
        else
            ctx.out << "order " << code << ": " << action << " done, now " << state << '\n';
        return 0;
    });
}

int runOrdersShow(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"json"_s, u"print JSON"_s});
    p.addPositionalArgument(u"CODE"_s, u"the order"_s);
    if (!parseArgs(ctx, p))
        return 2;
    QString code;
    if (!oneCode(ctx, p, "orders show", &code))
        return 2;
    CommandSession s = open(ctx, false);
    const QJsonObject o = OperationsService(s.sc()).orderDetails(code);
    if (p.isSet(u"json"_s)) {
        ctx.printJson(QJsonDocument(o));
        return 0;
    }
    ctx.out << o.value(u"code"_s).toString() << "  " << o.value(u"state"_s).toString() << "  " << o.value(u"area"_s).toString() << "  "
            << o.value(u"title"_s).toString() << "\nassignee: " << o.value(u"assignee"_s).toString(u"-"_s) << '\n';
    for (const QJsonValue &v : o.value(u"steps"_s).toArray()) {
        const QJsonObject st = v.toObject();
        ctx.out << "  " << st.value(u"at"_s).toString() << "  " << st.value(u"action"_s).toString().leftJustified(18) << ' '
                << st.value(u"actor"_s).toString() << '\n';
    }
    const QJsonObject ph = o.value(u"phases"_s).toObject();
    const auto sec = [&](const char16_t *k) {
        const QJsonValue v = ph.value(QString::fromUtf16(k));
        return v.isNull() ? u"-"_s : QString::number(v.toDouble(), 'f', 1) + u" s"_s;
    };
    ctx.out << "phases: detect " << sec(u"detect_s") << ", verify " << sec(u"verify_s") << ", respond " << sec(u"respond_s")
            << ", confirm " << sec(u"confirm_s") << ", total " << sec(u"total_s") << '\n';
    return 0;
}

int runInstructionsPush(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"target"_s, u"the line or area as the connectors know it"_s, u"T"_s});
    p.addOption({u"kind"_s, u"halt_pour|stop_hot_work|evacuate|resume"_s, u"K"_s});
    p.addOption({u"reason"_s, u"why"_s, u"TEXT"_s});
    p.addOption({u"order"_s, u"the dispatch order it belongs to"_s, u"CODE"_s});
    p.addOption({u"json"_s, u"print JSON"_s});
    if (!parseArgs(ctx, p))
        return 2;
    for (const char16_t *o : {u"target", u"kind", u"reason"})
        if (p.value(QString::fromUtf16(o)).trimmed().isEmpty()) {
            ctx.err << "guardlinectl: instructions push: option '--" << QString::fromUtf16(o)
                    << "' is required (--target T --kind " << OperationsService::instructionKinds().join(u'|') << " --reason TEXT)\n";
            return 2;
        }
    if (!OperationsService::instructionKinds().contains(p.value(u"kind"_s))) {
        ctx.err << "guardlinectl: instructions push: option '--kind': '" << p.value(u"kind"_s) << "' is not one of "
                << OperationsService::instructionKinds().join(u", "_s) << '\n';
        return 2;
    }
    CommandSession s = open(ctx, true);
    const qint64 id = OperationsService(s.sc()).pushManualInstruction(p.value(u"target"_s), p.value(u"kind"_s), p.value(u"reason"_s),
                                                                    p.value(u"order"_s));
    if (p.isSet(u"json"_s))
        ctx.printJson(QJsonDocument(QJsonObject{{u"id"_s, id}}));
    else
        ctx.out << "instruction " << id << " (" << OperationsService::instructionText(p.value(u"kind"_s)) << " to " << p.value(u"target"_s)
                << ") queued: the site service sends it\n";
    return 0;
}

int runInstructionsList(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"json"_s, u"print JSON"_s});
    if (!parseArgs(ctx, p))
        return 2;
    CommandSession s = open(ctx, false);
    const QJsonObject list = OperationsService(s.sc()).instructionsJson();
    if (p.isSet(u"json"_s)) {
        ctx.printJson(QJsonDocument(list));
        return 0;
    }
    for (const QJsonValue &v : list.value(u"instructions"_s).toArray()) {
        const QJsonObject i = v.toObject();
        ctx.out << QString::number(i.value(u"id"_s).toInteger()).leftJustified(6) << ' ' << i.value(u"state"_s).toString().leftJustified(12)
                << ' ' << i.value(u"issued_at"_s).toString() << ' ' << i.value(u"target"_s).toString() << ": " << i.value(u"text"_s).toString()
                << '\n';
    }
    return 0;
}

} // namespace gl::cli
