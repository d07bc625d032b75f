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
        <location filename="../../src/widgets/Panels.cpp" line="121"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="121"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="121"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="122"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="122"/>
        <source>Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="122"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="123"/>
        <source>Acknowledge (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/widgets/Panels.cpp" line="149"/>
        <source>%n alarm(s) waiting for acknowledgement</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="149"/>
        <source>No unacknowledged alarms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::CameraTile</name>
    <message>
        <location filename="../../src/widgets/CameraTile.cpp" line="69"/>
        <source>LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraTile.cpp" line="73"/>
        <source>STALLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraTile.cpp" line="78"/>
        <location filename="../../src/widgets/CameraTile.cpp" line="99"/>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraTile.cpp" line="82"/>
        <source>OFFLINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraTile.cpp" line="99"/>
        <source>no signal — retrying</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::CameraWall</name>
    <message numerus="yes">
        <location filename="../../src/widgets/Panels.cpp" line="249"/>
        <source>%n camera(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="251"/>
        <source>Wall layout:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::DispatchBoard</name>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="172"/>
        <source>Acknowledge instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="182"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="182"/>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="182"/>
        <source>Responding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="182"/>
        <source>Resolved / confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="210"/>
        <source>INSTRUCTION to %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="211"/>
        <source>acknowledgement OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="211"/>
        <source>acknowledge now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="214"/>
        <source>No instruction waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="235"/>
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
        <location filename="../../src/widgets/MainWindow.cpp" line="26"/>
        <source>Guardline — safety command center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="34"/>
        <source>Site plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="43"/>
        <source>Store: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="44"/>
        <source>Connectors: none configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="62"/>
        <location filename="../../src/widgets/MainWindow.cpp" line="149"/>
        <source>Store: ● online (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="62"/>
        <source>Store: ● OFFLINE — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="93"/>
        <source>Camera wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="94"/>
        <source>Alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="95"/>
        <source>Dispatch board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="96"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="106"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="107"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="110"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="114"/>
        <source>&amp;Search records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="120"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="125"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="125"/>
        <source>The language changes the next time Guardline starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="145"/>
        <source>DEMO — signed in as %1 (%2), no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="145"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="148"/>
        <source>Guardline — DEMO PLANT — safety command center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="164"/>
        <source>Open hazards %1 (overdue %2) · Active permits %3 · Unacknowledged alarms %4 · Open orders %5 · Contractors with expired documents %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="177"/>
        <source>Selected %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::RecordsPanel</name>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="68"/>
        <location filename="../../src/widgets/Panels.cpp" line="79"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="68"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="68"/>
        <source>Name (EN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="69"/>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="69"/>
        <location filename="../../src/widgets/Panels.cpp" line="73"/>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="69"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="70"/>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="70"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="71"/>
        <source>Permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="71"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="71"/>
        <location filename="../../src/widgets/Panels.cpp" line="75"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="72"/>
        <location filename="../../src/widgets/Panels.cpp" line="75"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="72"/>
        <location filename="../../src/widgets/Panels.cpp" line="76"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="72"/>
        <location filename="../../src/widgets/Panels.cpp" line="80"/>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="73"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="73"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="74"/>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="75"/>
        <source>Hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="76"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="76"/>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="77"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="77"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="78"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="78"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="79"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="79"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="80"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="80"/>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="81"/>
        <source>Site briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="81"/>
        <source>Whitelisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="82"/>
        <source>Contractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="82"/>
        <source>Permits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="83"/>
        <source>Hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="83"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="85"/>
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
