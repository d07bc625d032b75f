// SPDX-License-Identifier: Apache-2.0
// Registering contractors and their workers (CONTRACTS.md section 6.2): contractors add|show|import|suspend|
// unsuspend, workers add|edit|leave|certify|brief, shifts kinds|define-kind. The rules live in ContractorService and the admission rule
// (ContractorAdmission.h); these commands only parse, sign in and print.
#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "modules/admission/logic/AdmissionDocuments.h"
#include "modules/admission/logic/ContractorService.h"
#include "platform/domain/Identifiers.h"
#include "platform/util/Error.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <memory>

using namespace Qt::StringLiterals;

namespace gl::cli {

namespace {

struct Session {
    std::unique_ptr<Database> db;
    const Clock &clock = processClock();
    std::unique_ptr<ServiceContext> ctx;
};

Session open(Context &ctx, const QString &what, bool changes)
{
    Session s;
    s.db = openStore(ctx, false);
    const Actor actor = changes ? changer(ctx, *s.db, what) : reader(ctx, *s.db, what);
    s.ctx = std::make_unique<ServiceContext>(ServiceContext{*s.db, actor, &s.clock});
    return s;
}

bool required(Context &ctx, const QCommandLineParser &p, const QString &command, const QStringList &options)
{
    for (const QString &o : options)
        if (!p.isSet(o) || p.value(o).trimmed().isEmpty()) {
            ctx.err << "guardlinectl: " << command << ": option '--" << o << "' is required\n";
            return false;
        }
    return true;
}

QDate dateOption(const QCommandLineParser &p, const QString &name)
{
    const QDate d = QDate::fromString(p.value(name), Qt::ISODate);
    if (!d.isValid())
        fail(ErrorCode::BadInput, u"option '--%1': '%2' is not a date (YYYY-MM-DD)"_s.arg(name, p.value(name)));
    return d;
}

QString onePositional(Context &ctx, const QCommandLineParser &p, const QString &command, const QString &what)
{
    if (p.positionalArguments().size() != 1) {
        ctx.err << "guardlinectl: " << command << ": give one " << what << '\n';
        return {};
    }
    return p.positionalArguments().first();
}

QJsonObject standingJson(const ContractorStanding &s)
{
    QJsonArray docs;
    for (const AdmissionDocument &d : s.documents)
        docs.append(QJsonObject{{u"kind"_s, d.kind}, {u"file_name"_s, d.fileName}, {u"sha256"_s, d.sha256},
                                {u"issued_on"_s, d.issuedOn.toString(Qt::ISODate)}, {u"expires_on"_s, d.expiresOn.toString(Qt::ISODate)},
                                {u"state"_s, d.state}});
    return QJsonObject{{u"code"_s, s.code}, {u"name"_s, s.name}, {u"credit_code"_s, s.creditCode}, {u"admitted"_s, s.admitted},
                       {u"reasons"_s, QJsonArray::fromStringList(s.reasons)}, {u"documents"_s, docs}};
}

void printStanding(Context &ctx, const ContractorStanding &s)
{
    ctx.out << s.code << "  " << s.name << (s.nameZh.isEmpty() ? QString() : u"  "_s + s.nameZh) << "  (" << s.creditCode << ")\n";
    ctx.out << (s.admitted ? "admitted" : "NOT admitted") << '\n';
    for (const QString &r : s.reasons)
        ctx.out << "  - " << r << '\n';
    for (const AdmissionDocument &d : s.documents)
        ctx.out << "  " << d.kind.leftJustified(18) << ' ' << d.fileName << "  " << d.issuedOn.toString(Qt::ISODate) << " .. "
                << d.expiresOn.toString(Qt::ISODate) << "  " << d.state << '\n';
}

} // namespace

int runContractorsAdd(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"code"_s, u"the contractor's code on this site"_s, u"C"_s});
    p.addOption({u"name"_s, u"company name"_s, u"N"_s});
    p.addOption({u"name-zh"_s, u"company name in Chinese"_s, u"N"_s});
    p.addOption({u"credit-code"_s, u"unified social credit code (GB 32100)"_s, u"USCC"_s});
    p.addOption({u"trade"_s, u"trade, e.g. maintenance, welding, scaffolding"_s, u"T"_s});
    p.addOption({u"contact"_s, u"contact person or phone"_s, u"TEXT"_s});
    p.addOption({u"json"_s, u"print JSON"_s});
    if (!parseArgs(ctx, p) || !required(ctx, p, u"contractors add"_s, {u"code"_s, u"name"_s, u"credit-code"_s}))
        return 2;
    Session s = open(ctx, u"contractors"_s, true);
    AdmissionDocuments admission(*s.ctx);
    ContractorService(*s.ctx).registerContractor({p.value(u"code"_s).trimmed(), p.value(u"name"_s).trimmed(), p.value(u"name-zh"_s).trimmed(),
                                                   p.value(u"credit-code"_s).trimmed().toUpper(), p.value(u"trade"_s).trimmed(),
                                                   p.value(u"contact"_s).trimmed(), admission.siteToday()});
    s.ctx->actor = reader(ctx, *s.db, u"contractors"_s); // reading back what was stored
    const ContractorStanding st = admission.standing(p.value(u"code"_s).trimmed());
    if (p.isSet(u"json"_s))
        ctx.printJson(QJsonDocument(standingJson(st)));
    else
        ctx.out << "contractor " << st.code << " registered; not admitted until its documents are on file ("
                << st.reasons.size() << " reasons: contractors show " << st.code << ")\n";
    return 0;
}

