// SPDX-License-Identifier: Apache-2.0
// Contractor admission from the command line: documents, registry verification, coordinator tasks,
// whitelist and shift imports (through the admission connector plugin), gate QR codes, the check-in intake.
#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "modules/admission/intake/CheckinServer.h"
#include "modules/admission/intake/GateQr.h"
#include "modules/admission/intake/PdfCheck.h"
#include "modules/admission/logic/AdmissionDocuments.h"
#include "modules/admission/logic/AdmissionPlugins.h"
#include "modules/admission/logic/CheckinService.h"
#include "modules/admission/logic/ExpiryTasks.h"
#include "modules/admission/logic/GateDevices.h"
#include "modules/admission/logic/RegistryCheck.h"
#include "modules/admission/logic/RosterImport.h"
#include "modules/workspace/logic/QueryService.h"
#include "modules/site/logic/SiteService.h"
#include "platform/util/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <csignal>
#include <memory>
#include <tuple>

using namespace Qt::StringLiterals;

namespace gl::cli {

namespace {

struct Session {
    std::unique_ptr<Database> db;
    const Clock &clock = processClock();
    std::unique_ptr<ServiceContext> ctx;
};

/// A change signs in (CONTRACTS.md section 6); a read runs without an account.
enum class Access { Read, Change };

Session session(Context &ctx, const QString &what, Access access)
{
    Session s;
    s.db = openStore(ctx, false);
    const Actor actor = access == Access::Change ? changer(ctx, *s.db, what) : reader(ctx, *s.db, what);
    s.ctx = std::make_unique<ServiceContext>(ServiceContext{*s.db, actor, &s.clock});
    return s;
}

QDate dateOption(const QCommandLineParser &p, const QString &name)
{
    const QDate d = QDate::fromString(p.value(name), Qt::ISODate);
    if (!d.isValid())
        fail(ErrorCode::BadInput, u"option '--%1': '%2' is not a date (YYYY-MM-DD)"_s.arg(name, p.value(name)));
    return d;
}

QJsonArray toJson(const QStringList &l) { return QJsonArray::fromStringList(l); }

int rosterImport(Context &ctx, const QString &kind)
{
    QCommandLineParser p;
    p.addOption({u"csv"_s, u"import from a CSV file"_s, u"FILE"_s});
    p.addOption({u"url"_s, u"import from the access-control system's HTTP/JSON endpoint"_s, u"URL"_s});
    p.addOption({u"token"_s, u"bearer token for --url (or $GUARDLINE_ACS_TOKEN)"_s, u"TOKEN"_s});
    p.addOption({u"confirm"_s, u"import the good rows even when some rows are malformed"_s});
    p.addOption({u"dry-run"_s, u"show the differences since the last import, change nothing"_s});
    p.addOption({u"json"_s, u"print JSON"_s});
    if (!parseArgs(ctx, p))
        return 2;
    if (p.isSet(u"csv"_s) == p.isSet(u"url"_s)) {
        ctx.err << "guardlinectl: " << kind << " import: give --csv FILE or --url URL\n";
        return 2;
    }
    QString why;
    sdk::AdmissionFactory *factory = admissionFactory(&why);
    if (!factory)
        fail(ErrorCode::Unreachable, why);
    std::unique_ptr<sdk::RosterSource> source(factory->createRosterSource(p.isSet(u"csv"_s) ? u"csv"_s : u"http"_s));
    QJsonObject config = p.isSet(u"csv"_s) ? QJsonObject{{u"file"_s, p.value(u"csv"_s)}} : QJsonObject{{u"url"_s, p.value(u"url"_s)}};
    const QString token = p.isSet(u"token"_s) ? p.value(u"token"_s) : qEnvironmentVariable("GUARDLINE_ACS_TOKEN");
    if (!token.isEmpty())
        config.insert(u"token"_s, token);
    if (const QString bad = source->configure(config); !bad.isEmpty())
        fail(ErrorCode::BadInput, bad);
    const sdk::RosterFetch fetched = source->fetch(kind);
    if (!fetched.error.isEmpty())
        fail(p.isSet(u"url"_s) && !fetched.error.contains(u"JSON"_s) ? ErrorCode::Unreachable : ErrorCode::BadInput, fetched.error);
    const bool dry = p.isSet(u"dry-run"_s);
    Session s = session(ctx, kind + u"-import"_s, dry ? Access::Read : Access::Change);
    RosterImport admission(*s.ctx);
    const RosterDiff d = dry ? admission.previewRoster(kind, fetched.rows)
                             : admission.importRoster(kind, fetched.source, fetched.rows, p.isSet(u"confirm"_s));
    if (p.isSet(u"json"_s)) {
        ctx.printJson(QJsonDocument(QJsonObject{{u"source"_s, fetched.source}, {u"imported"_s, !dry}, {u"rows"_s, d.accepted},
                                                {u"first_import"_s, !d.hasPrevious}, {u"added"_s, toJson(d.added)},
                                                {u"removed"_s, toJson(d.removed)}, {u"changed"_s, toJson(d.changed)},
                                                {u"skipped"_s, toJson(d.skipped)}}));
    } else {
        ctx.out << (dry ? "would import " : "imported ") << d.accepted << " " << kind << " rows from " << fetched.source << '\n';
        ctx.out << "since the last import: " << d.added.size() << " added, " << d.removed.size() << " removed, " << d.changed.size()
                << " changed\n";
        for (const QString &a : d.added)
            ctx.out << "  + " << a << '\n';
        for (const QString &r : d.removed)
            ctx.out << "  - " << r << '\n';
        for (const QString &c : d.changed)
            ctx.out << "  ~ " << c << '\n';
        for (const QString &k : d.skipped)
            ctx.out << "  skipped " << k << '\n';
    }
    return 0;
}

} // namespace

int runContractorsAddDocument(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"contractor"_s, u"contractor code"_s, u"CODE"_s});
    p.addOption({u"kind"_s, u"business_licence, qualification, injury_insurance or hse_agreement"_s, u"KIND"_s});
    p.addOption({u"file"_s, u"the PDF"_s, u"FILE.pdf"_s});
    p.addOption({u"issued"_s, u"issue date"_s, u"YYYY-MM-DD"_s});
    p.addOption({u"expires"_s, u"expiry date"_s, u"YYYY-MM-DD"_s});
    p.addOption({u"covers-from"_s, u"injury_insurance: first day the payment proof covers"_s, u"YYYY-MM-DD"_s});
    p.addOption({u"covers-to"_s, u"injury_insurance: last day the payment proof covers"_s, u"YYYY-MM-DD"_s});
    p.addOption({u"json"_s, u"print JSON"_s});
    if (!parseArgs(ctx, p))
        return 2;
    for (const QString &o : {u"contractor"_s, u"kind"_s, u"file"_s, u"issued"_s, u"expires"_s})
        if (!p.isSet(o)) {
            ctx.err << "guardlinectl: contractors add-document: option '--" << o << "' is required\n";
            return 2;
        }
    Session s = session(ctx, u"contractor-documents"_s, Access::Change);
    AdmissionDocuments admission(*s.ctx);
    const QDate coversFrom = p.isSet(u"covers-from"_s) ? dateOption(p, u"covers-from"_s) : QDate();
    const QDate coversTo = p.isSet(u"covers-to"_s) ? dateOption(p, u"covers-to"_s) : QDate();
    const DocumentUpload in{p.value(u"kind"_s), {}, {}, dateOption(p, u"issued"_s), dateOption(p, u"expires"_s), coversFrom, coversTo};
    const qint64 id = admission.uploadDocumentFile(p.value(u"contractor"_s), in, p.value(u"file"_s), admission::pdfInspector());
    // A short or expired document is stored (exit 0); the contractor's standing says what it means.
    const ContractorStanding standing = admission.standing(p.value(u"contractor"_s));
    const Table docs = admission.documents(p.value(u"contractor"_s), admission.siteToday());
    QJsonObject doc;
    for (const QVariantList &row : docs.rows)
        if (row[0].toLongLong() == id)
            for (int i = 0; i < docs.columns.size(); ++i)
                doc.insert(docs.columns[i], QJsonValue::fromVariant(row[i]));
    doc.insert(u"contractor_admitted"_s, standing.admitted);
    doc.insert(u"contractor_reasons"_s, QJsonArray::fromStringList(standing.reasons));
    if (p.isSet(u"json"_s)) {
        ctx.printJson(QJsonDocument(doc));
    } else {
        ctx.out << "stored " << in.kind << " of " << p.value(u"contractor"_s) << ": " << in.fileName << ", " << doc.value(u"pages"_s).toInt()
                << " page(s), sha256 " << doc.value(u"sha256"_s).toString() << ", " << doc.value(u"state"_s).toString() << '\n';
        ctx.out << p.value(u"contractor"_s) << (standing.admitted ? " is admitted\n" : " is not admitted:\n");
        for (const QString &r : standing.reasons)
            ctx.out << "  - " << r << '\n';
    }
    return 0;
}

