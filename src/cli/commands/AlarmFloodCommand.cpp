// SPDX-License-Identifier: Apache-2.0
// alarms flood (issue #16 item 4, ISA-18.2): shows or changes the site's alarm flood settings — the limit, the
// window and the operator positions — through TelemetryService (permission rules.edit, audited with the actor),
// like Administration → Alarm flood settings… in the command center. Bad input exits 2 and changes nothing.
#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "modules/telemetry/logic/TelemetryService.h"
#include "platform/util/Error.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace gl::cli {

namespace {
void printSettings(Context &ctx, const FloodSettings &s)
{
    ctx.out << "flood: more than " << s.alarms << " alarms within " << s.windowMs / 1000 << " s to one operator position\n";
    for (const OperatorPosition &p : s.positions)
        ctx.out << "  " << p.code.leftJustified(12) << ' ' << (p.name.isEmpty() ? u"-"_s : p.name) << ": "
                << (p.areas.isEmpty() ? u"the whole site"_s : p.areas.join(u", "_s)) << '\n';
}
} // namespace

int runAlarmsFlood(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"alarms"_s, u"the limit: more alarms than this within the window is a flood (1..10000)"_s, u"N"_s});
    p.addOption({u"window"_s, u"the window in seconds (60..86400)"_s, u"SECONDS"_s});
    p.addOption({u"positions"_s, u"the operator positions: a JSON array of {\"code\", \"name\", \"areas\": [area codes]}"_s, u"FILE.json"_s});
    p.addOption({u"json"_s, u"print JSON"_s});
    if (!parseArgs(ctx, p))
        return 2;
    if (!p.positionalArguments().isEmpty()) {
        ctx.err << "guardlinectl: alarms flood: unexpected argument '" << p.positionalArguments().first()
                << "' (options: --alarms N --window SECONDS --positions FILE.json)\n";
        return 2;
    }
    const bool json = p.isSet(u"json"_s);
    TelemetryService::FloodChange change;
    // Checked before anything is opened: bad input names the option (exit 2, nothing changed).
    if (p.isSet(u"alarms"_s))
        change.alarms = FloodSettings::parseAlarms(p.value(u"alarms"_s), u"--alarms"_s);
    if (p.isSet(u"window"_s))
        change.windowS = FloodSettings::parseWindowSeconds(p.value(u"window"_s), u"--window"_s);
    if (p.isSet(u"positions"_s)) {
        QFile f(p.value(u"positions"_s));
        if (!f.open(QIODevice::ReadOnly))
            fail(ErrorCode::BadInput, u"--positions: cannot read %1 (%2)"_s.arg(f.fileName(), f.errorString()));
        change.positions = f.readAll();
        change.positionsSource = f.fileName();
        FloodSettings::parsePositions(*change.positions, {}, change.positionsSource); // the form; the areas in the service
    }
    const bool changes = change.alarms || change.windowS || change.positions;
    CommandSession s = openSession(ctx, changes ? u"alarm-flood"_s : u"cli-read"_s, changes ? CommandAccess::Change : CommandAccess::Read);
    TelemetryService svc(s.sc());
    const FloodSettings now = changes ? svc.setFloodSettings(change) : svc.floodSettings();
    if (json)
        ctx.printJson(QJsonDocument(now.toJson()));
    else
        printSettings(ctx, now);
    return 0;
}

} // namespace gl::cli