int runContractorsShow(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"json"_s, u"print JSON"_s});
    p.addPositionalArgument(u"C"_s, u"contractor code"_s);
    if (!parseArgs(ctx, p))
        return 2;
    const QString code = onePositional(ctx, p, u"contractors show"_s, u"contractor code"_s);
    if (code.isEmpty())
        return 2;
    Session s = open(ctx, u"contractors"_s, false);
    const ContractorStanding st = AdmissionDocuments(*s.ctx).standing(code);
    if (p.isSet(u"json"_s))
        ctx.printJson(QJsonDocument(standingJson(st)));
    else
        printStanding(ctx, st);
    return 0;
}

int runContractorsImport(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"csv"_s, u"the ledger: code,name,name_zh,credit_code,trade,contact (UTF-8 or GB18030)"_s, u"FILE"_s});
    p.addOption({u"dry-run"_s, u"check every row, store nothing"_s});
    p.addOption({u"json"_s, u"print JSON"_s});
    if (!parseArgs(ctx, p) || !required(ctx, p, u"contractors import"_s, {u"csv"_s}))
        return 2;
    const bool dry = p.isSet(u"dry-run"_s);
    Session s = open(ctx, u"contractor-import"_s, !dry);
    const LedgerFileImport file = ContractorService(*s.ctx).importLedgerFile(p.value(u"csv"_s), dry);
    const LedgerImport &result = file.result;
    const QString &source = file.source, &encoding = file.encoding;
    const bool ok = result.errors.isEmpty();
    if (p.isSet(u"json"_s))
        ctx.printJson(QJsonDocument(QJsonObject{{u"source"_s, source}, {u"encoding"_s, encoding}, {u"imported"_s, ok && !dry},
                                                {u"rows"_s, qint64(file.rows)}, {u"added"_s, QJsonArray::fromStringList(result.added)},
                                                {u"existing"_s, QJsonArray::fromStringList(result.existing)},
                                                {u"errors"_s, QJsonArray::fromStringList(result.errors)}}));
    if (!ok) {
        for (const QString &e : result.errors)
            ctx.err << "guardlinectl contractors import: " << e << '\n';
        ctx.err << "guardlinectl contractors import: " << result.errors.size() << " error(s): nothing was imported\n";
        return 2;
    }
    if (!p.isSet(u"json"_s)) {
        ctx.out << (dry ? "would register " : "registered ") << result.added.size() << " contractor(s) from " << source << " ("
                << encoding << ")";
        if (!result.existing.isEmpty())
            ctx.out << "; already registered: " << result.existing.join(u", "_s);
        ctx.out << '\n';
    }
    return 0;
}