int runContractorsVerify(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"registry-url"_s, u"the registry service (default: registry.url of the admission configuration)"_s, u"URL"_s});
    p.addOption({u"json"_s, u"print JSON"_s});
    p.addPositionalArgument(u"CODE"_s, u"contractor codes (default: all)"_s, u"[CODE...]"_s);
    if (!parseArgs(ctx, p))
        return 2;
    Session s = session(ctx, u"registry-verify"_s, Access::Change);
    RegistryCheck admission(*s.ctx);
    const RegistryRun run = admission.verifyRegistry(p.positionalArguments(), p.value(u"registry-url"_s));
    if (!run.offline.isEmpty())
        ctx.err << "guardlinectl: contractors verify: no registry (" << run.offline << "): results are 'unverified'\n";
    QJsonArray results;
    bool allVerified = true;
    for (const QJsonObject &r : run.results) {
        allVerified = allVerified && r.value(u"state"_s).toString() == u"verified"_s;
        results.append(r);
        if (!p.isSet(u"json"_s))
            ctx.out << r.value(u"contractor"_s).toString() << ": " << r.value(u"state"_s).toString() << (r.value(u"cached"_s).toBool() ? " (cached)" : "")
                    << (r.value(u"detail"_s).toString().isEmpty() ? QString() : u" — "_s + r.value(u"detail"_s).toString()) << '\n';
    }
    if (p.isSet(u"json"_s))
        ctx.printJson(QJsonDocument(QJsonObject{{u"results"_s, results}}));
    return allVerified ? 0 : 1;
}

