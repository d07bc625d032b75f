<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Label</name>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="33" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="34" />
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="35" />
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="36" />
        <source>Active</source>
        <translation>作业中</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="37" />
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="38" />
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="39" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="40" />
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="41" />
        <source>Expiring</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="42" />
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="43" />
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="44" />
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="45" />
        <source>Reported</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="46" />
        <source>Assigned</source>
        <translation>已派发</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="47" />
        <source>Rectifying</source>
        <translation>整改中</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="48" />
        <source>Pending verification</source>
        <translation>待验证</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="49" />
        <source>Re-inspected</source>
        <translation>已复查</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="50" />
        <source>Reopened</source>
        <translation>已重开</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="51" />
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="52" />
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="53" />
        <source>Hot work</source>
        <translation>动火作业</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="54" />
        <source>Confined space</source>
        <translation>受限空间</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="55" />
        <source>Blind plate</source>
        <translation>盲板抽堵</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="56" />
        <source>Work at height</source>
        <translation>高处作业</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="57" />
        <source>Lifting</source>
        <translation>吊装作业</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="58" />
        <source>Temporary power</source>
        <translation>临时用电</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="59" />
        <source>Excavation</source>
        <translation>动土作业</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="60" />
        <source>Road closure</source>
        <translation>断路作业</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="61" />
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="62" />
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="63" />
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="64" />
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="65" />
        <source>Unacknowledged</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="66" />
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="67" />
        <source>Returned</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="68" />
        <source>Cleared</source>
        <translation>已消除</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="69" />
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="70" />
        <source>Responding</source>
        <translation>处置中</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="71" />
        <source>Resolved</source>
        <translation>已处置</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="72" />
        <source>Confirmed</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="73" />
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="74" />
        <source>Contractor worker</source>
        <translation>承包商人员</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="75" />
        <source>Admitted</source>
        <translation>已准入</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="76" />
        <source>In-house</source>
        <translation>本单位</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/LoginDialog.ui" line="5" />
        <source>Sign in to Guardline</source>
        <translation>登录安全卫士</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.ui" line="8" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.ui" line="10" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../src/widgets/Application.cpp" line="145" />
        <source>Guardline</source>
        <translation>安全卫士</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CsvExport.cpp" line="49" />
        <location filename="../../src/widgets/CsvExport.cpp" line="69" />
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CsvExport.cpp" line="49" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CsvExport.cpp" line="70" />
        <source>%1 was not written: %2. Choose another folder or free disk space.</source>
        <translation>%1 未能写入：%2。请选择其他文件夹或释放磁盘空间。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/widgets/CsvExport.cpp" line="74" />
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>已导出 %n 行到 %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CsvExport.cpp" line="82" />
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CsvExport.cpp" line="84" />
        <source>Save the rows shown (sorted and filtered) with the visible columns as CSV for Excel</source>
        <translation>将当前显示的行(按排序和筛选)及可见列保存为可用 Excel 打开的 CSV</translation>
    </message>
</context>
<context>
    <name>gl::map::MapDetailsPanel</name>
    <message>
        <location filename="../../src/map/MapDetailsPanel.cpp" line="28" />
        <source>Close the details (Esc)</source>
        <translation>关闭详情 (Esc)</translation>
    </message>
</context>
<context>
    <name>gl::map::MapTimeSlider</name>
    <message>
        <location filename="../../src/map/MapTimeSlider.cpp" line="22" />
        <source>Permits active at</source>
        <translation>生效作业票时间</translation>
    </message>
    <message>
        <location filename="../../src/map/MapTimeSlider.cpp" line="25" />
        <source>Drag to see the permits active at another time (site-local time); Now returns to the clock</source>
        <translation>拖动查看其他时间(厂区当地时间)生效的作业票;点击“现在”恢复实时</translation>
    </message>
    <message>
        <location filename="../../src/map/MapTimeSlider.cpp" line="30" />
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../src/map/MapTimeSlider.cpp" line="32" />
        <source>Show the permits active now, following the clock</source>
        <translation>显示当前生效的作业票,随时钟更新</translation>
    </message>
    <message>
        <location filename="../../src/map/MapTimeSlider.cpp" line="104" />
        <source>%1 · now</source>
        <translation>%1 · 现在</translation>
    </message>
</context>
<context>
    <name>gl::map::PlantMapView</name>
    <message>
        <location filename="../../src/map/MapPicking.cpp" line="226" />
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <location filename="../../src/map/MapPicking.cpp" line="231" />
        <source>Hazard %1 · %2 · %3%4</source>
        <translation>隐患 %1 · %2 · %3%4</translation>
    </message>
    <message>
        <location filename="../../src/map/MapPicking.cpp" line="232" />
        <source> · OVERDUE</source>
        <translation> · 已逾期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/map/MapPicking.cpp" line="257" />
        <source>%n hazards here (%1 major, %2 overdue) — click to zoom in</source>
        <translation>
            <numerusform>此处 %n 项隐患(重大 %1,逾期 %2)— 点击放大</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/map/PlantMapView.cpp" line="188" />
        <source>&lt;b&gt;Risk&lt;/b&gt; &lt;span style='color:#d32f2f'&gt;&amp;#9632;&lt;/span&gt; major 重大 &lt;span style='color:#f57c00'&gt;&amp;#9632;&lt;/span&gt; large 较大 &lt;span style='color:#fbc02d'&gt;&amp;#9632;&lt;/span&gt; general 一般 &lt;span style='color:#1976d2'&gt;&amp;#9632;&lt;/span&gt; low 低&lt;br&gt;&lt;b&gt;Hazards&lt;/b&gt; &lt;span style='color:#e53935'&gt;&amp;#9632;&lt;/span&gt; major &lt;span style='color:#fb8c00'&gt;&amp;#9642;&lt;/span&gt; general &lt;span style='color:#43a047'&gt;&amp;#9642;&lt;/span&gt; closed (overdue pulse) &lt;span style='color:#fb8c00'&gt;&amp;#9679;&lt;/span&gt; cluster (count; red if any major) &amp;nbsp; &lt;b&gt;People&lt;/b&gt; &lt;span style='color:#eceff1'&gt;&amp;#9642;&lt;/span&gt; on site &amp;nbsp; &lt;b&gt;Permits&lt;/b&gt; &lt;span style='color:#ff1744'&gt;&amp;#9633;&lt;/span&gt; conflict</source>
        <translation>&lt;b&gt;风险&lt;/b&gt; &lt;span style='color:#d32f2f'&gt;&amp;#9632;&lt;/span&gt; 重大 &lt;span style='color:#f57c00'&gt;&amp;#9632;&lt;/span&gt; 较大 &lt;span style='color:#fbc02d'&gt;&amp;#9632;&lt;/span&gt; 一般 &lt;span style='color:#1976d2'&gt;&amp;#9632;&lt;/span&gt; 低&lt;br&gt;&lt;b&gt;隐患&lt;/b&gt; &lt;span style='color:#e53935'&gt;&amp;#9632;&lt;/span&gt; 重大 &lt;span style='color:#fb8c00'&gt;&amp;#9642;&lt;/span&gt; 一般 &lt;span style='color:#43a047'&gt;&amp;#9642;&lt;/span&gt; 已整改(逾期闪烁) &lt;span style='color:#fb8c00'&gt;&amp;#9679;&lt;/span&gt; 聚合(数量;含重大为红) &amp;nbsp; &lt;b&gt;人员&lt;/b&gt; &lt;span style='color:#eceff1'&gt;&amp;#9642;&lt;/span&gt; 在场 &amp;nbsp; &lt;b&gt;作业票&lt;/b&gt; &lt;span style='color:#ff1744'&gt;&amp;#9633;&lt;/span&gt; 冲突</translation>
    </message>