int runContractorsSuspend(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"reason"_s, u"why (kept in the audit chain and shown as the reason it is not admitted)"_s, u"TEXT"_s});
    p.addPositionalArgument(u"C"_s, u"contractor code"_s);
    if (!parseArgs(ctx, p))
        return 2;
    const QString code = onePositional(ctx, p, u"contractors suspend"_s, u"contractor code"_s);
    if (code.isEmpty() || !required(ctx, p, u"contractors suspend"_s, {u"reason"_s}))
        return 2;
    Session s = open(ctx, u"contractors"_s, true);
    ContractorService(*s.ctx).suspend(code, p.value(u"reason"_s).trimmed());
    ctx.out << "contractor " << code << " suspended: its workers are refused on permits and at the gates\n";
    return 0;
}

int runContractorsUnsuspend(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"reason"_s, u"why (kept in the audit chain)"_s, u"TEXT"_s});
    p.addPositionalArgument(u"C"_s, u"contractor code"_s);
    if (!parseArgs(ctx, p))
        return 2;
    const QString code = onePositional(ctx, p, u"contractors unsuspend"_s, u"contractor code"_s);
    if (code.isEmpty())
        return 2;
    Session s = open(ctx, u"contractors"_s, true);
    ContractorService(*s.ctx).unsuspend(code, p.value(u"reason"_s).trimmed());
    ctx.out << "contractor " << code << ": suspension lifted (admitted again when its documents are in order)\n";
    return 0;
}

int runWorkersAdd(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"contractor"_s, u"the worker's contractor"_s, u"C"_s});
    p.addOption({u"code"_s, u"the worker's code on this site"_s, u"W"_s});
    p.addOption({u"name"_s, u"full name"_s, u"N"_s});
    p.addOption({u"id-number"_s, u"resident ID number (GB 11643)"_s, u"ID"_s});
    p.addOption({u"job"_s, u"job, e.g. welder, rigger (default: worker)"_s, u"J"_s});
    p.addOption({u"phone"_s, u"phone"_s, u"P"_s});
    p.addOption({u"json"_s, u"print JSON"_s});
    if (!parseArgs(ctx, p) || !required(ctx, p, u"workers add"_s, {u"contractor"_s, u"code"_s, u"name"_s, u"id-number"_s}))
        return 2;
    Session s = open(ctx, u"workers"_s, true);
    const QString code = p.value(u"code"_s).trimmed();
    ContractorService(*s.ctx).addWorker({code, p.value(u"name"_s).trimmed(), p.value(u"contractor"_s).trimmed(),
                                         p.value(u"id-number"_s).trimmed().toUpper(),
                                         p.isSet(u"job"_s) ? p.value(u"job"_s).trimmed() : u"worker"_s, p.value(u"phone"_s).trimmed(), {}, false});
    if (p.isSet(u"json"_s))
        ctx.printJson(QJsonDocument(QJsonObject{{u"code"_s, code}, {u"name"_s, p.value(u"name"_s).trimmed()},
                                                {u"contractor"_s, p.value(u"contractor"_s).trimmed()}, {u"id_number_checked"_s, true}}));
    else
        ctx.out << "worker " << code << " added to " << p.value(u"contractor"_s).trimmed()
                << " (certify, brief and whitelist the worker before work)\n";
    return 0;
}

QJsonObject workerJson(const WorkerRecord &w)
{
    return QJsonObject{{u"code"_s, w.code}, {u"name"_s, w.name}, {u"contractor"_s, w.contractorCode}, {u"job"_s, w.job},
                       {u"phone"_s, w.phone}, {u"left_on"_s, w.leftOn.isValid() ? QJsonValue(w.leftOn.toString(Qt::ISODate)) : QJsonValue()},
                       {u"left_reason"_s, w.leftReason}};
}