int runContractorsTasks(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"all"_s, u"include done tasks"_s});
    p.addOption({u"json"_s, u"print JSON"_s});
    if (!parseArgs(ctx, p))
        return 2;
    Session s = session(ctx, u"contractor-tasks"_s, Access::Read);
    const Table t = ExpiryTasks(*s.ctx).tasks(!p.isSet(u"all"_s));
    QJsonArray tasks;
    for (const QVariantList &row : t.rows) {
        QJsonObject o;
        for (int i = 0; i < t.columns.size(); ++i)
            o.insert(t.columns[i], QJsonValue::fromVariant(row[i]));
        tasks.append(o);
        if (!p.isSet(u"json"_s))
            ctx.out << row[6].toString() << "  " << row[7].toString() << "  " << row[5].toString() << '\n';
    }
    if (p.isSet(u"json"_s))
        ctx.printJson(QJsonDocument(QJsonObject{{u"tasks"_s, tasks}}));
    return 0;
}

int runWhitelistImport(Context &ctx) { return rosterImport(ctx, u"whitelist"_s); }
int runShiftsImport(Context &ctx) { return rosterImport(ctx, u"shifts"_s); }

int runGatesQr(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"out"_s, u"folder for gate-<code>.png and gates.pdf"_s, u"DIR"_s});
    p.addOption({u"json"_s, u"print JSON"_s});
    if (!parseArgs(ctx, p))
        return 2;
    if (!p.isSet(u"out"_s)) {
        ctx.err << "guardlinectl: gates qr: option '--out DIR' is required\n";
        return 2;
    }
    Session s = session(ctx, u"gates-qr"_s, Access::Read);
    const SiteInfo site = SiteService(*s.ctx).info();
    const QStringList files = admission::writeGateCodes(CheckinService(*s.ctx).gates(), site.name, p.value(u"out"_s));
    if (p.isSet(u"json"_s))
        ctx.printJson(QJsonDocument(QJsonObject{{u"files"_s, toJson(files)}}));
    else
        for (const QString &f : files)
            ctx.out << f << '\n';
    return 0;
}

