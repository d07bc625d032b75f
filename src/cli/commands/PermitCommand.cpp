// SPDX-License-Identifier: Apache-2.0
// permit create / check / act / gas-test (CONTRACTS.md 6.3) and permit ticket / verify: the electronic work
// ticket (PDF with a QR code of id + SHA-256) and its check. The rules live in PermitService (GB 30871 from
// gb30871.json, the worker gate with each contractor's admission, SIMOPS); these commands parse, sign in, print.
#include "platform/services/SiteTime.h"
#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "modules/permits/logic/PermitService.h"
#include "modules/permits/ticket/TicketRenderer.h"
#include "platform/util/Error.h"
#include "platform/util/Timestamp.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace gl::cli {

namespace {

/// The permit's row_version (schema step 21), printed with --json for the next step's --expect-version.
qint64 rowVersion(Database &db, const QString &code)
{
    return db.scalar(u"SELECT row_version FROM permits WHERE code = ?"_s, {code}).toLongLong();
}

} // namespace

int runPermitCreate(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"file"_s, u"the permit (CONTRACTS.md 6.3)"_s, u"P.json"_s});
    p.addOption({u"json"_s, u"print JSON"_s});
    if (!parseArgs(ctx, p))
        return 2;
    if (p.value(u"file"_s).isEmpty() || !p.positionalArguments().isEmpty()) {
        ctx.err << "guardlinectl: permit create: give --file P.json\n";
        return 2;
    }
    CommandSession s = openSession(ctx, u"permit-create"_s, CommandAccess::Change);
    PermitService service(s.sc());
    const PermitInput in = service.inputFromFile(p.value(u"file"_s));
    const bool json = p.isSet(u"json"_s);
    // A draft with the same code is replaced (the only way to correct one from the command line); a permit
    // past draft keeps what was signed: refused, exit 1.
    return refusable(ctx, u"permit create"_s, json, [&] {
        const bool exists = !service.saveDraft(in);
        if (json)
            ctx.printJson(QJsonDocument(QJsonObject{{u"code"_s, in.code}, {u"version"_s, rowVersion(*s.db, in.code)}}));
        else
            ctx.out << "permit " << in.code << (exists ? " draft replaced" : " stored as a draft") << "; next: permit check " << in.code
                    << ", then permit act " << in.code << " submit\n";
        return 0;
    });
}

int runPermitCheck(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"json"_s, u"print JSON"_s});
    p.addPositionalArgument(u"CODE"_s, u"the permit"_s);
    QString code;
    if (!parseArgs(ctx, p) || !oneArgument(ctx, p, u"permit check"_s, u"permit code"_s, &code))
        return 2;
    CommandSession s = openSession(ctx, u"permit-check"_s, CommandAccess::Read);
    PermitService service(s.sc());
    const QStringList reasons = service.blockingProblems(code);
    if (p.isSet(u"json"_s)) {
        ctx.printJson(QJsonDocument(QJsonObject{{u"code"_s, code}, {u"ok"_s, reasons.isEmpty()},
                                                {u"reasons"_s, QJsonArray::fromStringList(reasons)}}));
    } else {
        ctx.out << "permit " << code << " (" << service.state(code) << "): "
                << (reasons.isEmpty() ? u"nothing blocks submit, approval or the ticket"_s
                                      : u"%1 problem%2"_s.arg(reasons.size()).arg(reasons.size() == 1 ? u""_s : u"s"_s))
                << '\n';
        for (const QString &r : reasons)
            ctx.out << "  - " << r << '\n';
        const QString next = service.nextSignOff(code);
        if (const permits::SignOffStep *step = service.rules().signOff(next))
            ctx.out << "next signature: " << step->step << " (" << step->name << ")" << (step->onSite ? ", at the work site" : "") << '\n';
    }
    return reasons.isEmpty() ? 0 : 1;
}