int runWorkersEdit(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"name"_s, u"full name"_s, u"N"_s});
    p.addOption({u"id-number"_s, u"resident ID number (GB 11643)"_s, u"ID"_s});
    p.addOption({u"job"_s, u"job, e.g. welder, rigger"_s, u"J"_s});
    p.addOption({u"phone"_s, u"phone (empty to clear)"_s, u"P"_s});
    p.addOption({u"json"_s, u"print JSON"_s});
    p.addPositionalArgument(u"W"_s, u"worker code"_s);
    if (!parseArgs(ctx, p))
        return 2;
    const QString code = onePositional(ctx, p, u"workers edit"_s, u"worker code"_s);
    if (code.isEmpty())
        return 2;
    WorkerEdit e;
    if (p.isSet(u"name"_s))
        e.name = p.value(u"name"_s).trimmed();
    if (p.isSet(u"id-number"_s))
        e.idNumber = p.value(u"id-number"_s).trimmed().toUpper();
    if (p.isSet(u"job"_s))
        e.job = p.value(u"job"_s).trimmed();
    if (p.isSet(u"phone"_s))
        e.phone = p.value(u"phone"_s).trimmed();
    if (!e.name && !e.idNumber && !e.job && !e.phone) {
        ctx.err << "guardlinectl: workers edit: give at least one of --name, --id-number, --job, --phone\n";
        return 2;
    }
    Session s = open(ctx, u"workers"_s, true);
    ContractorService svc(*s.ctx);
    svc.updateWorker(code, e);
    const WorkerRecord w = svc.worker(code);
    if (p.isSet(u"json"_s)) {
        QJsonObject o = workerJson(w);
        o.insert(u"id_number_checked"_s, bool(e.idNumber));
        ctx.printJson(QJsonDocument(o));
    } else {
        ctx.out << "worker " << code << " (" << w.name << ", " << w.job << ") of " << w.contractorCode << " saved\n";
    }
    return 0;
}

int runWorkersLeave(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"on"_s, u"the day the worker left (default: today; not after today)"_s, u"YYYY-MM-DD"_s});
    p.addOption({u"reason"_s, u"why (kept with the record)"_s, u"T"_s});
    p.addOption({u"undo"_s, u"the worker is back on the site"_s});
    p.addOption({u"json"_s, u"print JSON"_s});
    p.addPositionalArgument(u"W"_s, u"worker code"_s);
    if (!parseArgs(ctx, p))
        return 2;
    const QString code = onePositional(ctx, p, u"workers leave"_s, u"worker code"_s);
    if (code.isEmpty())
        return 2;
    if (p.isSet(u"undo"_s) && (p.isSet(u"on"_s) || p.isSet(u"reason"_s))) {
        ctx.err << "guardlinectl: workers leave: --undo takes neither --on nor --reason\n";
        return 2;
    }
    const QDate on = p.isSet(u"on"_s) ? dateOption(p, u"on"_s) : QDate();
    Session s = open(ctx, u"workers"_s, true);
    ContractorService svc(*s.ctx);
    svc.setWorkerLeft(code, p.isSet(u"undo"_s) ? QDate() : on.isValid() ? on : AdmissionDocuments(*s.ctx).siteToday(),
                      p.value(u"reason"_s));
    const WorkerRecord w = svc.worker(code);
    if (p.isSet(u"json"_s))
        ctx.printJson(QJsonDocument(workerJson(w)));
    else if (w.leftOn.isValid())
        ctx.out << "worker " << code << " left on " << w.leftOn.toString(Qt::ISODate) << " (refused on permits from now on)\n";
    else
        ctx.out << "worker " << code << " is back on the site\n";
    return 0;
}

QJsonObject shiftJson(const ShiftKind &k)
{
    return QJsonObject{{u"code"_s, k.code}, {u"name"_s, k.name}, {u"name_zh"_s, k.nameZh}, {u"start"_s, k.start}, {u"end"_s, k.end}};
}

int runShiftsKinds(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"json"_s, u"print JSON"_s});
    if (!parseArgs(ctx, p))
        return 2;
    Session s = open(ctx, u"shifts"_s, false);
    const QList<ShiftKind> kinds = ContractorService(*s.ctx).shiftKinds();
    if (p.isSet(u"json"_s)) {
        QJsonArray a;
        for (const ShiftKind &k : kinds)
            a.append(shiftJson(k));
        ctx.printJson(QJsonDocument(QJsonObject{{u"kinds"_s, a}}));
        return 0;
    }
    if (kinds.isEmpty())
        ctx.out << "no shift kinds defined (guardlinectl shifts define-kind --code K --name N --start HH:mm --end HH:mm)\n";
    for (const ShiftKind &k : kinds)
        ctx.out << k.code << '\t' << k.start << '-' << k.end << '\t' << k.name << (k.nameZh.isEmpty() ? QString() : u" / "_s + k.nameZh) << '\n';
    return 0;
}