int runIntakeAddDevice(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"name"_s, u"what the device is (e.g. 'Gate 1 tablet')"_s, u"NAME"_s});
    p.addOption({u"revoke"_s, u"revoke the device's token instead"_s});
    p.addOption({u"json"_s, u"print JSON"_s});
    p.addPositionalArgument(u"CODE"_s, u"device code"_s);
    if (!parseArgs(ctx, p))
        return 2;
    if (p.positionalArguments().size() != 1) {
        ctx.err << "guardlinectl: intake device: give one device CODE\n";
        return 2;
    }
    const QString code = p.positionalArguments().first();
    Session s = session(ctx, u"intake-devices"_s, Access::Change);
    GateDevices admission(*s.ctx);
    if (p.isSet(u"revoke"_s)) {
        admission.revokeDevice(code);
        ctx.out << "device " << code << ": token revoked\n";
        return 0;
    }
    const QString token = admission.addDevice(code, p.value(u"name"_s));
    if (p.isSet(u"json"_s))
        ctx.printJson(QJsonDocument(QJsonObject{{u"device"_s, code}, {u"token"_s, token}}));
    else
        ctx.out << "device " << code << " token (shown once; only its hash is stored):\n" << token << '\n';
    return 0;
}

int runIntakeServe(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"listen"_s, u"address to listen on (default 127.0.0.1; 0.0.0.0 with --tls-cert). Plain HTTP only on loopback"_s, u"ADDR"_s});
    p.addOption({u"port"_s, u"TCP port (default 8443; 0 = any free port, printed)"_s, u"N"_s, u"8443"_s});
    p.addOption({u"tls-cert"_s, u"serve HTTPS with this PEM certificate (chain)"_s, u"FILE"_s});
    p.addOption({u"tls-key"_s, u"the certificate's PEM private key (unencrypted)"_s, u"FILE"_s});
    p.addOption({u"max-body-mb"_s, u"refuse requests declaring a larger body (413), before reading it (default 20)"_s, u"MB"_s});
    p.addOption({u"max-megapixels"_s, u"refuse photos whose header declares more pixels, before decoding (default 40)"_s, u"MP"_s});
    if (!parseArgs(ctx, p))
        return 2;
    bool ok = false;
    const int port = p.value(u"port"_s).toInt(&ok);
    if (!ok || port < 0 || port > 65535) {
        ctx.err << "guardlinectl: intake serve: option '--port': '" << p.value(u"port"_s) << "' is not a port\n";
        return 2;
    }
    admission::IntakeOptions options;
    options.tlsCert = p.value(u"tls-cert"_s);
    options.tlsKey = p.value(u"tls-key"_s);
    for (const auto &[name, target, unit] : {std::tuple{u"max-body-mb"_s, &options.maxBodyBytes, 1024.0 * 1024.0},
                                             std::tuple{u"max-megapixels"_s, &options.maxPixels, 1e6}}) {
        if (!p.isSet(name))
            continue;
        const double v = p.value(name).toDouble(&ok);
        if (!ok || !(v > 0) || v > 1024) {
            ctx.err << "guardlinectl: intake serve: option '--" << name << "': '" << p.value(name) << "' is not a number in (0, 1024]\n";
            return 2;
        }
        *target = qint64(v * unit);
    }
    const QString listen = p.isSet(u"listen"_s) ? p.value(u"listen"_s) : options.tlsCert.isEmpty() ? u"127.0.0.1"_s : u"0.0.0.0"_s;
    const QHostAddress address(listen);
    if (address.isNull()) {
        ctx.err << "guardlinectl: intake serve: option '--listen': '" << listen << "' is not an IP address\n";
        return 2;
    }
    Session s = session(ctx, u"checkin-intake"_s, Access::Change);
    admission::CheckinServer server(*s.db, s.clock, options);
    const quint16 bound = server.listen(address, quint16(port));
    if (!bound)
        fail(ErrorCode::Unreachable, u"intake: cannot listen on %1:%2"_s.arg(listen).arg(port));
    QObject::connect(&server, &admission::CheckinServer::checkedIn, [&ctx](const QString &w, const QString &g) {
        ctx.err << "accepted check-in of " << w << " at " << g << '\n';
        ctx.err.flush();
    });
    QObject::connect(&server, &admission::CheckinServer::refused, [&ctx](const QString &why) {
        ctx.err << "refused: " << why << '\n';
        ctx.err.flush();
    });
    ctx.out << "listening on " << (server.tls() ? "https://" : "http://") << listen << ':' << bound << '\n'; // the port last
    ctx.out.flush();
    std::signal(SIGTERM, [](int) { QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection); });
    std::signal(SIGINT, [](int) { QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection); });
    return QCoreApplication::exec();
}

} // namespace gl::cli
