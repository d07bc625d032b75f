<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Label</name>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="33"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="34"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="35"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="36"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="37"/>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="38"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="39"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="40"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="41"/>
        <source>Expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="42"/>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="43"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="44"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="45"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="46"/>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="47"/>
        <source>Rectifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="48"/>
        <source>Pending verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="49"/>
        <source>Re-inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="50"/>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="51"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="52"/>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="53"/>
        <source>Hot work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="54"/>
        <source>Confined space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="55"/>
        <source>Blind plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="56"/>
        <source>Work at height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="57"/>
        <source>Lifting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="58"/>
        <source>Temporary power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="59"/>
        <source>Excavation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="60"/>
        <source>Road closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="61"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="62"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="63"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="64"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="65"/>
        <source>Unacknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="66"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="67"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="68"/>
        <source>Cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="69"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="70"/>
        <source>Responding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="71"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="72"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="73"/>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="74"/>
        <source>Contractor worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="75"/>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="76"/>
        <source>In-house</source>
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
        <location filename="../../src/widgets/Application.cpp" line="143"/>
        <source>Guardline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::AlarmPanel</name>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="110"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="110"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="110"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="111"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="111"/>
        <source>Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="111"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="112"/>
        <source>Acknowledge (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/widgets/Panels.cpp" line="138"/>
        <source>%n alarm(s) waiting for acknowledgement</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="138"/>
        <source>No unacknowledged alarms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::CameraWall</name>
    <message numerus="yes">
        <location filename="../../src/widgets/Panels.cpp" line="238"/>
        <source>%n camera(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="240"/>
        <source>Wall layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="276"/>
        <source>● offline — no stream connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::DispatchBoard</name>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="161"/>
        <source>Acknowledge instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="171"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="171"/>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="171"/>
        <source>Responding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="171"/>
        <source>Resolved / confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="199"/>
        <source>INSTRUCTION to %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="200"/>
        <source>acknowledgement OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="200"/>
        <source>acknowledge now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="203"/>
        <source>No instruction waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="224"/>
        <source>OVERDUE since %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::LoginDialog</name>
    <message>
        <location filename="../../src/widgets/LoginDialog.cpp" line="13"/>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::MainWindow</name>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="25"/>
        <source>Guardline — safety command center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="33"/>
        <source>Store: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="34"/>
        <source>Connectors: none configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="52"/>
        <location filename="../../src/widgets/MainWindow.cpp" line="137"/>
        <source>Store: ● online (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="52"/>
        <source>Store: ● OFFLINE — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="82"/>
        <source>Camera wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="83"/>
        <source>Alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="84"/>
        <source>Dispatch board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="85"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="95"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="96"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="99"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="103"/>
        <source>&amp;Search records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="109"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="114"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="114"/>
        <source>The language changes the next time Guardline starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="133"/>
        <source>DEMO — signed in as %1 (%2), no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="133"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="136"/>
        <source>Guardline — DEMO PLANT — safety command center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="150"/>
        <source>Open hazards %1 (overdue %2) · Active permits %3 · Unacknowledged alarms %4 · Open orders %5 · Contractors with expired documents %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::RecordsPanel</name>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="65"/>
        <location filename="../../src/widgets/Panels.cpp" line="76"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="65"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="65"/>
        <source>Name (EN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="66"/>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="66"/>
        <location filename="../../src/widgets/Panels.cpp" line="70"/>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="66"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="67"/>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="67"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="68"/>
        <source>Permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="68"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="68"/>
        <location filename="../../src/widgets/Panels.cpp" line="72"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="69"/>
        <location filename="../../src/widgets/Panels.cpp" line="72"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="69"/>
        <location filename="../../src/widgets/Panels.cpp" line="73"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="69"/>
        <location filename="../../src/widgets/Panels.cpp" line="77"/>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="70"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="70"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="71"/>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="72"/>
        <source>Hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="73"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="73"/>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="74"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="74"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="75"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="75"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="76"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="76"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="77"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="77"/>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="78"/>
        <source>Site briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="78"/>
        <source>Whitelisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="79"/>
        <source>Contractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="79"/>
        <source>Permits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="80"/>
        <source>Hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="80"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="82"/>
        <source>Search %1 (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::SitePlanView</name>
    <message>
        <location filename="../../src/widgets/SitePlanView.cpp" line="55"/>
        <source>No site layout yet.
Import a site layout or load the demo plant (guardline --demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/widgets/SitePlanView.cpp" line="197"/>
        <source>%n permit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/widgets/SitePlanView.cpp" line="206"/>
        <source>Site plan — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/SitePlanView.cpp" line="208"/>
        <source>Major risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/SitePlanView.cpp" line="208"/>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/SitePlanView.cpp" line="209"/>
        <source>Moderate risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/SitePlanView.cpp" line="209"/>
        <source>Low risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::TableModel</name>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="100"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="100"/>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="129"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
