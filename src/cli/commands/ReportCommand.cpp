// SPDX-License-Identifier: Apache-2.0
// report daily: renders the Contractor Health Daily Report and archives its SHA-256 in the audit chain.
#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "modules/reporting/logic/ReportService.h"
#include "modules/reporting/render/DailyReportRenderer.h"
#include "platform/util/Error.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace gl::cli {

int runReportDaily(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"date"_s, u"the site-local day"_s, u"YYYY-MM-DD"_s});
    p.addOption({u"out"_s, u"FILE.pdf or FILE.html"_s, u"file"_s});
    p.addOption({u"lang"_s, u"zh_CN or en (default: the system locale)"_s, u"lang"_s});
    p.addOption({u"json"_s, u"print JSON"_s});
    if (!parseArgs(ctx, p))
        return 2;
    const QString dateText = p.value(u"date"_s);
    const QDate day = QDate::fromString(dateText, u"yyyy-MM-dd"_s);
    if (!QRegularExpression(u"^\\d{4}-\\d{2}-\\d{2}$"_s).match(dateText).hasMatch() || !day.isValid()) {
        ctx.err << "guardlinectl: report daily: option '--date': '" << dateText << "' is not a date YYYY-MM-DD\n";
        return 2;
    }
    const QString out = p.value(u"out"_s);
    const reports::OutputFormat format = reports::formatOfPath(out);
    if (out.isEmpty() || format == reports::OutputFormat::Unknown) {
        ctx.err << "guardlinectl: report daily: option '--out': '" << out << "' must end in .pdf or .html\n";
        return 2;
    }
    reports::Language lang = reports::systemLanguage();
    if (p.isSet(u"lang"_s)) {
        lang = reports::languageFromName(p.value(u"lang"_s));
        if (lang == reports::Language::Unknown) {
            ctx.err << "guardlinectl: report daily: option '--lang': '" << p.value(u"lang"_s) << "' is not zh_CN or en\n";
            return 2;
        }
    }
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        fail(ErrorCode::Unknown, u"report daily: charts need a QApplication (guardlinectl creates one for 'report')"_s);

    auto db = openStore(ctx, false);
    const Actor actor = ctx.user.isEmpty() ? Actor::system(u"report"_s) : signIn(ctx, *db);
    const Clock &clock = processClock();
    ServiceContext sc{*db, actor, &clock};
    ContractorHealthService service(sc);
    const DailyHealthReport report = service.daily(day);
    const QByteArray bytes = reports::DailyReportRenderer(report, lang).render(format);

    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        fail(ErrorCode::Storage, u"%1: cannot write the report: %2"_s.arg(out, file.errorString()));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const qint64 seq = service.archive(day, QFileInfo(out).fileName(), sha);

    if (p.isSet(u"json"_s)) {
        ctx.printJson(QJsonDocument(QJsonObject{{u"file"_s, out}, {u"bytes"_s, qint64(bytes.size())}, {u"sha256"_s, sha},
                                                {u"audit_seq"_s, seq}, {u"contractors"_s, qint64(report.contractors.size())}}));
    } else {
        ctx.out << "report " << day.toString(Qt::ISODate) << " written to " << out << " (" << bytes.size() << " bytes, "
                << report.contractors.size() << " contractors); sha256 " << sha << " archived as audit entry #" << seq << '\n';
    }
    return 0;
}

} // namespace gl::cli