</context>
<context>
    <name>gl::ui::AlarmPanel</name>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="134" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="134" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="134" />
        <source>Raised</source>
        <translation>报警时间</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="135" />
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="135" />
        <source>Alarm</source>
        <translation>报警</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="135" />
        <source>Tag</source>
        <translation>位号</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="136" />
        <source>Acknowledge (Space)</source>
        <translation>确认(空格)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/widgets/Panels.cpp" line="165" />
        <source>%n alarm(s) waiting for acknowledgement</source>
        <translation>
            <numerusform>%n 条报警待确认</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="165" />
        <source>No unacknowledged alarms</source>
        <translation>无未确认报警</translation>
    </message>
</context>
<context>
    <name>gl::ui::CameraRegistryWindow</name>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="40" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="41" />
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="260" />
        <source>Remove camera</source>
        <translation>删除摄像机</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="41" />
        <source>Clear credentials</source>
        <translation>清除凭据</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="48" />
        <source>Camera registry</source>
        <translation>摄像机台账</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="51" />
        <source>Camera</source>
        <translation>摄像机</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="51" />
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="71" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="51" />
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="72" />
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="51" />
        <source>URL</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="51" />
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="83" />
        <source>Credentials</source>
        <translation>凭据</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="58" />
        <source>rtsp://, rtsps://, http(s):// or file:// (drills). User and password typed into the URL are moved into the encrypted credentials.</source>
        <translation>rtsp://、rtsps://、http(s):// 或 file://(演练)。地址中的用户名和密码会移入加密凭据。</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="60" />
        <source>user (write-only)</source>
        <translation>用户名(只写)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="62" />
        <source>password (write-only)</source>
        <translation>密码(只写)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="63" />
        <source>Areas this camera films (its own area always counts)</source>
        <translation>该摄像机拍摄的区域(所在区域始终计入)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="70" />
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="73" />
        <source>Stream URL</source>
        <translation>视频流地址</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="77" />
        <source>Position x / y / z</source>
        <translation>位置 x / y / z</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="81" />
        <source>Yaw / pitch / FOV / range</source>
        <translation>方位角 / 俯仰角 / 视场角 / 距离</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="82" />
        <source>Covered areas</source>
        <translation>覆盖区域</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="84" />
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="85" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="87" />
        <source>New camera</source>
        <translation>新增摄像机</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="159" />
        <source>set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="159" />
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="195" />
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="194" />
        <source>set (encrypted; type a new user and password to replace them)</source>
        <translation>已设置(已加密;输入新的用户名和密码可替换)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="248" />
        <source>Camera %1 saved (audited).</source>
        <translation>摄像机 %1 已保存(已记入审计)。</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="261" />
        <source>Remove camera %1 from the registry? Evidence it took is kept.</source>
        <translation>从台账中删除摄像机 %1?其取证截图将保留。</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="267" />
        <source>Camera %1 removed (audited).</source>
        <translation>摄像机 %1 已删除(已记入审计)。</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraRegistryWindow.cpp" line="282" />
        <source>Credentials of %1 cleared (audited).</source>
        <translation>%1 的凭据已清除(已记入审计)。</translation>
    </message>
</context>
<context>
    <name>gl::ui::CameraTile</name>
    <message>
        <location filename="../../src/widgets/CameraTile.cpp" line="146" />
        <source>Save evidence snapshot (F9)</source>
        <translation>保存取证截图(F9)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraTile.cpp" line="147" />
        <source>Full view / back (double-click)</source>
        <translation>全屏 / 返回(双击)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraTile.cpp" line="148" />
        <source>Remove from the wall</source>
        <translation>从视频墙移除</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraTile.cpp" line="184" />
        <source>Drag a camera here from the list or the map</source>
        <translation>从列表或地图拖入摄像机</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraTile.cpp" line="200" />
        <source>LIVE</source>
        <translation>直播</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraTile.cpp" line="204" />
        <source>STALLED</source>
        <translation>卡顿</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraTile.cpp" line="209" />
        <location filename="../../src/widgets/CameraTile.cpp" line="250" />
        <source>connecting…</source>
        <translation>连接中…</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraTile.cpp" line="213" />
        <source>OFFLINE</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraTile.cpp" line="218" />
        <source>DRILL</source>
        <translation>演练</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/widgets/CameraTile.cpp" line="233" />
        <source>%1×%2 · %3 fps · %4 Mb/s · %5 ms · %n dropped</source>
        <translation>
            <numerusform>%1×%2 · %3 帧/秒 · %4 Mb/s · %5 毫秒 · 丢帧 %n</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraTile.cpp" line="250" />
        <source>no signal — retrying</source>
        <translation>无信号 — 重试中</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraTile.cpp" line="258" />
        <source>特级 hot work %1</source>
        <translation>特级动火作业 %1</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraTile.cpp" line="258" />
        <source>⚠ 特级 hot work %1 NOT FILMED</source>
        <translation>⚠ 特级动火作业 %1 未在监控中</translation>
    </message>