int runPermitAct(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"on-site"_s, u"sign, submit, approve: the signer is at the work site"_s});
    p.addOption({u"place"_s, u"with --on-site: where the signer is, in words"_s, u"P"_s});
    p.addOption({u"reason"_s, u"a note recorded with the step (why it is suspended, cancelled, ...)"_s, u"T"_s});
    p.addOption({u"expect-version"_s, u"refuse when the permit is no longer at this version (what your view showed)"_s, u"N"_s});
    p.addOption({u"json"_s, u"print JSON"_s});
    p.addPositionalArgument(u"CODE"_s, u"the permit"_s);
    p.addPositionalArgument(u"ACTION"_s, u"submit|sign|approve|activate|suspend|resume|close|cancel"_s);
    if (!parseArgs(ctx, p))
        return 2;
    static const QStringList actions{u"submit"_s, u"sign"_s,    u"approve"_s, u"activate"_s,
                                     u"suspend"_s, u"resume"_s, u"close"_s,   u"cancel"_s};
    static const QStringList signatures{u"submit"_s, u"sign"_s, u"approve"_s};
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2 || !actions.contains(pos.at(1))) {
        ctx.err << "guardlinectl: permit act: give CODE and one of " << actions.join(u'|') << '\n';
        return 2;
    }
    const QString code = pos.at(0), action = pos.at(1);
    const bool onSite = p.isSet(u"on-site"_s);
    if (p.isSet(u"place"_s) && !onSite) {
        ctx.err << "guardlinectl: permit act " << action << ": option '--place': a place is recorded only with --on-site\n";
        return 2;
    }
    if (p.isSet(u"place"_s) && p.value(u"place"_s).trimmed().isEmpty()) {
        ctx.err << "guardlinectl: permit act " << action << ": option '--place': empty (say where, e.g. --place \"north flange of T-101\")\n";
        return 2;
    }
    if (onSite && !signatures.contains(action)) {
        ctx.err << "guardlinectl: permit act " << action << ": option '--on-site': '" << action
                << "' is not a signature (--on-site is for " << signatures.join(u", "_s) << ")\n";
        return 2;
    }
    std::optional<qint64> version;
    if (!expectedVersion(ctx, p, "permit act", &version, "the JSON of permit create or of the last permit act"))
        return 2;
    const bool json = p.isSet(u"json"_s);
    const SignOffInput in{onSite, p.value(u"place"_s).trimmed(), p.value(u"reason"_s).trimmed()};
    CommandSession s = openSession(ctx, u"permit-act"_s, CommandAccess::Change);
    PermitService service(s.sc());
    return refusable(ctx, u"permit act"_s, json, [&] {
        QString step;
        if (action == u"sign"_s)
            step = service.signNext(code, in, version);
        else
            service.act(code, action, in, version);
        const QString state = service.state(code);
        if (json) {
            // "version": what the next step's --expect-version names.
            QJsonObject o{{u"ok"_s, true}, {u"code"_s, code}, {u"action"_s, action}, {u"state"_s, state}, {u"version"_s, rowVersion(*s.db, code)}};
            if (!step.isEmpty())
                o.insert(u"step"_s, step);
            ctx.printJson(QJsonDocument(o));
        } else {
            ctx.out << "permit " << code << ": " << (step.isEmpty() ? action : u"signed as "_s + step) << " done, now " << state << '\n';
        }
        return 0;
    });
}

int runPermitGasTest(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"combustible"_s, u"combustible gas, % by volume"_s, u"PCT"_s});
    p.addOption({u"o2"_s, u"oxygen, % by volume"_s, u"PCT"_s});
    p.addOption({u"toxic"_s, u"toxic gas, ppm (default 0)"_s, u"PPM"_s});
    p.addOption({u"tester"_s, u"who took the sample"_s, u"NAME"_s});
    p.addOption({u"sampled-at"_s, u"when (ISO 8601 with offset; default now)"_s, u"ISO"_s});
    p.addOption({u"gas-lel"_s, u"the lower explosive limit of the gas of concern, % (default 4: limit 0.5 % vol)"_s, u"PCT"_s});
    p.addOption({u"enriched"_s, u"oxygen-enriched air (O2 up to 23.5 %)"_s});
    p.addOption({u"json"_s, u"print JSON"_s});
    p.addPositionalArgument(u"CODE"_s, u"the permit"_s);
    QString code;
    if (!parseArgs(ctx, p) || !oneArgument(ctx, p, u"permit gas-test"_s, u"permit code"_s, &code))
        return 2;
    const auto number = [&](const QString &option, double fallback, double *value) {
        if (!p.isSet(option)) {
            if (std::isnan(fallback)) {
                ctx.err << "guardlinectl: permit gas-test: option '--" << option << "' is required\n";
                return false;
            }
            *value = fallback;
            return true;
        }
        bool ok = false;
        *value = p.value(option).toDouble(&ok);
        if (!ok || !std::isfinite(*value) || *value < 0 || *value > (option == u"toxic"_s ? 1e6 : 100.0)) {
            ctx.err << "guardlinectl: permit gas-test: option '--" << option << "': '" << p.value(option) << "' is not a "
                    << (option == u"toxic"_s ? "concentration in ppm" : "percentage (0 to 100)") << '\n';
            return false;
        }
        return true;
    };
    double combustible = 0, o2 = 0, toxic = 0, lel = 0;
    if (!number(u"combustible"_s, std::nan(""), &combustible) || !number(u"o2"_s, std::nan(""), &o2) || !number(u"toxic"_s, 0, &toxic)
        || !number(u"gas-lel"_s, 4.0, &lel))
        return 2;
    const QString tester = p.value(u"tester"_s).trimmed();
    if (tester.isEmpty()) {
        ctx.err << "guardlinectl: permit gas-test: option '--tester' is required (who took the sample)\n";
        return 2;
    }
    CommandSession s = openSession(ctx, u"permit-gas-test"_s, CommandAccess::Change);
    qint64 sampledAt = s.clock->nowMs();
    if (p.isSet(u"sampled-at"_s)) {
        const TimestampResult t = parseTimestamp(QStringView(p.value(u"sampled-at"_s)), QTimeZone::utc());
        if (!t || t->form == TimeForm::Zone) {
            ctx.err << "guardlinectl: permit gas-test: option '--sampled-at': "
                    << (t ? u"'%1' has no UTC offset"_s.arg(p.value(u"sampled-at"_s)) : t.error) << '\n';
            return 2;
        }
        if (t->msecs > sampledAt + 60'000) {
            ctx.err << "guardlinectl: permit gas-test: option '--sampled-at': '" << p.value(u"sampled-at"_s) << "' is in the future\n";
            return 2;
        }
        sampledAt = t->msecs;
    }
    PermitService service(s.sc());
    service.recordGasTest(code, sampledAt, combustible, o2, toxic, tester, lel, p.isSet(u"enriched"_s));
    const bool passed = service.rules().gasPasses(combustible, o2, lel, p.isSet(u"enriched"_s));
    if (p.isSet(u"json"_s))
        ctx.printJson(QJsonDocument(QJsonObject{{u"code"_s, code}, {u"passed"_s, passed}, {u"sampled_at"_s, siteTimeText(sampledAt, siteTimeZone(*s.db))}}));
    else
        ctx.out << "gas test of permit " << code << " recorded: " << (passed ? "pass" : "FAIL (GB 30871-2022 limits)") << '\n';
    return 0;
}

