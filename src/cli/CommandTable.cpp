// SPDX-License-Identifier: Apache-2.0
// The command table: add a line here when adding a command under commands/.
#include "cli/Commands.h"

using namespace Qt::StringLiterals;

namespace gl::cli {

const QList<Command> &commands()
{
    static const QList<Command> table = {
        {{u"init"_s}, u"create or migrate the database schema"_s, runInit},
        {{u"demo"_s}, u"load the demo plant into the database (idempotent)"_s, runDemo},
        {{u"site"_s, u"import"_s}, u"set up the site from its layout file (meshes included): FILE.json [--json]"_s, runSiteImport},
        {{u"audit"_s, u"verify"_s}, u"walk the audit chain and report the first bad entry"_s, runAuditVerify},
        {{u"users"_s, u"add"_s}, u"add a user: --username U --role R [--name N], password on stdin"_s, runUsersAdd},
        {{u"users"_s, u"list"_s}, u"list users, their roles and whether they are enabled [--json]"_s, runUsersList},
        {{u"users"_s, u"disable"_s}, u"disable an account (it cannot sign in anywhere): USER"_s, runUsersDisable},
        {{u"users"_s, u"enable"_s}, u"enable a disabled account again: USER"_s, runUsersEnable},
        {{u"users"_s, u"set-role"_s}, u"change an account's role: USER ROLE"_s, runUsersSetRole},
        {{u"users"_s, u"reset-password"_s}, u"set a new password: USER, the new password on stdin"_s, runUsersResetPassword},
        {{u"contractors"_s, u"add"_s}, u"register a contractor: --code C --name N --credit-code USCC [--name-zh N] [--trade T] [--contact C] [--json]"_s, runContractorsAdd},
        {{u"contractors"_s, u"show"_s}, u"a contractor, whether it is admitted and why not, its documents: C [--json]"_s, runContractorsShow},
        {{u"contractors"_s, u"import"_s}, u"import the contractor ledger (UTF-8 or GB18030), all rows or none: --csv F [--dry-run] [--json]"_s, runContractorsImport},
        {{u"contractors"_s, u"suspend"_s}, u"suspend a contractor (not admitted whatever its documents): C --reason T"_s, runContractorsSuspend},
        {{u"contractors"_s, u"unsuspend"_s}, u"lift a suspension: C [--reason T]"_s, runContractorsUnsuspend},
        {{u"workers"_s, u"add"_s}, u"add a contractor's worker: --contractor C --code W --name N --id-number ID [--job J] [--phone P] [--json]"_s, runWorkersAdd},
        {{u"workers"_s, u"edit"_s}, u"change a worker's data (GB 11643 check of a new ID number): W [--name N] [--id-number ID] [--job J] [--phone P] [--json]"_s, runWorkersEdit},
        {{u"workers"_s, u"leave"_s}, u"the worker left (kept on record, refused on permits): W [--on D] [--reason T] | W --undo [--json]"_s, runWorkersLeave},
        {{u"workers"_s, u"certify"_s}, u"record a certificate: W --kind K --number N --valid-until D [--issued D]"_s, runWorkersCertify},
        {{u"workers"_s, u"brief"_s}, u"record the site safety briefing: W --on D"_s, runWorkersBrief},
        {{u"workers"_s, u"check-id"_s}, u"check resident ID numbers (GB 11643): ID... [--json]"_s, runWorkersCheckId},
        {{u"camera"_s, u"probe"_s}, u"decode a live feed: URL [--seconds N] [--transport tcp|udp] [--json]"_s, runCameraProbe},
        {{u"rules"_s, u"replay"_s}, u"replay samples through alarm rules: --rules F --samples F [--json]"_s, runRulesReplay},
        {{u"rules"_s, u"publish"_s}, u"store a new version of the site's alarm rules; the active server switches to it: --rules F [--comment T] [--json]"_s, runRulesPublish},
        {{u"tasks"_s, u"list"_s}, u"your task inbox, soonest due first (orders, escalations, re-inspections, sign-offs, documents, notifications): --user U [--json]"_s, runTasksList},
        {{u"conflicts"_s}, u"cross-work conflicts of a permit set: --permits F [--at T] [--rules F] [--json]"_s, runConflicts},
        {{u"rectification"_s, u"verify"_s}, u"check an after-photo against the hazard photo: --before A --after B [--region x,y,w,h] [--json]"_s, runRectificationVerify},
        {{u"permit"_s, u"create"_s}, u"store a permit draft (a draft of the same code is replaced): --file P.json [--json]"_s, runPermitCreate},
        {{u"permit"_s, u"check"_s}, u"every problem that would block submit, approval or the ticket: CODE [--json]; exit 1 when any"_s, runPermitCheck},
        {{u"permit"_s, u"act"_s}, u"one step: CODE submit|sign|approve|activate|suspend|resume|close|cancel [--on-site [--place P]] [--reason T] [--expect-version N] [--json]"_s, runPermitAct},
        {{u"permit"_s, u"gas-test"_s}, u"record a gas analysis: CODE --combustible PCT --o2 PCT [--toxic PPM] --tester NAME [--sampled-at ISO] [--json]"_s, runPermitGasTest},
        {{u"permit"_s, u"ticket"_s}, u"the electronic work ticket (PDF, QR of id + SHA-256): CODE --out FILE.pdf [--json]"_s, runPermitTicket},
        {{u"permit"_s, u"verify"_s}, u"check a work ticket against the database: CODE HASH | --qr TEXT [--json]; exit 1 when not valid"_s, runPermitVerify},
        {{u"report"_s, u"daily"_s}, u"the contractor health daily report: --date YYYY-MM-DD --out FILE.pdf|FILE.html [--lang zh_CN|en] [--json]"_s, runReportDaily},
        {{u"report"_s, u"schedule"_s}, u"show or set the daily report schedule: [--time HH:mm] [--lang zh_CN|en] [--catch-up DAYS] [--enable|--disable] [--json]"_s, runReportSchedule},
        {{u"housekeeping"_s}, u"run the time-driven duties once (expiry, escalation, scheduled reports) [--json]"_s, runHousekeeping},
        {{u"safety"_s, u"hours"_s}, u"record hours worked: --from D --to D --hours H [--headcount N]"_s, runSafetyHours},
        {{u"safety"_s, u"incident"_s}, u"record an incident: --code C --at T --class K [--area A] [--lost-days N] --description TEXT"_s, runSafetyIncident},
        {{u"contractors"_s, u"add-document"_s}, u"store a contractor document PDF: --contractor C --kind K --file F.pdf --issued D --expires D [--covers-from D --covers-to D] [--json]"_s, runContractorsAddDocument},
        {{u"contractors"_s, u"verify"_s}, u"check credit codes against the company registry: [CODE...] [--registry-url URL] [--json]"_s, runContractorsVerify},
        {{u"contractors"_s, u"tasks"_s}, u"the coordinator's expiry and missing-document tasks [--all] [--json]"_s, runContractorsTasks},
        {{u"whitelist"_s, u"import"_s}, u"import the access-control whitelist: --csv F | --url U [--confirm] [--dry-run] [--json]"_s, runWhitelistImport},
        {{u"shifts"_s, u"import"_s}, u"import the shift roster: --csv F | --url U [--confirm] [--dry-run] [--json]"_s, runShiftsImport},
        {{u"shifts"_s, u"kinds"_s}, u"list the shift kinds the roster names [--json]"_s, runShiftsKinds},
        {{u"shifts"_s, u"define-kind"_s}, u"define a shift kind: --code K --name N [--name-zh N] --start HH:mm --end HH:mm [--json]"_s, runShiftsDefineKind},
        {{u"gates"_s, u"qr"_s}, u"printable check-in QR codes of the site's gates: --out DIR [--json]"_s, runGatesQr},
        {{u"intake"_s, u"device"_s}, u"add a check-in device and print its token: CODE [--name N] | CODE --revoke"_s, runIntakeAddDevice},
        {{u"intake"_s, u"serve"_s}, u"run the site check-in intake endpoint: [--listen ADDR] [--port N]"_s, runIntakeServe},
        {{u"alarms"_s, u"raise"_s}, u"a manual alarm (a phone call): --area A --priority critical|high|medium|low --text T [--observed-at ISO] [--json]"_s, runAlarmsRaise},
        {{u"alarms"_s, u"list"_s}, u"the alarms, newest first [--open] [--json]"_s, runAlarmsList},
        {{u"alarms"_s, u"ack"_s}, u"the dispatcher acknowledges (verifies) an alarm: ID [--expect-version N] [--json]"_s, runAlarmsAck},
        {{u"alarms"_s, u"flood"_s}, u"show or change the ISA-18.2 alarm flood settings: [--alarms N] [--window SECONDS] [--positions FILE.json] [--json]"_s, runAlarmsFlood},
        {{u"orders"_s, u"list"_s}, u"the dispatch orders, newest first [--open] [--json]"_s, runOrdersList},
        {{u"orders"_s, u"act"_s}, u"one step: CODE assign --to U|accept|arrive|resolve --note T|confirm|reopen --reason T|cancel --reason T [--expect-version N] [--json]"_s, runOrdersAct},
        {{u"orders"_s, u"show"_s}, u"an order, its steps and its interruption-time phases: CODE [--json]"_s, runOrdersShow},
        {{u"instructions"_s, u"push"_s}, u"an instruction to a line or area: --target T --kind halt_pour|stop_hot_work|evacuate|resume --reason TEXT [--json]"_s, runInstructionsPush},
        {{u"instructions"_s, u"list"_s}, u"the instructions and their delivery state [--json]"_s, runInstructionsList},
    };
    return table;
}

} // namespace gl::cli
