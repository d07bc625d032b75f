// SPDX-License-Identifier: Apache-2.0
// permit ticket / permit verify: the electronic work ticket (PDF with a QR code of id + SHA-256) and its check.
#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "core/permits/PermitRecord.h"
#include "core/services/PermitService.h"
#include "core/util/Error.h"
#include "tickets/TicketRenderer.h"

#include <QGuiApplication>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace gl::cli {

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
    const QByteArray pdf = tickets::renderTicketPdf(issue, permits::siteTimeZone(*db));
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
