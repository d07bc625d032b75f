<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ContractorForms</name>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorFormParts.cpp" line="32"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="14"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="15"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="16"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="17"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="18"/>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="19"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="20"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="21"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="22"/>
        <source>Expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="23"/>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="24"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="25"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="26"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="27"/>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="28"/>
        <source>Rectifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="29"/>
        <source>Pending verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="30"/>
        <source>Re-inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="31"/>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="32"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="33"/>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="34"/>
        <source>Hot work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="35"/>
        <source>Confined space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="36"/>
        <source>Blind plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="37"/>
        <source>Work at height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="38"/>
        <source>Lifting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="39"/>
        <source>Temporary power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="40"/>
        <source>Excavation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="41"/>
        <source>Road closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="42"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="43"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="44"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="45"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="46"/>
        <source>Unacknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="47"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="48"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="49"/>
        <source>Cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="50"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="51"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="52"/>
        <source>On scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="53"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="54"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="55"/>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="56"/>
        <source>Contractor worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="57"/>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="58"/>
        <source>Not admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="59"/>
        <source>In-house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="61"/>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="62"/>
        <source>Welding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="63"/>
        <source>Scaffolding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="64"/>
        <source>Electrical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="65"/>
        <source>Tank cleaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="66"/>
        <source>Civil works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="67"/>
        <source>Instrumentation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/LoginDialog.ui" line="5"/>
        <source>Sign in to Guardline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.ui" line="8"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.ui" line="10"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../src/shell/Application.cpp" line="180"/>
        <source>Guardline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/CsvExport.cpp" line="50"/>
        <location filename="../../src/shell/CsvExport.cpp" line="70"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/CsvExport.cpp" line="50"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/CsvExport.cpp" line="71"/>
        <source>%1 was not written: %2. Choose another folder or free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/shell/CsvExport.cpp" line="75"/>
        <source>%n row(s) exported to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/shell/CsvExport.cpp" line="83"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/CsvExport.cpp" line="85"/>
        <source>Save the rows shown (sorted and filtered) with the visible columns as CSV for Excel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::Admission</name>
    <message>
        <location filename="../../src/modules/admission/logic/ContractorAdmission.cpp" line="22"/>
        <source>business_licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/logic/ContractorAdmission.cpp" line="24"/>
        <source>qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/logic/ContractorAdmission.cpp" line="26"/>
        <source>injury_insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/logic/ContractorAdmission.cpp" line="28"/>
        <source>hse_agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/logic/ContractorAdmission.cpp" line="38"/>
        <source>contractor suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/logic/ContractorAdmission.cpp" line="39"/>
        <source>contractor suspended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/logic/ContractorAdmission.cpp" line="46"/>
        <source>%1: no document on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/logic/ContractorAdmission.cpp" line="49"/>
        <source>%1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/logic/ContractorAdmission.cpp" line="51"/>
        <source>%1: expired on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/logic/ContractorAdmission.cpp" line="53"/>
        <source>%1: not valid before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/logic/ContractorAdmission.cpp" line="61"/>
        <source>an unknown day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/logic/ContractorAdmission.cpp" line="63"/>
        <source>%1: the payment proof covers from %2, not the %3 months before today (from %4 at the latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/logic/ContractorAdmission.cpp" line="69"/>
        <source>%1: the payment proof covers only to %2, short of the first day of last month (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::AlarmFlood</name>
    <message>
        <location filename="../../src/modules/telemetry/logic/AlarmFlood.cpp" line="22"/>
        <source>%1: &apos;%2&apos; is not a number of alarms (1..10000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/AlarmFlood.cpp" line="32"/>
        <source>%1: &apos;%2&apos; is not a number of seconds (60..86400)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/AlarmFlood.cpp" line="42"/>
        <source>not JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/AlarmFlood.cpp" line="44"/>
        <source>must be a JSON array of positions {&quot;code&quot;, &quot;name&quot;, &quot;areas&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/AlarmFlood.cpp" line="49"/>
        <source>position #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/AlarmFlood.cpp" line="51"/>
        <source>%1: must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/AlarmFlood.cpp" line="55"/>
        <source>%1: field &apos;code&apos;: must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/AlarmFlood.cpp" line="58"/>
        <source>%1: field &apos;code&apos;: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/AlarmFlood.cpp" line="60"/>
        <source>%1: field &apos;code&apos;: &apos;%2&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/AlarmFlood.cpp" line="65"/>
        <source>%1 (&apos;%2&apos;): field &apos;areas&apos;: must be an array of area codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/AlarmFlood.cpp" line="70"/>
        <source>%1 (&apos;%2&apos;): field &apos;areas&apos;: an entry is not an area code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/AlarmFlood.cpp" line="73"/>
        <source>%1 (&apos;%2&apos;): field &apos;areas&apos;: unknown area &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryServiceFlood.cpp" line="63"/>
        <source>nothing to change: give the alarm limit, the window or the operator positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryServiceFlood.cpp" line="71"/>
        <source>alarm limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryServiceFlood.cpp" line="75"/>
        <source>flood window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryServiceFlood.cpp" line="80"/>
        <source>operator positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryServiceFlood.cpp" line="86"/>
        <source>%1: position &apos;%2&apos;: the site has no areas yet (import the site first)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::InboxService</name>
    <message>
        <location filename="../../src/modules/workspace/logic/InboxService.cpp" line="44"/>
        <source>escalated (level %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/workspace/logic/InboxService.cpp" line="65"/>
        <source>re-inspection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/workspace/logic/InboxService.cpp" line="98"/>
        <source>sign %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::PermitService</name>
    <message>
        <location filename="../../src/modules/permits/logic/PermitService.cpp" line="52"/>
        <source>has %1 corners; a work area has at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/PermitService.cpp" line="89"/>
        <source>corner %1 (%2, %3) is outside the site: x %4 to %5 m, y %6 to %7 m (the site&apos;s layout and %8 m around it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/PermitService.cpp" line="319"/>
        <source>permit &apos;%1&apos;: &apos;%2&apos; refused (1 problem):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/PermitService.cpp" line="320"/>
        <source>permit &apos;%1&apos;: &apos;%2&apos; refused (%3 problems):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/PermitService.cpp" line="334"/>
        <source>field &apos;type&apos;: &apos;%1&apos; has no GB 30871-2022 rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/PermitService.cpp" line="337"/>
        <source>field &apos;grade&apos;: &apos;%1&apos; is not a grade of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/PermitService.cpp" line="342"/>
        <source> (raised from %1: the work touches the night, a rest day or a holiday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/PermitService.cpp" line="343"/>
        <source>field &apos;end&apos;: validity %1 h exceeds the %2 h limit of %3 %4%5 (GB 30871-2022)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/PermitService.cpp" line="347"/>
        <source>field &apos;guardian&apos;: no guardian named (a certified guardian is mandatory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/PermitService.cpp" line="356"/>
        <source>field &apos;guardian&apos;: guardian &apos;%1&apos; has no &apos;guardian&apos; certificate valid from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/PermitService.cpp" line="358"/>
        <source>field &apos;guardian&apos;: guardian &apos;%1&apos; is also a worker of the permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/PermitService.cpp" line="362"/>
        <source>field &apos;equipment&apos;: a blind plate permit names its blind (one permit per blind and action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/PermitService.cpp" line="369"/>
        <source>field &apos;equipment&apos;: blind &apos;%1&apos; already has permit &apos;%2&apos; (one permit per blind and action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/PermitService.cpp" line="383"/>
        <source>state: permit &apos;%1&apos; is %2: it is not submitted, approved or given a work ticket (possible: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/PermitService.cpp" line="400"/>
        <source>approver: %1 %2 is approved by %3 (GB 30871-2022 Table B.1), not by &apos;%4&apos; (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/PermitService.cpp" line="409"/>
        <source>sign-off: &apos;%1&apos; (%2) has not signed; the standard&apos;s order is %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::SignIn</name>
    <message>
        <location filename="../../src/platform/auth/UserService.cpp" line="194"/>
        <source>too many failed sign-ins for &apos;%1&apos;; try again after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/auth/UserService.cpp" line="207"/>
        <source>the account &apos;%1&apos; is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/platform/auth/UserService.cpp" line="228"/>
        <source>wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::TelemetryPipeline</name>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipeline.cpp" line="75"/>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipelineAlarms.cpp" line="154"/>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipelineAlarms.cpp" line="229"/>
        <source>Alarm outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipeline.cpp" line="91"/>
        <source>Connector %1 not started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipeline.cpp" line="103"/>
        <source>Connector %1 (&apos;%2&apos;): no plugin of that kind is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipeline.cpp" line="114"/>
        <source>Connector %1 (&apos;%2&apos;) refused its configuration: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipeline.cpp" line="132"/>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipeline.cpp" line="136"/>
        <source>Telemetry stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipeline.cpp" line="134"/>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipeline.cpp" line="328"/>
        <source>internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipeline.cpp" line="326"/>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipeline.cpp" line="330"/>
        <source>Telemetry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipeline.cpp" line="354"/>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipeline.cpp" line="381"/>
        <source>Samples not stored (will retry): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipelineAlarms.cpp" line="83"/>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipelineAlarms.cpp" line="121"/>
        <source>Alarm of rule %1 not recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipelineInstructions.cpp" line="43"/>
        <source>Instruction %1: how it went out was not recorded (will retry): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipelineAlarms.cpp" line="159"/>
        <source>Alarm of rule %1 (%2) kept in the outbox behind %3 waiting events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipelineAlarms.cpp" line="160"/>
        <source>Alarm of rule %1 (%2) kept in the outbox until the store takes it: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipelineAlarms.cpp" line="184"/>
        <source>Alarm outbox: rule %1 is no longer in force; its alarm was not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipelineAlarms.cpp" line="221"/>
        <source>Alarm outbox: the alarm of rule %1 cannot be stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipelineInstructions.cpp" line="79"/>
        <source>Instructions waiting to go out cannot be read (will retry): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipeline.cpp" line="379"/>
        <source>Samples not stored yet (retrying): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryRulesReload.cpp" line="167"/>
        <location filename="../../src/modules/telemetry/logic/TelemetryRulesReload.cpp" line="223"/>
        <source>Alarm %1 not returned to normal: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryRulesReload.cpp" line="260"/>
        <source>Alarm rules version %1 not applied, version %2 stays in force: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryRulesReload.cpp" line="301"/>
        <source>Alarm %1 not returned to normal after the rules changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryRulesReload.cpp" line="315"/>
        <source>Alarm rules not reloaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::WorkGate</name>
    <message>
        <location filename="../../src/modules/permits/logic/WorkGate.cpp" line="31"/>
        <source>worker &apos;%1&apos;: does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/WorkGate.cpp" line="35"/>
        <source>worker &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/WorkGate.cpp" line="38"/>
        <source>%1: not on the contractor whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/WorkGate.cpp" line="40"/>
        <source>%1: whitelist entry ends on %2, before the end day %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/WorkGate.cpp" line="45"/>
        <source>%1: left on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/WorkGate.cpp" line="46"/>
        <source>%1: left on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/WorkGate.cpp" line="53"/>
        <source>%1: contractor &apos;%2&apos; is not admitted: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/WorkGate.cpp" line="56"/>
        <source>%1: no site safety briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/WorkGate.cpp" line="58"/>
        <source>%1: site safety briefing on %2 is after the start day %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/WorkGate.cpp" line="60"/>
        <source>%1: site safety briefing of %2 is older than %3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/WorkGate.cpp" line="62"/>
        <source>%1: not on a shift on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/WorkGate.cpp" line="74"/>
        <source>%1: no %2 certificate valid from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::map::MapDetailsPanel</name>
    <message>
        <location filename="../../src/modules/map/MapDetailsPanel.cpp" line="28"/>
        <source>Close the details (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::map::MapTimeSlider</name>
    <message>
        <location filename="../../src/modules/map/MapTimeSlider.cpp" line="23"/>
        <source>Permits active at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/map/MapTimeSlider.cpp" line="26"/>
        <source>Drag to see the permits active at another time (site-local time); Now returns to the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/map/MapTimeSlider.cpp" line="31"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/map/MapTimeSlider.cpp" line="33"/>
        <source>Show the permits active now, following the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/map/MapTimeSlider.cpp" line="105"/>
        <source>%1 · now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::map::PlantMapView</name>
    <message>
        <location filename="../../src/modules/map/MapPicking.cpp" line="251"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/map/MapPicking.cpp" line="256"/>
        <source>Hazard %1 · %2 · %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/map/MapPicking.cpp" line="257"/>
        <source> · OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/map/MapPicking.cpp" line="266"/>
        <source>%1 · no live value · alarm %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/map/MapPicking.cpp" line="267"/>
        <source>%1 · no live value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/map/MapPicking.cpp" line="269"/>
        <source>%1 · %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/map/MapPicking.cpp" line="271"/>
        <source> · bad quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/map/MapPicking.cpp" line="273"/>
        <source> · alarm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/map/MapPicking.cpp" line="299"/>
        <source>%n hazards here (%1 major, %2 overdue) — click to zoom in</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/map/PlantMapView.cpp" line="194"/>
        <source>&lt;b&gt;Risk&lt;/b&gt; &lt;span style=&apos;color:#d32f2f&apos;&gt;&amp;#9632;&lt;/span&gt; major 重大 &lt;span style=&apos;color:#f57c00&apos;&gt;&amp;#9632;&lt;/span&gt; large 较大 &lt;span style=&apos;color:#fbc02d&apos;&gt;&amp;#9632;&lt;/span&gt; general 一般 &lt;span style=&apos;color:#1976d2&apos;&gt;&amp;#9632;&lt;/span&gt; low 低&lt;br&gt;&lt;b&gt;Hazards&lt;/b&gt; &lt;span style=&apos;color:#e53935&apos;&gt;&amp;#9632;&lt;/span&gt; major &lt;span style=&apos;color:#fb8c00&apos;&gt;&amp;#9642;&lt;/span&gt; general &lt;span style=&apos;color:#43a047&apos;&gt;&amp;#9642;&lt;/span&gt; closed (overdue pulse) &lt;span style=&apos;color:#fb8c00&apos;&gt;&amp;#9679;&lt;/span&gt; cluster (count; red if any major) &amp;nbsp; &lt;b&gt;People&lt;/b&gt; &lt;span style=&apos;color:#eceff1&apos;&gt;&amp;#9642;&lt;/span&gt; on site &amp;nbsp; &lt;b&gt;Permits&lt;/b&gt; &lt;span style=&apos;color:#ff1744&apos;&gt;&amp;#9633;&lt;/span&gt; conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::AlarmFloodDialog</name>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="48"/>
        <source>&amp;Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="52"/>
        <source>Alarm &amp;flood settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="55"/>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="60"/>
        <source>The ISA-18.2 alarm flood limit, its window and the operator positions (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="61"/>
        <source>Only an EHS manager or an administrator sets the alarm flood settings (permission rules.edit); you are signed in as %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="89"/>
        <source>&amp;Add position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="90"/>
        <source>&amp;Remove position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="90"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="91"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="94"/>
        <source>Alarm flood settings — Guardline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="109"/>
        <source>More alarms than this within the window, annunciated to one operator position, is a flood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="112"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="113"/>
        <source>The window the alarms are counted in, in seconds (ISA-18.2: 10 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="114"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="114"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="114"/>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="119"/>
        <source>The areas whose alarms the selected position annunciates; none checked = the whole site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="121"/>
        <source>ISA-18.2: more alarms than the limit within the window at one operator position is an alarm flood; the alarm panel shows it and the audit chain records when it begins and ends. Each position annunciates the areas checked for it; a position without areas covers the whole site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="127"/>
        <source>Flood &amp;limit (alarms):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="128"/>
        <source>&amp;Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="133"/>
        <source>A&amp;reas of the selected position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="135"/>
        <source>&amp;Operator positions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="164"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="187"/>
        <source>Could not read the flood settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="206"/>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="254"/>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="263"/>
        <source>the whole site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="215"/>
        <source>The stored settings are not valid (the defaults are shown; saving replaces them): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="235"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="300"/>
        <source>Operator positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="302"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="307"/>
        <source>Saved: more than %1 alarms within %2 s at one of %3 operator positions is a flood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="315"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::AlarmPanel</name>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="28"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="28"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="28"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="29"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="29"/>
        <source>Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="29"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="30"/>
        <source>Acknowledge (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="53"/>
        <source>Filter: alarm, area or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="57"/>
        <source>All priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="58"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="59"/>
        <source>High and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="60"/>
        <source>Medium and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="63"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="64"/>
        <source>Waiting for acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="65"/>
        <source>Not cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="76"/>
        <source>Silence (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="78"/>
        <source>Quiet the alarms sounding now; a new alarm sounds again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="88"/>
        <source>Alarm tones on this workstation (saved for this user and computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="89"/>
        <source>Sound on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="89"/>
        <source>Sound off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="110"/>
        <source>This console&apos;s operator position: the alarm flood is counted over its areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="138"/>
        <source>Chart of the alarm&apos;s tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="142"/>
        <source>Instruction to the area…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="228"/>
        <source>Whole site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="229"/>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="247"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="230"/>
        <source>Position: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="242"/>
        <source>the whole site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="248"/>
        <source>ALARM FLOOD at %1: %2 alarms in the last %3 minutes (ISA-18.2 limit: %4 per operator position).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="254"/>
        <source>Flooding areas: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="258"/>
        <source>The site&apos;s flood settings are not valid (the defaults apply): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="290"/>
        <source>%n alarm(s) waiting for acknowledgement</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="290"/>
        <source>No unacknowledged alarms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::AreaDrawDialog</name>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawDialog.cpp" line="20"/>
        <location filename="../../src/modules/permits/ui/AreaDrawDialog.cpp" line="87"/>
        <source>Draw the work area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawDialog.cpp" line="20"/>
        <location filename="../../src/modules/permits/ui/AreaDrawDialog.cpp" line="87"/>
        <source>Draw the work area of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawDialog.cpp" line="23"/>
        <source>Click the corners of the work area on the plan. A click near equipment or a structure (corner, centre, edge) lands exactly on it: the green ring shows where. Close the area with a double-click, a click on the first corner or Enter; Backspace undoes the last corner; Esc cancels. The typed corners stay editable for precision, and each follows the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawDialog.cpp" line="33"/>
        <source>x, y; x, y; x, y (site metres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawDialog.cpp" line="37"/>
        <source>Undo last corner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawDialog.cpp" line="38"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawDialog.cpp" line="39"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawDialog.cpp" line="40"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawDialog.cpp" line="41"/>
        <source>The closed work area is already in the permit&apos;s polygon field; this closes the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawDialog.cpp" line="42"/>
        <source>Puts the permit&apos;s polygon field back as it was when this window opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawDialog.cpp" line="46"/>
        <source>Corners (x, y; … site metres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawDialog.cpp" line="95"/>
        <location filename="../../src/modules/permits/ui/AreaDrawDialog.cpp" line="113"/>
        <source>Click the first corner on the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawDialog.cpp" line="106"/>
        <source>Corners: cannot read &quot;%1&quot;: write x, y pairs separated by &quot;;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawDialog.cpp" line="115"/>
        <source>These corners cannot be the work area: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/permits/ui/AreaDrawDialog.cpp" line="117"/>
        <source>Work area: %n corner(s), %1 m²</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gl::ui::AreaDrawView</name>
    <message numerus="yes">
        <location filename="../../src/modules/permits/ui/AreaDrawView.cpp" line="105"/>
        <source>a work area needs at least 3 corners (%n drawn)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawView.cpp" line="110"/>
        <source>corner %1 (%2, %3) is outside the site (x %4 to %5 m, y %6 to %7 m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawView.cpp" line="116"/>
        <source>a work area has at most %1 corners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawView.cpp" line="118"/>
        <source>its edges cross (or it has no area): a work area must not intersect itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawView.cpp" line="140"/>
        <source>equipment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawView.cpp" line="143"/>
        <source>corner of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawView.cpp" line="145"/>
        <source>bend of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawView.cpp" line="147"/>
        <source>centre of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawView.cpp" line="153"/>
        <source>edge of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawView.cpp" line="189"/>
        <source>(%1, %2) is outside the site (x %3 to %4 m, y %5 to %6 m): no corner added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawView.cpp" line="199"/>
        <source>Corner %1 at (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawView.cpp" line="200"/>
        <source>%1, on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/permits/ui/AreaDrawView.cpp" line="211"/>
        <source>Last corner undone: %n corner(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawView.cpp" line="220"/>
        <source>Cleared: click the first corner on the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawView.cpp" line="230"/>
        <source>Not closed: %1. Backspace undoes the last corner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/permits/ui/AreaDrawView.cpp" line="236"/>
        <source>Work area closed: %n corner(s), %1 m²</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawView.cpp" line="245"/>
        <source>The work area is closed: Backspace reopens it without its last corner, Clear starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawOverlay.cpp" line="153"/>
        <source>x %1 m, y %2 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawOverlay.cpp" line="159"/>
        <source>Amber: the work area · green: snapped to an object · dashed blue: other approved or active permits (SIMOPS) · dotted: the site&apos;s extent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::CameraRegistryWindow</name>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="40"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="41"/>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="252"/>
        <source>Remove camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="41"/>
        <source>Clear credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="48"/>
        <source>Camera registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="51"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="51"/>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="71"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="51"/>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="72"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="51"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="51"/>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="83"/>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="58"/>
        <source>rtsp://, rtsps://, http(s):// or file:// (drills). User and password typed into the URL are moved into the encrypted credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="60"/>
        <source>user (write-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="62"/>
        <source>password (write-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="63"/>
        <source>Areas this camera films (its own area always counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="70"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="73"/>
        <source>Stream URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="77"/>
        <source>Position x / y / z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="81"/>
        <source>Yaw / pitch / FOV / range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="82"/>
        <source>Covered areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="84"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="85"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="87"/>
        <source>New camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="159"/>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="159"/>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="195"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="194"/>
        <source>set (encrypted; type a new user and password to replace them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="240"/>
        <source>Camera %1 saved (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="253"/>
        <source>Remove camera %1 from the registry? Evidence it took is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="259"/>
        <source>Camera %1 removed (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="274"/>
        <source>Credentials of %1 cleared (audited).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::CameraTile</name>
    <message>
        <location filename="../../src/modules/video/ui/CameraTile.cpp" line="43"/>
        <source>%1  %2
Double-click: full view and back · right-click: snapshot, remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraTile.cpp" line="148"/>
        <source>Save evidence snapshot (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraTile.cpp" line="149"/>
        <source>Full view / back (double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraTile.cpp" line="150"/>
        <source>Remove from the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraTile.cpp" line="186"/>
        <source>Drag a camera here from the list or the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraTile.cpp" line="202"/>
        <source>LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraTile.cpp" line="206"/>
        <source>STALLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraTile.cpp" line="211"/>
        <location filename="../../src/modules/video/ui/CameraTile.cpp" line="254"/>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraTile.cpp" line="215"/>
        <source>OFFLINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraTile.cpp" line="220"/>
        <source>DRILL</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/video/ui/CameraTile.cpp" line="235"/>
        <source>%1×%2 · %3 fps · %4 Mb/s · %5 ms · %n dropped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraTile.cpp" line="254"/>
        <source>no signal — retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraTile.cpp" line="263"/>
        <source>特级 hot work %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraTile.cpp" line="263"/>
        <source>⚠ 特级 hot work %1 NOT FILMED</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::CameraWall</name>
    <message numerus="yes">
        <location filename="../../src/modules/video/ui/CameraWall.cpp" line="36"/>
        <source>%n camera(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWall.cpp" line="40"/>
        <source>My wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWall.cpp" line="41"/>
        <source>Active 特级 hot work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWall.cpp" line="42"/>
        <source>Snapshot (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWall.cpp" line="43"/>
        <source>Save a full-resolution evidence still of the selected camera, with time and camera burned in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWall.cpp" line="44"/>
        <source>Cameras…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWall.cpp" line="46"/>
        <source>Camera registry: add, edit and remove cameras, set their credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWall.cpp" line="71"/>
        <source>Drag a camera onto a tile; double-click to open it in full view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWall.cpp" line="88"/>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWall.cpp" line="91"/>
        <source>Show or hide the camera list (drag the divider to resize it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWall.cpp" line="178"/>
        <source>%1 %2 — area %3; drag onto the wall, double-click for full view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWall.cpp" line="47"/>
        <source>Wall layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWall.cpp" line="48"/>
        <source>Wall preset: your own wall, or the cameras that film active 特级 hot work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWall.cpp" line="181"/>
        <source>No cameras yet: import the site layout (guardlinectl site import) or add cameras (Cameras…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/video/ui/CameraWall.cpp" line="202"/>
        <source>Active 特级 hot work (%n camera(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWall.cpp" line="249"/>
        <source>⚠ 特级 hot work %1: camera %2 is not live — the work must be filmed start to finish. Restore the feed or stop the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/video/ui/CameraWall.cpp" line="253"/>
        <source>特级 hot work %1 filmed by %n camera(s) (preset “Active 特级 hot work”)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWallSnapshots.cpp" line="44"/>
        <location filename="../../src/modules/video/ui/CameraWallTiles.cpp" line="193"/>
        <source>Camera %1 is not in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWallSnapshots.cpp" line="29"/>
        <source>Select a camera tile first (click it), then press F9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWallSnapshots.cpp" line="33"/>
        <source>Camera %1 is not live: no snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWallSnapshots.cpp" line="37"/>
        <source>Saving an evidence snapshot of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWallSnapshots.cpp" line="49"/>
        <source>Waiting for %1 to be live for a snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWallSnapshots.cpp" line="64"/>
        <source>Camera %1 did not come live within 15 s: no snapshot (check it on the camera wall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWallSnapshots.cpp" line="99"/>
        <source>No store is open: the snapshot was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWallSnapshots.cpp" line="108"/>
        <source>Evidence #%1 of %2 saved (SHA-256 %3…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWallSnapshots.cpp" line="113"/>
        <source>The snapshot was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::ContractorActions</name>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="241"/>
        <source>Register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="241"/>
        <source>Register a contractor company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="242"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="242"/>
        <source>Edit the selected contractor&apos;s company data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="243"/>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="339"/>
        <source>Suspend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="243"/>
        <source>Suspend the selected contractor, or lift its suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="244"/>
        <source>Add document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="244"/>
        <source>Add a licence, qualification, insurance proof or HSE agreement (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="245"/>
        <source>Add worker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="245"/>
        <source>Add a worker of the selected contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="246"/>
        <source>Edit worker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="247"/>
        <source>Edit the worker selected in the Workers tab, or mark that the worker left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="248"/>
        <source>Certificate, briefing, portrait…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="249"/>
        <source>Records of the worker selected in the Workers tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="250"/>
        <source>Import ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="250"/>
        <source>Register contractors from the ledger CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="251"/>
        <source>Shifts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="251"/>
        <source>The shifts a shift roster names: list and add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="330"/>
        <source>Needs the permission to register contractors (contractor.edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="339"/>
        <source>Lift suspension…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::ContractorDialog</name>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="35"/>
        <source>Register a contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="35"/>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="157"/>
        <source>Edit contractor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="40"/>
        <source>the contractor&apos;s code on this site, e.g. C-100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="48"/>
        <source>18 characters, GB 32100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="54"/>
        <source>e.g. maintenance, welding, scaffolding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="57"/>
        <source>contact person and phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="58"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="59"/>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="60"/>
        <source>Chinese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="61"/>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="63"/>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="64"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="65"/>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="65"/>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="156"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="68"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="112"/>
        <source>Required: the company&apos;s unified social credit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="117"/>
        <source>✓ Valid credit code (GB 32100 check character %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="118"/>
        <source>✕ Not a valid credit code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="127"/>
        <source>Code and company name are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="131"/>
        <source>Not saved: the credit code is not valid (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="150"/>
        <source>Contractor %1 registered. It is not admitted until its four documents are on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="151"/>
        <source>Contractor %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="163"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::ContractorPanel</name>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="81"/>
        <source>Business licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="83"/>
        <source>Qualification certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="85"/>
        <source>Work-injury insurance (6 months paid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="87"/>
        <source>Signed HSE agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="94"/>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="120"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="120"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="120"/>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="120"/>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="206"/>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="120"/>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="192"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="120"/>
        <source>Admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="142"/>
        <source>Select a contractor to see its documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="148"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="148"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="148"/>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="174"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="148"/>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="176"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="148"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="148"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="148"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="169"/>
        <source>Upload PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="170"/>
        <source>Checked as a real, unencrypted PDF within the size limit, stored with its SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="207"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="207"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="207"/>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="216"/>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="209"/>
        <source>Coordinator tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="197"/>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="216"/>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="197"/>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="216"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="197"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="197"/>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="197"/>
        <source>Company documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="197"/>
        <source>Whitelisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="198"/>
        <source>Site briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="211"/>
        <source>Whitelist and shift imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="213"/>
        <source>Gates and devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="216"/>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="218"/>
        <source>Verify credit codes with the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="225"/>
        <source>Registry verification results appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="228"/>
        <source>On site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="271"/>
        <source>✓ Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="272"/>
        <source>✕ Suspended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="273"/>
        <source>✕ Not admitted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="296"/>
        <source>No contractors yet: register one (Register…), import the ledger (Import ledger…) or use guardlinectl contractors add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="327"/>
        <source>✓ %1 is admitted: every required document is valid and the insurance proof covers the last six months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="332"/>
        <source>✕ %1 is SUSPENDED and not admitted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="332"/>
        <source>✕ %1 is NOT admitted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="357"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="357"/>
        <source>✕ NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="357"/>
        <source>✕ left on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="405"/>
        <source>Documents of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="406"/>
        <source>Documents of %1 — %n required document(s) MISSING</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="442"/>
        <source>Showing %1 (%n page(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="451"/>
        <source>Select the contractor the document belongs to first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="454"/>
        <source>Contractor document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="454"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="459"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="466"/>
        <source>%1 stored and verified as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="470"/>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="482"/>
        <source>Registry verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="484"/>
        <source>No registry (%1): each result is the last cached answer or &apos;unverified&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="489"/>
        <source>Registry verification done for %n contractor(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gl::ui::CorrelationPanel</name>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="89"/>
        <source>Safety–quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="291"/>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="291"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="298"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="299"/>
        <source>The quality value is taken this long after the safety signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="301"/>
        <source>Hourly means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="302"/>
        <source>Minute means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="303"/>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="304"/>
        <source>Safety signal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="306"/>
        <source>Quality outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="308"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="310"/>
        <source>Lag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="315"/>
        <source>Pick a safety tag and a quality tag, then Compute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="371"/>
        <source>Pick a safety tag and a quality tag (sensors of kind &apos;quality&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="378"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="392"/>
        <source>The correlation cannot be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="401"/>
        <source>hourly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="401"/>
        <source>minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="404"/>
        <source>not defined (fewer than 3 pairs or a constant series)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="407"/>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="407"/>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="407"/>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="407"/>
        <source>negligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="408"/>
        <source>, positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="408"/>
        <source>, negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="410"/>
        <source>Pearson r = &lt;b&gt;%1&lt;/b&gt; (%2) · n = %3 %4 pairs · lag %5 min · bad samples excluded: %6 %7, %8 %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="422"/>
        <source>%1 against %2 (%3 later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="422"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="424"/>
        <source>%n pair(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="457"/>
        <source>%1 and %2, %3 means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="461"/>
        <source>Site time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::DashboardPanel</name>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="74"/>
        <source>LTI-free days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="75"/>
        <source>TRIR (12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="76"/>
        <source>LTIFR (12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="77"/>
        <source>Hours worked (12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="78"/>
        <source>Training current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="79"/>
        <source>Overdue hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="130"/>
        <source>The dashboards cannot be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="151"/>
        <source>last LTI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="151"/>
        <source>no LTI on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="153"/>
        <source>%1 recordable × 200,000 h / hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="154"/>
        <source>%1 LTI × 1,000,000 h / hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="156"/>
        <source>h, from the monthly records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="158"/>
        <source>%1 of %2 people hold valid training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="162"/>
        <source>open hazards past their deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="179"/>
        <source>Hazards per week: reported, closed, closure rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="181"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="182"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="195"/>
        <source>Closure rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="217"/>
        <source>Overdue hazards by days past deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="219"/>
        <source>Open hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="229"/>
        <source>1–7 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="229"/>
        <source>8–30 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="229"/>
        <source>31–90 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="229"/>
        <source>&gt; 90 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="234"/>
        <source>Interruption time T by area (weekly mean, s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="239"/>
        <source>week (0 = %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="261"/>
        <source>Permits per month by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="279"/>
        <source>Leading indicators per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="281"/>
        <source>Hazards reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="282"/>
        <source>Near misses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="299"/>
        <source>Recordable injuries and LTIs per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="301"/>
        <source>Recordable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="302"/>
        <source>Lost time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="317"/>
        <source>TRIR = recordable injuries × 200,000 / hours worked; LTIFR = lost-time injuries × 1,000,000 / hours worked (rolling 12 months, hours from the monthly records). Closure rate: share of the week&apos;s reported hazards closed by now. Site time zone %1, as of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::DataWorker</name>
    <message>
        <location filename="../../src/shell/DataWorker.cpp" line="408"/>
        <source>The site&apos;s SIMOPS rules cannot be read (%1): cross-work conflicts are shown by the built-in rules, and permits cannot be approved until the file is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/DataWorker.cpp" line="445"/>
        <source>internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/DataWorker.cpp" line="119"/>
        <source>No store is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::DemoDrillFeeds</name>
    <message>
        <location filename="../../src/modules/video/ui/DemoDrillFeeds.cpp" line="129"/>
        <source>Demo drill feeds need ffmpeg (scripts/deps.sh installs it); the demo cameras stay offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/video/ui/DemoDrillFeeds.cpp" line="187"/>
        <source>Demo: %n camera(s) now play drill clips (file://, marked DRILL)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gl::ui::DispatchBoard</name>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="33"/>
        <source>Acknowledge instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="42"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="42"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="42"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="43"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="43"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="43"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="44"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="44"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="44"/>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="45"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="45"/>
        <source>Responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="46"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="50"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="62"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="62"/>
        <source>Resolved / confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="62"/>
        <source>Assigned / accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="62"/>
        <source>On scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="101"/>
        <source>Who responds: on duty in the order&apos;s area first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="105"/>
        <source>note (resolve) / reason (reopen, cancel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="107"/>
        <source>A&amp;ssign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="107"/>
        <source>Acce&amp;pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="107"/>
        <source>On sce&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="108"/>
        <source>Reso&amp;lve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="108"/>
        <source>Con&amp;firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="108"/>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="109"/>
        <source>Cancel or&amp;der</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="120"/>
        <source>&amp;Manual alarm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="122"/>
        <source>A phone call or a patrol report: raise an alarm with its area, priority and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="124"/>
        <source>&amp;Instruction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="126"/>
        <source>HALT POUR, stop hot work, evacuate or resume, to a line or area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="215"/>
        <source>%1 × %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="217"/>
        <source>⚠ Cross-work conflicts now (a named coordinator is required): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoardCards.cpp" line="80"/>
        <source>☑ %1/%2 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoardCards.cpp" line="84"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoardCards.cpp" line="96"/>
        <source>T %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoardCards.cpp" line="98"/>
        <source>verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoardCards.cpp" line="101"/>
        <source>respond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoardCards.cpp" line="104"/>
        <source>confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoardCards.cpp" line="124"/>
        <source>Tdetect %1 s · Tverify %2 s · Trespond %3 s · Tconfirm %4 s · T %5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoardCards.cpp" line="128"/>
        <source>Escalation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="291"/>
        <source>Who can respond is unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="306"/>
        <source>Pick who responds first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="311"/>
        <source>Type what was done (the note) first, then Resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="312"/>
        <source>Type the reason first, then %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="321"/>
        <source>Order %1: %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="334"/>
        <source>Order %1: %2 done, now %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="339"/>
        <source>Order %1 refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="358"/>
        <source>Assign to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="362"/>
        <source>Instruction for this order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="384"/>
        <source>it is no longer on the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="386"/>
        <source>it is %1 (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="386"/>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="386"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="392"/>
        <source>an order does not go back (a resolved order can be reopened on “%1”; cancel needs a reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="397"/>
        <source>nobody is assigned yet: drop it on “%1” first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="401"/>
        <source>nobody is on scene yet: drop it on “%1” first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="417"/>
        <source>A dispatcher&apos;s step: only a dispatcher or an administrator may take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="418"/>
        <source>The assignee&apos;s step: the order has no assignee yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="419"/>
        <source>The assignee&apos;s step: only %1 (or an administrator) may take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="430"/>
        <source>Cannot move %1 here: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="432"/>
        <source>%1 stays here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="436"/>
        <source>Drop: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="447"/>
        <source>Order %1 cannot move to “%2”: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="458"/>
        <source>Order %1: pick who responds (on duty first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="465"/>
        <source>Order %1: type what was done (the note), then Enter to resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="466"/>
        <source>Order %1: type the reason, then Enter to reopen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="484"/>
        <source>Manual alarm raised: order %1 opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoardCards.cpp" line="203"/>
        <source>INSTRUCTION to %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoardCards.cpp" line="205"/>
        <source>No instruction waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoardCards.cpp" line="221"/>
        <source> · %1 %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchTimers.cpp" line="29"/>
        <source>due in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchTimers.cpp" line="29"/>
        <source>overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchTimers.cpp" line="34"/>
        <source>acknowledge within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchTimers.cpp" line="35"/>
        <source>acknowledgement OVERDUE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchTimers.cpp" line="41"/>
        <source>DUE SOON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchTimers.cpp" line="42"/>
        <source>OVERDUE 1st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchTimers.cpp" line="43"/>
        <source>OVERDUE 2nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchTimers.cpp" line="44"/>
        <source>OVERDUE 3rd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::DocumentDialog</name>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="31"/>
        <source>Business licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="33"/>
        <source>Qualification certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="35"/>
        <source>Work-injury insurance payment proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="37"/>
        <source>Signed HSE agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="46"/>
        <source>Add a document of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="54"/>
        <source>path of the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="55"/>
        <source>Contractor document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="55"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="73"/>
        <source>Covers (paid period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="74"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="75"/>
        <source>PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="76"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="77"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="79"/>
        <source>The insurance proof must cover the six months before today (from at most six months ago to at least the first day of last month); a shorter proof is stored but the contractor is not admitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="88"/>
        <source>Check and store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="90"/>
        <source>Checked as a real, unencrypted PDF within the size limit, stored with its SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="91"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="120"/>
        <source>Choose the PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="127"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="137"/>
        <source>%1 stored and verified as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="139"/>
        <source>%1 is admitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="139"/>
        <source>%1 is not admitted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="146"/>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::EvidenceAttachDialog</name>
    <message>
        <location filename="../../src/modules/video/ui/EvidenceAttachDialog.cpp" line="27"/>
        <source>Evidence #%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/EvidenceAttachDialog.cpp" line="32"/>
        <source>%1 · %2×%3 · SHA-256 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/EvidenceAttachDialog.cpp" line="36"/>
        <source>Hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/EvidenceAttachDialog.cpp" line="37"/>
        <source>Permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/EvidenceAttachDialog.cpp" line="42"/>
        <source>Attach to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/EvidenceAttachDialog.cpp" line="43"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/EvidenceAttachDialog.cpp" line="44"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/EvidenceAttachDialog.cpp" line="50"/>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/EvidenceAttachDialog.cpp" line="51"/>
        <source>Report hazard with this snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/EvidenceAttachDialog.cpp" line="91"/>
        <source>Attached to %1 %2 (audited).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::EvidencePicker</name>
    <message>
        <location filename="../../src/modules/hazards/ui/EvidencePicker.cpp" line="48"/>
        <source>Panorama from a camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/EvidencePicker.cpp" line="50"/>
        <source>Recent evidence stills, newest first. The still&apos;s camera and time are its provenance (a video frame has no EXIF); its SHA-256 goes into the audit chain with the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/EvidencePicker.cpp" line="67"/>
        <source>Take snapshot now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/EvidencePicker.cpp" line="69"/>
        <source>Saves an evidence still of the chosen camera through the camera wall (the camera must be live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/EvidencePicker.cpp" line="70"/>
        <source>Use as panorama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/EvidencePicker.cpp" line="73"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/EvidencePicker.cpp" line="134"/>
        <source>Loading the stills…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/EvidencePicker.cpp" line="168"/>
        <source>Evidence #%1 · %2 (%3) · %4×%5
SHA-256 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/EvidencePicker.cpp" line="176"/>
        <source>No evidence stills yet: take one now from a live camera, or press F9 on the camera wall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/hazards/ui/EvidencePicker.cpp" line="177"/>
        <source>%n still(s). Double-click one to use it as the panorama.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/EvidencePicker.cpp" line="179"/>
        <source>Snapshot #%1 saved and selected: press &quot;Use as panorama&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/EvidencePicker.cpp" line="199"/>
        <source>No camera wall in this window: no snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/EvidencePicker.cpp" line="204"/>
        <source>Waiting for %1 to be live, then saving a still…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::FirstRunWizard</name>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="74"/>
        <source>Where Guardline keeps its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="75"/>
        <source>Step 1 of 3: the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="76"/>
        <source>Database file on this computer (SQLite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="78"/>
        <source>PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="85"/>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="267"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="90"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="96"/>
        <source>Open the demo plant instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="98"/>
        <source>The built-in demo plant in its own store, as &apos;guardline --demo&apos; opens it; nothing is written to the store chosen here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="123"/>
        <source>Sign in to this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="130"/>
        <source>A database file on this computer, or a PostgreSQL server that several workstations share. Test the connection: it is kept only once it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="162"/>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="163"/>
        <source>SQLite database (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="200"/>
        <source>Enter the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="201"/>
        <source>Enter the PostgreSQL URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="206"/>
        <source>a PostgreSQL URL starts with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="208"/>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="225"/>
        <source>Cannot use this store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="214"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/shell/FirstRunWizard.cpp" line="231"/>
        <source>Connected. This store is set up already (%n account(s)): sign in to it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="234"/>
        <source>Connected. The store holds the site %1 (%2) and no account yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="237"/>
        <source>Connected. The store is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="239"/>
        <source>Connected. The store will be created when you finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="262"/>
        <source>The site&apos;s layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="263"/>
        <source>Step 2 of 3: the site&apos;s layout file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="266"/>
        <source>site layout file (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="269"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="277"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="277"/>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="277"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="278"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="288"/>
        <source>The layout file (guardline-site-layout, see docs/FORMATS.md) with the areas, structures, equipment, cameras and sensors; mesh files beside it. It is checked before it is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="306"/>
        <source>Site layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="307"/>
        <source>Site layout (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="321"/>
        <source>The store holds the site %1 (%2) already: it is kept (a store holds one site).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="340"/>
        <source>Choose the layout file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="350"/>
        <source>Valid: site %1 (%2); areas: %3, structures: %4, equipment: %5, cameras: %6, sensors: %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/shell/FirstRunWizard.cpp" line="367"/>
        <source>%n problem(s) in %1: correct the file and check it again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="387"/>
        <source>The first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="388"/>
        <source>Step 3 of 3: the first account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="391"/>
        <source>e.g. zhang.wei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="405"/>
        <source>This account sets up the others. Finish creates the store, imports the site and signs in as it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="407"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="408"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="409"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="410"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="428"/>
        <source>Setting up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="433"/>
        <source>Not set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="450"/>
        <source>Enter the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="452"/>
        <source>The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="454"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="464"/>
        <source>Ready: Finish sets up the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="481"/>
        <source>Set up Guardline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::GateDevicePanel</name>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="59"/>
        <source>QR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="59"/>
        <source>Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="59"/>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="92"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="59"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="59"/>
        <source>QR payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="72"/>
        <source>Export printable PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="74"/>
        <source>One A4 page per gate, to print and post at the gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="75"/>
        <source>Export PNG cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="91"/>
        <source>&lt;b&gt;Check-in devices&lt;/b&gt; (phones and tablets posting to the intake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="92"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="92"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="92"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="92"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="92"/>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="96"/>
        <source>Add device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="98"/>
        <source>Revoke token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="113"/>
        <source>Gate QR codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="113"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="118"/>
        <source>Folder for the gate cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="197"/>
        <source>✕ Revoked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="197"/>
        <source>● Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="201"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="233"/>
        <source>The site has no gates (equipment of kind &apos;gate&apos; in the layout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="239"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="268"/>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="277"/>
        <source>Add a check-in device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="282"/>
        <source>Gate 1 tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="283"/>
        <source>Device code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="284"/>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="292"/>
        <source>A device needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="303"/>
        <source>Device %1 added. Its token is shown once: give it to the device now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="310"/>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="370"/>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="322"/>
        <source>Token of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="324"/>
        <source>This is the only time the token is shown: Guardline keeps only its SHA-256. Enter it in the check-in app of %1 (header Authorization: Bearer …). Lost tokens are revoked and replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="336"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="339"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="350"/>
        <source>Select the device to revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="354"/>
        <source>Revoke %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="355"/>
        <source>Revoke the token of %1? The device can no longer check anyone in until it gets a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="366"/>
        <source>Device %1: token revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::HazardPanel</name>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="49"/>
        <source>Panorama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="51"/>
        <source>Before (defect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="53"/>
        <source>Responsible person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="55"/>
        <source>After rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="57"/>
        <source>Re-inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="167"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="72"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="78"/>
        <source>All grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="79"/>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="273"/>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="100"/>
        <source>General (一般)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="80"/>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="273"/>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="101"/>
        <source>Major (重大)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="83"/>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="192"/>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="84"/>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="86"/>
        <source>Report hazard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="97"/>
        <source>Hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="97"/>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="103"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="97"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="98"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="98"/>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="98"/>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="152"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="99"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="112"/>
        <source>Select a hazard to see its photos and history. New hazards are reported with three photos: the panorama with the area sign, the defect close-up and the responsible person&apos;s face.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="134"/>
        <source>Grade / plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="134"/>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="134"/>
        <source>Start rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="135"/>
        <source>Submit after-photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="135"/>
        <source>Accept (close)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="135"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="136"/>
        <source>Re-inspect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="136"/>
        <source>Compare photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="276"/>
        <source>equipment %1 (QR %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="278"/>
        <source>OVERDUE — escalated as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="281"/>
        <source>Face check: the face photo does not match %1&apos;s portrait on file — review who is responsible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="284"/>
        <source>Face check: one frontal face; identity not verified (no portrait on file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="307"/>
        <source>%1
SHA-256 %2
file %3, %4x%5 %6
EXIF time %7
added by %8
%9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="309"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="315"/>
        <source>Reported %1 by %2 · assigned to %3 · deadline %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="319"/>
        <source>Major-hazard criteria: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="321"/>
        <source>Rectification plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="327"/>
        <source>Re-inspection task for %1, due %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="328"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="329"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="332"/>
        <source>reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="333"/>
        <source>graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="334"/>
        <source>assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="335"/>
        <source>rectification started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="336"/>
        <source>rectification submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="337"/>
        <source>after-photo refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="338"/>
        <source>accepted and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="339"/>
        <source>rejected, reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="340"/>
        <source>overdue: escalated to a dispatch order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="341"/>
        <source>re-inspection task created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="342"/>
        <source>re-inspection passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="343"/>
        <source>re-inspection failed, reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="96"/>
        <source>Grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="141"/>
        <source>Assign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="145"/>
        <source>person code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="146"/>
        <source>Deadline by grade (site setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="150"/>
        <source>Rectified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="166"/>
        <source>Re-inspection photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="166"/>
        <source>After-photo from the same spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="177"/>
        <source>Re-inspection failed, the hazard is reopened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="187"/>
        <source>Rectification refused — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="201"/>
        <source>%1 — re-inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="203"/>
        <source>Re-inspection %1 (failing region in red)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="204"/>
        <source>As it should be: after-photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="205"/>
        <source>Change since the after-photo (red: changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="207"/>
        <source>%1 — rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="208"/>
        <source>%1 · scene similarity %2 · region change %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="209"/>
        <source>Before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="210"/>
        <source>After, aligned %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="211"/>
        <source>Change heat map (blue: same, red: changed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::HazardReportDrafts</name>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportDrafts.cpp" line="43"/>
        <source>Delete this draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportDrafts.cpp" line="48"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportDrafts.cpp" line="120"/>
        <source>Draft saved %1 (kept for you until it is submitted or deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportDrafts.cpp" line="132"/>
        <source>The previous draft could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportDrafts.cpp" line="137"/>
        <source>The draft could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportDrafts.cpp" line="148"/>
        <source>New report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/hazards/ui/HazardReportDrafts.cpp" line="154"/>
        <source>%1 · %2 %3 · %n photo(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportDrafts.cpp" line="188"/>
        <source>Camera still, evidence #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportDrafts.cpp" line="193"/>
        <source>Draft of %1 restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportDrafts.cpp" line="209"/>
        <source>Draft deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::HazardReportForm</name>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="32"/>
        <source>Report a hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="40"/>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="173"/>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="45"/>
        <source>what is wrong, where exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="48"/>
        <source>Scan QR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="50"/>
        <source>Reads the equipment&apos;s QR label in a photo and picks that equipment and its area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="52"/>
        <source>From the defect close-up attached below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="53"/>
        <source>From a photo file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="54"/>
        <source>Photo of the equipment&apos;s QR label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="66"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="67"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="68"/>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="69"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="70"/>
        <source>Responsible person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="108"/>
        <source>Submit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="110"/>
        <source>Keep as draft and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="167"/>
        <source>— none (scan its QR or pick) —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="177"/>
        <source>— not named —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="244"/>
        <source>Category: choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="246"/>
        <source>Description: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="248"/>
        <source>Area: pick it, or scan the equipment&apos;s QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="251"/>
        <source>Photo missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="258"/>
        <source>Complete: the photos are checked when you submit (face, QR, pixel limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="259"/>
        <source>Still needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="289"/>
        <source>Attach the defect close-up first (with the equipment&apos;s QR label in view), or scan from a photo file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="306"/>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="320"/>
        <source>QR scan: %1 — pick the equipment from the list instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="328"/>
        <source>Equipment %1 is not in this window&apos;s site layout yet: pick it from the list after the next refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="333"/>
        <source>QR code read: equipment %1 in area %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="400"/>
        <source>Checking the photos and submitting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="421"/>
        <source>Not reported — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::HazardReportPhotos</name>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportPhotos.cpp" line="38"/>
        <source>Panorama with the area sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportPhotos.cpp" line="40"/>
        <source>Defect close-up with a scale reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportPhotos.cpp" line="41"/>
        <source>Responsible person&apos;s frontal face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportPhotos.cpp" line="44"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportPhotos.cpp" line="61"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportPhotos.cpp" line="63"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportPhotos.cpp" line="69"/>
        <source>From camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportPhotos.cpp" line="71"/>
        <source>Use a camera evidence still (or take one now) as the panorama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportPhotos.cpp" line="97"/>
        <source>no photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportPhotos.cpp" line="98"/>
        <source>a file, or a camera still (&quot;From camera…&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportPhotos.cpp" line="122"/>
        <source>%1 — no preview: it may not be an image (checked on submission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportPhotos.cpp" line="141"/>
        <source>Camera %1 %2 · %3 · evidence #%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::HazardViewer</name>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardViewer.cpp" line="27"/>
        <source>Photo comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardViewer.cpp" line="61"/>
        <source>(not aligned: nothing to show)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::InstructionDialog</name>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="78"/>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="78"/>
        <source>&amp;Confirm and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="81"/>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="103"/>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="81"/>
        <source>Instruction for order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="98"/>
        <source>line or area as the site&apos;s connectors know it, e.g. casting-house-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="99"/>
        <source>why (read back and kept in the audit chain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="104"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="105"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="133"/>
        <source>Name the target line or area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="133"/>
        <source>Give the reason: it is read back to the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="138"/>
        <source>Send &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt; because: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="149"/>
        <source>Storing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="153"/>
        <source>Instruction %1 queued: the site service sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="158"/>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::InterruptionPanel</name>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="85"/>
        <source>Interruption time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="103"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="104"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="105"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="109"/>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="110"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="112"/>
        <source>Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="171"/>
        <source>The interruption times cannot be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="188"/>
        <source>all areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="190"/>
        <source>No confirmed dispatch order in the current or the previous period (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="193"/>
        <source>Mean interruption time T, %1 (%2): &lt;b&gt;%3 min&lt;/b&gt; over %n confirmed order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="198"/>
        <source>same period a year earlier: %1 min (%2 orders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="200"/>
        <source>%1 % shorter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="201"/>
        <source>%1 % longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="203"/>
        <source>no confirmed order in the same period a year earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="208"/>
        <source>Interruption time T per %1: phases stacked (min), trend, a year earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="209"/>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="209"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="209"/>
        <source>quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="211"/>
        <source>Tdetect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="211"/>
        <source>Tverify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="211"/>
        <source>Trespond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="211"/>
        <source>Tconfirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="237"/>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="247"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="252"/>
        <source>Same period a year earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="270"/>
        <source>T = Tdetect (first abnormal signal → order opened) + Tverify (→ assigned) + Trespond (→ responded) + Tconfirm (→ risk confirmed removed), mean of the confirmed orders detected in the period; the last period is to date. A year earlier: the same calendar period (weeks: 52 weeks before). Site time zone %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::LedgerImportDialog</name>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="29"/>
        <source>Import the contractor ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="31"/>
        <source>One row a contractor: code,name,name_zh,credit_code,trade,contact (UTF-8 or GB18030). Every row is checked first; with any error nothing is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="39"/>
        <source>path of the CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="40"/>
        <source>Contractor ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="40"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="42"/>
        <source>Preview (nothing is stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="48"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="48"/>
        <source>Contractor / line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="48"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="56"/>
        <source>Import all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="59"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="76"/>
        <source>Choose the ledger file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="80"/>
        <source>Preview the file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="110"/>
        <source>✕ Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="113"/>
        <source>✓ No error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="113"/>
        <source>+ To register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="113"/>
        <source>+ Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="115"/>
        <source>= Already registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="115"/>
        <source>same credit code: left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="120"/>
        <source>%n error(s) in %1 (%2): nothing was imported. Correct the file and preview it again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="130"/>
        <source>%1 (%2): %3 row(s), %4 to register, %5 already registered. Nothing stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="139"/>
        <source>%n contractor(s) registered from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="148"/>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::LoginDialog</name>
    <message>
        <location filename="../../src/shell/LoginDialog.cpp" line="13"/>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::MainWindow</name>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="65"/>
        <source>Guardline — safety command center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="75"/>
        <source>Site plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="85"/>
        <location filename="../../src/shell/MainWindow.cpp" line="245"/>
        <source>Contractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="94"/>
        <location filename="../../src/shell/MainWindow.cpp" line="245"/>
        <source>Hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="116"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="125"/>
        <source>Store: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="126"/>
        <source>Connectors: none configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="145"/>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="148"/>
        <source>Switch user refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="149"/>
        <location filename="../../src/shell/MainWindow.cpp" line="322"/>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="149"/>
        <source>%1

Still signed in as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="156"/>
        <location filename="../../src/shell/MainWindow.cpp" line="314"/>
        <source>Store: ● online (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="156"/>
        <source>Store: ● OFFLINE — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="199"/>
        <source>Camera wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="200"/>
        <source>Alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="201"/>
        <source>Dispatch board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="202"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="214"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="215"/>
        <source>Dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="221"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="224"/>
        <source>S&amp;witch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="227"/>
        <source>Sign in as another user on this store; the windows stay open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="231"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="234"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="238"/>
        <source>&amp;Search records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="245"/>
        <source>Control room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="245"/>
        <source>Permits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="246"/>
        <source>Reports and dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="246"/>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="247"/>
        <source>&amp;Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="275"/>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="279"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="284"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="284"/>
        <source>The language changes the next time Guardline starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="308"/>
        <source>DEMO — signed in as %1 (%2), no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="266"/>
        <location filename="../../src/shell/MainWindow.cpp" line="308"/>
        <location filename="../../src/shell/MainWindow.cpp" line="332"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="311"/>
        <source>Guardline — DEMO PLANT — safety command center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="349"/>
        <source>Guardline — %1 — safety command center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="352"/>
        <source>Open hazards %1 (overdue %2) · Active permits %3 · Unacknowledged alarms %4 · Open orders %5 · Contractors with expired documents %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="372"/>
        <source>Permit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="380"/>
        <source>Hazard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="385"/>
        <source>Chart of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="393"/>
        <source>Camera %1 in full view on the camera wall (Esc: back to the grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="416"/>
        <source>Selected %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::ManualAlarmDialog</name>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="22"/>
        <source>&amp;Raise alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="24"/>
        <source>Manual alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="36"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="37"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="38"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="39"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="41"/>
        <source>What the caller reports, and who called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="44"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="45"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="46"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="59"/>
        <source>Raising…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="63"/>
        <source>Alarm %1 raised; order %2 opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="68"/>
        <source>Not raised: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::OrderProcedurePanel</name>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="33"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="33"/>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="34"/>
        <source>Mark read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="48"/>
        <source>Reason for skipping (required; reported to the area supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="52"/>
        <source>Mark the selected step done (Alt+D). Steps may be done out of order; that is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="53"/>
        <source>Skip the selected step with the reason typed beside it (Alt+K). The area supervisor is notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="65"/>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="68"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="68"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="68"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="69"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="69"/>
        <source>Step text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="69"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="70"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="70"/>
        <source>Order state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="83"/>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="116"/>
        <source>Skipped steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="94"/>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="136"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="116"/>
        <source>Skipped steps (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="136"/>
        <source>Notifications (%1 new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="157"/>
        <source>Select an order on the board to see its procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="179"/>
        <source>done %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="180"/>
        <source>SKIPPED %1 by %2 — reason: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="182"/>
        <source>out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="196"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: no procedure is attached to this order&apos;s alarm type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="198"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3 of %4 steps done, %5 skipped, %6 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="248"/>
        <source>Type why the step is skipped: the area supervisor is told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="252"/>
        <source>Not connected to a store: the step is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="258"/>
        <source>Recording step %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="265"/>
        <source>Step %1 skipped. No supervisor or EHS manager to notify: tell them yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="266"/>
        <source>Step %1 skipped; reported to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="268"/>
        <source>Step %1 done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="273"/>
        <source>Not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::PermitEditor</name>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="36"/>
        <source>Hot work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="37"/>
        <source>Confined space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="38"/>
        <source>Blind plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="39"/>
        <source>Work at height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="40"/>
        <source>Lifting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="41"/>
        <source>Temporary power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="42"/>
        <source>Excavation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="43"/>
        <source>Road closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="51"/>
        <source>Special</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="52"/>
        <source>Level 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="53"/>
        <source>Level 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="54"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="98"/>
        <source>Permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="107"/>
        <source>Sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="118"/>
        <source>Gas tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="132"/>
        <source>&lt;b&gt;Workers and certificates&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="134"/>
        <source>&lt;b&gt;Cameras&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="136"/>
        <source>&lt;b&gt;Conflicts with other work&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="142"/>
        <source>People, cameras, conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="181"/>
        <source>Permit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="181"/>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="182"/>
        <source>New permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="214"/>
        <source>alarm in the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="215"/>
        <source>gas log overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="216"/>
        <source>the guardian left the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="218"/>
        <source>Suspended (%1)%2: resuming needs a new passing gas test where the rules ask for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="219"/>
        <source> by alarm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="222"/>
        <source>The service reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="241"/>
        <source>no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="242"/>
        <source>No worker named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="246"/>
        <source> · bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="246"/>
        <source> · no usable feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="247"/>
        <source>No camera covers the work area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="248"/>
        <source>No conflict with approved or active work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="224"/>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="272"/>
        <source>Refused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="361"/>
        <source>Analyst: name who took the sample</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::PermitForm</name>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="51"/>
        <source>e.g. HW-0201</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="57"/>
        <source>What is done, where (e.g. weld flange at P-101)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="62"/>
        <source>equipment code, optional (blind plate: the blind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="73"/>
        <source>x, y; x, y; x, y (site metres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="88"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="90"/>
        <source>Permit no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="91"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="92"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="93"/>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="94"/>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="95"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="96"/>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="97"/>
        <source>Start (site time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="98"/>
        <source>End (site time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="99"/>
        <source>Draw on plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="101"/>
        <source>Draw the work area on the site plan: click its corners, snapping to equipment and structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="105"/>
        <source>Work area polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="106"/>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="107"/>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="108"/>
        <source>Cross-work coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="109"/>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="111"/>
        <source>Safety measures (GB 30871-2022)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="125"/>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="126"/>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="127"/>
        <source>Keeps the permit as a draft, even when it does not meet the rules yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="128"/>
        <source>Submitting is the applicant&apos;s signature: refused with the reasons while a rule fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="182"/>
        <source>own crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="187"/>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="188"/>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="201"/>
        <source>certificates %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="203"/>
        <source> · company documents %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="328"/>
        <source>Permit no.: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="330"/>
        <source>Work: describe what is done and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="332"/>
        <source>Area: choose the area of the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="336"/>
        <source>Work area polygon: at least three points &quot;x, y&quot; separated by &quot;;&quot;, edges not crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="338"/>
        <source>Height: the top is below the bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="340"/>
        <source>End: must be after the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="353"/>
        <source>Grade: raised from %1 to %2 (night, rest day or holiday, GB 30871-2022)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="357"/>
        <source>End: validity %1 h exceeds the %2 h limit of %3 %4 (GB 30871-2022)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="361"/>
        <source>Cameras: %1 %2 is approved only with a camera covering the work area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="365"/>
        <source>Guardian: a certified guardian is mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="367"/>
        <source>Guardian: the guardian cannot also be a worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="372"/>
        <source>Safety measures: %n not confirmed (needed before approval)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="375"/>
        <source>Cannot be saved yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="377"/>
        <source>Before it can be submitted or approved:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::PermitGasTests</name>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="50"/>
        <source>oxygen-enriched air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="53"/>
        <source>Sampled at (site time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="54"/>
        <source>Combustible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="55"/>
        <source>Oxygen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="56"/>
        <source>Toxic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="57"/>
        <source>Gas of concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="59"/>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="66"/>
        <source>Analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="63"/>
        <source>Record gas test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="66"/>
        <source>Sampled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="66"/>
        <source>Combustible % vol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="66"/>
        <source>O₂ %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="66"/>
        <source>Toxic ppm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="66"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="100"/>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="100"/>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="121"/>
        <source>The sample time is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="124"/>
        <source>Gas sample taken %1 min before start: GB 30871 allows %2 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="127"/>
        <source>Sample %1 min before start (within %2 min).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="129"/>
        <source>Resuming or logging: the sample must be no more than %1 min old when the work resumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="132"/>
        <source>%1: the gas is logged at least every %2 min while the work runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="134"/>
        <source>These values pass (combustible ≤ %1 % vol, O₂ %2–%3 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="135"/>
        <source>These values FAIL (combustible ≤ %1 % vol, O₂ %2–%3 %).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::PermitPanel</name>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="57"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="58"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="59"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="60"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="61"/>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="62"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="63"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="64"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="74"/>
        <source>New permit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="77"/>
        <source>Filter by code, type, area, contractor or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="108"/>
        <source>By state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="112"/>
        <source>Area / permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="112"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="112"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="112"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="112"/>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="112"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="112"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="113"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="119"/>
        <source>By area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="126"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="135"/>
        <source>Permits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="182"/>
        <source>Double-click to open the permit card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::PermitSignOffs</name>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="32"/>
        <source>I am at the work site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="36"/>
        <source>where exactly you are (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="39"/>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="41"/>
        <source>Work &amp;ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="43"/>
        <source>Issue the electronic work ticket (the same PDF as guardlinectl permit ticket): preview, print or save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="52"/>
        <source>&lt;b&gt;Sign-offs in the standard&apos;s order&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="56"/>
        <source>&lt;b&gt;Lifecycle&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="79"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="79"/>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="79"/>
        <source>On site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="79"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="79"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="85"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="85"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="89"/>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="98"/>
        <source>Sign as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="99"/>
        <source>Next: %1. Signed by %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="100"/>
        <source> at the work site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="101"/>
        <source>Next: %1, signed by %2 (you are %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="104"/>
        <source>Submit the permit to start the sign-offs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="116"/>
        <source>Start work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="117"/>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="118"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="119"/>
        <source>Close (work finished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="120"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="121"/>
        <source>Reject (back to draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="129"/>
        <source>Guardian left the site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::PermitTimeline</name>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="284"/>
        <source>No permit between yesterday and the day after tomorrow. Create one with &quot;New permit…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::RecordTable</name>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="35"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::RecordsPanel</name>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="55"/>
        <location filename="../../src/shell/RecordsPanel.cpp" line="66"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="55"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="55"/>
        <source>Name (EN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="56"/>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="56"/>
        <location filename="../../src/shell/RecordsPanel.cpp" line="60"/>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="56"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="57"/>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="57"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="58"/>
        <source>Permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="58"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="58"/>
        <location filename="../../src/shell/RecordsPanel.cpp" line="62"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="59"/>
        <location filename="../../src/shell/RecordsPanel.cpp" line="62"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="59"/>
        <location filename="../../src/shell/RecordsPanel.cpp" line="63"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="59"/>
        <location filename="../../src/shell/RecordsPanel.cpp" line="67"/>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="60"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="60"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="61"/>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="62"/>
        <source>Hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="63"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="63"/>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="64"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="64"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="65"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="65"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="66"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="66"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="67"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="67"/>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="68"/>
        <source>Company documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="69"/>
        <source>Site briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="69"/>
        <source>Whitelisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="70"/>
        <source>Contractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="70"/>
        <source>Permits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="71"/>
        <source>Hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="71"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="74"/>
        <source>Search %1 (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::ReportsPanel</name>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="35"/>
        <source>Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="35"/>
        <source>Open HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="37"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="37"/>
        <source>Generated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="37"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="37"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="37"/>
        <source>Contractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="37"/>
        <source>Audit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="38"/>
        <source>SHA-256 (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="47"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="79"/>
        <source>Loading the report archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="107"/>
        <source>The report archive cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="113"/>
        <source>The Contractor Health Daily Report is generated every day at %1 (%2, site time) in %3; days missed while no workstation ran are caught up for %4 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="117"/>
        <source>The scheduled daily report is switched off (guardlinectl report schedule --enable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="126"/>
        <source>scheduler (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="136"/>
        <source>PDF %1
HTML %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="144"/>
        <source>No report archived yet: the first one is generated at the scheduled time (or run &apos;guardlinectl housekeeping&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="154"/>
        <source>Checking the report&apos;s SHA-256 against the audit chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="169"/>
        <source>SHA-256 verified against the audit chain (%1); opened %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="173"/>
        <source>Not opened: %1 Report this to the EHS manager; the archived copy can no longer be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::RosterEditor</name>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="63"/>
        <source>Duty roster — Guardline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="74"/>
        <source>On duty now — dispatch orders of an area are assigned to this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="76"/>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="83"/>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="112"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="76"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="76"/>
        <source>On duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="76"/>
        <source>Covered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="81"/>
        <source>Roster entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="83"/>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="113"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="83"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="83"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="83"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="83"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="87"/>
        <source>Show entries ended in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="88"/>
        <source>End selected entry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="90"/>
        <source>Ends the entry now (audited); an entry that has not started yet is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="97"/>
        <source>Add an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="114"/>
        <source>From (site time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="115"/>
        <source>To (site time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="120"/>
        <source>Add entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="185"/>
        <source>The roster could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="196"/>
        <source>Times are site-local: %1 (%2). Now: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="199"/>
        <source>Read-only: your role (%1) may view the roster but not change it (permission roster.edit: dispatcher, EHS manager, administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="210"/>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="229"/>
        <source>Site-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="211"/>
        <source>every area without its own entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="212"/>
        <source>▲ nobody — orders stay unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="214"/>
        <source>site-wide entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="214"/>
        <source>area entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="237"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="237"/>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="237"/>
        <source>● on duty now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="237"/>
        <source>upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="246"/>
        <source>Site-wide (every area without its own entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="251"/>
        <source>— pick a user —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="274"/>
        <source>Field &apos;user&apos;: pick who is on duty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="276"/>
        <source>Field &apos;to&apos;: must be after &apos;from&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="278"/>
        <source>Field &apos;to&apos;: the entry would already be over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="297"/>
        <source>Added: %1 on duty for %2 (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="297"/>
        <source>the whole site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="302"/>
        <source>Not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="323"/>
        <source>Entry ended (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="328"/>
        <source>Not ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::RosterImportPanel</name>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="100"/>
        <source>Access-control whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="101"/>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="411"/>
        <source>Shift roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="104"/>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="105"/>
        <source>HTTP endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="108"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="109"/>
        <source>Preview differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="111"/>
        <source>Reads the source and shows what would change since the last import. Nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="123"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="130"/>
        <source>Choose the source and preview: the differences since the last import are shown here before anything changes. Whitelist CSV: worker,contractor,card,valid_until. Shift CSV: date,shift,worker,area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="136"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="136"/>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="136"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="145"/>
        <source>Apply import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="159"/>
        <source>Previous imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="160"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="160"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="160"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="160"/>
        <source>Imported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="160"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="160"/>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="160"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="160"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="170"/>
        <source>CSV file exported by the access-control system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="174"/>
        <source>https://acs.example/api/ (access_control.url in admission.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="224"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="232"/>
        <source>Choose the CSV file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="233"/>
        <source>Give the access-control system&apos;s URL first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="256"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="268"/>
        <source>Cannot read the source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="272"/>
        <source>Comparing %n row(s) with the last import…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="302"/>
        <source>Cancelled: nothing was read or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="307"/>
        <source>whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="307"/>
        <source>shift roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="308"/>
        <source>%1 (%2): %3 good row(s). Since the last import: %4 added, %5 removed, %6 changed, %7 malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="309"/>
        <source>%1 (%2): %3 good row(s). First import: %4 added, %5 removed, %6 changed, %7 malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="328"/>
        <source>✕ Malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="331"/>
        <source>+ Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="335"/>
        <source>− Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="340"/>
        <source>~ Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="352"/>
        <source>Import the %1 good row(s) despite %2 malformed row(s) (the malformed lines are recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="356"/>
        <source>Preview only: nothing has changed. Apply to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="357"/>
        <source>%n malformed row(s): the import is refused unless you tick the box to import the good rows.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="370"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="379"/>
        <source>Imported %1 row(s): %2 added, %3 removed, %4 changed, %5 malformed line(s) skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="392"/>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="411"/>
        <source>Whitelist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::RuleVersionList</name>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="25"/>
        <source>＋ added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="27"/>
        <source>－ removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="31"/>
        <source>✎ changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="63"/>
        <source>Saved versions (every save is kept and audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="66"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="66"/>
        <source>Saved at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="66"/>
        <source>Saved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="66"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="66"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="66"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="70"/>
        <source>Load into editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="71"/>
        <source>Revert to this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="73"/>
        <source>Saves the selected version again as a new version (audited); the live rules switch to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="78"/>
        <source>Select a version to compare it with the rules in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="81"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="81"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="81"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="81"/>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="81"/>
        <source>Selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="112"/>
        <source>● v%1 in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="112"/>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="122"/>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="159"/>
        <source>Version %1 is the one in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="160"/>
        <source>Version %1 holds the same rules as version %2 in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="161"/>
        <source>Version %1 against version %2 in force: %n rule(s) differ.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gl::ui::RulesDryRun</name>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesDryRun.cpp" line="28"/>
        <source>Replay the stored samples of the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesDryRun.cpp" line="32"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesDryRun.cpp" line="34"/>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesDryRun.cpp" line="36"/>
        <source>Replays the stored samples through the edited rules and the rules in force, off the UI thread, and compares how many alarms each rule would raise. Nothing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesDryRun.cpp" line="38"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesDryRun.cpp" line="47"/>
        <source>The dry run shows how many alarms each rule would have raised on the stored samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesDryRun.cpp" line="51"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesDryRun.cpp" line="51"/>
        <source>Alarms: edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesDryRun.cpp" line="51"/>
        <source>Alarms: in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesDryRun.cpp" line="51"/>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesDryRun.cpp" line="75"/>
        <source>Dry run: replaying the last %1 h of stored samples…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesDryRun.cpp" line="110"/>
        <location filename="../../src/modules/telemetry/ui/RulesDryRun.cpp" line="126"/>
        <source>Dry run not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesDryRun.cpp" line="142"/>
        <source>%1 samples replayed from %2 to %3: the edited rules raise %4 alarm(s), the rules in force (version %5) %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesDryRun.cpp" line="145"/>
        <source>Cancelled — partial result. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesDryRun.cpp" line="147"/>
        <source>No samples are stored for these tags in that period: connect a broker or replay a drill CSV first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesDryRun.cpp" line="153"/>
        <source>(no such rule)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::RulesEditor</name>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="71"/>
        <source>&amp;Telemetry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="74"/>
        <source>Alarm &amp;rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="78"/>
        <source>Duty &amp;roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="86"/>
        <source>Alarm rules — Guardline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="91"/>
        <source>Loading the rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="140"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="140"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="140"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="140"/>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="113"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="113"/>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="113"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="113"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="113"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="115"/>
        <source>Rules in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="137"/>
        <source>Line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="140"/>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="142"/>
        <source>Changes against the rules in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="144"/>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="154"/>
        <source>Why the change (required, kept in the audit chain), e.g. CO 1st alarm lowered per HAZOP action 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="155"/>
        <source>Discard edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="156"/>
        <source>Replaces the text with the rules in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="157"/>
        <source>Save as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="163"/>
        <source>Edit (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="189"/>
        <source>based on version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="222"/>
        <source>Site service: version %1 in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="223"/>
        <source>Site service: not running (no rules are evaluated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="246"/>
        <source>Alarm rules could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="259"/>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="263"/>
        <source>Alarm rules: version %1 in force, %2 rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="264"/>
        <source>Alarm rules: none saved yet. Paste or write a rule set and save it as version 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="266"/>
        <source>Read-only: your role (%1) may view the rules and dry-run changes but not save them (permission rules.edit: EHS manager, administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="293"/>
        <source>(no sensor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="306"/>
        <source>Draft restored: unsaved edits based on version %1 (Discard edits to start from the rules in force).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="330"/>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="335"/>
        <source>rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="335"/>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="339"/>
        <source>✔ Valid: %1 rules, the same as the rules in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="340"/>
        <source>✔ Valid: %1 rules; %2 rule(s) differ from the rules in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="345"/>
        <source>✖ %1 — fix it to save (CONTRACTS.md §4 rule format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="352"/>
        <source>Your role may not save alarm rules (rules.edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="353"/>
        <source>The rules are not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="354"/>
        <source>Nothing changed against the rules in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="355"/>
        <source>Field &apos;comment&apos;: say why the rules change (kept in the audit chain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="356"/>
        <source>Saves a new version; the live pipeline switches to it at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="395"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="402"/>
        <source>Saved as version %1 (audited). The live pipeline switches to it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="408"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="419"/>
        <source>Version %1 saved again as version %2 (audited). The live pipeline switches to it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="426"/>
        <source>Not reverted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::ShiftKindsPanel</name>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="31"/>
        <source>Shift kinds (the shift roster names them by code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="32"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="32"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="32"/>
        <source>Chinese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="32"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="32"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="45"/>
        <source>code, e.g. DAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="46"/>
        <source>name, e.g. Day shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="47"/>
        <source>Chinese name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="48"/>
        <source>start HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="49"/>
        <source>end HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="50"/>
        <source>Before the start: the shift runs overnight; 24:00 is midnight at the end of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="51"/>
        <source>Define shift kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="76"/>
        <source>Needs the permission to register contractors (contractor.edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="107"/>
        <source>Shift kind %1 (%2–%3) defined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="117"/>
        <source>Not defined: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::ShiftsDialog</name>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="128"/>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="130"/>
        <source>A shift roster names these shifts; a worker is admitted on the days a shift is assigned to them. Times are site time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="136"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::SitePlanView</name>
    <message>
        <location filename="../../src/modules/site/ui/SitePlanView.cpp" line="62"/>
        <source>No site layout yet.
Import the site layout (guardlinectl site import FILE.json) or load the demo plant (guardline --demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/site/ui/SitePlanView.cpp" line="194"/>
        <source>%n permit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/site/ui/SitePlanView.cpp" line="203"/>
        <source>Site plan — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/site/ui/SitePlanView.cpp" line="205"/>
        <source>Major risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/site/ui/SitePlanView.cpp" line="205"/>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/site/ui/SitePlanView.cpp" line="206"/>
        <source>Moderate risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/site/ui/SitePlanView.cpp" line="206"/>
        <source>Low risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::SuspendDialog</name>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="173"/>
        <source>Lift the suspension of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="173"/>
        <source>Suspend %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="175"/>
        <source>%1 is suspended. Lifting the suspension admits it again when its documents are in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="176"/>
        <source>A suspended contractor is not admitted whatever its documents: its workers are refused on permits and at the gates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="183"/>
        <source>why (kept in the audit chain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="183"/>
        <source>why (required; shown as the reason it is not admitted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="188"/>
        <source>Lift suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="188"/>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="190"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="200"/>
        <source>Give the reason for the suspension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="215"/>
        <source>Suspension of %1 lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="215"/>
        <source>%1 suspended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::TableModel</name>
    <message>
        <location filename="../../src/shell/TableModel.cpp" line="214"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/TableModel.cpp" line="214"/>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/TableModel.cpp" line="248"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::TagChartWindow</name>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="82"/>
        <source>Chart — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="87"/>
        <source>15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="87"/>
        <source>1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="87"/>
        <source>8 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="87"/>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="88"/>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="94"/>
        <source>Raw samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="95"/>
        <source>Minute min / avg / max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="96"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="97"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="99"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="108"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="153"/>
        <source>The chart cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="182"/>
        <source>Site time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="187"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="236"/>
        <source>Good samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="252"/>
        <source>Min – max per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="272"/>
        <source>Average per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="309"/>
        <source>Bad data (not used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="332"/>
        <source>%1 minutes with data, %2 bad samples (red, never averaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="333"/>
        <source>%1 good samples, %2 bad (red, not plotted as values).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="335"/>
        <source>No alarm rule on this tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="335"/>
        <source>Alarm thresholds: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="336"/>
        <source>Too many raw samples or older data: minute aggregates shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::TaskInboxPanel</name>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="28"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="28"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="28"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="29"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="29"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="30"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="31"/>
        <source>Mark &amp;read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="45"/>
        <source>A notification leaves the inbox once read; a task leaves it when it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="73"/>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="84"/>
        <source>My tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="84"/>
        <source>My tasks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="106"/>
        <source>Dispatch order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="106"/>
        <source>Escalated order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="107"/>
        <source>Re-inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="107"/>
        <source>Permit sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="108"/>
        <source>Contractor documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="108"/>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="110"/>
        <source>Skipped procedure step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="110"/>
        <source>Alarm notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="117"/>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="117"/>
        <source>Notification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="124"/>
        <source>Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="125"/>
        <source>%n task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="125"/>
        <source>, %n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gl::ui::TelemetryPanel</name>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="59"/>
        <source>unacknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="61"/>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="63"/>
        <source>returned (unacknowledged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="65"/>
        <source>shelved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="67"/>
        <source>cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="76"/>
        <source>Telemetry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="112"/>
        <source>Telemetry: waiting for the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="114"/>
        <source>Site service: waiting for the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="122"/>
        <source>Alarm rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="123"/>
        <source>Duty roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="135"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="135"/>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="164"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="135"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="135"/>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="156"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="135"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="135"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="139"/>
        <source>Acknowledge (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="141"/>
        <source>Shelving reason (required), e.g. detector under calibration, WO number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="144"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="144"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="146"/>
        <source>Shelve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="147"/>
        <source>Unshelve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="154"/>
        <source>Alarms (ISA-18.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="156"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="156"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="156"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="156"/>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="156"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="158"/>
        <source>Live values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="159"/>
        <source>Double-click a tag to open its chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="164"/>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="164"/>
        <source>Counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="164"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="166"/>
        <source>Connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="216"/>
        <source>The demo&apos;s site service is run by a guardline-server already: showing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="241"/>
        <source>The demo&apos;s site service did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="256"/>
        <source>Check-in intake listening on port %1 (POST /api/v1/checkins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="261"/>
        <source>Telemetry: starting the demo&apos;s site service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="295"/>
        <source>NO SITE SERVICE RUNNING: last heartbeat from %1 %2 s ago. No gas alarm is raised and no instruction is sent until guardline-server runs (docs/OPERATIONS.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="298"/>
        <source>NO SITE SERVICE RUNNING: no alarm is raised and no instruction is sent until guardline-server runs for this store (docs/OPERATIONS.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="303"/>
        <source>⚠ No site service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="307"/>
        <source>Telemetry: no live data (no site service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="310"/>
        <source>Connectors: no site service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="313"/>
        <source>last sample %1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="314"/>
        <source>no sample yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="315"/>
        <source>embedded demo service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="315"/>
        <source>guardline-server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="316"/>
        <source>Site service: %1 active on %2 (pid %3) since %4 · heartbeat %5 s ago · %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="321"/>
        <source>Site service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="424"/>
        <source>ALARM FLOOD at %1: %2 alarms in the last %3 minutes (ISA-18.2 limit: %4 per operator position). %5 low/medium-priority alarms are suppressed; critical and high stay visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="426"/>
        <source>the whole site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="498"/>
        <source>Rules v%1 (%2 rules) · %3 samples · %4 bad · %5 unknown tags · %6 late · %7 outside the time window · %8 stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="463"/>
        <source>Shelving needs a reason (ISA-18.2): say why and until when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="475"/>
        <source>Alarm %1 shelved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="511"/>
        <source>▲ BAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="511"/>
        <source>◆ stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="511"/>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="513"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="530"/>
        <source>Connectors: none configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="530"/>
        <source>Connectors: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::TicketPreview</name>
    <message>
        <location filename="../../src/modules/permits/ui/TicketPreview.cpp" line="32"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/TicketPreview.cpp" line="32"/>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/TicketPreview.cpp" line="35"/>
        <location filename="../../src/modules/permits/ui/TicketPreview.cpp" line="137"/>
        <source>Work ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/TicketPreview.cpp" line="43"/>
        <source>Issuing the ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/TicketPreview.cpp" line="48"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/TicketPreview.cpp" line="62"/>
        <source>No store is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/permits/ui/TicketPreview.cpp" line="83"/>
        <source>Ticket of permit %1 issued: %n page(s), SHA-256 %2 (in its QR code; the audit chain records it).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/TicketPreview.cpp" line="86"/>
        <source>The ticket could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/TicketPreview.cpp" line="91"/>
        <source>No ticket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/TicketPreview.cpp" line="127"/>
        <source>%1: cannot write the ticket: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/TicketPreview.cpp" line="130"/>
        <source>Ticket saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/TicketPreview.cpp" line="141"/>
        <source>Ticket sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/TicketPreview.cpp" line="141"/>
        <source>The ticket could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/TicketPreview.cpp" line="146"/>
        <source>Save the work ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/TicketPreview.cpp" line="146"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::UserDialog</name>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="274"/>
        <source>at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="276"/>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="281"/>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="284"/>
        <source>e.g. li.wei: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="287"/>
        <source>e.g. 李伟 Li Wei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="291"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="292"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="293"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="294"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="295"/>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="298"/>
        <source>Change the role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="302"/>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="309"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="303"/>
        <source>Current role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="304"/>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="305"/>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="308"/>
        <source>New password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="310"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="311"/>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="314"/>
        <source>Disable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="317"/>
        <source>Disable the account &lt;b&gt;%1&lt;/b&gt; (%2, %3)? It can no longer sign in anywhere, and a session it has open now is refused at its next change. Its name stays in the history; you can enable it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="321"/>
        <source>This is your own account: after this you cannot change anything here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="324"/>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="331"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="357"/>
        <source>Type the new password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="359"/>
        <source>The password is too short: at least %1 characters (typed: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="361"/>
        <source>The two passwords differ: type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="371"/>
        <source>Give the user name the person signs in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="380"/>
        <source>Storing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="391"/>
        <source>%1 added as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="396"/>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="400"/>
        <source>New password set for %1: tell it to them in person; they sign in with it from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="404"/>
        <source>%1 is disabled: refused everywhere from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="414"/>
        <source>Not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::UsersAdminPanel</name>
    <message>
        <location filename="../../src/shell/RoleTitle.cpp" line="12"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RoleTitle.cpp" line="13"/>
        <source>Dispatcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RoleTitle.cpp" line="14"/>
        <source>EHS manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RoleTitle.cpp" line="15"/>
        <source>Safety officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RoleTitle.cpp" line="16"/>
        <source>Area supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RoleTitle.cpp" line="17"/>
        <source>Contractor coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RoleTitle.cpp" line="18"/>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/RoleTitle.cpp" line="21"/>
        <source>Unknown role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="50"/>
        <source>&amp;Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="54"/>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="57"/>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="63"/>
        <source>Add users, disable or enable them, change their role, reset a password (all audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="64"/>
        <source>Only an administrator manages users (permission user.manage); you are signed in as %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="94"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="94"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="94"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="94"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="95"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="95"/>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="208"/>
        <source>&amp;Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="96"/>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="96"/>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="97"/>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="100"/>
        <source>Users — Guardline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="115"/>
        <source>Every change here is stored in the audit chain under your name. A disabled account cannot sign in anywhere (app, guardlinectl, site service) and keeps its name in the history; a session it still has open is refused at its next change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="131"/>
        <source>A new account with its role and first password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="132"/>
        <source>What the account may do; the last enabled administrator keeps the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="133"/>
        <source>A new password for the account (at least %1 characters); failed sign-ins are forgiven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="150"/>
        <source>Could not read the users: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="163"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="163"/>
        <source>no — disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="208"/>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="209"/>
        <source>Select a user first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="209"/>
        <source>Disable %1: refused everywhere at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="210"/>
        <source>Enable %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="217"/>
        <source>Select a user first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="241"/>
        <source>Enabling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="244"/>
        <source>%1 is enabled again and can sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="246"/>
        <source>%1 not enabled: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::VtkMapFeeder</name>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="40"/>
        <source>Fly to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="47"/>
        <source>Hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="48"/>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="69"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="49"/>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="70"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="50"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="51"/>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="72"/>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="88"/>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="110"/>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="133"/>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="152"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="52"/>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="111"/>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="53"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="54"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="55"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="55"/>
        <source> — OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="56"/>
        <source>Open hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="67"/>
        <source>Permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="68"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="71"/>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="121"/>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="73"/>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="74"/>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="75"/>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="134"/>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="75"/>
        <source>%1 – %2 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="76"/>
        <source>Conflicts at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="76"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="77"/>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="100"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="78"/>
        <source>Open permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="87"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="89"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="89"/>
        <source>%1, %2, %3 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="90"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="90"/>
        <source>yaw %1°, pitch %2°, field of view %3°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="91"/>
        <source>Open camera feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="106"/>
        <source>Sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="107"/>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="132"/>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="154"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="108"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="109"/>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="109"/>
        <source>%1 – %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="112"/>
        <source>Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="113"/>
        <source>Open sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="113"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="115"/>
        <source>Open equipment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="121"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="121"/>
        <source>On site since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="122"/>
        <source>Open person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="131"/>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="134"/>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="136"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="137"/>
        <source>Open area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="143"/>
        <source>red — major 重大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="144"/>
        <source>orange — large 较大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="145"/>
        <source>yellow — general 一般</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="146"/>
        <source>blue — low 低</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="153"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="155"/>
        <source>Open hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="156"/>
        <source>Active permits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="157"/>
        <source>Open area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="98"/>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="99"/>
        <source>Plan view from above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="102"/>
        <source>Iso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="103"/>
        <source>Isometric 3D view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="106"/>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="108"/>
        <source>Keep the camera on the area of the newest unacknowledged alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="117"/>
        <source>Structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="117"/>
        <source>Risk areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="118"/>
        <source>Hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="118"/>
        <source>Permits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="119"/>
        <source>Cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="119"/>
        <source>Sensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="120"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="126"/>
        <source>Show or hide the %1 layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="139"/>
        <source>Find a code on the map… (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="140"/>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="259"/>
        <source>Area, structure, equipment, sensor tag, camera, hazard, permit or person: Enter flies to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="179"/>
        <source>Area %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="180"/>
        <source>Push instruction here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="182"/>
        <source>Raise alarm here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="186"/>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="187"/>
        <source>Only a role with the permission dispatch.manage (a dispatcher) pushes instructions and raises alarms; you are signed in as %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="201"/>
        <source>Instruction to area %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="210"/>
        <source>Manual alarm in area %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="212"/>
        <source>Alarm %1 raised in area %2 from the map: order %3 opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="255"/>
        <source>Nothing on the map has the code %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::WorkerDialog</name>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="38"/>
        <source>Add a worker of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="42"/>
        <source>the worker&apos;s code on this site, e.g. W-100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="48"/>
        <source>18 characters, GB 11643</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="54"/>
        <source>e.g. welder, rigger (empty: worker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="57"/>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="58"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="59"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="60"/>
        <source>Resident ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="62"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="63"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="67"/>
        <source>Add worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="70"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="86"/>
        <source>Code and name are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="90"/>
        <source>Not saved: the ID number is not valid (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="102"/>
        <source>Worker %1 added to %2. Certify, brief and whitelist the worker before work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="108"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="120"/>
        <source>Required: the resident identity card number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="125"/>
        <source>✓ Valid ID number (GB 11643), born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="127"/>
        <source>✕ Not a valid ID number: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::WorkerEditDialog</name>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="136"/>
        <source>Edit worker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="144"/>
        <source>18 characters, GB 11643</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="152"/>
        <source>Has left the site (kept on record, refused on permits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="159"/>
        <source>why, e.g. contract ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="160"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="161"/>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="162"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="163"/>
        <source>Resident ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="165"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="166"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="168"/>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="169"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="173"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="177"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="226"/>
        <source>Required: the resident identity card number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="231"/>
        <source>✓ Valid ID number (GB 11643), born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="233"/>
        <source>✕ Not a valid ID number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="241"/>
        <source>Name and job are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="245"/>
        <source>Not saved: the ID number is not valid (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="271"/>
        <source>Worker %1 saved: left on %2, refused on permits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="272"/>
        <source>Worker %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="278"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::WorkerRecordsDialog</name>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="288"/>
        <source>Records of worker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="291"/>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="296"/>
        <source>Hot work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="296"/>
        <source>Electrical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="297"/>
        <source>Work at height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="297"/>
        <source>Lifting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="298"/>
        <source>Confined space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="298"/>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="307"/>
        <source>Add certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="309"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="310"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="311"/>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="315"/>
        <source>Site safety briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="320"/>
        <source>Record briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="322"/>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="326"/>
        <source>Portrait for the face check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="331"/>
        <source>a JPEG or PNG photo with exactly one frontal face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="332"/>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="332"/>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="337"/>
        <source>Put portrait on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="346"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="356"/>
        <source>The certificate kind must be a lower-case key, e.g. hot_work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="360"/>
        <source>The certificate number is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="369"/>
        <source>Certificate %1 %2 valid until %3 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="375"/>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="393"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="388"/>
        <source>Site safety briefing on %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="400"/>
        <source>Choose the portrait photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="404"/>
        <source>Checking %1 for one frontal face…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="410"/>
        <source>Portrait %1 on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="415"/>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
