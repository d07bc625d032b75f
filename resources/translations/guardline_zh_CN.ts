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
        <translation>已关闭</translation>
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
        <translation>已上报</translation>
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
        <translation>已确认解除</translation>
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
        <location filename="../../src/widgets/Application.cpp" line="143" />
        <source>Guardline</source>
        <translation>安全卫士</translation>
    </message>
</context>
<context>
    <name>gl::ui::AlarmPanel</name>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="121" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="121" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="121" />
        <source>Raised</source>
        <translation>报警时间</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="122" />
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="122" />
        <source>Alarm</source>
        <translation>报警</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="122" />
        <source>Tag</source>
        <translation>位号</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="123" />
        <source>Acknowledge (Space)</source>
        <translation>确认(空格)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/widgets/Panels.cpp" line="149" />
        <source>%n alarm(s) waiting for acknowledgement</source>
        <translation>
            <numerusform>%n 条报警待确认</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="149" />
        <source>No unacknowledged alarms</source>
        <translation>无未确认报警</translation>
    </message>
</context>
<context>
    <name>gl::ui::CameraTile</name>
    <message>
        <location filename="../../src/widgets/CameraTile.cpp" line="69" />
        <source>LIVE</source>
        <translation>直播</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraTile.cpp" line="73" />
        <source>STALLED</source>
        <translation>卡顿</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraTile.cpp" line="78" />
        <location filename="../../src/widgets/CameraTile.cpp" line="99" />
        <source>connecting…</source>
        <translation>连接中…</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraTile.cpp" line="82" />
        <source>OFFLINE</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../src/widgets/CameraTile.cpp" line="99" />
        <source>no signal — retrying</source>
        <translation>无信号 — 重试中</translation>
    </message>
</context>
<context>
    <name>gl::ui::CameraWall</name>
    <message numerus="yes">
        <location filename="../../src/widgets/Panels.cpp" line="249" />
        <source>%n camera(s)</source>
        <translation>
            <numerusform>%n 路画面</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="251" />
        <source>Wall layout:</source>
        <translation>画面布局:</translation>
    </message>
</context>
<context>
    <name>gl::ui::DispatchBoard</name>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="172" />
        <source>Acknowledge instruction</source>
        <translation>确认指令</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="182" />
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="182" />
        <source>Assigned</source>
        <translation>已派发</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="182" />
        <source>Responding</source>
        <translation>处置中</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="182" />
        <source>Resolved / confirmed</source>
        <translation>已处置 / 已确认</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="210" />
        <source>INSTRUCTION to %1: %2 — %3</source>
        <translation>指令 → %1:%2 — %3</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="211" />
        <source>acknowledgement OVERDUE</source>
        <translation>确认已超时</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="211" />
        <source>acknowledge now</source>
        <translation>请立即确认</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="214" />
        <source>No instruction waiting</source>
        <translation>无待确认指令</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="235" />
        <source>OVERDUE since %1</source>
        <translation>自 %1 起超时</translation>
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
        <location filename="../../src/widgets/MainWindow.cpp" line="26" />
        <source>Guardline — safety command center</source>
        <translation>安全卫士 — 安全生产指挥中心</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="34" />
        <source>Site plan</source>
        <translation>厂区平面图</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="43" />
        <source>Store: connecting…</source>
        <translation>数据库:连接中…</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="44" />
        <source>Connectors: none configured</source>
        <translation>连接器:未配置</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="62" />
        <location filename="../../src/widgets/MainWindow.cpp" line="149" />
        <source>Store: ● online (%1)</source>
        <translation>数据库:● 在线(%1)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="62" />
        <source>Store: ● OFFLINE — %1</source>
        <translation>数据库:● 离线 — %1</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="93" />
        <source>Camera wall</source>
        <translation>视频墙</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="94" />
        <source>Alarms</source>
        <translation>报警</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="95" />
        <source>Dispatch board</source>
        <translation>调度看板</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="96" />
        <source>Records</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="106" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="107" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="110" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="114" />
        <source>&amp;Search records</source>
        <translation>搜索记录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="120" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="125" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="125" />
        <source>The language changes the next time Guardline starts.</source>
        <translation>语言将在下次启动安全卫士时生效。</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="145" />
        <source>DEMO — signed in as %1 (%2), no password</source>
        <translation>演示 — 已以 %1(%2)登录,无密码</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="145" />
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="148" />
        <source>Guardline — DEMO PLANT — safety command center</source>
        <translation>安全卫士 — 演示工厂 — 安全生产指挥中心</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="164" />
        <source>Open hazards %1 (overdue %2) · Active permits %3 · Unacknowledged alarms %4 · Open orders %5 · Contractors with expired documents %6</source>
        <translation>未闭环隐患 %1(超期 %2)· 作业中许可 %3 · 未确认报警 %4 · 待办工单 %5 · 证件过期承包商 %6</translation>
    </message>
    <message>
        <location filename="../../src/widgets/MainWindow.cpp" line="177" />
        <source>Selected %1 %2</source>
        <translation>已选中 %1 %2</translation>
    </message>
