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
        <location filename="../../src/widgets/Application.cpp" line="145"/>
        <source>Guardline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CsvExport.cpp" line="49"/>
        <location filename="../../src/widgets/CsvExport.cpp" line="69"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CsvExport.cpp" line="49"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CsvExport.cpp" line="70"/>
        <source>%1 was not written: %2. Choose another folder or free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/widgets/CsvExport.cpp" line="74"/>
        <source>%n row(s) exported to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/widgets/CsvExport.cpp" line="82"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CsvExport.cpp" line="84"/>
        <source>Save the rows shown (sorted and filtered) with the visible columns as CSV for Excel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::map::MapDetailsPanel</name>
    <message>
        <location filename="../../src/map/MapDetailsPanel.cpp" line="28"/>
        <source>Close the details (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::map::MapTimeSlider</name>
    <message>
        <location filename="../../src/map/MapTimeSlider.cpp" line="22"/>
        <source>Permits active at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/map/MapTimeSlider.cpp" line="25"/>
        <source>Drag to see the permits active at another time (site-local time); Now returns to the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/map/MapTimeSlider.cpp" line="30"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/map/MapTimeSlider.cpp" line="32"/>
        <source>Show the permits active now, following the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/map/MapTimeSlider.cpp" line="104"/>
        <source>%1 · now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::map::PlantMapView</name>
    <message>
        <location filename="../../src/map/MapPicking.cpp" line="226"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/map/MapPicking.cpp" line="231"/>
        <source>Hazard %1 · %2 · %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/map/MapPicking.cpp" line="232"/>
        <source> · OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/map/MapPicking.cpp" line="257"/>
        <source>%n hazards here (%1 major, %2 overdue) — click to zoom in</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/map/PlantMapView.cpp" line="188"/>
        <source>&lt;b&gt;Risk&lt;/b&gt; &lt;span style=&apos;color:#d32f2f&apos;&gt;&amp;#9632;&lt;/span&gt; major 重大 &lt;span style=&apos;color:#f57c00&apos;&gt;&amp;#9632;&lt;/span&gt; large 较大 &lt;span style=&apos;color:#fbc02d&apos;&gt;&amp;#9632;&lt;/span&gt; general 一般 &lt;span style=&apos;color:#1976d2&apos;&gt;&amp;#9632;&lt;/span&gt; low 低&lt;br&gt;&lt;b&gt;Hazards&lt;/b&gt; &lt;span style=&apos;color:#e53935&apos;&gt;&amp;#9632;&lt;/span&gt; major &lt;span style=&apos;color:#fb8c00&apos;&gt;&amp;#9642;&lt;/span&gt; general &lt;span style=&apos;color:#43a047&apos;&gt;&amp;#9642;&lt;/span&gt; closed (overdue pulse) &lt;span style=&apos;color:#fb8c00&apos;&gt;&amp;#9679;&lt;/span&gt; cluster (count; red if any major) &amp;nbsp; &lt;b&gt;People&lt;/b&gt; &lt;span style=&apos;color:#eceff1&apos;&gt;&amp;#9642;&lt;/span&gt; on site &amp;nbsp; &lt;b&gt;Permits&lt;/b&gt; &lt;span style=&apos;color:#ff1744&apos;&gt;&amp;#9633;&lt;/span&gt; conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::AlarmPanel</name>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="134"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="134"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="134"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="135"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="135"/>
        <source>Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="135"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="136"/>
        <source>Acknowledge (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/widgets/Panels.cpp" line="165"/>
        <source>%n alarm(s) waiting for acknowledgement</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="165"/>
        <source>No unacknowledged alarms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::CameraRegistryWindow</name>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="40"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="41"/>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="260"/>
        <source>Remove camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="41"/>
        <source>Clear credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="48"/>
        <source>Camera registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="51"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="51"/>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="71"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="51"/>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="72"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="51"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="51"/>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="83"/>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="58"/>
        <source>rtsp://, rtsps://, http(s):// or file:// (drills). User and password typed into the URL are moved into the encrypted credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="60"/>
        <source>user (write-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="62"/>
        <source>password (write-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="63"/>
        <source>Areas this camera films (its own area always counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="70"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="73"/>
        <source>Stream URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="77"/>
        <source>Position x / y / z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="81"/>
        <source>Yaw / pitch / FOV / range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="82"/>
        <source>Covered areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="84"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="85"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="87"/>
        <source>New camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="159"/>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="159"/>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="195"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="194"/>
        <source>set (encrypted; type a new user and password to replace them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="248"/>
        <source>Camera %1 saved (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="261"/>
        <source>Remove camera %1 from the registry? Evidence it took is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="267"/>
        <source>Camera %1 removed (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="282"/>
        <source>Credentials of %1 cleared (audited).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::CameraTile</name>
    <message>
        <location filename="../../src/widgets/CameraTile.cpp" line="146"/>
        <source>Save evidence snapshot (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraTile.cpp" line="147"/>
        <source>Full view / back (double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraTile.cpp" line="148"/>
        <source>Remove from the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraTile.cpp" line="184"/>
        <source>Drag a camera here from the list or the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraTile.cpp" line="200"/>
        <source>LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraTile.cpp" line="204"/>
        <source>STALLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraTile.cpp" line="209"/>
        <location filename="../../src/widgets/CameraTile.cpp" line="250"/>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraTile.cpp" line="213"/>
        <source>OFFLINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraTile.cpp" line="218"/>
        <source>DRILL</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/widgets/CameraTile.cpp" line="233"/>
        <source>%1×%2 · %3 fps · %4 Mb/s · %5 ms · %n dropped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraTile.cpp" line="250"/>
        <source>no signal — retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraTile.cpp" line="258"/>
        <source>特级 hot work %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraTile.cpp" line="258"/>
        <source>⚠ 特级 hot work %1 NOT FILMED</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::CameraWall</name>
    <message numerus="yes">
        <location filename="../../src/widgets/CameraWall.cpp" line="93"/>
        <source>%n camera(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="97"/>
        <source>My wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="98"/>
        <source>Active 特级 hot work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="99"/>
        <source>Snapshot (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="100"/>
        <source>Save a full-resolution evidence still of the selected camera, with time and camera burned in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="101"/>
        <source>Cameras…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="103"/>
        <source>Camera registry: add, edit and remove cameras, set their credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="104"/>
        <source>Wall layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="121"/>
        <source>Drag a camera onto a tile; double-click to open it in full view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="203"/>
        <source>%1 — area %2; drag onto the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="206"/>
        <source>No cameras yet: import a site layout or add cameras (Cameras…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/widgets/CameraWall.cpp" line="225"/>
        <source>Active 特级 hot work (%n camera(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="272"/>
        <source>⚠ 特级 hot work %1: camera %2 is not live — the work must be filmed start to finish. Restore the feed or stop the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/widgets/CameraWall.cpp" line="276"/>
        <source>特级 hot work %1 filmed by %n camera(s) (preset “Active 特级 hot work”)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="411"/>
        <source>Camera %1 is not in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="485"/>
        <source>Select a camera tile first (click it), then press F9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="489"/>
        <source>Camera %1 is not live: no snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="493"/>
        <source>Saving an evidence snapshot of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="521"/>
        <source>No store is open: the snapshot was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="530"/>
        <source>Evidence #%1 of %2 saved (SHA-256 %3…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="533"/>
        <source>The snapshot was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="544"/>
        <source>Evidence #%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="549"/>
        <source>%1 · %2×%3 · SHA-256 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="553"/>
        <source>Hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="554"/>
        <source>Permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="559"/>
        <source>Attach to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="560"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="561"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="567"/>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="600"/>
        <source>Attached to %1 %2 (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="619"/>
        <source>Demo drill feeds need ffmpeg (scripts/deps.sh installs it); the demo cameras stay offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/widgets/CameraWall.cpp" line="666"/>
        <source>Demo: %n camera(s) now play drill clips (file://, marked DRILL)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gl::ui::ContractorPanel</name>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="77"/>
        <source>Business licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="79"/>
        <source>Qualification certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="81"/>
        <source>Work-injury insurance (6 months paid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="83"/>
        <source>Signed HSE agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="90"/>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="113"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="113"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="113"/>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="113"/>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="113"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="126"/>
        <source>Select a contractor to see its documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="128"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="128"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="128"/>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="152"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="128"/>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="154"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="128"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="128"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="128"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="149"/>
        <source>Upload PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="150"/>
        <source>Checked as a real, unencrypted PDF within the size limit, stored with its SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="172"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="172"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="172"/>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="197"/>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="174"/>
        <source>Coordinator tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="178"/>
        <source>Whitelist CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="179"/>
        <source>Apply import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="181"/>
        <source>Import the good rows despite malformed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="189"/>
        <source>Choose the access-control system&apos;s whitelist export (CSV: worker,contractor,card,valid_until). The differences since the last import are shown here before anything changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="192"/>
        <source>Whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="197"/>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="197"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="197"/>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="199"/>
        <source>Verify credit codes with the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="202"/>
        <source>On site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="256"/>
        <source>No contractors yet: register one with guardlinectl or import the demo plant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="279"/>
        <source>Check-in intake listening on port %1 (POST /api/v1/checkins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="331"/>
        <source>Documents of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/widgets/ContractorPanel.cpp" line="332"/>
        <source>Documents of %1 — %n required document(s) MISSING</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/widgets/ContractorPanel.cpp" line="368"/>
        <source>Showing %1 (%n page(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="377"/>
        <source>Select the contractor the document belongs to first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="380"/>
        <source>Contractor document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="380"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="385"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="398"/>
        <source>%1 stored and verified as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="402"/>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="481"/>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="407"/>
        <source>Access-control whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="407"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="429"/>
        <source>%1: %2 good rows. Since the last import: %3 added, %4 removed, %5 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="442"/>
        <source>MALFORMED %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="446"/>
        <source>Import the %1 good rows despite %2 malformed row(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="471"/>
        <source>Whitelist imported: %1 rows (%2 added, %3 removed, %4 changed, %5 skipped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="510"/>
        <source>Registry verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/widgets/ContractorPanel.cpp" line="511"/>
        <source>Registry verification done for %n contractor(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gl::ui::DashboardPanel</name>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="74"/>
        <source>LTI-free days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="75"/>
        <source>TRIR (12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="76"/>
        <source>LTIFR (12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="77"/>
        <source>Hours worked (12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="78"/>
        <source>Training current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="79"/>
        <source>Overdue hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="130"/>
        <source>The dashboards cannot be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="151"/>
        <source>last LTI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="151"/>
        <source>no LTI on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="153"/>
        <source>%1 recordable × 200,000 h / hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="154"/>
        <source>%1 LTI × 1,000,000 h / hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="156"/>
        <source>h, from the monthly records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="158"/>
        <source>%1 of %2 people hold valid training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="162"/>
        <source>open hazards past their deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="179"/>
        <source>Hazards per week: reported, closed, closure rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="181"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="182"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="195"/>
        <source>Closure rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="217"/>
        <source>Overdue hazards by days past deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="219"/>
        <source>Open hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="229"/>
        <source>1–7 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="229"/>
        <source>8–30 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="229"/>
        <source>31–90 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="229"/>
        <source>&gt; 90 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="234"/>
        <source>Interruption time T by area (weekly mean, s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="239"/>
        <source>week (0 = %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="261"/>
        <source>Permits per month by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="279"/>
        <source>Leading indicators per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="281"/>
        <source>Hazards reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="282"/>
        <source>Near misses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="299"/>
        <source>Recordable injuries and LTIs per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="301"/>
        <source>Recordable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="302"/>
        <source>Lost time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="317"/>
        <source>TRIR = recordable injuries × 200,000 / hours worked; LTIFR = lost-time injuries × 1,000,000 / hours worked (rolling 12 months, hours from the monthly records). Closure rate: share of the week&apos;s reported hazards closed by now. Site time zone %1, as of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::DataWorker</name>
    <message>
        <location filename="../../src/widgets/DataWorker.cpp" line="122"/>
        <source>Scheduled duty failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/DataWorker.h" line="97"/>
        <source>No store is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::DispatchBoard</name>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="188"/>
        <source>Acknowledge instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="197"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="197"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="197"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="198"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="198"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="198"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="199"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="199"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="199"/>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="200"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="200"/>
        <source>Responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="201"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="204"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="216"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="216"/>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="216"/>
        <source>Responding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="216"/>
        <source>Resolved / confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="260"/>
        <source>%1 × %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="262"/>
        <source>⚠ Cross-work conflicts now (a named coordinator is required): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="276"/>
        <source>INSTRUCTION to %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="277"/>
        <source>acknowledgement OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="277"/>
        <source>acknowledge now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="280"/>
        <source>No instruction waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="304"/>
        <source>OVERDUE since %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::HazardPanel</name>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="79"/>
        <source>Panorama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="81"/>
        <source>Before (defect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="83"/>
        <location filename="../../src/widgets/HazardPanel.cpp" line="510"/>
        <source>Responsible person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="85"/>
        <source>After rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="87"/>
        <source>Re-inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="98"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="103"/>
        <location filename="../../src/widgets/HazardPanel.cpp" line="606"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="183"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="189"/>
        <source>All grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="190"/>
        <location filename="../../src/widgets/HazardPanel.cpp" line="382"/>
        <location filename="../../src/widgets/HazardPanel.cpp" line="541"/>
        <source>General (一般)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="191"/>
        <location filename="../../src/widgets/HazardPanel.cpp" line="382"/>
        <location filename="../../src/widgets/HazardPanel.cpp" line="542"/>
        <source>Major (重大)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="194"/>
        <location filename="../../src/widgets/HazardPanel.cpp" line="302"/>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="195"/>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="197"/>
        <source>Report hazard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="208"/>
        <source>Hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="208"/>
        <location filename="../../src/widgets/HazardPanel.cpp" line="544"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="208"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="209"/>
        <location filename="../../src/widgets/HazardPanel.cpp" line="509"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="209"/>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="209"/>
        <location filename="../../src/widgets/HazardPanel.cpp" line="591"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="210"/>
        <location filename="../../src/widgets/HazardPanel.cpp" line="507"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="222"/>
        <source>Select a hazard to see its photos and history. New hazards are reported with three photos: the panorama with the area sign, the defect close-up and the responsible person&apos;s face.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="244"/>
        <source>Grade / plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="244"/>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="244"/>
        <source>Start rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="245"/>
        <source>Submit after-photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="245"/>
        <source>Accept (close)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="245"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="246"/>
        <source>Re-inspect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="246"/>
        <source>Compare photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="385"/>
        <source>equipment %1 (QR %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="387"/>
        <source>OVERDUE — escalated as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="390"/>
        <source>Face check: the face photo does not match %1&apos;s portrait on file — review who is responsible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="393"/>
        <source>Face check: one frontal face; identity not verified (no portrait on file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="411"/>
        <source>%1
SHA-256 %2
file %3, %4x%5 %6
EXIF time %7
added by %8
%9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="413"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="419"/>
        <source>Reported %1 by %2 · assigned to %3 · deadline %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="423"/>
        <source>Major-hazard criteria: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="425"/>
        <source>Rectification plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="431"/>
        <source>Re-inspection task for %1, due %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="432"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="433"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="493"/>
        <source>Report a hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="500"/>
        <source>scan the equipment&apos;s QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="502"/>
        <source>area code (taken from the equipment when empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="504"/>
        <source>person code of the responsible person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="506"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="508"/>
        <source>Equipment QR id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="511"/>
        <source>Panorama with area sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="511"/>
        <source>Panorama with the area sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="512"/>
        <source>Defect close-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="512"/>
        <source>Defect close-up with a scale reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="513"/>
        <source>Responsible person&apos;s face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="513"/>
        <source>Frontal face photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="539"/>
        <source>Grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="582"/>
        <source>Assign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="584"/>
        <source>person code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="585"/>
        <source>Deadline by grade (site setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="589"/>
        <source>Rectified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="605"/>
        <source>Re-inspection photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="605"/>
        <source>After-photo from the same spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="616"/>
        <source>Re-inspection failed, the hazard is reopened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="626"/>
        <source>Rectification refused — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="676"/>
        <source>%1 — re-inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="679"/>
        <source>Re-inspection %1 (failing region in red)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="681"/>
        <source>As it should be: after-photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="683"/>
        <source>Change since the after-photo (red: changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="692"/>
        <source>%1 — rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="693"/>
        <source>%1 · scene similarity %2 · region change %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="695"/>
        <source>Before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="697"/>
        <source>After, aligned %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="699"/>
        <source>Change heat map (blue: same, red: changed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::HazardViewer</name>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="133"/>
        <source>Photo comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="167"/>
        <source>(not aligned: nothing to show)</source>
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
        <location filename="../../src/widgets/MainWindow.cpp" line="50"/>
        <source>Guardline — safety command center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="60"/>
        <source>Site plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="68"/>
        <source>Contractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="77"/>
        <source>Hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="94"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="103"/>
        <source>Store: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="104"/>
        <source>Connectors: none configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="121"/>
        <location filename="../../src/widgets/MainWindow.cpp" line="221"/>
        <source>Store: ● online (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="121"/>
        <source>Store: ● OFFLINE — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="154"/>
        <source>Camera wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="155"/>
        <source>Alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="156"/>
        <source>Dispatch board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="157"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="169"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="170"/>
        <source>Dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="176"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="177"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="180"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="184"/>
        <source>&amp;Search records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="190"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="195"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="195"/>
        <source>The language changes the next time Guardline starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="215"/>
        <source>DEMO — signed in as %1 (%2), no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="215"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="218"/>
        <source>Guardline — DEMO PLANT — safety command center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="236"/>
        <source>Open hazards %1 (overdue %2) · Active permits %3 · Unacknowledged alarms %4 · Open orders %5 · Contractors with expired documents %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="250"/>
        <source>Permit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="258"/>
        <source>Hazard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="266"/>
        <source>Camera %1 in full view on the camera wall (Esc: back to the grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="273"/>
        <source>Selected %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::PermitEditor</name>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="78"/>
        <source>Hot work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="79"/>
        <source>Confined space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="80"/>
        <source>Blind plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="81"/>
        <source>Work at height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="82"/>
        <source>Lifting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="83"/>
        <source>Temporary power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="84"/>
        <source>Excavation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="85"/>
        <source>Road closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="93"/>
        <source>Special</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="94"/>
        <source>Level 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="95"/>
        <source>Level 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="96"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="138"/>
        <source>e.g. HW-0201</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="144"/>
        <source>What is done, where (e.g. weld flange at P-101)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="148"/>
        <source>equipment code, optional (blind plate: the blind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="159"/>
        <source>x, y; x, y; x, y (site metres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="173"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="175"/>
        <source>Permit no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="176"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="177"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="178"/>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="179"/>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="180"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="181"/>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="182"/>
        <source>Start (site time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="183"/>
        <source>End (site time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="184"/>
        <source>Work area polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="185"/>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="186"/>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="187"/>
        <source>Cross-work coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="188"/>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="190"/>
        <source>Safety measures (GB 30871-2022)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="204"/>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="205"/>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="206"/>
        <source>Keeps the permit as a draft, even when it does not meet the rules yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="207"/>
        <source>Submitting is the applicant&apos;s signature: refused with the reasons while a rule fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="216"/>
        <source>Permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="226"/>
        <source>I am at the work site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="228"/>
        <source>where exactly (optional; the area otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="229"/>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="237"/>
        <source>&lt;b&gt;Sign-offs in the standard&apos;s order&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="241"/>
        <source>&lt;b&gt;Lifecycle&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="244"/>
        <source>Sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="267"/>
        <source>oxygen-enriched air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="269"/>
        <source>Sampled at (site time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="270"/>
        <source>Combustible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="271"/>
        <source>Oxygen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="272"/>
        <source>Toxic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="273"/>
        <source>Gas of concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="275"/>
        <location filename="../../src/widgets/PermitEditor.cpp" line="281"/>
        <source>Analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="279"/>
        <source>Record gas test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="281"/>
        <source>Sampled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="281"/>
        <source>Combustible % vol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="281"/>
        <source>O₂ %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="281"/>
        <source>Toxic ppm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="281"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="288"/>
        <source>Gas tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="302"/>
        <source>&lt;b&gt;Workers and certificates&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="304"/>
        <source>&lt;b&gt;Cameras&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="306"/>
        <source>&lt;b&gt;Conflicts with other work&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="312"/>
        <source>People, cameras, conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="361"/>
        <source>own crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="369"/>
        <location filename="../../src/widgets/PermitEditor.cpp" line="370"/>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="460"/>
        <source>Permit no.: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="462"/>
        <source>Work: describe what is done and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="464"/>
        <source>Area: choose the area of the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="468"/>
        <source>Work area polygon: at least three points &quot;x, y&quot; separated by &quot;;&quot;, edges not crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="470"/>
        <source>Height: the top is below the bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="472"/>
        <source>End: must be after the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="487"/>
        <source>Grade: raised from %1 to %2 (night, rest day or holiday, GB 30871-2022)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="490"/>
        <source>End: validity %1 h exceeds the %2 h limit of %3 %4 (GB 30871-2022)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="493"/>
        <source>Cameras: %1 %2 is approved only with a camera covering the work area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="496"/>
        <source>Guardian: a certified guardian is mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="498"/>
        <source>Guardian: the guardian cannot also be a worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/widgets/PermitEditor.cpp" line="503"/>
        <source>Safety measures: %n not confirmed (needed before approval)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="506"/>
        <source>Cannot be saved yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="508"/>
        <source>Before it can be submitted or approved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="513"/>
        <source>Permit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="513"/>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="514"/>
        <source>New permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="580"/>
        <source>Suspended (%1)%2: resuming needs a new passing gas test where the rules ask for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="581"/>
        <source> by alarm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="583"/>
        <source>The service reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="590"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="590"/>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="590"/>
        <source>On site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="590"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="590"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="596"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="596"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="600"/>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="609"/>
        <source>Sign as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="610"/>
        <source>Next: %1. Signed by %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="611"/>
        <source> at the work site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="612"/>
        <source>Next: %1, signed by %2 (you are %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="615"/>
        <source>Submit the permit to start the sign-offs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="627"/>
        <source>Start work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="628"/>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="629"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="630"/>
        <source>Close (work finished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="631"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="632"/>
        <source>Reject (back to draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="640"/>
        <source>Guardian left the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="650"/>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="650"/>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="661"/>
        <source>no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="662"/>
        <source>No worker named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="666"/>
        <source> · bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="666"/>
        <source> · no usable feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="667"/>
        <source>No camera covers the work area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="668"/>
        <source>No conflict with approved or active work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="675"/>
        <source>Refused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="754"/>
        <source>Analyst: name who took the sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="780"/>
        <source>The sample time is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="783"/>
        <source>Gas sample taken %1 min before start: GB 30871 allows %2 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="786"/>
        <source>Sample %1 min before start (within %2 min).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="788"/>
        <source>Resuming or logging: the sample must be no more than %1 min old when the work resumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="791"/>
        <source>%1: the gas is logged at least every %2 min while the work runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="794"/>
        <source>These values pass (combustible ≤ %1 % vol, O₂ %2–%3 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="795"/>
        <source>These values FAIL (combustible ≤ %1 % vol, O₂ %2–%3 %).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::PermitPanel</name>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="65"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="66"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="67"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="68"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="69"/>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="70"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="71"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="72"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="82"/>
        <source>New permit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="85"/>
        <source>Filter by code, type, area, contractor or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="116"/>
        <source>By state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="120"/>
        <source>Area / permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="120"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="120"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="120"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="120"/>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="120"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="120"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="121"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="127"/>
        <source>By area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="134"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="143"/>
        <source>Permits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="191"/>
        <source>Double-click to open the permit card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::PermitTimeline</name>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="295"/>
        <source>No permit between yesterday and the day after tomorrow. Create one with &quot;New permit…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::RecordTable</name>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="60"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::RecordsPanel</name>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="80"/>
        <location filename="../../src/widgets/Panels.cpp" line="91"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="80"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="80"/>
        <source>Name (EN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="81"/>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="81"/>
        <location filename="../../src/widgets/Panels.cpp" line="85"/>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="81"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="82"/>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="82"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="83"/>
        <source>Permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="83"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="83"/>
        <location filename="../../src/widgets/Panels.cpp" line="87"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="84"/>
        <location filename="../../src/widgets/Panels.cpp" line="87"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="84"/>
        <location filename="../../src/widgets/Panels.cpp" line="88"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="84"/>
        <location filename="../../src/widgets/Panels.cpp" line="92"/>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="85"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="85"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="86"/>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="87"/>
        <source>Hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="88"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="88"/>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="89"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="89"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="90"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="90"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="91"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="91"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="92"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="92"/>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="93"/>
        <source>Site briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="93"/>
        <source>Whitelisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="94"/>
        <source>Contractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="94"/>
        <source>Permits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="95"/>
        <source>Hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="95"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="97"/>
        <source>Search %1 (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::ReportsPanel</name>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="35"/>
        <source>Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="35"/>
        <source>Open HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="37"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="37"/>
        <source>Generated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="37"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="37"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="37"/>
        <source>Contractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="37"/>
        <source>Audit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="38"/>
        <source>SHA-256 (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="47"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="79"/>
        <source>Loading the report archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="107"/>
        <source>The report archive cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="113"/>
        <source>The Contractor Health Daily Report is generated every day at %1 (%2, site time) in %3; days missed while no workstation ran are caught up for %4 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="117"/>
        <source>The scheduled daily report is switched off (guardlinectl report schedule --enable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="126"/>
        <source>scheduler (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="136"/>
        <source>PDF %1
HTML %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="144"/>
        <source>No report archived yet: the first one is generated at the scheduled time (or run &apos;guardlinectl housekeeping&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="154"/>
        <source>Checking the report&apos;s SHA-256 against the audit chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="169"/>
        <source>SHA-256 verified against the audit chain (%1); opened %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="173"/>
        <source>Not opened: %1 Report this to the EHS manager; the archived copy can no longer be trusted.</source>
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
        <location filename="../../src/widgets/SitePlanView.cpp" line="195"/>
        <source>%n permit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/widgets/SitePlanView.cpp" line="204"/>
        <source>Site plan — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/SitePlanView.cpp" line="206"/>
        <source>Major risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/SitePlanView.cpp" line="206"/>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/SitePlanView.cpp" line="207"/>
        <source>Moderate risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/SitePlanView.cpp" line="207"/>
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
<context>
    <name>gl::ui::TelemetryPanel</name>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="58"/>
        <source>unacknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="60"/>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="62"/>
        <source>returned (unacknowledged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="64"/>
        <source>shelved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="66"/>
        <source>cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="75"/>
        <source>Telemetry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="102"/>
        <source>Telemetry: waiting for the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="111"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="111"/>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="135"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="111"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="111"/>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="132"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="111"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="111"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="115"/>
        <source>Acknowledge (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="117"/>
        <source>Shelving reason (required), e.g. detector under calibration, WO number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="120"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="120"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="122"/>
        <source>Shelve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="123"/>
        <source>Unshelve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="130"/>
        <source>Alarms (ISA-18.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="132"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="132"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="132"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="132"/>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="132"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="134"/>
        <source>Live values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="135"/>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="135"/>
        <source>Counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="135"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="137"/>
        <source>Connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="188"/>
        <source>%1: expected {&quot;connectors&quot;: [...]} (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="205"/>
        <source>Telemetry: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="274"/>
        <source>ALARM FLOOD: %1 alarms in the last 10 minutes (ISA-18.2 limit: 10 per operator). %2 low/medium-priority alarms are suppressed; critical and high stay visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="306"/>
        <source>Shelving needs a reason (ISA-18.2): say why and until when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="318"/>
        <source>Alarm %1 shelved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="341"/>
        <source>Rules v%1 (%2 rules) · %3 samples · %4 bad · %5 unknown tags · %6 late · %7 stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="354"/>
        <source>▲ BAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="354"/>
        <source>◆ stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="354"/>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="356"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="374"/>
        <source>Connectors: none configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="374"/>
        <source>Connectors: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::VtkMapFeeder</name>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="109"/>
        <source>Fly to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="120"/>
        <source>Hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="121"/>
        <location filename="../../src/widgets/MapFeeder.cpp" line="144"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="122"/>
        <location filename="../../src/widgets/MapFeeder.cpp" line="145"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="123"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="124"/>
        <location filename="../../src/widgets/MapFeeder.cpp" line="147"/>
        <location filename="../../src/widgets/MapFeeder.cpp" line="163"/>
        <location filename="../../src/widgets/MapFeeder.cpp" line="188"/>
        <location filename="../../src/widgets/MapFeeder.cpp" line="213"/>
        <location filename="../../src/widgets/MapFeeder.cpp" line="236"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="125"/>
        <location filename="../../src/widgets/MapFeeder.cpp" line="189"/>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="126"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="127"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="128"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="128"/>
        <source> — OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="129"/>
        <source>Open hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="142"/>
        <source>Permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="143"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="146"/>
        <location filename="../../src/widgets/MapFeeder.cpp" line="201"/>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="148"/>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="149"/>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="150"/>
        <location filename="../../src/widgets/MapFeeder.cpp" line="214"/>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="150"/>
        <source>%1 – %2 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="151"/>
        <source>Conflicts at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="151"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="152"/>
        <location filename="../../src/widgets/MapFeeder.cpp" line="175"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="153"/>
        <source>Open permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="162"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="164"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="164"/>
        <source>%1, %2, %3 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="165"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="165"/>
        <source>yaw %1°, pitch %2°, field of view %3°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="166"/>
        <source>Open camera feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="184"/>
        <source>Sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="185"/>
        <location filename="../../src/widgets/MapFeeder.cpp" line="212"/>
        <location filename="../../src/widgets/MapFeeder.cpp" line="238"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="186"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="187"/>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="187"/>
        <source>%1 – %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="190"/>
        <source>Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="191"/>
        <source>Open sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="193"/>
        <source>Open equipment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="201"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="201"/>
        <source>On site since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="202"/>
        <source>Open person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="211"/>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="214"/>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="216"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="217"/>
        <source>Open area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="223"/>
        <source>red — major 重大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="224"/>
        <source>orange — large 较大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="225"/>
        <source>yellow — general 一般</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="226"/>
        <source>blue — low 低</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="237"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="239"/>
        <source>Open hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="240"/>
        <source>Active permits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="241"/>
        <source>Open area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