int runPermitTicket(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"out"_s, u"the ticket PDF to write"_s, u"FILE.pdf"_s});
    p.addOption({u"json"_s, u"print JSON"_s});
    p.addPositionalArgument(u"CODE"_s, u"the permit"_s);
    if (!parseArgs(ctx, p))
        return 2;
    if (p.positionalArguments().size() != 1) {
        ctx.err << "guardlinectl: permit ticket: give one permit code\n";
        return 2;
    }
    const QString code = p.positionalArguments().first();
    const QString out = p.value(u"out"_s);
    if (!out.endsWith(u".pdf"_s, Qt::CaseInsensitive)) {
        ctx.err << "guardlinectl: permit ticket: option '--out': '" << out << "' must end in .pdf\n";
        return 2;
    }
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        fail(ErrorCode::Unknown, u"permit ticket: the PDF needs a QGuiApplication (guardlinectl creates one for 'ticket')"_s);
    auto db = openStore(ctx, false);
    const Actor actor = changer(ctx, *db, u"permit-ticket"_s); // issuing a ticket is a step of the permit
    const Clock &clock = processClock();
    ServiceContext sc{*db, actor, &clock};
    const TicketIssue issue = PermitService(sc).issueTicket(code);
    const QByteArray pdf = tickets::renderTicketPdf(issue, siteTimeZone(*db));
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        fail(ErrorCode::Storage, u"%1: cannot write the ticket: %2"_s.arg(out, file.errorString()));
    if (p.isSet(u"json"_s))
        ctx.printJson(QJsonDocument(QJsonObject{{u"permit"_s, code}, {u"file"_s, out}, {u"bytes"_s, qint64(pdf.size())},
                                                {u"sha256"_s, issue.sha256}, {u"qr"_s, issue.qrText}}));
    else
        ctx.out << "ticket of permit " << code << " written to " << out << " (" << pdf.size() << " bytes); sha256 " << issue.sha256
                << '\n';
    return 0;
}

int runPermitVerify(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"qr"_s, u"the decoded QR text instead of CODE HASH"_s, u"text"_s});
    p.addOption({u"json"_s, u"print JSON"_s});
    p.addPositionalArgument(u"CODE"_s, u"the permit"_s);
    p.addPositionalArgument(u"HASH"_s, u"the SHA-256 printed on the ticket"_s);
    if (!parseArgs(ctx, p))
        return 2;
    QString code, hash;
    if (p.isSet(u"qr"_s)) {
        if (!PermitService::parseQrText(p.value(u"qr"_s), &code, &hash)) {
            ctx.err << "guardlinectl: permit verify: option '--qr': '" << p.value(u"qr"_s)
                    << "' is not a Guardline ticket code (guardline-permit:CODE:SHA256)\n";
            return 2;
        }
    } else if (p.positionalArguments().size() == 2) {
        code = p.positionalArguments().at(0);
        hash = p.positionalArguments().at(1);
    } else {
        ctx.err << "guardlinectl: permit verify: give CODE HASH or --qr TEXT\n";
        return 2;
    }
    auto db = openStore(ctx, false);
    const Actor actor = ctx.user.isEmpty() ? Actor::system(u"permit-verify"_s) : signIn(ctx, *db);
    const Clock &clock = processClock();
    ServiceContext sc{*db, actor, &clock};
    const TicketCheck r = PermitService(sc).verifyTicket(code, hash);
    if (p.isSet(u"json"_s))
        ctx.printJson(QJsonDocument(QJsonObject{{u"permit"_s, code}, {u"valid"_s, r.valid}, {u"reason"_s, r.reason},
                                                {u"state"_s, r.state}, {u"issued_at"_s, r.issuedAt}}));
    else
        ctx.out << "permit " << code << ": " << r.reason << " (state " << r.state << ")\n";
    return r.valid ? 0 : 1;
}

} // namespace gl::cli