int runShiftsDefineKind(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"code"_s, u"the code the shift roster uses, e.g. DAY"_s, u"K"_s});
    p.addOption({u"name"_s, u"name"_s, u"N"_s});
    p.addOption({u"name-zh"_s, u"Chinese name"_s, u"N"_s});
    p.addOption({u"start"_s, u"start time"_s, u"HH:mm"_s});
    p.addOption({u"end"_s, u"end time (before the start: overnight; 24:00 = midnight)"_s, u"HH:mm"_s});
    p.addOption({u"json"_s, u"print JSON"_s});
    if (!parseArgs(ctx, p) || !required(ctx, p, u"shifts define-kind"_s, {u"code"_s, u"name"_s, u"start"_s, u"end"_s}))
        return 2;
    const ShiftKind k{p.value(u"code"_s).trimmed(), p.value(u"name"_s).trimmed(), p.value(u"name-zh"_s).trimmed(),
                      p.value(u"start"_s).trimmed(), p.value(u"end"_s).trimmed()};
    Session s = open(ctx, u"shifts"_s, true);
    ContractorService(*s.ctx).defineShift(k);
    if (p.isSet(u"json"_s))
        ctx.printJson(QJsonDocument(shiftJson(k)));
    else
        ctx.out << "shift kind " << k.code << " (" << k.name << ", " << k.start << '-' << k.end << ") defined\n";
    return 0;
}

int runWorkersCertify(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"kind"_s, u"certificate kind, e.g. hot_work, electrical, work_at_height, lifting, confined_space, guardian"_s, u"K"_s});
    p.addOption({u"number"_s, u"certificate number"_s, u"N"_s});
    p.addOption({u"valid-until"_s, u"last valid day"_s, u"YYYY-MM-DD"_s});
    p.addOption({u"issued"_s, u"issue day (default: a year before --valid-until, at the latest today)"_s, u"YYYY-MM-DD"_s});
    p.addPositionalArgument(u"W"_s, u"worker code"_s);
    if (!parseArgs(ctx, p))
        return 2;
    const QString worker = onePositional(ctx, p, u"workers certify"_s, u"worker code"_s);
    if (worker.isEmpty() || !required(ctx, p, u"workers certify"_s, {u"kind"_s, u"number"_s, u"valid-until"_s}))
        return 2;
    static const QRegularExpression kindRe(u"^[a-z][a-z0-9_]{1,39}$"_s);
    if (!kindRe.match(p.value(u"kind"_s)).hasMatch())
        fail(ErrorCode::BadInput, u"option '--kind': '%1' is not a certificate kind (lower-case key, e.g. hot_work)"_s.arg(p.value(u"kind"_s)));
    const QDate until = dateOption(p, u"valid-until"_s);
    Session s = open(ctx, u"workers"_s, true);
    const QDate today = AdmissionDocuments(*s.ctx).siteToday();
    const QDate issued = p.isSet(u"issued"_s) ? dateOption(p, u"issued"_s) : std::min(until.addYears(-1), today);
    ContractorService(*s.ctx).addCertificate(worker, {p.value(u"kind"_s), p.value(u"number"_s).trimmed(), issued, until, {}});
    ctx.out << "certificate " << p.value(u"kind"_s) << ' ' << p.value(u"number"_s).trimmed() << " of " << worker << " valid until "
            << until.toString(Qt::ISODate) << '\n';
    return 0;
}

int runWorkersBrief(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"on"_s, u"the day of the site safety briefing"_s, u"YYYY-MM-DD"_s});
    p.addPositionalArgument(u"W"_s, u"worker code"_s);
    if (!parseArgs(ctx, p))
        return 2;
    const QString worker = onePositional(ctx, p, u"workers brief"_s, u"worker code"_s);
    if (worker.isEmpty() || !required(ctx, p, u"workers brief"_s, {u"on"_s}))
        return 2;
    const QDate on = dateOption(p, u"on"_s);
    Session s = open(ctx, u"workers"_s, true);
    ContractorService(*s.ctx).recordBriefing(worker, on); // a day after today is refused
    ctx.out << "site safety briefing of " << worker << " on " << on.toString(Qt::ISODate) << " recorded\n";
    return 0;
}

} // namespace gl::cli