</context>
<context>
    <name>gl::ui::RecordsPanel</name>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="68" />
        <location filename="../../src/widgets/Panels.cpp" line="79" />
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="68" />
        <source>Company</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="68" />
        <source>Name (EN)</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="69" />
        <source>Trade</source>
        <translation>专业</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="69" />
        <location filename="../../src/widgets/Panels.cpp" line="73" />
        <source>Workers</source>
        <translation>作业人员</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="69" />
        <source>Documents</source>
        <translation>资质文件</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="70" />
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="70" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="71" />
        <source>Permit</source>
        <translation>作业票</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="71" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="71" />
        <location filename="../../src/widgets/Panels.cpp" line="75" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="72" />
        <location filename="../../src/widgets/Panels.cpp" line="75" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="72" />
        <location filename="../../src/widgets/Panels.cpp" line="76" />
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="72" />
        <location filename="../../src/widgets/Panels.cpp" line="80" />
        <source>Contractor</source>
        <translation>承包商</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="73" />
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="73" />
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="74" />
        <source>Work</source>
        <translation>作业内容</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="75" />
        <source>Hazard</source>
        <translation>隐患</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="76" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="76" />
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="77" />
        <source>Reported</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="77" />
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="78" />
        <source>Assignee</source>
        <translation>整改责任人</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="78" />
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="79" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="79" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="80" />
        <source>Job</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="80" />
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="81" />
        <source>Site briefing</source>
        <translation>厂级安全交底</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="81" />
        <source>Whitelisted</source>
        <translation>门禁白名单</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="82" />
        <source>Contractors</source>
        <translation>承包商</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="82" />
        <source>Permits</source>
        <translation>作业票</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="83" />
        <source>Hazards</source>
        <translation>隐患</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="83" />
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../src/widgets/Panels.cpp" line="85" />
        <source>Search %1 (Ctrl+F)</source>
        <translation>搜索%1(Ctrl+F)</translation>
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
        <location filename="../../src/widgets/SitePlanView.cpp" line="197" />
        <source>%n permit(s)</source>
        <translation>
            <numerusform>%n 张作业票</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/widgets/SitePlanView.cpp" line="206" />
        <source>Site plan — %1</source>
        <translation>厂区平面图 — %1</translation>
    </message>
    <message>
        <location filename="../../src/widgets/SitePlanView.cpp" line="208" />
        <source>Major risk</source>
        <translation>重大风险</translation>
    </message>
    <message>
        <location filename="../../src/widgets/SitePlanView.cpp" line="208" />
        <source>High risk</source>
        <translation>较大风险</translation>
    </message>
    <message>
        <location filename="../../src/widgets/SitePlanView.cpp" line="209" />
        <source>Moderate risk</source>
        <translation>一般风险</translation>
    </message>
    <message>
        <location filename="../../src/widgets/SitePlanView.cpp" line="209" />
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
</TS>