</context>
<context>
    <name>gl::ui::CameraWall</name>
    <message numerus="yes">
        <location filename="../../src/widgets/CameraWall.cpp" line="93" />
        <source>%n camera(s)</source>
        <translation>
            <numerusform>%n 路画面</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="97" />
        <source>My wall</source>
        <translation>我的视频墙</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="98" />
        <source>Active 特级 hot work</source>
        <translation>进行中的特级动火作业</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="99" />
        <source>Snapshot (F9)</source>
        <translation>截图取证(F9)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="100" />
        <source>Save a full-resolution evidence still of the selected camera, with time and camera burned in</source>
        <translation>保存所选摄像机的全分辨率取证截图,叠加时间和摄像机名称</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="101" />
        <source>Cameras…</source>
        <translation>摄像机…</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="103" />
        <source>Camera registry: add, edit and remove cameras, set their credentials</source>
        <translation>摄像机台账:新增、编辑、删除摄像机,设置登录凭据</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="104" />
        <source>Wall layout:</source>
        <translation>视频墙布局:</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="121" />
        <source>Drag a camera onto a tile; double-click to open it in full view</source>
        <translation>将摄像机拖到画面格;双击全屏查看</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="203" />
        <source>%1 — area %2; drag onto the wall</source>
        <translation>%1 — 区域 %2;拖到视频墙上</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="206" />
        <source>No cameras yet: import a site layout or add cameras (Cameras…)</source>
        <translation>尚无摄像机:导入厂区布局或新增摄像机(摄像机…)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/widgets/CameraWall.cpp" line="225" />
        <source>Active 特级 hot work (%n camera(s))</source>
        <translation>
            <numerusform>进行中的特级动火作业(%n 路画面)</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="272" />
        <source>⚠ 特级 hot work %1: camera %2 is not live — the work must be filmed start to finish. Restore the feed or stop the work.</source>
        <translation>⚠ 特级动火作业 %1:摄像机 %2 无实时画面 — 作业须全程视频监控。请恢复画面或停止作业。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/widgets/CameraWall.cpp" line="276" />
        <source>特级 hot work %1 filmed by %n camera(s) (preset “Active 特级 hot work”)</source>
        <translation>
            <numerusform>特级动火作业 %1 由 %n 路摄像机监控(预设“进行中的特级动火作业”)</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="411" />
        <source>Camera %1 is not in the registry</source>
        <translation>摄像机 %1 不在设备台账中</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="485" />
        <source>Select a camera tile first (click it), then press F9</source>
        <translation>请先点击选择一个画面,再按 F9</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="489" />
        <source>Camera %1 is not live: no snapshot</source>
        <translation>摄像机 %1 无实时画面:无法抓拍</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="493" />
        <source>Saving an evidence snapshot of %1…</source>
        <translation>正在保存 %1 的取证截图…</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="521" />
        <source>No store is open: the snapshot was not saved</source>
        <translation>未打开数据库:截图未保存</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="530" />
        <source>Evidence #%1 of %2 saved (SHA-256 %3…)</source>
        <translation>%2 的取证截图 #%1 已保存(SHA-256 %3…)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="533" />
        <source>The snapshot was not saved: %1</source>
        <translation>截图未保存:%1</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="544" />
        <source>Evidence #%1 — %2</source>
        <translation>取证截图 #%1 — %2</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="549" />
        <source>%1 · %2×%3 · SHA-256 %4</source>
        <translation>%1 · %2×%3 · SHA-256 %4</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="553" />
        <source>Hazard</source>
        <translation>隐患</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="554" />
        <source>Permit</source>
        <translation>作业票</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="559" />
        <source>Attach to</source>
        <translation>关联到</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="560" />
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="561" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="567" />
        <source>Attach</source>
        <translation>关联</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="600" />
        <source>Attached to %1 %2 (audited).</source>
        <translation>已关联到 %1 %2(已记入审计)。</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraWall.cpp" line="619" />
        <source>Demo drill feeds need ffmpeg (scripts/deps.sh installs it); the demo cameras stay offline</source>
        <translation>演示演练画面需要 ffmpeg(scripts/deps.sh 会安装);演示摄像机保持离线</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/widgets/CameraWall.cpp" line="666" />
        <source>Demo: %n camera(s) now play drill clips (file://, marked DRILL)</source>
        <translation>
            <numerusform>演示:%n 路摄像机正在播放演练视频(file://,标记为“演练”)</numerusform></translation>
    </message>
</context>
<context>
    <name>gl::ui::ContractorPanel</name>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="77" />
        <source>Business licence</source>
        <translation>营业执照</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="79" />
        <source>Qualification certificate</source>
        <translation>资质证书</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="81" />
        <source>Work-injury insurance (6 months paid)</source>
        <translation>工伤保险缴费证明(近 6 个月)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="83" />
        <source>Signed HSE agreement</source>
        <translation>已签订的安全生产(HSE)协议</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="90" />
        <source>Superseded</source>
        <translation>已被替换</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="113" />
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="113" />
        <source>Company</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="113" />
        <source>Trade</source>
        <translation>专业</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="113" />
        <source>Workers</source>
        <translation>作业人员</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="113" />
        <source>Documents</source>
        <translation>资质文件</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="126" />
        <source>Select a contractor to see its documents.</source>
        <translation>选择承包商以查看其资质文件。</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="128" />
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="128" />
        <source>File</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="128" />
        <location filename="../../src/widgets/ContractorPanel.cpp" line="152" />
        <source>Issued</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="128" />
        <location filename="../../src/widgets/ContractorPanel.cpp" line="154" />
        <source>Expires</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="128" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="128" />
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="128" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="149" />
        <source>Upload PDF…</source>
        <translation>上传 PDF…</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="150" />
        <source>Checked as a real, unencrypted PDF within the size limit, stored with its SHA-256</source>
        <translation>校验为真实、未加密且不超过大小限制的 PDF,并按 SHA-256 存档</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="172" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="172" />
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="172" />
        <location filename="../../src/widgets/ContractorPanel.cpp" line="197" />
        <source>Contractor</source>
        <translation>承包商</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="174" />
        <source>Coordinator tasks</source>
        <translation>承包商管理待办</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="178" />
        <source>Whitelist CSV…</source>
        <translation>门禁白名单 CSV…</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="179" />
        <source>Apply import</source>
        <translation>执行导入</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="181" />
        <source>Import the good rows despite malformed rows</source>
        <translation>忽略格式错误的行,导入其余有效行</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="189" />
        <source>Choose the access-control system's whitelist export (CSV: worker,contractor,card,valid_until). The differences since the last import are shown here before anything changes.</source>
        <translation>选择门禁系统导出的白名单(CSV:worker,contractor,card,valid_until)。任何更改之前,此处先显示与上次导入的差异。</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="192" />
        <source>Whitelist</source>
        <translation>门禁白名单</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="197" />
        <source>Worker</source>
        <translation>作业人员</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="197" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="197" />
        <source>Checked in</source>
        <translation>入场时间</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="199" />
        <source>Verify credit codes with the registry</source>
        <translation>向登记机关核验统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="202" />
        <source>On site</source>
        <translation>在场人员</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="256" />
        <source>No contractors yet: register one with guardlinectl or import the demo plant.</source>
        <translation>尚无承包商:请用 guardlinectl 登记或加载演示工厂。</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="279" />
        <source>Check-in intake listening on port %1 (POST /api/v1/checkins).</source>
        <translation>入场登记接口正在监听端口 %1(POST /api/v1/checkins)。</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="331" />
        <source>Documents of %1</source>
        <translation>%1 的资质文件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/widgets/ContractorPanel.cpp" line="332" />
        <source>Documents of %1 — %n required document(s) MISSING</source>
        <translation>
            <numerusform>%1 的资质文件 — 缺少 %n 份必需文件</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/widgets/ContractorPanel.cpp" line="368" />
        <source>Showing %1 (%n page(s))</source>
        <translation>
            <numerusform>正在显示 %1(%n 页)</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="377" />
        <source>Select the contractor the document belongs to first.</source>
        <translation>请先选择该文件所属的承包商。</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="380" />
        <source>Contractor document</source>
        <translation>承包商资质文件</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="380" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="385" />
        <source>Checking %1…</source>
        <translation>正在校验 %1…</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="398" />
        <source>%1 stored and verified as a PDF.</source>
        <translation>%1 已校验为 PDF 并存档。</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="402" />
        <location filename="../../src/widgets/ContractorPanel.cpp" line="481" />
        <source>Refused: %1</source>
        <translation>已拒绝:%1</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="407" />
        <source>Access-control whitelist</source>
        <translation>门禁白名单</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="407" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="429" />
        <source>%1: %2 good rows. Since the last import: %3 added, %4 removed, %5 changed.</source>
        <translation>%1:有效行 %2。与上次导入相比:新增 %3,移除 %4,变更 %5。</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="442" />
        <source>MALFORMED %1</source>
        <translation>格式错误 %1</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="446" />
        <source>Import the %1 good rows despite %2 malformed row(s)</source>
        <translation>忽略 %2 行格式错误,导入 %1 行有效数据</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="471" />
        <source>Whitelist imported: %1 rows (%2 added, %3 removed, %4 changed, %5 skipped).</source>
        <translation>白名单已导入:%1 行(新增 %2,移除 %3,变更 %4,跳过 %5)。</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ContractorPanel.cpp" line="510" />
        <source>Registry verification</source>
        <translation>登记信息核验</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/widgets/ContractorPanel.cpp" line="511" />
        <source>Registry verification done for %n contractor(s).</source>
        <translation>
            <numerusform>已完成 %n 家承包商的登记核验。</numerusform></translation>
    </message>
</context>
<context>
    <name>gl::ui::DashboardPanel</name>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="74" />
        <source>LTI-free days</source>
        <translation>无损工天数</translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="75" />
        <source>TRIR (12 months)</source>
        <translation>TRIR(12 个月)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="76" />
        <source>LTIFR (12 months)</source>
        <translation>LTIFR(12 个月)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="77" />
        <source>Hours worked (12 months)</source>
        <translation>工时(12 个月)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="78" />
        <source>Training current</source>
        <translation>培训有效率</translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="79" />
        <source>Overdue hazards</source>
        <translation>逾期隐患</translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="130" />
        <source>The dashboards cannot be computed: %1</source>
        <translation>无法计算仪表盘：%1</translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="151" />
        <source>last LTI %1</source>
        <translation>上次损工事故 %1</translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="151" />
        <source>no LTI on record</source>
        <translation>无损工事故记录</translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="153" />
        <source>%1 recordable × 200,000 h / hours</source>
        <translation>%1 起可记录事件 × 200,000 h / 工时</translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="154" />
        <source>%1 LTI × 1,000,000 h / hours</source>
        <translation>%1 起损工事故 × 1,000,000 h / 工时</translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="156" />
        <source>h, from the monthly records</source>
        <translation>小时，来自月度工时记录</translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="158" />
        <source>%1 of %2 people hold valid training</source>
        <translation>%2 人中 %1 人培训有效</translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="162" />
        <source>open hazards past their deadline</source>
        <translation>已过整改期限的未关闭隐患</translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="179" />
        <source>Hazards per week: reported, closed, closure rate</source>
        <translation>每周隐患：上报、关闭、关闭率</translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="181" />
        <source>Reported</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="182" />
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="195" />
        <source>Closure rate %</source>
        <translation>关闭率 %</translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="217" />
        <source>Overdue hazards by days past deadline</source>
        <translation>逾期隐患按超期天数</translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="219" />
        <source>Open hazards</source>
        <translation>未关闭隐患</translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="229" />
        <source>1–7 d</source>
        <translation>1–7 天</translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="229" />
        <source>8–30 d</source>
        <translation>8–30 天</translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="229" />
        <source>31–90 d</source>
        <translation>31–90 天</translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="229" />
        <source>&gt; 90 d</source>
        <translation>&gt; 90 天</translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="234" />
        <source>Interruption time T by area (weekly mean, s)</source>
        <translation>各区域中断时间 T(周均值，秒)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="239" />
        <source>week (0 = %1)</source>
        <translation>周(0 = %1)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="261" />
        <source>Permits per month by type</source>
        <translation>每月各类作业票数量</translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="279" />
        <source>Leading indicators per week</source>
        <translation>每周先行指标</translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="281" />
        <source>Hazards reported</source>
        <translation>上报隐患</translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="282" />
        <source>Near misses</source>
        <translation>未遂事件</translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="299" />
        <source>Recordable injuries and LTIs per month</source>
        <translation>每月可记录伤害与损工事故</translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="301" />
        <source>Recordable</source>
        <translation>可记录</translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="302" />
        <source>Lost time</source>
        <translation>损工</translation>
    </message>
    <message>
        <location filename="../../src/widgets/DashboardPanel.cpp" line="317" />
        <source>TRIR = recordable injuries × 200,000 / hours worked; LTIFR = lost-time injuries × 1,000,000 / hours worked (rolling 12 months, hours from the monthly records). Closure rate: share of the week's reported hazards closed by now. Site time zone %1, as of %2.</source>
        <translation>TRIR = 可记录伤害数 × 200,000 / 工时；LTIFR = 损工事故数 × 1,000,000 / 工时(滚动 12 个月，工时取自月度记录)。关闭率：当周上报隐患中截至目前已关闭的比例。厂区时区 %1，截至 %2。</translation>
    </message>
</context>
<context>
    <name>gl::ui::DataWorker</name>
    <message>
        <location filename="../../src/widgets/DataWorker.cpp" line="122" />
        <source>Scheduled duty failed: %1</source>
        <translation>定时任务失败:%1</translation>
    </message>
    <message>
        <location filename="../../src/widgets/DataWorker.h" line="97" />
        <source>No store is open.</source>
        <translation>未打开数据库。</translation>
    </message>
</context>
<context>
    <name>gl::ui::DispatchBoard</name>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="188" />
        <source>Acknowledge instruction</source>
        <translation>确认指令</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="197" />
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="197" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="197" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="198" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="198" />
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="198" />
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="199" />
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="199" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="199" />
        <source>Detected</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="200" />
        <source>Verified</source>
        <translation>核实时间</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="200" />
        <source>Responded</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="201" />
        <source>Confirmed</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="204" />
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="216" />
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="216" />
        <source>Assigned</source>
        <translation>已派发</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="216" />
        <source>Responding</source>
        <translation>处置中</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="216" />
        <source>Resolved / confirmed</source>
        <translation>已处置 / 已确认</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="260" />
        <source>%1 × %2: %3</source>
        <translation>%1 × %2:%3</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="262" />
        <source>⚠ Cross-work conflicts now (a named coordinator is required): %1</source>
        <translation>⚠ 当前交叉作业冲突(须指定交叉作业协调人):%1</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="276" />
        <source>INSTRUCTION to %1: %2 — %3</source>
        <translation>指令 → %1:%2 — %3</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="277" />
        <source>acknowledgement OVERDUE</source>
        <translation>确认已超时</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="277" />
        <source>acknowledge now</source>
        <translation>请立即确认</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="280" />
        <source>No instruction waiting</source>
        <translation>无待确认指令</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="304" />
        <source>OVERDUE since %1</source>
        <translation>自 %1 起超时</translation>
    </message>
</context>
<context>
    <name>gl::ui::HazardPanel</name>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="79" />
        <source>Panorama</source>
        <translation>全景照</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="81" />
        <source>Before (defect)</source>
        <translation>整改前(隐患)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="83" />
        <location filename="../../src/widgets/HazardPanel.cpp" line="510" />
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="85" />
        <source>After rectification</source>
        <translation>整改后</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="87" />
        <source>Re-inspection</source>
        <translation>复查</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="98" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="103" />
        <location filename="../../src/widgets/HazardPanel.cpp" line="606" />
        <source>Photos (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="183" />
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="189" />
        <source>All grades</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="190" />
        <location filename="../../src/widgets/HazardPanel.cpp" line="382" />
        <location filename="../../src/widgets/HazardPanel.cpp" line="541" />
        <source>General (一般)</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="191" />
        <location filename="../../src/widgets/HazardPanel.cpp" line="382" />
        <location filename="../../src/widgets/HazardPanel.cpp" line="542" />
        <source>Major (重大)</source>
        <translation>重大</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="194" />
        <location filename="../../src/widgets/HazardPanel.cpp" line="302" />
        <source>All areas</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="195" />
        <source>Overdue only</source>
        <translation>仅逾期</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="197" />
        <source>Report hazard…</source>
        <translation>上报隐患…</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="208" />
        <source>Hazard</source>
        <translation>隐患</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="208" />
        <location filename="../../src/widgets/HazardPanel.cpp" line="544" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="208" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="209" />
        <location filename="../../src/widgets/HazardPanel.cpp" line="509" />
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="209" />
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="209" />
        <location filename="../../src/widgets/HazardPanel.cpp" line="591" />
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="210" />
        <location filename="../../src/widgets/HazardPanel.cpp" line="507" />
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="222" />
        <source>Select a hazard to see its photos and history. New hazards are reported with three photos: the panorama with the area sign, the defect close-up and the responsible person's face.</source>
        <translation>选择一项隐患以查看照片和记录。上报新隐患需三张照片：带区域标识的全景照、隐患近景照和责任人正面照。</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="244" />
        <source>Grade / plan…</source>
        <translation>定级 / 治理方案…</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="244" />
        <source>Assign…</source>
        <translation>指派…</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="244" />
        <source>Start rectification</source>
        <translation>开始整改</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="245" />
        <source>Submit after-photo…</source>
        <translation>提交整改后照片…</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="245" />
        <source>Accept (close)</source>
        <translation>验收(销号)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="245" />
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="246" />
        <source>Re-inspect…</source>
        <translation>复查…</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="246" />
        <source>Compare photos</source>
        <translation>照片比对</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="385" />
        <source>equipment %1 (QR %2)</source>
        <translation>设备 %1(二维码 %2)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="387" />
        <source>OVERDUE — escalated as %1</source>
        <translation>已逾期 — 已升级为调度单 %1</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="390" />
        <source>Face check: the face photo does not match %1's portrait on file — review who is responsible.</source>
        <translation>人脸核验：正面照与 %1 的存档照片不符 — 请复核责任人。</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="393" />
        <source>Face check: one frontal face; identity not verified (no portrait on file).</source>
        <translation>人脸核验：检测到一张正面人脸；无存档照片，身份未核验。</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="411" />
        <source>%1
SHA-256 %2
file %3, %4x%5 %6
EXIF time %7
added by %8
%9</source>
        <translation>%1
SHA-256 %2
文件 %3，%4x%5 %6
EXIF 拍摄时间 %7
添加人 %8
%9</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="413" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="419" />
        <source>Reported %1 by %2 · assigned to %3 · deadline %4</source>
        <translation>%1 由 %2 上报 · 整改人 %3 · 期限 %4</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="423" />
        <source>Major-hazard criteria: %1</source>
        <translation>重大隐患判定依据：%1</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="425" />
        <source>Rectification plan</source>
        <translation>治理方案</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="431" />
        <source>Re-inspection task for %1, due %2: %3</source>
        <translation>%1 的复查任务，期限 %2：%3</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="432" />
        <source>open</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="433" />
        <source>History</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="493" />
        <source>Report a hazard</source>
        <translation>上报隐患</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="500" />
        <source>scan the equipment's QR code</source>
        <translation>扫描设备二维码</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="502" />
        <source>area code (taken from the equipment when empty)</source>
        <translation>区域编码(为空时取设备所在区域)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="504" />
        <source>person code of the responsible person</source>
        <translation>责任人人员编码</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="506" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="508" />
        <source>Equipment QR id</source>
        <translation>设备二维码编号</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="511" />
        <source>Panorama with area sign</source>
        <translation>带区域标识的全景照</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="511" />
        <source>Panorama with the area sign</source>
        <translation>带区域标识的全景照</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="512" />
        <source>Defect close-up</source>
        <translation>隐患近景照</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="512" />
        <source>Defect close-up with a scale reference</source>
        <translation>带比例参照的隐患近景照</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="513" />
        <source>Responsible person's face</source>
        <translation>责任人正面照</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="513" />
        <source>Frontal face photo</source>
        <translation>正面人脸照片</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="539" />
        <source>Grade %1</source>
        <translation>定级 %1</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="582" />
        <source>Assign %1</source>
        <translation>指派 %1</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="584" />
        <source>person code</source>
        <translation>人员编码</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="585" />
        <source>Deadline by grade (site setting)</source>
        <translation>按等级确定期限(厂区设置)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="589" />
        <source>Rectified by</source>
        <translation>整改责任人</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="605" />
        <source>Re-inspection photo</source>
        <translation>复查照片</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="605" />
        <source>After-photo from the same spot</source>
        <translation>同一位置的整改后照片</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="616" />
        <source>Re-inspection failed, the hazard is reopened: %1</source>
        <translation>复查未通过，隐患已重新打开：%1</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="626" />
        <source>Rectification refused — %1</source>
        <translation>整改未通过 — %1</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="676" />
        <source>%1 — re-inspection</source>
        <translation>%1 — 复查</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="679" />
        <source>Re-inspection %1 (failing region in red)</source>
        <translation>复查照片 %1(红框为未通过区域)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="681" />
        <source>As it should be: after-photo %1</source>
        <translation>应有状态：整改后照片 %1</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="683" />
        <source>Change since the after-photo (red: changed)</source>
        <translation>与整改后照片相比的变化(红：有变化)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="692" />
        <source>%1 — rectification</source>
        <translation>%1 — 整改</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="693" />
        <source>%1 · scene similarity %2 · region change %3</source>
        <translation>%1 · 场景相似度 %2 · 区域变化 %3</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="695" />
        <source>Before %1</source>
        <translation>整改前 %1</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="697" />
        <source>After, aligned %1</source>
        <translation>整改后(已对齐)%1</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="699" />
        <source>Change heat map (blue: same, red: changed)</source>
        <translation>变化热力图(蓝：相同，红：变化)</translation>
    </message>
</context>
<context>
    <name>gl::ui::HazardViewer</name>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="133" />
        <source>Photo comparison</source>
        <translation>照片比对</translation>
    </message>
    <message>
        <location filename="../../src/widgets/HazardPanel.cpp" line="167" />
        <source>(not aligned: nothing to show)</source>
        <translation>(未能对齐：无可显示内容)</translation>
    </message>
</context>
<context>
    <name>gl::ui::LoginDialog</name>
    <message>
        <location filename="../../src/widgets/LoginDialog.cpp" line="13" />
        <source>Store: %1</source>
        <translation>数据库:%1</translation>
    </message>
</context>
<context>
    <name>gl::ui::MainWindow</name>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="50" />
        <source>Guardline — safety command center</source>
        <translation>安全卫士 — 安全生产指挥中心</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="60" />
        <source>Site plan</source>
        <translation>厂区平面图</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="68" />
        <source>Contractors</source>
        <translation>承包商</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="77" />
        <source>Hazards</source>
        <translation>隐患</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="94" />
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="103" />
        <source>Store: connecting…</source>
        <translation>数据库:连接中…</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="104" />
        <source>Connectors: none configured</source>
        <translation>连接器:未配置</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="121" />
        <location filename="../../src/widgets/MainWindow.cpp" line="221" />
        <source>Store: ● online (%1)</source>
        <translation>数据库:● 在线(%1)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="121" />
        <source>Store: ● OFFLINE — %1</source>
        <translation>数据库:● 离线 — %1</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="154" />
        <source>Camera wall</source>
        <translation>视频墙</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="155" />
        <source>Alarms</source>
        <translation>报警</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="156" />
        <source>Dispatch board</source>
        <translation>调度看板</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="157" />
        <source>Records</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="169" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="170" />
        <source>Dashboards</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="176" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="177" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="180" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="184" />
        <source>&amp;Search records</source>
        <translation>搜索记录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="190" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="195" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="195" />
        <source>The language changes the next time Guardline starts.</source>
        <translation>语言将在下次启动安全卫士时生效。</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="215" />
        <source>DEMO — signed in as %1 (%2), no password</source>
        <translation>演示 — 已以 %1(%2)登录,无密码</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="215" />
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="218" />
        <source>Guardline — DEMO PLANT — safety command center</source>
        <translation>安全卫士 — 演示工厂 — 安全生产指挥中心</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="236" />
        <source>Open hazards %1 (overdue %2) · Active permits %3 · Unacknowledged alarms %4 · Open orders %5 · Contractors with expired documents %6</source>
        <translation>未闭环隐患 %1(超期 %2)· 作业中许可 %3 · 未确认报警 %4 · 待办工单 %5 · 证件过期承包商 %6</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="250" />
        <source>Permit %1</source>
        <translation>作业票 %1</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="258" />
        <source>Hazard %1</source>
        <translation>隐患 %1</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="266" />
        <source>Camera %1 in full view on the camera wall (Esc: back to the grid)</source>
        <translation>摄像机 %1 已在视频墙全屏显示(Esc 返回)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="273" />
        <source>Selected %1 %2</source>
        <translation>已选中 %1 %2</translation>
    </message>
</context>
<context>
    <name>gl::ui::PermitEditor</name>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="78" />
        <source>Hot work</source>
        <translation>动火作业</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="79" />
        <source>Confined space</source>
        <translation>受限空间</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="80" />
        <source>Blind plate</source>
        <translation>盲板抽堵</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="81" />
        <source>Work at height</source>
        <translation>高处作业</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="82" />
        <source>Lifting</source>
        <translation>吊装作业</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="83" />
        <source>Temporary power</source>
        <translation>临时用电</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="84" />
        <source>Excavation</source>
        <translation>动土作业</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="85" />
        <source>Road closure</source>
        <translation>断路作业</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="93" />
        <source>Special</source>
        <translation>特级</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="94" />
        <source>Level 1</source>
        <translation>一级</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="95" />
        <source>Level 2</source>
        <translation>二级</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="96" />
        <source>Standard</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="138" />
        <source>e.g. HW-0201</source>
        <translation>例如 HW-0201</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="144" />
        <source>What is done, where (e.g. weld flange at P-101)</source>
        <translation>作业内容和地点(例如 P-101 法兰焊接)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="148" />
        <source>equipment code, optional (blind plate: the blind)</source>
        <translation>设备编号,可选(盲板作业:盲板编号)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="159" />
        <source>x, y; x, y; x, y (site metres)</source>
        <translation>x, y; x, y; x, y(厂区坐标,米)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="173" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="175" />
        <source>Permit no.</source>
        <translation>作业票编号</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="176" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="177" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="178" />
        <source>Work</source>
        <translation>作业内容</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="179" />
        <source>Contractor</source>
        <translation>承包商</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="180" />
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="181" />
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="182" />
        <source>Start (site time)</source>
        <translation>开始(厂区时间)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="183" />
        <source>End (site time)</source>
        <translation>结束(厂区时间)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="184" />
        <source>Work area polygon</source>
        <translation>作业范围</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="185" />
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="186" />
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="187" />
        <source>Cross-work coordinator</source>
        <translation>交叉作业协调人</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="188" />
        <source>Workers</source>
        <translation>作业人员</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="190" />
        <source>Safety measures (GB 30871-2022)</source>
        <translation>安全措施(GB 30871-2022)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="204" />
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="205" />
        <source>Submit</source>
        <translation>提交申请</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="206" />
        <source>Keeps the permit as a draft, even when it does not meet the rules yet</source>
        <translation>保存为草稿,即使尚不符合规定</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="207" />
        <source>Submitting is the applicant's signature: refused with the reasons while a rule fails</source>
        <translation>提交即作业申请人签字:不符合规定时拒绝并列出原因</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="216" />
        <source>Permit</source>
        <translation>作业票</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="226" />
        <source>I am at the work site</source>
        <translation>本人在作业现场</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="228" />
        <source>where exactly (optional; the area otherwise)</source>
        <translation>具体地点(可选,默认为区域)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="229" />
        <source>Sign</source>
        <translation>签字</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="237" />
        <source>&lt;b&gt;Sign-offs in the standard's order&lt;/b&gt;</source>
        <translation>&lt;b&gt;按标准顺序签字确认&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="241" />
        <source>&lt;b&gt;Lifecycle&lt;/b&gt;</source>
        <translation>&lt;b&gt;作业票流程&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="244" />
        <source>Sign-offs</source>
        <translation>签字确认</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="267" />
        <source>oxygen-enriched air</source>
        <translation>富氧环境</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="269" />
        <source>Sampled at (site time)</source>
        <translation>采样时间(厂区时间)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="270" />
        <source>Combustible</source>
        <translation>可燃气体</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="271" />
        <source>Oxygen</source>
        <translation>氧气</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="272" />
        <source>Toxic</source>
        <translation>有毒气体</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="273" />
        <source>Gas of concern</source>
        <translation>被测气体爆炸下限</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="275" />
        <location filename="../../src/widgets/PermitEditor.cpp" line="281" />
        <source>Analyst</source>
        <translation>分析人</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="279" />
        <source>Record gas test</source>
        <translation>记录气体分析</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="281" />
        <source>Sampled</source>
        <translation>采样时间</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="281" />
        <source>Combustible % vol</source>
        <translation>可燃气体 % vol</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="281" />
        <source>O₂ %</source>
        <translation>氧气 %</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="281" />
        <source>Toxic ppm</source>
        <translation>有毒气体 ppm</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="281" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="288" />
        <source>Gas tests</source>
        <translation>气体分析</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="302" />
        <source>&lt;b&gt;Workers and certificates&lt;/b&gt;</source>
        <translation>&lt;b&gt;作业人员及证书&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="304" />
        <source>&lt;b&gt;Cameras&lt;/b&gt;</source>
        <translation>&lt;b&gt;视频监控&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="306" />
        <source>&lt;b&gt;Conflicts with other work&lt;/b&gt;</source>
        <translation>&lt;b&gt;与其他作业的冲突&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="312" />
        <source>People, cameras, conflicts</source>
        <translation>人员、监控、冲突</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="361" />
        <source>own crew</source>
        <translation>本单位</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="369" />
        <location filename="../../src/widgets/PermitEditor.cpp" line="370" />
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="460" />
        <source>Permit no.: missing</source>
        <translation>作业票编号:未填写</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="462" />
        <source>Work: describe what is done and where</source>
        <translation>作业内容:请填写作业内容和地点</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="464" />
        <source>Area: choose the area of the work</source>
        <translation>区域:请选择作业区域</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="468" />
        <source>Work area polygon: at least three points "x, y" separated by ";", edges not crossing</source>
        <translation>作业范围:至少三个点 “x, y”,用 “;” 分隔,边不相交</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="470" />
        <source>Height: the top is below the bottom</source>
        <translation>作业高度:上限低于下限</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="472" />
        <source>End: must be after the start</source>
        <translation>结束:必须晚于开始</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="487" />
        <source>Grade: raised from %1 to %2 (night, rest day or holiday, GB 30871-2022)</source>
        <translation>级别:由%1升为%2(夜间、休息日或节假日,GB 30871-2022)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="490" />
        <source>End: validity %1 h exceeds the %2 h limit of %3 %4 (GB 30871-2022)</source>
        <translation>结束:有效期 %1 小时,超过%3%4的 %2 小时上限(GB 30871-2022)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="493" />
        <source>Cameras: %1 %2 is approved only with a camera covering the work area</source>
        <translation>视频监控:%1%2须有覆盖作业区域的摄像机方可审批</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="496" />
        <source>Guardian: a certified guardian is mandatory</source>
        <translation>监护人:必须指定持证监护人</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="498" />
        <source>Guardian: the guardian cannot also be a worker</source>
        <translation>监护人:监护人不得同时为作业人员</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/widgets/PermitEditor.cpp" line="503" />
        <source>Safety measures: %n not confirmed (needed before approval)</source>
        <translation>
            <numerusform>安全措施:%n 项未确认(审批前须确认)</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="506" />
        <source>Cannot be saved yet:</source>
        <translation>尚不能保存:</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="508" />
        <source>Before it can be submitted or approved:</source>
        <translation>提交或审批前须解决:</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="513" />
        <source>Permit %1</source>
        <translation>作业票 %1</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="513" />
        <source>(new)</source>
        <translation>(新建)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="514" />
        <source>New permit</source>
        <translation>新建作业票</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="580" />
        <source>Suspended (%1)%2: resuming needs a new passing gas test where the rules ask for it</source>
        <translation>已暂停(%1)%2:恢复作业须按规定重新进行气体分析并合格</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="581" />
        <source> by alarm %1</source>
        <translation>,报警 %1</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="583" />
        <source>The service reports:</source>
        <translation>系统提示:</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="590" />
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="590" />
        <source>Signed by</source>
        <translation>签字人</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="590" />
        <source>On site</source>
        <translation>在场人员</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="590" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="590" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="596" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="596" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="600" />
        <source>not signed</source>
        <translation>未签字</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="609" />
        <source>Sign as %1</source>
        <translation>以%1身份签字</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="610" />
        <source>Next: %1. Signed by %2%3.</source>
        <translation>下一步:%1,由 %2 签字%3。</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="611" />
        <source> at the work site</source>
        <translation>(在作业现场)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="612" />
        <source>Next: %1, signed by %2 (you are %3).</source>
        <translation>下一步:%1,由 %2 签字(您的角色:%3)。</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="615" />
        <source>Submit the permit to start the sign-offs.</source>
        <translation>提交作业票后开始签字确认。</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="627" />
        <source>Start work</source>
        <translation>开始作业</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="628" />
        <source>Suspend</source>
        <translation>暂停作业</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="629" />
        <source>Resume</source>
        <translation>恢复作业</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="630" />
        <source>Close (work finished)</source>
        <translation>关闭(作业完成)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="631" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="632" />
        <source>Reject (back to draft)</source>
        <translation>退回(回到草稿)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="640" />
        <source>Guardian left the site</source>
        <translation>监护人离开现场</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="650" />
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="650" />
        <source>FAIL</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="661" />
        <source>no certificate</source>
        <translation>无证书</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="662" />
        <source>No worker named.</source>
        <translation>未指定作业人员。</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="666" />
        <source> · bound</source>
        <translation> · 已绑定</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="666" />
        <source> · no usable feed</source>
        <translation> · 无可用视频流</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="667" />
        <source>No camera covers the work area.</source>
        <translation>没有摄像机覆盖作业区域。</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="668" />
        <source>No conflict with approved or active work.</source>
        <translation>与已审批或进行中的作业无冲突。</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="675" />
        <source>Refused:</source>
        <translation>已拒绝:</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="754" />
        <source>Analyst: name who took the sample</source>
        <translation>分析人:请填写采样人</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="780" />
        <source>The sample time is in the future.</source>
        <translation>采样时间晚于当前时间。</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="783" />
        <source>Gas sample taken %1 min before start: GB 30871 allows %2 min.</source>
        <translation>气体采样在作业开始前 %1 分钟:GB 30871 规定不超过 %2 分钟。</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="786" />
        <source>Sample %1 min before start (within %2 min).</source>
        <translation>采样在作业开始前 %1 分钟(%2 分钟以内)。</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="788" />
        <source>Resuming or logging: the sample must be no more than %1 min old when the work resumes.</source>
        <translation>恢复作业或定时检测:恢复作业时样品不得超过 %1 分钟。</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="791" />
        <source>%1: the gas is logged at least every %2 min while the work runs.</source>
        <translation>%1:作业期间至少每 %2 分钟检测一次气体。</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="794" />
        <source>These values pass (combustible ≤ %1 % vol, O₂ %2–%3 %).</source>
        <translation>检测值合格(可燃气体 ≤ %1 % vol,氧气 %2–%3 %)。</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitEditor.cpp" line="795" />
        <source>These values FAIL (combustible ≤ %1 % vol, O₂ %2–%3 %).</source>
        <translation>检测值不合格(可燃气体 ≤ %1 % vol,氧气 %2–%3 %)。</translation>
    </message>
</context>
<context>
    <name>gl::ui::PermitPanel</name>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="65" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="66" />
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="67" />
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="68" />
        <source>Active</source>
        <translation>作业中</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="69" />
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="70" />
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="71" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="72" />
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="82" />
        <source>New permit…</source>
        <translation>新建作业票…</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="85" />
        <source>Filter by code, type, area, contractor or title</source>
        <translation>按编号、类型、区域、承包商或作业内容筛选</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="116" />
        <source>By state</source>
        <translation>按状态</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="120" />
        <source>Area / permit</source>
        <translation>区域 / 作业票</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="120" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="120" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="120" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="120" />
        <source>Contractor</source>
        <translation>承包商</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="120" />
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="120" />
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="121" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="127" />
        <source>By area</source>
        <translation>按区域</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="134" />
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="143" />
        <source>Permits</source>
        <translation>作业票</translation>
    </message>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="191" />
        <source>Double-click to open the permit card</source>
        <translation>双击打开作业票</translation>
    </message>
</context>
<context>
    <name>gl::ui::PermitTimeline</name>
    <message>
        <location filename="../../src/widgets/PermitPanel.cpp" line="295" />
        <source>No permit between yesterday and the day after tomorrow. Create one with "New permit…".</source>
        <translation>昨天至后天没有作业票。用“新建作业票…”创建。</translation>
    </message>
</context>
<context>
    <name>gl::ui::RecordTable</name>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="60" />
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
</context>
<context>
    <name>gl::ui::RecordsPanel</name>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="80" />
        <location filename="../../src/widgets/Panels.cpp" line="91" />
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="80" />
        <source>Company</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="80" />
        <source>Name (EN)</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="81" />
        <source>Trade</source>
        <translation>专业</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="81" />
        <location filename="../../src/widgets/Panels.cpp" line="85" />
        <source>Workers</source>
        <translation>作业人员</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="81" />
        <source>Documents</source>
        <translation>资质文件</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="82" />
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="82" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="83" />
        <source>Permit</source>
        <translation>作业票</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="83" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="83" />
        <location filename="../../src/widgets/Panels.cpp" line="87" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="84" />
        <location filename="../../src/widgets/Panels.cpp" line="87" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="84" />
        <location filename="../../src/widgets/Panels.cpp" line="88" />
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="84" />
        <location filename="../../src/widgets/Panels.cpp" line="92" />
        <source>Contractor</source>
        <translation>承包商</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="85" />
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="85" />
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="86" />
        <source>Work</source>
        <translation>作业内容</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="87" />
        <source>Hazard</source>
        <translation>隐患</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="88" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="88" />
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="89" />
        <source>Reported</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="89" />
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="90" />
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="90" />
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="91" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="91" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="92" />
        <source>Job</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="92" />
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="93" />
        <source>Site briefing</source>
        <translation>厂级安全交底</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="93" />
        <source>Whitelisted</source>
        <translation>门禁白名单</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="94" />
        <source>Contractors</source>
        <translation>承包商</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="94" />
        <source>Permits</source>
        <translation>作业票</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="95" />
        <source>Hazards</source>
        <translation>隐患</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="95" />
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="97" />
        <source>Search %1 (Ctrl+F)</source>
        <translation>搜索%1(Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>gl::ui::ReportsPanel</name>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="35" />
        <source>Open PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="35" />
        <source>Open HTML</source>
        <translation>打开 HTML</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="37" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="37" />
        <source>Generated at</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="37" />
        <source>By</source>
        <translation>生成者</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="37" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="37" />
        <source>Contractors</source>
        <translation>承包商</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="37" />
        <source>Audit entry</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="38" />
        <source>SHA-256 (PDF)</source>
        <translation>SHA-256 (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="47" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="79" />
        <source>Loading the report archive…</source>
        <translation>正在加载报表归档…</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="107" />
        <source>The report archive cannot be read: %1</source>
        <translation>无法读取报表归档：%1</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="113" />
        <source>The Contractor Health Daily Report is generated every day at %1 (%2, site time) in %3; days missed while no workstation ran are caught up for %4 days.</source>
        <translation>承包商健康日报每天 %1(%2，厂区时间)以 %3 生成；无工作站运行时漏掉的日期在 %4 天内补生成。</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="117" />
        <source>The scheduled daily report is switched off (guardlinectl report schedule --enable).</source>
        <translation>定时日报已关闭(guardlinectl report schedule --enable 可开启)。</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="126" />
        <source>scheduler (%1)</source>
        <translation>定时任务 (%1)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="136" />
        <source>PDF %1
HTML %2</source>
        <translation>PDF %1
HTML %2</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="144" />
        <source>No report archived yet: the first one is generated at the scheduled time (or run 'guardlinectl housekeeping').</source>
        <translation>尚无归档报表：首份报表将在设定时间生成(或运行 'guardlinectl housekeeping')。</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="154" />
        <source>Checking the report's SHA-256 against the audit chain…</source>
        <translation>正在用审计链核对报表的 SHA-256…</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="169" />
        <source>SHA-256 verified against the audit chain (%1); opened %2</source>
        <translation>SHA-256 已与审计链核对一致 (%1)；已打开 %2</translation>
    </message>
    <message>
        <location filename="../../src/widgets/ReportsPanel.cpp" line="173" />
        <source>Not opened: %1 Report this to the EHS manager; the archived copy can no longer be trusted.</source>
        <translation>未打开：%1 请报告 EHS 经理；该归档副本已不可信。</translation>
    </message>
</context>
<context>
    <name>gl::ui::SitePlanView</name>
    <message>
        <location filename="../../src/widgets/SitePlanView.cpp" line="55" />
        <source>No site layout yet.
Import a site layout or load the demo plant (guardline --demo).</source>
        <translation>尚无厂区布局。
请导入厂区布局或加载演示工厂(guardline --demo)。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/widgets/SitePlanView.cpp" line="195" />
        <source>%n permit(s)</source>
        <translation>
            <numerusform>%n 张作业票</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/widgets/SitePlanView.cpp" line="204" />
        <source>Site plan — %1</source>
        <translation>厂区平面图 — %1</translation>
    </message>
    <message>
        <location filename="../../src/widgets/SitePlanView.cpp" line="206" />
        <source>Major risk</source>
        <translation>重大风险</translation>
    </message>
    <message>
        <location filename="../../src/widgets/SitePlanView.cpp" line="206" />
        <source>High risk</source>
        <translation>较大风险</translation>
    </message>
    <message>
        <location filename="../../src/widgets/SitePlanView.cpp" line="207" />
        <source>Moderate risk</source>
        <translation>一般风险</translation>
    </message>
    <message>
        <location filename="../../src/widgets/SitePlanView.cpp" line="207" />
        <source>Low risk</source>
        <translation>低风险</translation>
    </message>
</context>
<context>
    <name>gl::ui::TableModel</name>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="100" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="100" />
        <source>NO</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TableModel.cpp" line="129" />
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
</context>
<context>
    <name>gl::ui::TelemetryPanel</name>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="58" />
        <source>unacknowledged</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="60" />
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="62" />
        <source>returned (unacknowledged)</source>
        <translation>已恢复(未确认)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="64" />
        <source>shelved</source>
        <translation>已搁置</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="66" />
        <source>cleared</source>
        <translation>已清除</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="75" />
        <source>Telemetry</source>
        <translation>遥测</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="102" />
        <source>Telemetry: waiting for the store…</source>
        <translation>遥测:等待数据库…</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="111" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="111" />
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="135" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="111" />
        <source>Raised</source>
        <translation>报警时间</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="111" />
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="132" />
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="111" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="111" />
        <source>Message</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="115" />
        <source>Acknowledge (Space)</source>
        <translation>确认(空格)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="117" />
        <source>Shelving reason (required), e.g. detector under calibration, WO number</source>
        <translation>搁置原因(必填),如探测器校准中、工单号</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="120" />
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="120" />
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="122" />
        <source>Shelve</source>
        <translation>搁置</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="123" />
        <source>Unshelve</source>
        <translation>取消搁置</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="130" />
        <source>Alarms (ISA-18.2)</source>
        <translation>报警(ISA-18.2)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="132" />
        <source>Tag</source>
        <translation>位号</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="132" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="132" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="132" />
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="132" />
        <source>Age</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="134" />
        <source>Live values</source>
        <translation>实时数据</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="135" />
        <source>Connector</source>
        <translation>连接器</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="135" />
        <source>Counters</source>
        <translation>计数</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="135" />
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="137" />
        <source>Connectors</source>
        <translation>连接器</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="188" />
        <source>%1: expected {"connectors": [...]} (%2)</source>
        <translation>%1:应为 {"connectors": [...]}(%2)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="205" />
        <source>Telemetry: starting…</source>
        <translation>遥测:正在启动…</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="274" />
        <source>ALARM FLOOD: %1 alarms in the last 10 minutes (ISA-18.2 limit: 10 per operator). %2 low/medium-priority alarms are suppressed; critical and high stay visible.</source>
        <translation>报警泛滥:最近 10 分钟 %1 条报警(ISA-18.2 上限:每名操作员 10 条)。已抑制 %2 条低/中优先级报警;紧急和高优先级报警仍显示。</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="306" />
        <source>Shelving needs a reason (ISA-18.2): say why and until when.</source>
        <translation>搁置报警须填写原因(ISA-18.2):说明原因和期限。</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="318" />
        <source>Alarm %1 shelved</source>
        <translation>报警 %1 已搁置</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="341" />
        <source>Rules v%1 (%2 rules) · %3 samples · %4 bad · %5 unknown tags · %6 late · %7 stored</source>
        <translation>规则 v%1(%2 条)· 样本 %3 · 坏值 %4 · 未知位号 %5 · 迟到 %6 · 已存储 %7</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="354" />
        <source>▲ BAD</source>
        <translation>▲ 坏值</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="354" />
        <source>◆ stale</source>
        <translation>◆ 停滞</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="354" />
        <source>good</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="356" />
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="374" />
        <source>Connectors: none configured</source>
        <translation>连接器:未配置</translation>
    </message>
    <message>
        <location filename="../../src/widgets/TelemetryPanel.cpp" line="374" />
        <source>Connectors: %1</source>
        <translation>连接器:%1</translation>
    </message>
</context>
<context>
    <name>gl::ui::VtkMapFeeder</name>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="109" />
        <source>Fly to</source>
        <translation>飞到</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="120" />
        <source>Hazard</source>
        <translation>隐患</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="121" />
        <location filename="../../src/widgets/MapFeeder.cpp" line="144" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="122" />
        <location filename="../../src/widgets/MapFeeder.cpp" line="145" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="123" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="124" />
        <location filename="../../src/widgets/MapFeeder.cpp" line="147" />
        <location filename="../../src/widgets/MapFeeder.cpp" line="163" />
        <location filename="../../src/widgets/MapFeeder.cpp" line="188" />
        <location filename="../../src/widgets/MapFeeder.cpp" line="213" />
        <location filename="../../src/widgets/MapFeeder.cpp" line="236" />
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="125" />
        <location filename="../../src/widgets/MapFeeder.cpp" line="189" />
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="126" />
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="127" />
        <source>Reported</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="128" />
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="128" />
        <source> — OVERDUE</source>
        <translation> — 已逾期</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="129" />
        <source>Open hazard</source>
        <translation>打开隐患</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="142" />
        <source>Permit</source>
        <translation>作业票</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="143" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="146" />
        <location filename="../../src/widgets/MapFeeder.cpp" line="201" />
        <source>Contractor</source>
        <translation>承包商</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="148" />
        <source>Window</source>
        <translation>作业时间</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="149" />
        <source>Workers</source>
        <translation>作业人员</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="150" />
        <location filename="../../src/widgets/MapFeeder.cpp" line="214" />
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="150" />
        <source>%1 – %2 m</source>
        <translation>%1 – %2 米</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="151" />
        <source>Conflicts at %1</source>
        <translation>%1 的冲突</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="151" />
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="152" />
        <location filename="../../src/widgets/MapFeeder.cpp" line="175" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="153" />
        <source>Open permit</source>
        <translation>打开作业票</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="162" />
        <source>Camera</source>
        <translation>摄像机</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="164" />
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="164" />
        <source>%1, %2, %3 m</source>
        <translation>%1, %2, %3 米</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="165" />
        <source>View</source>
        <translation>视角</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="165" />
        <source>yaw %1°, pitch %2°, field of view %3°</source>
        <translation>方位角 %1°,俯仰角 %2°,视场角 %3°</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="166" />
        <source>Open camera feed</source>
        <translation>打开视频画面</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="184" />
        <source>Sensor</source>
        <translation>传感器</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="185" />
        <location filename="../../src/widgets/MapFeeder.cpp" line="212" />
        <location filename="../../src/widgets/MapFeeder.cpp" line="238" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="186" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="187" />
        <source>Range</source>
        <translation>量程</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="187" />
        <source>%1 – %2 %3</source>
        <translation>%1 – %2 %3</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="190" />
        <source>Alarm</source>
        <translation>报警</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="191" />
        <source>Open sensor</source>
        <translation>打开传感器</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="193" />
        <source>Open equipment %1</source>
        <translation>打开设备 %1</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="201" />
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="201" />
        <source>On site since</source>
        <translation>入场时间</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="202" />
        <source>Open person</source>
        <translation>打开人员</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="211" />
        <source>Structure</source>
        <translation>建构筑物</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="214" />
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="216" />
        <source>Model</source>
        <translation>三维模型</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="217" />
        <source>Open area %1</source>
        <translation>打开区域 %1</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="223" />
        <source>red — major 重大</source>
        <translation>红 — 重大风险</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="224" />
        <source>orange — large 较大</source>
        <translation>橙 — 较大风险</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="225" />
        <source>yellow — general 一般</source>
        <translation>黄 — 一般风险</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="226" />
        <source>blue — low 低</source>
        <translation>蓝 — 低风险</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="237" />
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="239" />
        <source>Open hazards</source>
        <translation>未关闭隐患</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="240" />
        <source>Active permits</source>
        <translation>生效作业票</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MapFeeder.cpp" line="241" />
        <source>Open area</source>
        <translation>打开区域</translation>
    </message>
</context>
</TS>