<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ContractorForms</name>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorFormParts.cpp" line="32"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="14"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="15"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="16"/>
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="17"/>
        <source>Active</source>
        <translation>作业中</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="18"/>
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="19"/>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="20"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="21"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="22"/>
        <source>Expiring</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="23"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="24"/>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="25"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="26"/>
        <source>Reported</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="27"/>
        <source>Assigned</source>
        <translation>已派发</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="28"/>
        <source>Rectifying</source>
        <translation>整改中</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="29"/>
        <source>Pending verification</source>
        <translation>待验证</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="30"/>
        <source>Re-inspected</source>
        <translation>已复查</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="31"/>
        <source>Reopened</source>
        <translation>已重开</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="32"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="33"/>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="34"/>
        <source>Hot work</source>
        <translation>动火作业</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="35"/>
        <source>Confined space</source>
        <translation>受限空间</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="36"/>
        <source>Blind plate</source>
        <translation>盲板抽堵</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="37"/>
        <source>Work at height</source>
        <translation>高处作业</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="38"/>
        <source>Lifting</source>
        <translation>吊装作业</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="39"/>
        <source>Temporary power</source>
        <translation>临时用电</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="40"/>
        <source>Excavation</source>
        <translation>动土作业</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="41"/>
        <source>Road closure</source>
        <translation>断路作业</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="42"/>
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="43"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="44"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="45"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="46"/>
        <source>Unacknowledged</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="47"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="48"/>
        <source>Returned</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="49"/>
        <source>Cleared</source>
        <translation>已消除</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="50"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="51"/>
        <source>Accepted</source>
        <translation>已接单</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="52"/>
        <source>On scene</source>
        <translation>已到场</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="53"/>
        <source>Resolved</source>
        <translation>已处置</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="54"/>
        <source>Confirmed</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="55"/>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="56"/>
        <source>Contractor worker</source>
        <translation>承包商人员</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="57"/>
        <source>Admitted</source>
        <translation>已准入</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="58"/>
        <source>Not admitted</source>
        <translation>未准入</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="59"/>
        <source>In-house</source>
        <translation>本单位</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="61"/>
        <source>Maintenance</source>
        <translation>检修</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="62"/>
        <source>Welding</source>
        <translation>焊接</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="63"/>
        <source>Scaffolding</source>
        <translation>脚手架</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="64"/>
        <source>Electrical</source>
        <translation>电气</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="65"/>
        <source>Tank cleaning</source>
        <translation>储罐清洗</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="66"/>
        <source>Civil works</source>
        <translation>土建</translation>
    </message>
    <message>
        <location filename="../../src/platform/util/Labels.cpp" line="67"/>
        <source>Instrumentation</source>
        <translation>仪表</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/LoginDialog.ui" line="5"/>
        <source>Sign in to Guardline</source>
        <translation>登录安全卫士</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.ui" line="8"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.ui" line="10"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../src/shell/Application.cpp" line="180"/>
        <source>Guardline</source>
        <translation>安全卫士</translation>
    </message>
    <message>
        <location filename="../../src/shell/CsvExport.cpp" line="50"/>
        <location filename="../../src/shell/CsvExport.cpp" line="70"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../src/shell/CsvExport.cpp" line="50"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/shell/CsvExport.cpp" line="71"/>
        <source>%1 was not written: %2. Choose another folder or free disk space.</source>
        <translation>%1 未能写入：%2。请选择其他文件夹或释放磁盘空间。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/shell/CsvExport.cpp" line="75"/>
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>已导出 %n 行到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/shell/CsvExport.cpp" line="83"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../src/shell/CsvExport.cpp" line="85"/>
        <source>Save the rows shown (sorted and filtered) with the visible columns as CSV for Excel</source>
        <translation>将当前显示的行(按排序和筛选)及可见列保存为可用 Excel 打开的 CSV</translation>
    </message>
</context>
<context>
    <name>gl::Admission</name>
    <message>
        <location filename="../../src/modules/admission/logic/ContractorAdmission.cpp" line="22"/>
        <source>business_licence</source>
        <translation>营业执照</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/logic/ContractorAdmission.cpp" line="24"/>
        <source>qualification</source>
        <translation>资质证书</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/logic/ContractorAdmission.cpp" line="26"/>
        <source>injury_insurance</source>
        <translation>工伤保险缴费证明</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/logic/ContractorAdmission.cpp" line="28"/>
        <source>hse_agreement</source>
        <translation>HSE协议</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/logic/ContractorAdmission.cpp" line="38"/>
        <source>contractor suspended</source>
        <translation>承包商已被暂停</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/logic/ContractorAdmission.cpp" line="39"/>
        <source>contractor suspended: %1</source>
        <translation>承包商已被暂停：%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/logic/ContractorAdmission.cpp" line="46"/>
        <source>%1: no document on file</source>
        <translation>%1：未提交</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/logic/ContractorAdmission.cpp" line="49"/>
        <source>%1 &apos;%2&apos;</source>
        <translation>%1“%2”</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/logic/ContractorAdmission.cpp" line="51"/>
        <source>%1: expired on %2</source>
        <translation>%1：已于 %2 过期</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/logic/ContractorAdmission.cpp" line="53"/>
        <source>%1: not valid before %2</source>
        <translation>%1：%2 之前无效</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/logic/ContractorAdmission.cpp" line="61"/>
        <source>an unknown day</source>
        <translation>未知日期</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/logic/ContractorAdmission.cpp" line="63"/>
        <source>%1: the payment proof covers from %2, not the %3 months before today (from %4 at the latest)</source>
        <translation>%1：缴费证明自 %2 起，未覆盖今天之前的 %3 个月（最晚应自 %4 起）</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/logic/ContractorAdmission.cpp" line="69"/>
        <source>%1: the payment proof covers only to %2, short of the first day of last month (%3)</source>
        <translation>%1：缴费证明仅覆盖至 %2，未到上月第一天（%3）</translation>
    </message>
</context>
<context>
    <name>gl::AlarmFlood</name>
    <message>
        <location filename="../../src/modules/telemetry/logic/AlarmFlood.cpp" line="22"/>
        <source>%1: &apos;%2&apos; is not a number of alarms (1..10000)</source>
        <translation>%1:&apos;%2&apos; 不是报警条数(1..10000)</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/AlarmFlood.cpp" line="32"/>
        <source>%1: &apos;%2&apos; is not a number of seconds (60..86400)</source>
        <translation>%1:&apos;%2&apos; 不是秒数(60..86400)</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/AlarmFlood.cpp" line="42"/>
        <source>not JSON at offset %1: %2</source>
        <translation>不是 JSON(偏移 %1):%2</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/AlarmFlood.cpp" line="44"/>
        <source>must be a JSON array of positions {&quot;code&quot;, &quot;name&quot;, &quot;areas&quot;}</source>
        <translation>必须是岗位的 JSON 数组 {&quot;code&quot;, &quot;name&quot;, &quot;areas&quot;}</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/AlarmFlood.cpp" line="49"/>
        <source>position #%1</source>
        <translation>第 %1 个岗位</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/AlarmFlood.cpp" line="51"/>
        <source>%1: must be an object</source>
        <translation>%1:必须是对象</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/AlarmFlood.cpp" line="55"/>
        <source>%1: field &apos;code&apos;: must be a text</source>
        <translation>%1:字段 &apos;code&apos;:必须是文本</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/AlarmFlood.cpp" line="58"/>
        <source>%1: field &apos;code&apos;: missing</source>
        <translation>%1:字段 &apos;code&apos;:缺失</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/AlarmFlood.cpp" line="60"/>
        <source>%1: field &apos;code&apos;: &apos;%2&apos; is used twice</source>
        <translation>%1:字段 &apos;code&apos;:&apos;%2&apos; 重复使用</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/AlarmFlood.cpp" line="65"/>
        <source>%1 (&apos;%2&apos;): field &apos;areas&apos;: must be an array of area codes</source>
        <translation>%1(&apos;%2&apos;):字段 &apos;areas&apos;:必须是区域编码数组</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/AlarmFlood.cpp" line="70"/>
        <source>%1 (&apos;%2&apos;): field &apos;areas&apos;: an entry is not an area code</source>
        <translation>%1(&apos;%2&apos;):字段 &apos;areas&apos;:有一项不是区域编码</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/AlarmFlood.cpp" line="73"/>
        <source>%1 (&apos;%2&apos;): field &apos;areas&apos;: unknown area &apos;%3&apos;</source>
        <translation>%1(&apos;%2&apos;):字段 &apos;areas&apos;:未知区域 &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryServiceFlood.cpp" line="63"/>
        <source>nothing to change: give the alarm limit, the window or the operator positions</source>
        <translation>没有要修改的内容:请给出报警上限、时间窗口或操作员岗位</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryServiceFlood.cpp" line="71"/>
        <source>alarm limit</source>
        <translation>报警上限</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryServiceFlood.cpp" line="75"/>
        <source>flood window</source>
        <translation>泛滥时间窗口</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryServiceFlood.cpp" line="80"/>
        <source>operator positions</source>
        <translation>操作员岗位</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryServiceFlood.cpp" line="86"/>
        <source>%1: position &apos;%2&apos;: the site has no areas yet (import the site first)</source>
        <translation>%1:岗位 &apos;%2&apos;:厂区还没有区域(请先导入厂区)</translation>
    </message>
</context>
<context>
    <name>gl::InboxService</name>
    <message>
        <location filename="../../src/modules/workspace/logic/InboxService.cpp" line="44"/>
        <source>escalated (level %1): %2</source>
        <translation>已升级（第 %1 级）：%2</translation>
    </message>
    <message>
        <location filename="../../src/modules/workspace/logic/InboxService.cpp" line="65"/>
        <source>re-inspection: %1</source>
        <translation>复查：%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/workspace/logic/InboxService.cpp" line="98"/>
        <source>sign %1: %2</source>
        <translation>签字 %1：%2</translation>
    </message>
</context>
<context>
    <name>gl::PermitService</name>
    <message>
        <location filename="../../src/modules/permits/logic/PermitService.cpp" line="52"/>
        <source>has %1 corners; a work area has at most %2</source>
        <translation>有 %1 个角点;作业区域最多 %2 个</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/PermitService.cpp" line="89"/>
        <source>corner %1 (%2, %3) is outside the site: x %4 to %5 m, y %6 to %7 m (the site&apos;s layout and %8 m around it)</source>
        <translation>第 %1 个角点 (%2, %3) 在厂区之外:x %4 至 %5 米,y %6 至 %7 米(厂区布局及其周边 %8 米)</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/PermitService.cpp" line="319"/>
        <source>permit &apos;%1&apos;: &apos;%2&apos; refused (1 problem):</source>
        <translation>作业票“%1”：“%2”被拒绝（1 个问题）：</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/PermitService.cpp" line="320"/>
        <source>permit &apos;%1&apos;: &apos;%2&apos; refused (%3 problems):</source>
        <translation>作业票“%1”：“%2”被拒绝（%3 个问题）：</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/PermitService.cpp" line="334"/>
        <source>field &apos;type&apos;: &apos;%1&apos; has no GB 30871-2022 rules</source>
        <translation>字段 &apos;type&apos;：“%1”没有 GB 30871-2022 规则</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/PermitService.cpp" line="337"/>
        <source>field &apos;grade&apos;: &apos;%1&apos; is not a grade of %2 (%3)</source>
        <translation>字段 &apos;grade&apos;：“%1”不是 %2 的等级（%3）</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/PermitService.cpp" line="342"/>
        <source> (raised from %1: the work touches the night, a rest day or a holiday)</source>
        <translation>（由 %1 升级：作业涉及夜间、休息日或节假日）</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/PermitService.cpp" line="343"/>
        <source>field &apos;end&apos;: validity %1 h exceeds the %2 h limit of %3 %4%5 (GB 30871-2022)</source>
        <translation>字段 &apos;end&apos;：有效期 %1 小时超过 %3 %4 的 %2 小时上限%5（GB 30871-2022）</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/PermitService.cpp" line="347"/>
        <source>field &apos;guardian&apos;: no guardian named (a certified guardian is mandatory)</source>
        <translation>字段 &apos;guardian&apos;：未指定监护人（必须有持证监护人）</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/PermitService.cpp" line="356"/>
        <source>field &apos;guardian&apos;: guardian &apos;%1&apos; has no &apos;guardian&apos; certificate valid from %2 to %3</source>
        <translation>字段 &apos;guardian&apos;：监护人“%1”没有 %2 至 %3 有效的监护人证书</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/PermitService.cpp" line="358"/>
        <source>field &apos;guardian&apos;: guardian &apos;%1&apos; is also a worker of the permit</source>
        <translation>字段 &apos;guardian&apos;：监护人“%1”同时是本作业票的作业人员</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/PermitService.cpp" line="362"/>
        <source>field &apos;equipment&apos;: a blind plate permit names its blind (one permit per blind and action)</source>
        <translation>字段 &apos;equipment&apos;：盲板抽堵作业票须指明盲板（一块盲板一次操作一张票）</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/PermitService.cpp" line="369"/>
        <source>field &apos;equipment&apos;: blind &apos;%1&apos; already has permit &apos;%2&apos; (one permit per blind and action)</source>
        <translation>字段 &apos;equipment&apos;：盲板“%1”已有作业票“%2”（一块盲板一次操作一张票）</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/PermitService.cpp" line="383"/>
        <source>state: permit &apos;%1&apos; is %2: it is not submitted, approved or given a work ticket (possible: %3)</source>
        <translation>状态：作业票“%1”为 %2：不能提交、审批或出票（可执行：%3）</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/PermitService.cpp" line="400"/>
        <source>approver: %1 %2 is approved by %3 (GB 30871-2022 Table B.1), not by &apos;%4&apos; (%5)</source>
        <translation>审批人：%1 %2 由 %3 审批（GB 30871-2022 表 B.1），而非“%4”（%5）</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/PermitService.cpp" line="409"/>
        <source>sign-off: &apos;%1&apos; (%2) has not signed; the standard&apos;s order is %3</source>
        <translation>会签：“%1”（%2）尚未签字；标准规定的顺序为 %3</translation>
    </message>
</context>
<context>
    <name>gl::SignIn</name>
    <message>
        <location filename="../../src/platform/auth/UserService.cpp" line="194"/>
        <source>too many failed sign-ins for &apos;%1&apos;; try again after %2</source>
        <translation>“%1”登录失败次数过多；请于 %2 之后再试</translation>
    </message>
    <message>
        <location filename="../../src/platform/auth/UserService.cpp" line="207"/>
        <source>the account &apos;%1&apos; is disabled</source>
        <translation>账户“%1”已停用</translation>
    </message>
    <message>
        <location filename="../../src/platform/auth/UserService.cpp" line="228"/>
        <source>wrong user name or password</source>
        <translation>用户名或密码错误</translation>
    </message>
</context>
<context>
    <name>gl::TelemetryPipeline</name>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipeline.cpp" line="75"/>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipelineAlarms.cpp" line="154"/>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipelineAlarms.cpp" line="229"/>
        <source>Alarm outbox: %1</source>
        <translation>报警待发队列：%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipeline.cpp" line="91"/>
        <source>Connector %1 not started: %2</source>
        <translation>连接器 %1 未启动：%2</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipeline.cpp" line="103"/>
        <source>Connector %1 (&apos;%2&apos;): no plugin of that kind is installed</source>
        <translation>连接器 %1（“%2”）：未安装该类插件</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipeline.cpp" line="114"/>
        <source>Connector %1 (&apos;%2&apos;) refused its configuration: %3</source>
        <translation>连接器 %1（“%2”）拒绝其配置：%3</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipeline.cpp" line="132"/>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipeline.cpp" line="136"/>
        <source>Telemetry stopped: %1</source>
        <translation>遥测已停止：%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipeline.cpp" line="134"/>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipeline.cpp" line="328"/>
        <source>internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipeline.cpp" line="326"/>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipeline.cpp" line="330"/>
        <source>Telemetry: %1</source>
        <translation>遥测：%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipeline.cpp" line="354"/>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipeline.cpp" line="381"/>
        <source>Samples not stored (will retry): %1</source>
        <translation>采样未存储（将重试）：%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipelineAlarms.cpp" line="83"/>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipelineAlarms.cpp" line="121"/>
        <source>Alarm of rule %1 not recorded: %2</source>
        <translation>规则 %1 的报警未记录：%2</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipelineInstructions.cpp" line="43"/>
        <source>Instruction %1: how it went out was not recorded (will retry): %2</source>
        <translation>指令 %1：下发情况未能记录（将重试）：%2</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipelineAlarms.cpp" line="159"/>
        <source>Alarm of rule %1 (%2) kept in the outbox behind %3 waiting events</source>
        <translation>规则 %1 的报警（%2）已存入待发队列，排在 %3 条待处理事件之后</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipelineAlarms.cpp" line="160"/>
        <source>Alarm of rule %1 (%2) kept in the outbox until the store takes it: %3</source>
        <translation>规则 %1 的报警（%2）已存入待发队列，待数据库恢复后写入：%3</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipelineAlarms.cpp" line="184"/>
        <source>Alarm outbox: rule %1 is no longer in force; its alarm was not stored</source>
        <translation>报警待发队列：规则 %1 已不再生效，其报警未写入</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipelineAlarms.cpp" line="221"/>
        <source>Alarm outbox: the alarm of rule %1 cannot be stored: %2</source>
        <translation>报警待发队列：规则 %1 的报警无法写入：%2</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipelineInstructions.cpp" line="79"/>
        <source>Instructions waiting to go out cannot be read (will retry): %1</source>
        <translation>无法读取待下发的指令（将重试）：%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryPipeline.cpp" line="379"/>
        <source>Samples not stored yet (retrying): %1</source>
        <translation>采样尚未存储（重试中）：%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryRulesReload.cpp" line="167"/>
        <location filename="../../src/modules/telemetry/logic/TelemetryRulesReload.cpp" line="223"/>
        <source>Alarm %1 not returned to normal: %2</source>
        <translation>报警 %1 未恢复正常：%2</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryRulesReload.cpp" line="260"/>
        <source>Alarm rules version %1 not applied, version %2 stays in force: %3</source>
        <translation>报警规则版本 %1 未应用，版本 %2 继续生效：%3</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryRulesReload.cpp" line="301"/>
        <source>Alarm %1 not returned to normal after the rules changed: %2</source>
        <translation>规则变更后报警 %1 未恢复正常：%2</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/logic/TelemetryRulesReload.cpp" line="315"/>
        <source>Alarm rules not reloaded: %1</source>
        <translation>报警规则未重新加载：%1</translation>
    </message>
</context>
<context>
    <name>gl::WorkGate</name>
    <message>
        <location filename="../../src/modules/permits/logic/WorkGate.cpp" line="31"/>
        <source>worker &apos;%1&apos;: does not exist</source>
        <translation>作业人员“%1”：不存在</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/WorkGate.cpp" line="35"/>
        <source>worker &apos;%1&apos; (%2)</source>
        <translation>作业人员“%1”（%2）</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/WorkGate.cpp" line="38"/>
        <source>%1: not on the contractor whitelist</source>
        <translation>%1：不在承包商白名单上</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/WorkGate.cpp" line="40"/>
        <source>%1: whitelist entry ends on %2, before the end day %3</source>
        <translation>%1：白名单有效期至 %2，早于结束日 %3</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/WorkGate.cpp" line="45"/>
        <source>%1: left on %2</source>
        <translation>%1：已于 %2 离场</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/WorkGate.cpp" line="46"/>
        <source>%1: left on %2 (%3)</source>
        <translation>%1：已于 %2 离场（%3）</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/WorkGate.cpp" line="53"/>
        <source>%1: contractor &apos;%2&apos; is not admitted: %3</source>
        <translation>%1：承包商“%2”未准入：%3</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/WorkGate.cpp" line="56"/>
        <source>%1: no site safety briefing</source>
        <translation>%1：未进行入场安全交底</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/WorkGate.cpp" line="58"/>
        <source>%1: site safety briefing on %2 is after the start day %3</source>
        <translation>%1：入场安全交底日期 %2 晚于开始日 %3</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/WorkGate.cpp" line="60"/>
        <source>%1: site safety briefing of %2 is older than %3 days</source>
        <translation>%1：%2 的入场安全交底已超过 %3 天</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/WorkGate.cpp" line="62"/>
        <source>%1: not on a shift on %2</source>
        <translation>%1：%2 未排班</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/logic/WorkGate.cpp" line="74"/>
        <source>%1: no %2 certificate valid from %3 to %4</source>
        <translation>%1：没有 %3 至 %4 有效的 %2 证书</translation>
    </message>
</context>
<context>
    <name>gl::map::MapDetailsPanel</name>
    <message>
        <location filename="../../src/modules/map/MapDetailsPanel.cpp" line="28"/>
        <source>Close the details (Esc)</source>
        <translation>关闭详情 (Esc)</translation>
    </message>
</context>
<context>
    <name>gl::map::MapTimeSlider</name>
    <message>
        <location filename="../../src/modules/map/MapTimeSlider.cpp" line="23"/>
        <source>Permits active at</source>
        <translation>生效作业票时间</translation>
    </message>
    <message>
        <location filename="../../src/modules/map/MapTimeSlider.cpp" line="26"/>
        <source>Drag to see the permits active at another time (site-local time); Now returns to the clock</source>
        <translation>拖动查看其他时间(厂区当地时间)生效的作业票;点击“现在”恢复实时</translation>
    </message>
    <message>
        <location filename="../../src/modules/map/MapTimeSlider.cpp" line="31"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../src/modules/map/MapTimeSlider.cpp" line="33"/>
        <source>Show the permits active now, following the clock</source>
        <translation>显示当前生效的作业票,随时钟更新</translation>
    </message>
    <message>
        <location filename="../../src/modules/map/MapTimeSlider.cpp" line="105"/>
        <source>%1 · now</source>
        <translation>%1 · 现在</translation>
    </message>
</context>
<context>
    <name>gl::map::PlantMapView</name>
    <message>
        <location filename="../../src/modules/map/MapPicking.cpp" line="251"/>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <location filename="../../src/modules/map/MapPicking.cpp" line="256"/>
        <source>Hazard %1 · %2 · %3%4</source>
        <translation>隐患 %1 · %2 · %3%4</translation>
    </message>
    <message>
        <location filename="../../src/modules/map/MapPicking.cpp" line="257"/>
        <source> · OVERDUE</source>
        <translation> · 已逾期</translation>
    </message>
    <message>
        <location filename="../../src/modules/map/MapPicking.cpp" line="266"/>
        <source>%1 · no live value · alarm %2</source>
        <translation>%1 · 无实时值 · 报警 %2</translation>
    </message>
    <message>
        <location filename="../../src/modules/map/MapPicking.cpp" line="267"/>
        <source>%1 · no live value</source>
        <translation>%1 · 无实时值</translation>
    </message>
    <message>
        <location filename="../../src/modules/map/MapPicking.cpp" line="269"/>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <location filename="../../src/modules/map/MapPicking.cpp" line="271"/>
        <source> · bad quality</source>
        <translation> · 质量差</translation>
    </message>
    <message>
        <location filename="../../src/modules/map/MapPicking.cpp" line="273"/>
        <source> · alarm %1</source>
        <translation> · 报警 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/map/MapPicking.cpp" line="299"/>
        <source>%n hazards here (%1 major, %2 overdue) — click to zoom in</source>
        <translation>
            <numerusform>此处 %n 项隐患(重大 %1,逾期 %2)— 点击放大</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/map/PlantMapView.cpp" line="194"/>
        <source>&lt;b&gt;Risk&lt;/b&gt; &lt;span style=&apos;color:#d32f2f&apos;&gt;&amp;#9632;&lt;/span&gt; major 重大 &lt;span style=&apos;color:#f57c00&apos;&gt;&amp;#9632;&lt;/span&gt; large 较大 &lt;span style=&apos;color:#fbc02d&apos;&gt;&amp;#9632;&lt;/span&gt; general 一般 &lt;span style=&apos;color:#1976d2&apos;&gt;&amp;#9632;&lt;/span&gt; low 低&lt;br&gt;&lt;b&gt;Hazards&lt;/b&gt; &lt;span style=&apos;color:#e53935&apos;&gt;&amp;#9632;&lt;/span&gt; major &lt;span style=&apos;color:#fb8c00&apos;&gt;&amp;#9642;&lt;/span&gt; general &lt;span style=&apos;color:#43a047&apos;&gt;&amp;#9642;&lt;/span&gt; closed (overdue pulse) &lt;span style=&apos;color:#fb8c00&apos;&gt;&amp;#9679;&lt;/span&gt; cluster (count; red if any major) &amp;nbsp; &lt;b&gt;People&lt;/b&gt; &lt;span style=&apos;color:#eceff1&apos;&gt;&amp;#9642;&lt;/span&gt; on site &amp;nbsp; &lt;b&gt;Permits&lt;/b&gt; &lt;span style=&apos;color:#ff1744&apos;&gt;&amp;#9633;&lt;/span&gt; conflict</source>
        <translation>&lt;b&gt;风险&lt;/b&gt; &lt;span style=&apos;color:#d32f2f&apos;&gt;&amp;#9632;&lt;/span&gt; 重大 &lt;span style=&apos;color:#f57c00&apos;&gt;&amp;#9632;&lt;/span&gt; 较大 &lt;span style=&apos;color:#fbc02d&apos;&gt;&amp;#9632;&lt;/span&gt; 一般 &lt;span style=&apos;color:#1976d2&apos;&gt;&amp;#9632;&lt;/span&gt; 低&lt;br&gt;&lt;b&gt;隐患&lt;/b&gt; &lt;span style=&apos;color:#e53935&apos;&gt;&amp;#9632;&lt;/span&gt; 重大 &lt;span style=&apos;color:#fb8c00&apos;&gt;&amp;#9642;&lt;/span&gt; 一般 &lt;span style=&apos;color:#43a047&apos;&gt;&amp;#9642;&lt;/span&gt; 已整改(逾期闪烁) &lt;span style=&apos;color:#fb8c00&apos;&gt;&amp;#9679;&lt;/span&gt; 聚合(数量;含重大为红) &amp;nbsp; &lt;b&gt;人员&lt;/b&gt; &lt;span style=&apos;color:#eceff1&apos;&gt;&amp;#9642;&lt;/span&gt; 在场 &amp;nbsp; &lt;b&gt;作业票&lt;/b&gt; &lt;span style=&apos;color:#ff1744&apos;&gt;&amp;#9633;&lt;/span&gt; 冲突</translation>
    </message>
</context>
<context>
    <name>gl::ui::AlarmFloodDialog</name>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="48"/>
        <source>&amp;Administration</source>
        <translation>管理(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="52"/>
        <source>Alarm &amp;flood settings…</source>
        <translation>报警泛滥设置(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="55"/>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="60"/>
        <source>The ISA-18.2 alarm flood limit, its window and the operator positions (audited)</source>
        <translation>ISA-18.2 报警泛滥上限、时间窗口和操作员岗位(留审计记录)</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="61"/>
        <source>Only an EHS manager or an administrator sets the alarm flood settings (permission rules.edit); you are signed in as %1 (%2).</source>
        <translation>只有 EHS 经理或管理员可以设置报警泛滥(权限 rules.edit);您当前登录为 %1(%2)。</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="89"/>
        <source>&amp;Add position</source>
        <translation>添加岗位(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="90"/>
        <source>&amp;Remove position</source>
        <translation>删除岗位(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="90"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="91"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="94"/>
        <source>Alarm flood settings — Guardline</source>
        <translation>报警泛滥设置 — Guardline</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="109"/>
        <source>More alarms than this within the window, annunciated to one operator position, is a flood</source>
        <translation>时间窗口内报给同一操作员岗位的报警多于此数即为泛滥</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="112"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="113"/>
        <source>The window the alarms are counted in, in seconds (ISA-18.2: 10 minutes)</source>
        <translation>统计报警的时间窗口,单位秒(ISA-18.2:10 分钟)</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="114"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="114"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="114"/>
        <source>Areas</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="119"/>
        <source>The areas whose alarms the selected position annunciates; none checked = the whole site</source>
        <translation>所选岗位负责报警的区域;都不勾选 = 全厂</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="121"/>
        <source>ISA-18.2: more alarms than the limit within the window at one operator position is an alarm flood; the alarm panel shows it and the audit chain records when it begins and ends. Each position annunciates the areas checked for it; a position without areas covers the whole site.</source>
        <translation>ISA-18.2:时间窗口内同一操作员岗位的报警多于上限即为报警泛滥;报警面板会显示,审计链记录其开始和结束。每个岗位负责为其勾选的区域;没有区域的岗位覆盖全厂。</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="127"/>
        <source>Flood &amp;limit (alarms):</source>
        <translation>泛滥上限(条)(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="128"/>
        <source>&amp;Window:</source>
        <translation>时间窗口(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="133"/>
        <source>A&amp;reas of the selected position:</source>
        <translation>所选岗位的区域(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="135"/>
        <source>&amp;Operator positions:</source>
        <translation>操作员岗位(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="164"/>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="187"/>
        <source>Could not read the flood settings: %1</source>
        <translation>无法读取报警泛滥设置:%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="206"/>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="254"/>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="263"/>
        <source>the whole site</source>
        <translation>全厂</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="215"/>
        <source>The stored settings are not valid (the defaults are shown; saving replaces them): %1</source>
        <translation>已存的设置无效(显示的是默认值;保存后替换):%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="235"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="300"/>
        <source>Operator positions</source>
        <translation>操作员岗位</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="302"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="307"/>
        <source>Saved: more than %1 alarms within %2 s at one of %3 operator positions is a flood.</source>
        <translation>已保存:%2 秒内在 %3 个操作员岗位之一多于 %1 条报警即为泛滥。</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmFloodDialog.cpp" line="315"/>
        <source>Not saved: %1</source>
        <translation>未保存:%1</translation>
    </message>
</context>
<context>
    <name>gl::ui::AlarmPanel</name>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="28"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="28"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="28"/>
        <source>Raised</source>
        <translation>报警时间</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="29"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="29"/>
        <source>Alarm</source>
        <translation>报警</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="29"/>
        <source>Tag</source>
        <translation>位号</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="30"/>
        <source>Acknowledge (Space)</source>
        <translation>确认(空格)</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="53"/>
        <source>Filter: alarm, area or tag</source>
        <translation>筛选:报警内容、区域或位号</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="57"/>
        <source>All priorities</source>
        <translation>全部优先级</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="58"/>
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="59"/>
        <source>High and above</source>
        <translation>高及以上</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="60"/>
        <source>Medium and above</source>
        <translation>中及以上</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="63"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="64"/>
        <source>Waiting for acknowledgement</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="65"/>
        <source>Not cleared</source>
        <translation>未消除</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="76"/>
        <source>Silence (F8)</source>
        <translation>消音(F8)</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="78"/>
        <source>Quiet the alarms sounding now; a new alarm sounds again</source>
        <translation>静音当前报警声;新报警仍会发声</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="88"/>
        <source>Alarm tones on this workstation (saved for this user and computer)</source>
        <translation>本工作站的报警声(按用户和计算机保存)</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="89"/>
        <source>Sound on</source>
        <translation>声音:开</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="89"/>
        <source>Sound off</source>
        <translation>声音:关</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="110"/>
        <source>This console&apos;s operator position: the alarm flood is counted over its areas</source>
        <translation>本操作台的操作员岗位:按其负责区域统计报警泛滥</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="138"/>
        <source>Chart of the alarm&apos;s tag</source>
        <translation>报警位号趋势图</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="142"/>
        <source>Instruction to the area…</source>
        <translation>向该区域下达指令…</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="228"/>
        <source>Whole site</source>
        <translation>全厂</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="229"/>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="247"/>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="230"/>
        <source>Position: %1</source>
        <translation>岗位:%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="242"/>
        <source>the whole site</source>
        <translation>全厂</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="248"/>
        <source>ALARM FLOOD at %1: %2 alarms in the last %3 minutes (ISA-18.2 limit: %4 per operator position).</source>
        <translation>报警泛滥(%1):最近 %3 分钟 %2 条报警(ISA-18.2 上限:每个操作员岗位 %4 条)。</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="254"/>
        <source>Flooding areas: %1.</source>
        <translation>泛滥区域:%1。</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="258"/>
        <source>The site&apos;s flood settings are not valid (the defaults apply): %1</source>
        <translation>本厂的报警泛滥设置无效(采用默认值):%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="290"/>
        <source>%n alarm(s) waiting for acknowledgement</source>
        <translation>
            <numerusform>%n 条报警待确认</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/AlarmPanel.cpp" line="290"/>
        <source>No unacknowledged alarms</source>
        <translation>无未确认报警</translation>
    </message>
</context>
<context>
    <name>gl::ui::AreaDrawDialog</name>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawDialog.cpp" line="20"/>
        <location filename="../../src/modules/permits/ui/AreaDrawDialog.cpp" line="87"/>
        <source>Draw the work area</source>
        <translation>绘制作业区域</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawDialog.cpp" line="20"/>
        <location filename="../../src/modules/permits/ui/AreaDrawDialog.cpp" line="87"/>
        <source>Draw the work area of %1</source>
        <translation>绘制 %1 的作业区域</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawDialog.cpp" line="23"/>
        <source>Click the corners of the work area on the plan. A click near equipment or a structure (corner, centre, edge) lands exactly on it: the green ring shows where. Close the area with a double-click, a click on the first corner or Enter; Backspace undoes the last corner; Esc cancels. The typed corners stay editable for precision, and each follows the other.</source>
        <translation>在平面图上依次点击作业区域的各个角点。靠近设备或构筑物（角点、中心、边线）的点击会精确吸附到该处，绿色圆环标示吸附位置。双击、点击第一个角点或按 Enter 闭合区域；Backspace 撤销最后一个角点；Esc 取消。下方的坐标文本仍可编辑以便精确输入，两者相互同步。</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawDialog.cpp" line="33"/>
        <source>x, y; x, y; x, y (site metres)</source>
        <translation>x, y; x, y; x, y（厂区坐标，米）</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawDialog.cpp" line="37"/>
        <source>Undo last corner</source>
        <translation>撤销最后一个角点</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawDialog.cpp" line="38"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawDialog.cpp" line="39"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawDialog.cpp" line="40"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawDialog.cpp" line="41"/>
        <source>The closed work area is already in the permit&apos;s polygon field; this closes the window</source>
        <translation>闭合的作业区域已写入作业票的区域坐标栏；此按钮关闭窗口</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawDialog.cpp" line="42"/>
        <source>Puts the permit&apos;s polygon field back as it was when this window opened</source>
        <translation>将作业票的区域坐标栏恢复为打开此窗口时的内容</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawDialog.cpp" line="46"/>
        <source>Corners (x, y; … site metres)</source>
        <translation>角点（x, y; … 厂区坐标，米）</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawDialog.cpp" line="95"/>
        <location filename="../../src/modules/permits/ui/AreaDrawDialog.cpp" line="113"/>
        <source>Click the first corner on the plan.</source>
        <translation>在平面图上点击第一个角点。</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawDialog.cpp" line="106"/>
        <source>Corners: cannot read &quot;%1&quot;: write x, y pairs separated by &quot;;&quot;</source>
        <translation>角点：无法识别“%1”：请输入以“;”分隔的 x, y 坐标对</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawDialog.cpp" line="115"/>
        <source>These corners cannot be the work area: %1</source>
        <translation>这些角点不能构成作业区域：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/permits/ui/AreaDrawDialog.cpp" line="117"/>
        <source>Work area: %n corner(s), %1 m²</source>
        <translation>
            <numerusform>作业区域：%n 个角点，%1 m²</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gl::ui::AreaDrawView</name>
    <message numerus="yes">
        <location filename="../../src/modules/permits/ui/AreaDrawView.cpp" line="105"/>
        <source>a work area needs at least 3 corners (%n drawn)</source>
        <translation>
            <numerusform>作业区域至少需要 3 个角点（已绘制 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawView.cpp" line="110"/>
        <source>corner %1 (%2, %3) is outside the site (x %4 to %5 m, y %6 to %7 m)</source>
        <translation>第 %1 个角点 (%2, %3) 位于厂区范围之外（x %4 至 %5 m，y %6 至 %7 m）</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawView.cpp" line="116"/>
        <source>a work area has at most %1 corners</source>
        <translation>作业区域最多 %1 个角点</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawView.cpp" line="118"/>
        <source>its edges cross (or it has no area): a work area must not intersect itself</source>
        <translation>边线交叉（或面积为零）：作业区域不得自相交</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawView.cpp" line="140"/>
        <source>equipment %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawView.cpp" line="143"/>
        <source>corner of %1</source>
        <translation>%1 的角点</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawView.cpp" line="145"/>
        <source>bend of %1</source>
        <translation>%1 的折点</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawView.cpp" line="147"/>
        <source>centre of %1</source>
        <translation>%1 的中心</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawView.cpp" line="153"/>
        <source>edge of %1</source>
        <translation>%1 的边线</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawView.cpp" line="189"/>
        <source>(%1, %2) is outside the site (x %3 to %4 m, y %5 to %6 m): no corner added</source>
        <translation>(%1, %2) 位于厂区范围之外（x %3 至 %4 m，y %5 至 %6 m）：未添加角点</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawView.cpp" line="199"/>
        <source>Corner %1 at (%2, %3)</source>
        <translation>第 %1 个角点 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawView.cpp" line="200"/>
        <source>%1, on %2</source>
        <translation>%1，吸附于%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/permits/ui/AreaDrawView.cpp" line="211"/>
        <source>Last corner undone: %n corner(s) left</source>
        <translation>
            <numerusform>已撤销最后一个角点：剩余 %n 个角点</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawView.cpp" line="220"/>
        <source>Cleared: click the first corner on the plan.</source>
        <translation>已清除：在平面图上点击第一个角点。</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawView.cpp" line="230"/>
        <source>Not closed: %1. Backspace undoes the last corner.</source>
        <translation>未闭合：%1。按 Backspace 撤销最后一个角点。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/permits/ui/AreaDrawView.cpp" line="236"/>
        <source>Work area closed: %n corner(s), %1 m²</source>
        <translation>
            <numerusform>作业区域已闭合：%n 个角点，%1 m²</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawView.cpp" line="245"/>
        <source>The work area is closed: Backspace reopens it without its last corner, Clear starts again.</source>
        <translation>作业区域已闭合：按 Backspace 去掉最后一个角点并重新打开，点击“清除”重新绘制。</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawOverlay.cpp" line="153"/>
        <source>x %1 m, y %2 m</source>
        <translation>x %1 m，y %2 m</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/AreaDrawOverlay.cpp" line="159"/>
        <source>Amber: the work area · green: snapped to an object · dashed blue: other approved or active permits (SIMOPS) · dotted: the site&apos;s extent</source>
        <translation>琥珀色：作业区域 · 绿色：已吸附到对象 · 蓝色虚线：其他已批准或进行中的作业票（交叉作业） · 点线：厂区范围</translation>
    </message>
</context>
<context>
    <name>gl::ui::CameraRegistryWindow</name>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="40"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="41"/>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="252"/>
        <source>Remove camera</source>
        <translation>删除摄像机</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="41"/>
        <source>Clear credentials</source>
        <translation>清除凭据</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="48"/>
        <source>Camera registry</source>
        <translation>摄像机台账</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="51"/>
        <source>Camera</source>
        <translation>摄像机</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="51"/>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="71"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="51"/>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="72"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="51"/>
        <source>URL</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="51"/>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="83"/>
        <source>Credentials</source>
        <translation>凭据</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="58"/>
        <source>rtsp://, rtsps://, http(s):// or file:// (drills). User and password typed into the URL are moved into the encrypted credentials.</source>
        <translation>rtsp://、rtsps://、http(s):// 或 file://(演练)。地址中的用户名和密码会移入加密凭据。</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="60"/>
        <source>user (write-only)</source>
        <translation>用户名(只写)</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="62"/>
        <source>password (write-only)</source>
        <translation>密码(只写)</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="63"/>
        <source>Areas this camera films (its own area always counts)</source>
        <translation>该摄像机拍摄的区域(所在区域始终计入)</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="70"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="73"/>
        <source>Stream URL</source>
        <translation>视频流地址</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="77"/>
        <source>Position x / y / z</source>
        <translation>位置 x / y / z</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="81"/>
        <source>Yaw / pitch / FOV / range</source>
        <translation>方位角 / 俯仰角 / 视场角 / 距离</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="82"/>
        <source>Covered areas</source>
        <translation>覆盖区域</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="84"/>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="85"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="87"/>
        <source>New camera</source>
        <translation>新增摄像机</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="159"/>
        <source>set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="159"/>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="195"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="194"/>
        <source>set (encrypted; type a new user and password to replace them)</source>
        <translation>已设置(已加密;输入新的用户名和密码可替换)</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="240"/>
        <source>Camera %1 saved (audited).</source>
        <translation>摄像机 %1 已保存(已记入审计)。</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="253"/>
        <source>Remove camera %1 from the registry? Evidence it took is kept.</source>
        <translation>从台账中删除摄像机 %1?其取证截图将保留。</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="259"/>
        <source>Camera %1 removed (audited).</source>
        <translation>摄像机 %1 已删除(已记入审计)。</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraRegistryWindow.cpp" line="274"/>
        <source>Credentials of %1 cleared (audited).</source>
        <translation>%1 的凭据已清除(已记入审计)。</translation>
    </message>
</context>
<context>
    <name>gl::ui::CameraTile</name>
    <message>
        <location filename="../../src/modules/video/ui/CameraTile.cpp" line="43"/>
        <source>%1  %2
Double-click: full view and back · right-click: snapshot, remove</source>
        <translation>%1  %2
双击:全屏/返回 · 右键:抓拍、移除</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraTile.cpp" line="148"/>
        <source>Save evidence snapshot (F9)</source>
        <translation>保存取证截图(F9)</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraTile.cpp" line="149"/>
        <source>Full view / back (double-click)</source>
        <translation>全屏 / 返回(双击)</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraTile.cpp" line="150"/>
        <source>Remove from the wall</source>
        <translation>从视频墙移除</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraTile.cpp" line="186"/>
        <source>Drag a camera here from the list or the map</source>
        <translation>从列表或地图拖入摄像机</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraTile.cpp" line="202"/>
        <source>LIVE</source>
        <translation>直播</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraTile.cpp" line="206"/>
        <source>STALLED</source>
        <translation>卡顿</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraTile.cpp" line="211"/>
        <location filename="../../src/modules/video/ui/CameraTile.cpp" line="254"/>
        <source>connecting…</source>
        <translation>连接中…</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraTile.cpp" line="215"/>
        <source>OFFLINE</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraTile.cpp" line="220"/>
        <source>DRILL</source>
        <translation>演练</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/video/ui/CameraTile.cpp" line="235"/>
        <source>%1×%2 · %3 fps · %4 Mb/s · %5 ms · %n dropped</source>
        <translation>
            <numerusform>%1×%2 · %3 帧/秒 · %4 Mb/s · %5 毫秒 · 丢帧 %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraTile.cpp" line="254"/>
        <source>no signal — retrying</source>
        <translation>无信号 — 重试中</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraTile.cpp" line="263"/>
        <source>特级 hot work %1</source>
        <translation>特级动火作业 %1</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraTile.cpp" line="263"/>
        <source>⚠ 特级 hot work %1 NOT FILMED</source>
        <translation>⚠ 特级动火作业 %1 未在监控中</translation>
    </message>
</context>
<context>
    <name>gl::ui::CameraWall</name>
    <message numerus="yes">
        <location filename="../../src/modules/video/ui/CameraWall.cpp" line="36"/>
        <source>%n camera(s)</source>
        <translation>
            <numerusform>%n 路画面</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWall.cpp" line="40"/>
        <source>My wall</source>
        <translation>我的视频墙</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWall.cpp" line="41"/>
        <source>Active 特级 hot work</source>
        <translation>进行中的特级动火作业</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWall.cpp" line="42"/>
        <source>Snapshot (F9)</source>
        <translation>截图取证(F9)</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWall.cpp" line="43"/>
        <source>Save a full-resolution evidence still of the selected camera, with time and camera burned in</source>
        <translation>保存所选摄像机的全分辨率取证截图,叠加时间和摄像机名称</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWall.cpp" line="44"/>
        <source>Cameras…</source>
        <translation>摄像机…</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWall.cpp" line="46"/>
        <source>Camera registry: add, edit and remove cameras, set their credentials</source>
        <translation>摄像机台账:新增、编辑、删除摄像机,设置登录凭据</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWall.cpp" line="71"/>
        <source>Drag a camera onto a tile; double-click to open it in full view</source>
        <translation>将摄像机拖到画面格;双击全屏查看</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWall.cpp" line="88"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWall.cpp" line="91"/>
        <source>Show or hide the camera list (drag the divider to resize it)</source>
        <translation>显示或隐藏摄像机列表(拖动分隔条调整宽度)</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWall.cpp" line="178"/>
        <source>%1 %2 — area %3; drag onto the wall, double-click for full view</source>
        <translation>%1 %2 — 区域 %3;拖到视频墙上,双击全屏查看</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWall.cpp" line="47"/>
        <source>Wall layout</source>
        <translation>视频墙布局</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWall.cpp" line="48"/>
        <source>Wall preset: your own wall, or the cameras that film active 特级 hot work</source>
        <translation>视频墙预设：自定义视频墙，或拍摄进行中特级动火作业的摄像机</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWall.cpp" line="181"/>
        <source>No cameras yet: import the site layout (guardlinectl site import) or add cameras (Cameras…)</source>
        <translation>尚无摄像机：请导入厂区布局（guardlinectl site import）或添加摄像机（摄像机…）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/video/ui/CameraWall.cpp" line="202"/>
        <source>Active 特级 hot work (%n camera(s))</source>
        <translation>
            <numerusform>进行中的特级动火作业(%n 路画面)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWall.cpp" line="249"/>
        <source>⚠ 特级 hot work %1: camera %2 is not live — the work must be filmed start to finish. Restore the feed or stop the work.</source>
        <translation>⚠ 特级动火作业 %1:摄像机 %2 无实时画面 — 作业须全程视频监控。请恢复画面或停止作业。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/video/ui/CameraWall.cpp" line="253"/>
        <source>特级 hot work %1 filmed by %n camera(s) (preset “Active 特级 hot work”)</source>
        <translation>
            <numerusform>特级动火作业 %1 由 %n 路摄像机监控(预设“进行中的特级动火作业”)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWallSnapshots.cpp" line="44"/>
        <location filename="../../src/modules/video/ui/CameraWallTiles.cpp" line="193"/>
        <source>Camera %1 is not in the registry</source>
        <translation>摄像机 %1 不在设备台账中</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWallSnapshots.cpp" line="29"/>
        <source>Select a camera tile first (click it), then press F9</source>
        <translation>请先点击选择一个画面,再按 F9</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWallSnapshots.cpp" line="33"/>
        <source>Camera %1 is not live: no snapshot</source>
        <translation>摄像机 %1 无实时画面:无法抓拍</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWallSnapshots.cpp" line="37"/>
        <source>Saving an evidence snapshot of %1…</source>
        <translation>正在保存 %1 的取证截图…</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWallSnapshots.cpp" line="49"/>
        <source>Waiting for %1 to be live for a snapshot…</source>
        <translation>等待 %1 上线以抓拍…</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWallSnapshots.cpp" line="64"/>
        <source>Camera %1 did not come live within 15 s: no snapshot (check it on the camera wall)</source>
        <translation>摄像机 %1 在 15 秒内未上线:未抓拍(请在视频墙上检查)</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWallSnapshots.cpp" line="99"/>
        <source>No store is open: the snapshot was not saved</source>
        <translation>未打开数据库:截图未保存</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWallSnapshots.cpp" line="108"/>
        <source>Evidence #%1 of %2 saved (SHA-256 %3…)</source>
        <translation>%2 的取证截图 #%1 已保存(SHA-256 %3…)</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/CameraWallSnapshots.cpp" line="113"/>
        <source>The snapshot was not saved: %1</source>
        <translation>截图未保存:%1</translation>
    </message>
</context>
<context>
    <name>gl::ui::ContractorActions</name>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="241"/>
        <source>Register…</source>
        <translation>登记…</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="241"/>
        <source>Register a contractor company</source>
        <translation>登记承包商单位</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="242"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="242"/>
        <source>Edit the selected contractor&apos;s company data</source>
        <translation>编辑所选承包商的单位信息</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="243"/>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="339"/>
        <source>Suspend…</source>
        <translation>暂停准入…</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="243"/>
        <source>Suspend the selected contractor, or lift its suspension</source>
        <translation>暂停所选承包商的准入,或解除暂停</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="244"/>
        <source>Add document…</source>
        <translation>添加资料…</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="244"/>
        <source>Add a licence, qualification, insurance proof or HSE agreement (PDF)</source>
        <translation>添加营业执照、资质证书、保险缴费证明或 HSE 协议(PDF)</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="245"/>
        <source>Add worker…</source>
        <translation>添加人员…</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="245"/>
        <source>Add a worker of the selected contractor</source>
        <translation>为所选承包商添加作业人员</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="246"/>
        <source>Edit worker…</source>
        <translation>编辑作业人员…</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="247"/>
        <source>Edit the worker selected in the Workers tab, or mark that the worker left</source>
        <translation>编辑“作业人员”页中选中的人员，或标记其已离场</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="248"/>
        <source>Certificate, briefing, portrait…</source>
        <translation>证书、安全交底、照片…</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="249"/>
        <source>Records of the worker selected in the Workers tab</source>
        <translation>“人员”页中所选人员的记录</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="250"/>
        <source>Import ledger…</source>
        <translation>导入台账…</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="250"/>
        <source>Register contractors from the ledger CSV</source>
        <translation>从台账 CSV 批量登记承包商</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="251"/>
        <source>Shifts…</source>
        <translation>班次…</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="251"/>
        <source>The shifts a shift roster names: list and add</source>
        <translation>排班表使用的班次：查看和添加</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="330"/>
        <source>Needs the permission to register contractors (contractor.edit)</source>
        <translation>需要登记承包商的权限(contractor.edit)</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="339"/>
        <source>Lift suspension…</source>
        <translation>解除暂停…</translation>
    </message>
</context>
<context>
    <name>gl::ui::ContractorDialog</name>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="35"/>
        <source>Register a contractor</source>
        <translation>登记承包商</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="35"/>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="157"/>
        <source>Edit contractor %1</source>
        <translation>编辑承包商 %1</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="40"/>
        <source>the contractor&apos;s code on this site, e.g. C-100</source>
        <translation>承包商在本厂的编码,例如 C-100</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="48"/>
        <source>18 characters, GB 32100</source>
        <translation>18 位,GB 32100</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="54"/>
        <source>e.g. maintenance, welding, scaffolding</source>
        <translation>例如 检修、焊接、脚手架</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="57"/>
        <source>contact person and phone</source>
        <translation>联系人及电话</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="58"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="59"/>
        <source>Company name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="60"/>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="61"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="63"/>
        <source>Trade</source>
        <translation>专业</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="64"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="65"/>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="65"/>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="156"/>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="68"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="112"/>
        <source>Required: the company&apos;s unified social credit code.</source>
        <translation>必填:单位的统一社会信用代码。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="117"/>
        <source>✓ Valid credit code (GB 32100 check character %1)</source>
        <translation>✓ 信用代码有效(GB 32100 校验码 %1)</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="118"/>
        <source>✕ Not a valid credit code: %1</source>
        <translation>✕ 信用代码无效:%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="127"/>
        <source>Code and company name are required.</source>
        <translation>编码和单位名称为必填项。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="131"/>
        <source>Not saved: the credit code is not valid (%1).</source>
        <translation>未保存:信用代码无效(%1)。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="150"/>
        <source>Contractor %1 registered. It is not admitted until its four documents are on file.</source>
        <translation>承包商 %1 已登记。四类资料齐全有效之前不予准入。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="151"/>
        <source>Contractor %1 saved.</source>
        <translation>承包商 %1 已保存。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="163"/>
        <source>Not saved: %1</source>
        <translation>未保存:%1</translation>
    </message>
</context>
<context>
    <name>gl::ui::ContractorPanel</name>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="81"/>
        <source>Business licence</source>
        <translation>营业执照</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="83"/>
        <source>Qualification certificate</source>
        <translation>资质证书</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="85"/>
        <source>Work-injury insurance (6 months paid)</source>
        <translation>工伤保险缴费证明(近 6 个月)</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="87"/>
        <source>Signed HSE agreement</source>
        <translation>已签订的安全生产(HSE)协议</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="94"/>
        <source>Superseded</source>
        <translation>已被替换</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="120"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="120"/>
        <source>Company</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="120"/>
        <source>Trade</source>
        <translation>专业</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="120"/>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="206"/>
        <source>Workers</source>
        <translation>作业人员</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="120"/>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="192"/>
        <source>Documents</source>
        <translation>资质文件</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="120"/>
        <source>Admission</source>
        <translation>准入</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="142"/>
        <source>Select a contractor to see its documents.</source>
        <translation>选择承包商以查看其资质文件。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="148"/>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="148"/>
        <source>File</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="148"/>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="174"/>
        <source>Issued</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="148"/>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="176"/>
        <source>Expires</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="148"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="148"/>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="148"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="169"/>
        <source>Upload PDF…</source>
        <translation>上传 PDF…</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="170"/>
        <source>Checked as a real, unencrypted PDF within the size limit, stored with its SHA-256</source>
        <translation>校验为真实、未加密且不超过大小限制的 PDF,并按 SHA-256 存档</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="207"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="207"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="207"/>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="216"/>
        <source>Contractor</source>
        <translation>承包商</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="209"/>
        <source>Coordinator tasks</source>
        <translation>承包商管理待办</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="197"/>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="216"/>
        <source>Worker</source>
        <translation>作业人员</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="197"/>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="216"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="197"/>
        <source>Job</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="197"/>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="197"/>
        <source>Company documents</source>
        <translation>企业资料</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="197"/>
        <source>Whitelisted</source>
        <translation>门禁白名单</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="198"/>
        <source>Site briefing</source>
        <translation>厂级安全交底</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="211"/>
        <source>Whitelist and shift imports</source>
        <translation>白名单与排班导入</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="213"/>
        <source>Gates and devices</source>
        <translation>门岗与设备</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="216"/>
        <source>Checked in</source>
        <translation>入场时间</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="218"/>
        <source>Verify credit codes with the registry</source>
        <translation>向登记机关核验统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="225"/>
        <source>Registry verification results appear here.</source>
        <translation>登记机关核验结果显示于此。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="228"/>
        <source>On site</source>
        <translation>在场人员</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="271"/>
        <source>✓ Admitted</source>
        <translation>✓ 已准入</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="272"/>
        <source>✕ Suspended: %1</source>
        <translation>✕ 已暂停:%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="273"/>
        <source>✕ Not admitted: %1</source>
        <translation>✕ 未准入:%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="296"/>
        <source>No contractors yet: register one (Register…), import the ledger (Import ledger…) or use guardlinectl contractors add.</source>
        <translation>尚无承包商:点击“登记…”逐个登记、“导入台账…”批量导入,或使用 guardlinectl contractors add。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="327"/>
        <source>✓ %1 is admitted: every required document is valid and the insurance proof covers the last six months.</source>
        <translation>✓ %1 已准入:所需资料均有效,保险缴费证明覆盖近六个月。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="332"/>
        <source>✕ %1 is SUSPENDED and not admitted:</source>
        <translation>✕ %1 已被暂停,未准入:</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="332"/>
        <source>✕ %1 is NOT admitted:</source>
        <translation>✕ %1 未准入:</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="357"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="357"/>
        <source>✕ NO</source>
        <translation>✕ 否</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="357"/>
        <source>✕ left on %1</source>
        <translation>✕ 已于 %1 离场</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="405"/>
        <source>Documents of %1</source>
        <translation>%1 的资质文件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="406"/>
        <source>Documents of %1 — %n required document(s) MISSING</source>
        <translation>
            <numerusform>%1 的资质文件 — 缺少 %n 份必需文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="442"/>
        <source>Showing %1 (%n page(s))</source>
        <translation>
            <numerusform>正在显示 %1(%n 页)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="451"/>
        <source>Select the contractor the document belongs to first.</source>
        <translation>请先选择该文件所属的承包商。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="454"/>
        <source>Contractor document</source>
        <translation>承包商资质文件</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="454"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="459"/>
        <source>Checking %1…</source>
        <translation>正在校验 %1…</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="466"/>
        <source>%1 stored and verified as a PDF.</source>
        <translation>%1 已校验为 PDF 并存档。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="470"/>
        <source>Refused: %1</source>
        <translation>已拒绝:%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="482"/>
        <source>Registry verification</source>
        <translation>登记信息核验</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="484"/>
        <source>No registry (%1): each result is the last cached answer or &apos;unverified&apos;.</source>
        <translation>无法连接登记系统（%1）：各结果为上次缓存的答复或“未核验”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/admission/ui/ContractorPanel.cpp" line="489"/>
        <source>Registry verification done for %n contractor(s).</source>
        <translation>
            <numerusform>已完成 %n 家承包商的登记核验。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gl::ui::CorrelationPanel</name>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="89"/>
        <source>Safety–quality</source>
        <translation>安全–质量关联</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="291"/>
        <source>24 h</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="291"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="298"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="299"/>
        <source>The quality value is taken this long after the safety signal</source>
        <translation>质量值取安全信号之后该时长的数据</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="301"/>
        <source>Hourly means</source>
        <translation>小时均值</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="302"/>
        <source>Minute means</source>
        <translation>分钟均值</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="303"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="304"/>
        <source>Safety signal:</source>
        <translation>安全信号:</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="306"/>
        <source>Quality outcome:</source>
        <translation>质量结果:</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="308"/>
        <source>Period:</source>
        <translation>周期:</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="310"/>
        <source>Lag:</source>
        <translation>滞后:</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="315"/>
        <source>Pick a safety tag and a quality tag, then Compute.</source>
        <translation>请选择安全位号和质量位号,然后点击计算。</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="371"/>
        <source>Pick a safety tag and a quality tag (sensors of kind &apos;quality&apos;).</source>
        <translation>请选择一个安全位号和一个质量位号(类型为 quality 的传感器)。</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="378"/>
        <source>Computing…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="392"/>
        <source>The correlation cannot be computed: %1</source>
        <translation>无法计算相关性:%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="401"/>
        <source>hourly</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="401"/>
        <source>minute</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="404"/>
        <source>not defined (fewer than 3 pairs or a constant series)</source>
        <translation>无定义(数据对少于 3 个或序列为常数)</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="407"/>
        <source>strong</source>
        <translation>强</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="407"/>
        <source>moderate</source>
        <translation>中等</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="407"/>
        <source>weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="407"/>
        <source>negligible</source>
        <translation>可忽略</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="408"/>
        <source>, positive</source>
        <translation>,正相关</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="408"/>
        <source>, negative</source>
        <translation>,负相关</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="410"/>
        <source>Pearson r = &lt;b&gt;%1&lt;/b&gt; (%2) · n = %3 %4 pairs · lag %5 min · bad samples excluded: %6 %7, %8 %9</source>
        <translation>皮尔逊相关系数 r = &lt;b&gt;%1&lt;/b&gt;(%2)· n = %3 个%4数据对 · 滞后 %5 分钟 · 已剔除坏值:%6 %7,%8 %9</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="422"/>
        <source>%1 against %2 (%3 later)</source>
        <translation>%1 与 %2(滞后 %3)</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="422"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="424"/>
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n 对</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="457"/>
        <source>%1 and %2, %3 means</source>
        <translation>%1 与 %2,%3均值</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="461"/>
        <source>Site time (%1)</source>
        <translation>厂区时间(%1)</translation>
    </message>
</context>
<context>
    <name>gl::ui::DashboardPanel</name>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="74"/>
        <source>LTI-free days</source>
        <translation>无损工天数</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="75"/>
        <source>TRIR (12 months)</source>
        <translation>TRIR(12 个月)</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="76"/>
        <source>LTIFR (12 months)</source>
        <translation>LTIFR(12 个月)</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="77"/>
        <source>Hours worked (12 months)</source>
        <translation>工时(12 个月)</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="78"/>
        <source>Training current</source>
        <translation>培训有效率</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="79"/>
        <source>Overdue hazards</source>
        <translation>逾期隐患</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="130"/>
        <source>The dashboards cannot be computed: %1</source>
        <translation>无法计算仪表盘：%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="151"/>
        <source>last LTI %1</source>
        <translation>上次损工事故 %1</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="151"/>
        <source>no LTI on record</source>
        <translation>无损工事故记录</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="153"/>
        <source>%1 recordable × 200,000 h / hours</source>
        <translation>%1 起可记录事件 × 200,000 h / 工时</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="154"/>
        <source>%1 LTI × 1,000,000 h / hours</source>
        <translation>%1 起损工事故 × 1,000,000 h / 工时</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="156"/>
        <source>h, from the monthly records</source>
        <translation>小时，来自月度工时记录</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="158"/>
        <source>%1 of %2 people hold valid training</source>
        <translation>%2 人中 %1 人培训有效</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="162"/>
        <source>open hazards past their deadline</source>
        <translation>已过整改期限的未关闭隐患</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="179"/>
        <source>Hazards per week: reported, closed, closure rate</source>
        <translation>每周隐患：上报、关闭、关闭率</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="181"/>
        <source>Reported</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="182"/>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="195"/>
        <source>Closure rate %</source>
        <translation>关闭率 %</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="217"/>
        <source>Overdue hazards by days past deadline</source>
        <translation>逾期隐患按超期天数</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="219"/>
        <source>Open hazards</source>
        <translation>未关闭隐患</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="229"/>
        <source>1–7 d</source>
        <translation>1–7 天</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="229"/>
        <source>8–30 d</source>
        <translation>8–30 天</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="229"/>
        <source>31–90 d</source>
        <translation>31–90 天</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="229"/>
        <source>&gt; 90 d</source>
        <translation>&gt; 90 天</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="234"/>
        <source>Interruption time T by area (weekly mean, s)</source>
        <translation>各区域中断时间 T(周均值，秒)</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="239"/>
        <source>week (0 = %1)</source>
        <translation>周(0 = %1)</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="261"/>
        <source>Permits per month by type</source>
        <translation>每月各类作业票数量</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="279"/>
        <source>Leading indicators per week</source>
        <translation>每周先行指标</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="281"/>
        <source>Hazards reported</source>
        <translation>上报隐患</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="282"/>
        <source>Near misses</source>
        <translation>未遂事件</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="299"/>
        <source>Recordable injuries and LTIs per month</source>
        <translation>每月可记录伤害与损工事故</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="301"/>
        <source>Recordable</source>
        <translation>可记录</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="302"/>
        <source>Lost time</source>
        <translation>损工</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/DashboardPanel.cpp" line="317"/>
        <source>TRIR = recordable injuries × 200,000 / hours worked; LTIFR = lost-time injuries × 1,000,000 / hours worked (rolling 12 months, hours from the monthly records). Closure rate: share of the week&apos;s reported hazards closed by now. Site time zone %1, as of %2.</source>
        <translation>TRIR = 可记录伤害数 × 200,000 / 工时；LTIFR = 损工事故数 × 1,000,000 / 工时(滚动 12 个月，工时取自月度记录)。关闭率：当周上报隐患中截至目前已关闭的比例。厂区时区 %1，截至 %2。</translation>
    </message>
</context>
<context>
    <name>gl::ui::DataWorker</name>
    <message>
        <location filename="../../src/shell/DataWorker.cpp" line="408"/>
        <source>The site&apos;s SIMOPS rules cannot be read (%1): cross-work conflicts are shown by the built-in rules, and permits cannot be approved until the file is fixed.</source>
        <translation>无法读取本厂的交叉作业(SIMOPS)规则(%1):交叉作业冲突暂按内置规则显示,修正该文件之前作业票无法审批。</translation>
    </message>
    <message>
        <location filename="../../src/shell/DataWorker.cpp" line="445"/>
        <source>internal error: %1</source>
        <translation>内部错误:%1</translation>
    </message>
    <message>
        <location filename="../../src/shell/DataWorker.cpp" line="119"/>
        <source>No store is open.</source>
        <translation>未打开数据库。</translation>
    </message>
</context>
<context>
    <name>gl::ui::DemoDrillFeeds</name>
    <message>
        <location filename="../../src/modules/video/ui/DemoDrillFeeds.cpp" line="129"/>
        <source>Demo drill feeds need ffmpeg (scripts/deps.sh installs it); the demo cameras stay offline</source>
        <translation>演示演练画面需要 ffmpeg(scripts/deps.sh 会安装);演示摄像机保持离线</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/video/ui/DemoDrillFeeds.cpp" line="187"/>
        <source>Demo: %n camera(s) now play drill clips (file://, marked DRILL)</source>
        <translation>
            <numerusform>演示:%n 路摄像机正在播放演练视频(file://,标记为“演练”)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gl::ui::DispatchBoard</name>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="33"/>
        <source>Acknowledge instruction</source>
        <translation>确认指令</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="42"/>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="42"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="42"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="43"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="43"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="43"/>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="44"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="44"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="44"/>
        <source>Detected</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="45"/>
        <source>Verified</source>
        <translation>核实时间</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="45"/>
        <source>Responded</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="46"/>
        <source>Confirmed</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="50"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="62"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="62"/>
        <source>Resolved / confirmed</source>
        <translation>已处置 / 已确认</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="62"/>
        <source>Assigned / accepted</source>
        <translation>已派发 / 已接单</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="62"/>
        <source>On scene</source>
        <translation>已到场</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="101"/>
        <source>Who responds: on duty in the order&apos;s area first</source>
        <translation>处置人:优先为工单所在区域的当班人员</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="105"/>
        <source>note (resolve) / reason (reopen, cancel)</source>
        <translation>处置说明(处置完成)/ 原因(重开、取消)</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="107"/>
        <source>A&amp;ssign</source>
        <translation>派发(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="107"/>
        <source>Acce&amp;pt</source>
        <translation>接单(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="107"/>
        <source>On sce&amp;ne</source>
        <translation>到场(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="108"/>
        <source>Reso&amp;lve</source>
        <translation>处置完成(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="108"/>
        <source>Con&amp;firm</source>
        <translation>确认关闭(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="108"/>
        <source>Re&amp;open</source>
        <translation>重开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="109"/>
        <source>Cancel or&amp;der</source>
        <translation>取消工单(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="120"/>
        <source>&amp;Manual alarm…</source>
        <translation>人工报警(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="122"/>
        <source>A phone call or a patrol report: raise an alarm with its area, priority and text</source>
        <translation>电话或巡检报告:填写区域、优先级和内容发起报警</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="124"/>
        <source>&amp;Instruction…</source>
        <translation>下达指令(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="126"/>
        <source>HALT POUR, stop hot work, evacuate or resume, to a line or area</source>
        <translation>向产线或区域下达停止浇注、停止动火、撤离或恢复指令</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="215"/>
        <source>%1 × %2: %3</source>
        <translation>%1 × %2:%3</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="217"/>
        <source>⚠ Cross-work conflicts now (a named coordinator is required): %1</source>
        <translation>⚠ 当前交叉作业冲突(须指定交叉作业协调人):%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoardCards.cpp" line="80"/>
        <source>☑ %1/%2 steps</source>
        <translation>☑ %1/%2 步</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoardCards.cpp" line="84"/>
        <source>accepted</source>
        <translation>已接单</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoardCards.cpp" line="96"/>
        <source>T %1 s</source>
        <translation>T %1 秒</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoardCards.cpp" line="98"/>
        <source>verify</source>
        <translation>核实</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoardCards.cpp" line="101"/>
        <source>respond</source>
        <translation>响应</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoardCards.cpp" line="104"/>
        <source>confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoardCards.cpp" line="124"/>
        <source>Tdetect %1 s · Tverify %2 s · Trespond %3 s · Tconfirm %4 s · T %5 s</source>
        <translation>发现 %1 秒 · 核实 %2 秒 · 响应 %3 秒 · 确认 %4 秒 · 中断时间 T %5 秒</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoardCards.cpp" line="128"/>
        <source>Escalation: %1</source>
        <translation>升级:%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="291"/>
        <source>Who can respond is unknown: %1</source>
        <translation>无法确定可处置人员:%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="306"/>
        <source>Pick who responds first.</source>
        <translation>请先选择处置人。</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="311"/>
        <source>Type what was done (the note) first, then Resolve.</source>
        <translation>请先填写处置说明,再点“处置完成”。</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="312"/>
        <source>Type the reason first, then %1.</source>
        <translation>请先填写原因,再点“%1”。</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="321"/>
        <source>Order %1: %2…</source>
        <translation>工单 %1:%2…</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="334"/>
        <source>Order %1: %2 done, now %3.</source>
        <translation>工单 %1:%2 已完成,当前状态 %3。</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="339"/>
        <source>Order %1 refused: %2</source>
        <translation>工单 %1 操作被拒绝:%2</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="358"/>
        <source>Assign to %1</source>
        <translation>派发给 %1</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="362"/>
        <source>Instruction for this order…</source>
        <translation>为此工单下达指令…</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="384"/>
        <source>it is no longer on the board</source>
        <translation>它已不在看板上</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="386"/>
        <source>it is %1 (closed)</source>
        <translation>它已%1(已关闭)</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="386"/>
        <source>confirmed</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="386"/>
        <source>cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="392"/>
        <source>an order does not go back (a resolved order can be reopened on “%1”; cancel needs a reason)</source>
        <translation>工单不能退回(已处置的工单可拖到“%1”重新打开;取消需要填写原因)</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="397"/>
        <source>nobody is assigned yet: drop it on “%1” first</source>
        <translation>尚未派发给任何人:请先拖到“%1”</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="401"/>
        <source>nobody is on scene yet: drop it on “%1” first</source>
        <translation>尚无人到场:请先拖到“%1”</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="417"/>
        <source>A dispatcher&apos;s step: only a dispatcher or an administrator may take it</source>
        <translation>调度员的步骤:只有调度员或管理员可以执行</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="418"/>
        <source>The assignee&apos;s step: the order has no assignee yet</source>
        <translation>处置人的步骤:工单尚未派发</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="419"/>
        <source>The assignee&apos;s step: only %1 (or an administrator) may take it</source>
        <translation>处置人的步骤:只有 %1(或管理员)可以执行</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="430"/>
        <source>Cannot move %1 here: %2</source>
        <translation>不能将 %1 移到这里:%2</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="432"/>
        <source>%1 stays here</source>
        <translation>%1 保持原位</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="436"/>
        <source>Drop: %1 %2</source>
        <translation>放下即:%1 %2</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="447"/>
        <source>Order %1 cannot move to “%2”: %3.</source>
        <translation>工单 %1 不能移到“%2”:%3。</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="458"/>
        <source>Order %1: pick who responds (on duty first).</source>
        <translation>工单 %1:请选择处置人(值班人员在前)。</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="465"/>
        <source>Order %1: type what was done (the note), then Enter to resolve.</source>
        <translation>工单 %1:请填写处置情况(备注),按回车完成处置。</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="466"/>
        <source>Order %1: type the reason, then Enter to reopen.</source>
        <translation>工单 %1:请填写原因,按回车重新打开。</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoard.cpp" line="484"/>
        <source>Manual alarm raised: order %1 opened.</source>
        <translation>已发起人工报警:工单 %1 已创建。</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoardCards.cpp" line="203"/>
        <source>INSTRUCTION to %1: %2 — %3</source>
        <translation>指令 → %1:%2 — %3</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoardCards.cpp" line="205"/>
        <source>No instruction waiting</source>
        <translation>无待确认指令</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchBoardCards.cpp" line="221"/>
        <source> · %1 %2:%3</source>
        <translation> · %1 %2:%3</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchTimers.cpp" line="29"/>
        <source>due in %1</source>
        <translation>%1后到期</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchTimers.cpp" line="29"/>
        <source>overdue %1</source>
        <translation>已超期 %1</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchTimers.cpp" line="34"/>
        <source>acknowledge within %1</source>
        <translation>请在 %1 内确认</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchTimers.cpp" line="35"/>
        <source>acknowledgement OVERDUE %1</source>
        <translation>确认已超时 %1</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchTimers.cpp" line="41"/>
        <source>DUE SOON</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchTimers.cpp" line="42"/>
        <source>OVERDUE 1st</source>
        <translation>一级超期</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchTimers.cpp" line="43"/>
        <source>OVERDUE 2nd</source>
        <translation>二级超期</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchTimers.cpp" line="44"/>
        <source>OVERDUE 3rd</source>
        <translation>三级超期</translation>
    </message>
</context>
<context>
    <name>gl::ui::DocumentDialog</name>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="31"/>
        <source>Business licence</source>
        <translation>营业执照</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="33"/>
        <source>Qualification certificate</source>
        <translation>资质证书</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="35"/>
        <source>Work-injury insurance payment proof</source>
        <translation>工伤保险缴费证明</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="37"/>
        <source>Signed HSE agreement</source>
        <translation>已签订的安全生产(HSE)协议</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="46"/>
        <source>Add a document of %1</source>
        <translation>添加 %1 的资料</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="54"/>
        <source>path of the PDF</source>
        <translation>PDF 文件路径</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="55"/>
        <source>Contractor document</source>
        <translation>承包商资料</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="55"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="73"/>
        <source>Covers (paid period)</source>
        <translation>缴费覆盖期间</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="74"/>
        <source>Document</source>
        <translation>资料</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="75"/>
        <source>PDF file</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="76"/>
        <source>Issued</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="77"/>
        <source>Expires</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="79"/>
        <source>The insurance proof must cover the six months before today (from at most six months ago to at least the first day of last month); a shorter proof is stored but the contractor is not admitted.</source>
        <translation>保险缴费证明须覆盖今天之前的六个月(起始不晚于六个月前,截止不早于上月第一天);期间不足的证明会被保存,但承包商不予准入。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="88"/>
        <source>Check and store</source>
        <translation>校验并保存</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="90"/>
        <source>Checked as a real, unencrypted PDF within the size limit, stored with its SHA-256</source>
        <translation>校验为真实、未加密且不超过大小限制的 PDF,连同 SHA-256 保存</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="91"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="120"/>
        <source>Choose the PDF file.</source>
        <translation>请选择 PDF 文件。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="127"/>
        <source>Checking %1…</source>
        <translation>正在校验 %1…</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="137"/>
        <source>%1 stored and verified as a PDF.</source>
        <translation>%1 已校验为 PDF 并保存。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="139"/>
        <source>%1 is admitted.</source>
        <translation>%1 已准入。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="139"/>
        <source>%1 is not admitted: %2</source>
        <translation>%1 未准入:%2</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/DocumentDialog.cpp" line="146"/>
        <source>Refused: %1</source>
        <translation>已拒绝:%1</translation>
    </message>
</context>
<context>
    <name>gl::ui::EvidenceAttachDialog</name>
    <message>
        <location filename="../../src/modules/video/ui/EvidenceAttachDialog.cpp" line="27"/>
        <source>Evidence #%1 — %2</source>
        <translation>取证截图 #%1 — %2</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/EvidenceAttachDialog.cpp" line="32"/>
        <source>%1 · %2×%3 · SHA-256 %4</source>
        <translation>%1 · %2×%3 · SHA-256 %4</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/EvidenceAttachDialog.cpp" line="36"/>
        <source>Hazard</source>
        <translation>隐患</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/EvidenceAttachDialog.cpp" line="37"/>
        <source>Permit</source>
        <translation>作业票</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/EvidenceAttachDialog.cpp" line="42"/>
        <source>Attach to</source>
        <translation>关联到</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/EvidenceAttachDialog.cpp" line="43"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/EvidenceAttachDialog.cpp" line="44"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/EvidenceAttachDialog.cpp" line="50"/>
        <source>Attach</source>
        <translation>关联</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/EvidenceAttachDialog.cpp" line="51"/>
        <source>Report hazard with this snapshot…</source>
        <translation>用此抓拍上报隐患…</translation>
    </message>
    <message>
        <location filename="../../src/modules/video/ui/EvidenceAttachDialog.cpp" line="91"/>
        <source>Attached to %1 %2 (audited).</source>
        <translation>已关联到 %1 %2(已记入审计)。</translation>
    </message>
</context>
<context>
    <name>gl::ui::EvidencePicker</name>
    <message>
        <location filename="../../src/modules/hazards/ui/EvidencePicker.cpp" line="48"/>
        <source>Panorama from a camera</source>
        <translation>从摄像机选取全景照片</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/EvidencePicker.cpp" line="50"/>
        <source>Recent evidence stills, newest first. The still&apos;s camera and time are its provenance (a video frame has no EXIF); its SHA-256 goes into the audit chain with the report.</source>
        <translation>最近的取证抓拍,最新的在前。抓拍的摄像机和时间即其来源(视频帧没有 EXIF);其 SHA-256 随上报写入审计链。</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/EvidencePicker.cpp" line="67"/>
        <source>Take snapshot now</source>
        <translation>立即抓拍</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/EvidencePicker.cpp" line="69"/>
        <source>Saves an evidence still of the chosen camera through the camera wall (the camera must be live)</source>
        <translation>通过视频墙保存所选摄像机的取证抓拍(摄像机须在线)</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/EvidencePicker.cpp" line="70"/>
        <source>Use as panorama</source>
        <translation>用作全景照片</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/EvidencePicker.cpp" line="73"/>
        <source>Camera</source>
        <translation>摄像机</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/EvidencePicker.cpp" line="134"/>
        <source>Loading the stills…</source>
        <translation>正在加载抓拍…</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/EvidencePicker.cpp" line="168"/>
        <source>Evidence #%1 · %2 (%3) · %4×%5
SHA-256 %6</source>
        <translation>取证 #%1 · %2(%3)· %4×%5
SHA-256 %6</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/EvidencePicker.cpp" line="176"/>
        <source>No evidence stills yet: take one now from a live camera, or press F9 on the camera wall.</source>
        <translation>暂无取证抓拍:从在线摄像机立即抓拍,或在视频墙上按 F9。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/hazards/ui/EvidencePicker.cpp" line="177"/>
        <source>%n still(s). Double-click one to use it as the panorama.</source>
        <translation>
            <numerusform>%n 张抓拍。双击一张用作全景照片。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/EvidencePicker.cpp" line="179"/>
        <source>Snapshot #%1 saved and selected: press &quot;Use as panorama&quot;.</source>
        <translation>抓拍 #%1 已保存并选中:请点击“用作全景照片”。</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/EvidencePicker.cpp" line="199"/>
        <source>No camera wall in this window: no snapshot</source>
        <translation>本窗口没有视频墙:无法抓拍</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/EvidencePicker.cpp" line="204"/>
        <source>Waiting for %1 to be live, then saving a still…</source>
        <translation>等待 %1 上线,然后保存抓拍…</translation>
    </message>
</context>
<context>
    <name>gl::ui::FirstRunWizard</name>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="74"/>
        <source>Where Guardline keeps its data</source>
        <translation>Guardline 的数据存放位置</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="75"/>
        <source>Step 1 of 3: the store</source>
        <translation>第 1 步（共 3 步）：数据库</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="76"/>
        <source>Database file on this computer (SQLite)</source>
        <translation>本机数据库文件（SQLite）</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="78"/>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL 服务器</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="85"/>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="267"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="90"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="96"/>
        <source>Open the demo plant instead</source>
        <translation>改为打开演示工厂</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="98"/>
        <source>The built-in demo plant in its own store, as &apos;guardline --demo&apos; opens it; nothing is written to the store chosen here.</source>
        <translation>内置演示工厂，使用其独立的数据库（与 guardline --demo 相同）；不会向此处选择的数据库写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="123"/>
        <source>Sign in to this store</source>
        <translation>登录此数据库</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="130"/>
        <source>A database file on this computer, or a PostgreSQL server that several workstations share. Test the connection: it is kept only once it works.</source>
        <translation>本机上的数据库文件，或多台工作站共用的 PostgreSQL 服务器。请先测试连接：连接成功后才会保存。</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="162"/>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="163"/>
        <source>SQLite database (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="200"/>
        <source>Enter the database file.</source>
        <translation>请输入数据库文件。</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="201"/>
        <source>Enter the PostgreSQL URL.</source>
        <translation>请输入 PostgreSQL 地址。</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="206"/>
        <source>a PostgreSQL URL starts with postgresql://</source>
        <translation>PostgreSQL 地址以 postgresql:// 开头</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="208"/>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="225"/>
        <source>Cannot use this store: %1</source>
        <translation>无法使用此数据库：%1</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="214"/>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/shell/FirstRunWizard.cpp" line="231"/>
        <source>Connected. This store is set up already (%n account(s)): sign in to it.</source>
        <translation>
            <numerusform>已连接。此数据库已完成设置（%n 个账号）：请登录。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="234"/>
        <source>Connected. The store holds the site %1 (%2) and no account yet.</source>
        <translation>已连接。数据库中已有厂区 %1（%2），尚无账号。</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="237"/>
        <source>Connected. The store is empty.</source>
        <translation>已连接。数据库为空。</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="239"/>
        <source>Connected. The store will be created when you finish.</source>
        <translation>已连接。点击“完成”时将创建数据库。</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="262"/>
        <source>The site&apos;s layout</source>
        <translation>厂区布局</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="263"/>
        <source>Step 2 of 3: the site&apos;s layout file</source>
        <translation>第 2 步（共 3 步）：厂区布局文件</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="266"/>
        <source>site layout file (.json)</source>
        <translation>厂区布局文件（.json）</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="269"/>
        <source>Check</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="277"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="277"/>
        <source>Element</source>
        <translation>元素</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="277"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="278"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="288"/>
        <source>The layout file (guardline-site-layout, see docs/FORMATS.md) with the areas, structures, equipment, cameras and sensors; mesh files beside it. It is checked before it is imported.</source>
        <translation>布局文件（guardline-site-layout，见 docs/FORMATS.md），包含区域、构筑物、设备、摄像头和传感器；模型文件放在同一目录。导入前会先校验。</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="306"/>
        <source>Site layout</source>
        <translation>厂区布局</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="307"/>
        <source>Site layout (*.json);;All files (*)</source>
        <translation>厂区布局 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="321"/>
        <source>The store holds the site %1 (%2) already: it is kept (a store holds one site).</source>
        <translation>数据库中已有厂区 %1（%2）：将保留它（一个数据库只存放一个厂区）。</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="340"/>
        <source>Choose the layout file.</source>
        <translation>请选择布局文件。</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="350"/>
        <source>Valid: site %1 (%2); areas: %3, structures: %4, equipment: %5, cameras: %6, sensors: %7.</source>
        <translation>校验通过：厂区 %1（%2）；区域 %3、构筑物 %4、设备 %5、摄像头 %6、传感器 %7。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/shell/FirstRunWizard.cpp" line="367"/>
        <source>%n problem(s) in %1: correct the file and check it again.</source>
        <translation>
            <numerusform>%1 中有 %n 处问题：请修改文件后重新校验。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="387"/>
        <source>The first administrator</source>
        <translation>首个管理员</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="388"/>
        <source>Step 3 of 3: the first account</source>
        <translation>第 3 步（共 3 步）：首个账号</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="391"/>
        <source>e.g. zhang.wei</source>
        <translation>例如 zhang.wei</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="405"/>
        <source>This account sets up the others. Finish creates the store, imports the site and signs in as it.</source>
        <translation>此账号用于创建其他账号。点击“完成”将创建数据库、导入厂区并以此账号登录。</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="407"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="408"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="409"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="410"/>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="428"/>
        <source>Setting up %1…</source>
        <translation>正在设置 %1…</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="433"/>
        <source>Not set up: %1</source>
        <translation>设置失败：%1</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="450"/>
        <source>Enter the user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="452"/>
        <source>The password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="454"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="464"/>
        <source>Ready: Finish sets up the store.</source>
        <translation>准备就绪：点击“完成”开始设置。</translation>
    </message>
    <message>
        <location filename="../../src/shell/FirstRunWizard.cpp" line="481"/>
        <source>Set up Guardline</source>
        <translation>安全卫士 — 首次设置</translation>
    </message>
</context>
<context>
    <name>gl::ui::GateDevicePanel</name>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="59"/>
        <source>QR</source>
        <translation>二维码</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="59"/>
        <source>Gate</source>
        <translation>门岗</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="59"/>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="92"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="59"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="59"/>
        <source>QR payload</source>
        <translation>二维码内容</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="72"/>
        <source>Export printable PDF…</source>
        <translation>导出可打印 PDF…</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="74"/>
        <source>One A4 page per gate, to print and post at the gate</source>
        <translation>每个门岗一页 A4,打印后张贴于门岗</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="75"/>
        <source>Export PNG cards…</source>
        <translation>导出 PNG 卡片…</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="91"/>
        <source>&lt;b&gt;Check-in devices&lt;/b&gt; (phones and tablets posting to the intake)</source>
        <translation>&lt;b&gt;签到设备&lt;/b&gt;(向签到接口提交的手机和平板)</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="92"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="92"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="92"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="92"/>
        <source>Last seen</source>
        <translation>最近联络</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="92"/>
        <source>Check-ins</source>
        <translation>签到次数</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="96"/>
        <source>Add device…</source>
        <translation>添加设备…</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="98"/>
        <source>Revoke token</source>
        <translation>吊销令牌</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="113"/>
        <source>Gate QR codes</source>
        <translation>门岗二维码</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="113"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="118"/>
        <source>Folder for the gate cards</source>
        <translation>门岗卡片保存目录</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="197"/>
        <source>✕ Revoked %1</source>
        <translation>✕ 已吊销 %1</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="197"/>
        <source>● Active</source>
        <translation>● 有效</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="201"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="233"/>
        <source>The site has no gates (equipment of kind &apos;gate&apos; in the layout).</source>
        <translation>厂区没有门岗(布局中类型为 gate 的设备)。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="239"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="268"/>
        <source>Written: %1</source>
        <translation>已写入:%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="277"/>
        <source>Add a check-in device</source>
        <translation>添加签到设备</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="282"/>
        <source>Gate 1 tablet</source>
        <translation>1 号门岗平板</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="283"/>
        <source>Device code</source>
        <translation>设备编号</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="284"/>
        <source>What it is</source>
        <translation>设备说明</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="292"/>
        <source>A device needs a code.</source>
        <translation>设备须有编号。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="303"/>
        <source>Device %1 added. Its token is shown once: give it to the device now.</source>
        <translation>设备 %1 已添加。令牌只显示一次,请立即配置到该设备。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="310"/>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="370"/>
        <source>Refused: %1</source>
        <translation>已拒绝:%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="322"/>
        <source>Token of %1</source>
        <translation>%1 的令牌</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="324"/>
        <source>This is the only time the token is shown: Guardline keeps only its SHA-256. Enter it in the check-in app of %1 (header Authorization: Bearer …). Lost tokens are revoked and replaced.</source>
        <translation>令牌仅显示这一次:Guardline 只保存其 SHA-256。请将其填入 %1 的签到应用(请求头 Authorization: Bearer …)。令牌遗失须吊销并重新发放。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="336"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="339"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="350"/>
        <source>Select the device to revoke.</source>
        <translation>请选择要吊销的设备。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="354"/>
        <source>Revoke %1</source>
        <translation>吊销 %1</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="355"/>
        <source>Revoke the token of %1? The device can no longer check anyone in until it gets a new one.</source>
        <translation>吊销 %1 的令牌?在发放新令牌之前,该设备无法再为任何人签到。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/GateDevicePanel.cpp" line="366"/>
        <source>Device %1: token revoked.</source>
        <translation>设备 %1:令牌已吊销。</translation>
    </message>
</context>
<context>
    <name>gl::ui::HazardPanel</name>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="49"/>
        <source>Panorama</source>
        <translation>全景照</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="51"/>
        <source>Before (defect)</source>
        <translation>整改前(隐患)</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="53"/>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="55"/>
        <source>After rectification</source>
        <translation>整改后</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="57"/>
        <source>Re-inspection</source>
        <translation>复查</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="167"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="72"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="78"/>
        <source>All grades</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="79"/>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="273"/>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="100"/>
        <source>General (一般)</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="80"/>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="273"/>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="101"/>
        <source>Major (重大)</source>
        <translation>重大</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="83"/>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="192"/>
        <source>All areas</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="84"/>
        <source>Overdue only</source>
        <translation>仅逾期</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="86"/>
        <source>Report hazard…</source>
        <translation>上报隐患…</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="97"/>
        <source>Hazard</source>
        <translation>隐患</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="97"/>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="103"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="97"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="98"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="98"/>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="98"/>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="152"/>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="99"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="112"/>
        <source>Select a hazard to see its photos and history. New hazards are reported with three photos: the panorama with the area sign, the defect close-up and the responsible person&apos;s face.</source>
        <translation>选择一项隐患以查看照片和记录。上报新隐患需三张照片：带区域标识的全景照、隐患近景照和责任人正面照。</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="134"/>
        <source>Grade / plan…</source>
        <translation>定级 / 治理方案…</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="134"/>
        <source>Assign…</source>
        <translation>指派…</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="134"/>
        <source>Start rectification</source>
        <translation>开始整改</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="135"/>
        <source>Submit after-photo…</source>
        <translation>提交整改后照片…</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="135"/>
        <source>Accept (close)</source>
        <translation>验收(销号)</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="135"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="136"/>
        <source>Re-inspect…</source>
        <translation>复查…</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="136"/>
        <source>Compare photos</source>
        <translation>照片比对</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="276"/>
        <source>equipment %1 (QR %2)</source>
        <translation>设备 %1(二维码 %2)</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="278"/>
        <source>OVERDUE — escalated as %1</source>
        <translation>已逾期 — 已升级为调度单 %1</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="281"/>
        <source>Face check: the face photo does not match %1&apos;s portrait on file — review who is responsible.</source>
        <translation>人脸核验：正面照与 %1 的存档照片不符 — 请复核责任人。</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="284"/>
        <source>Face check: one frontal face; identity not verified (no portrait on file).</source>
        <translation>人脸核验：检测到一张正面人脸；无存档照片，身份未核验。</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="307"/>
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
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="309"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="315"/>
        <source>Reported %1 by %2 · assigned to %3 · deadline %4</source>
        <translation>%1 由 %2 上报 · 整改人 %3 · 期限 %4</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="319"/>
        <source>Major-hazard criteria: %1</source>
        <translation>重大隐患判定依据：%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="321"/>
        <source>Rectification plan</source>
        <translation>治理方案</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="327"/>
        <source>Re-inspection task for %1, due %2: %3</source>
        <translation>%1 的复查任务，期限 %2：%3</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="328"/>
        <source>open</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="329"/>
        <source>History</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="332"/>
        <source>reported</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="333"/>
        <source>graded</source>
        <translation>已定级</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="334"/>
        <source>assigned</source>
        <translation>已指派</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="335"/>
        <source>rectification started</source>
        <translation>开始整改</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="336"/>
        <source>rectification submitted</source>
        <translation>已提交整改</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="337"/>
        <source>after-photo refused</source>
        <translation>整改后照片被拒</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="338"/>
        <source>accepted and closed</source>
        <translation>验收通过,已销号</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="339"/>
        <source>rejected, reopened</source>
        <translation>已驳回,重新打开</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="340"/>
        <source>overdue: escalated to a dispatch order</source>
        <translation>逾期:已升级为调度工单</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="341"/>
        <source>re-inspection task created</source>
        <translation>已创建复查任务</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="342"/>
        <source>re-inspection passed</source>
        <translation>复查通过</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanel.cpp" line="343"/>
        <source>re-inspection failed, reopened</source>
        <translation>复查未通过,重新打开</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="96"/>
        <source>Grade %1</source>
        <translation>定级 %1</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="141"/>
        <source>Assign %1</source>
        <translation>指派 %1</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="145"/>
        <source>person code</source>
        <translation>人员编码</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="146"/>
        <source>Deadline by grade (site setting)</source>
        <translation>按等级确定期限(厂区设置)</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="150"/>
        <source>Rectified by</source>
        <translation>整改责任人</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="166"/>
        <source>Re-inspection photo</source>
        <translation>复查照片</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="166"/>
        <source>After-photo from the same spot</source>
        <translation>同一位置的整改后照片</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="177"/>
        <source>Re-inspection failed, the hazard is reopened: %1</source>
        <translation>复查未通过，隐患已重新打开：%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="187"/>
        <source>Rectification refused — %1</source>
        <translation>整改未通过 — %1</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="201"/>
        <source>%1 — re-inspection</source>
        <translation>%1 — 复查</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="203"/>
        <source>Re-inspection %1 (failing region in red)</source>
        <translation>复查照片 %1(红框为未通过区域)</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="204"/>
        <source>As it should be: after-photo %1</source>
        <translation>应有状态：整改后照片 %1</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="205"/>
        <source>Change since the after-photo (red: changed)</source>
        <translation>与整改后照片相比的变化(红：有变化)</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="207"/>
        <source>%1 — rectification</source>
        <translation>%1 — 整改</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="208"/>
        <source>%1 · scene similarity %2 · region change %3</source>
        <translation>%1 · 场景相似度 %2 · 区域变化 %3</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="209"/>
        <source>Before %1</source>
        <translation>整改前 %1</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="210"/>
        <source>After, aligned %1</source>
        <translation>整改后(已对齐)%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardPanelActions.cpp" line="211"/>
        <source>Change heat map (blue: same, red: changed)</source>
        <translation>变化热力图(蓝：相同，红：变化)</translation>
    </message>
</context>
<context>
    <name>gl::ui::HazardReportDrafts</name>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportDrafts.cpp" line="43"/>
        <source>Delete this draft</source>
        <translation>删除此草稿</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportDrafts.cpp" line="48"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportDrafts.cpp" line="120"/>
        <source>Draft saved %1 (kept for you until it is submitted or deleted)</source>
        <translation>草稿已于 %1 保存(保留至提交或删除)</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportDrafts.cpp" line="132"/>
        <source>The previous draft could not be saved: %1</source>
        <translation>上一份草稿未能保存:%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportDrafts.cpp" line="137"/>
        <source>The draft could not be saved: %1</source>
        <translation>草稿未能保存:%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportDrafts.cpp" line="148"/>
        <source>New report</source>
        <translation>新上报</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/hazards/ui/HazardReportDrafts.cpp" line="154"/>
        <source>%1 · %2 %3 · %n photo(s)</source>
        <translation>
            <numerusform>%1 · %2 %3 · %n 张照片</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportDrafts.cpp" line="188"/>
        <source>Camera still, evidence #%1</source>
        <translation>摄像机抓拍,取证 #%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportDrafts.cpp" line="193"/>
        <source>Draft of %1 restored.</source>
        <translation>已恢复 %1 的草稿。</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportDrafts.cpp" line="209"/>
        <source>Draft deleted.</source>
        <translation>草稿已删除。</translation>
    </message>
</context>
<context>
    <name>gl::ui::HazardReportForm</name>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="32"/>
        <source>Report a hazard</source>
        <translation>上报隐患</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="40"/>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="173"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="45"/>
        <source>what is wrong, where exactly</source>
        <translation>存在什么问题,具体位置</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="48"/>
        <source>Scan QR…</source>
        <translation>扫描二维码…</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="50"/>
        <source>Reads the equipment&apos;s QR label in a photo and picks that equipment and its area</source>
        <translation>从照片中识别设备二维码标签,并选中该设备及其区域</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="52"/>
        <source>From the defect close-up attached below</source>
        <translation>从下方已附的隐患近景照片</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="53"/>
        <source>From a photo file…</source>
        <translation>从照片文件…</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="54"/>
        <source>Photo of the equipment&apos;s QR label</source>
        <translation>设备二维码标签照片</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="66"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="67"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="68"/>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="69"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="70"/>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="108"/>
        <source>Submit report</source>
        <translation>提交上报</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="110"/>
        <source>Keep as draft and close</source>
        <translation>保存草稿并关闭</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="167"/>
        <source>— none (scan its QR or pick) —</source>
        <translation>— 无(扫码或选择)—</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="177"/>
        <source>— not named —</source>
        <translation>— 未指定 —</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="244"/>
        <source>Category: choose one</source>
        <translation>类别:请选择</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="246"/>
        <source>Description: missing</source>
        <translation>描述:缺失</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="248"/>
        <source>Area: pick it, or scan the equipment&apos;s QR code</source>
        <translation>区域:请选择,或扫描设备二维码</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="251"/>
        <source>Photo missing: %1</source>
        <translation>缺少照片:%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="258"/>
        <source>Complete: the photos are checked when you submit (face, QR, pixel limit).</source>
        <translation>已填写完整:提交时将检查照片(人脸、二维码、像素上限)。</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="259"/>
        <source>Still needed: %1</source>
        <translation>尚缺:%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="289"/>
        <source>Attach the defect close-up first (with the equipment&apos;s QR label in view), or scan from a photo file.</source>
        <translation>请先附上隐患近景照片(拍入设备二维码标签),或从照片文件扫描。</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="306"/>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="320"/>
        <source>QR scan: %1 — pick the equipment from the list instead.</source>
        <translation>二维码扫描:%1 — 请改为从列表中选择设备。</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="328"/>
        <source>Equipment %1 is not in this window&apos;s site layout yet: pick it from the list after the next refresh.</source>
        <translation>设备 %1 尚不在本窗口的厂区布局中:请在下次刷新后从列表选择。</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="333"/>
        <source>QR code read: equipment %1 in area %2.</source>
        <translation>已识别二维码:设备 %1,区域 %2。</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="400"/>
        <source>Checking the photos and submitting…</source>
        <translation>正在检查照片并提交…</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportForm.cpp" line="421"/>
        <source>Not reported — %1</source>
        <translation>未上报 — %1</translation>
    </message>
</context>
<context>
    <name>gl::ui::HazardReportPhotos</name>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportPhotos.cpp" line="38"/>
        <source>Panorama with the area sign</source>
        <translation>带区域标识的全景照片</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportPhotos.cpp" line="40"/>
        <source>Defect close-up with a scale reference</source>
        <translation>带比例参照的隐患近景照片</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportPhotos.cpp" line="41"/>
        <source>Responsible person&apos;s frontal face</source>
        <translation>责任人正面照片</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportPhotos.cpp" line="44"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportPhotos.cpp" line="61"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportPhotos.cpp" line="63"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportPhotos.cpp" line="69"/>
        <source>From camera…</source>
        <translation>从摄像机…</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportPhotos.cpp" line="71"/>
        <source>Use a camera evidence still (or take one now) as the panorama</source>
        <translation>用摄像机取证抓拍(或立即抓拍)作为全景照片</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportPhotos.cpp" line="97"/>
        <source>no photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportPhotos.cpp" line="98"/>
        <source>a file, or a camera still (&quot;From camera…&quot;)</source>
        <translation>文件,或摄像机抓拍(“从摄像机…”)</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportPhotos.cpp" line="122"/>
        <source>%1 — no preview: it may not be an image (checked on submission)</source>
        <translation>%1 — 无预览:可能不是图片(提交时检查)</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardReportPhotos.cpp" line="141"/>
        <source>Camera %1 %2 · %3 · evidence #%4</source>
        <translation>摄像机 %1 %2 · %3 · 取证 #%4</translation>
    </message>
</context>
<context>
    <name>gl::ui::HazardViewer</name>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardViewer.cpp" line="27"/>
        <source>Photo comparison</source>
        <translation>照片比对</translation>
    </message>
    <message>
        <location filename="../../src/modules/hazards/ui/HazardViewer.cpp" line="61"/>
        <source>(not aligned: nothing to show)</source>
        <translation>(未能对齐：无可显示内容)</translation>
    </message>
</context>
<context>
    <name>gl::ui::InstructionDialog</name>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="78"/>
        <source>&amp;Review</source>
        <translation>复核(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="78"/>
        <source>&amp;Confirm and send</source>
        <translation>确认并发送(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="81"/>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="103"/>
        <source>Instruction</source>
        <translation>指令</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="81"/>
        <source>Instruction for order %1</source>
        <translation>工单 %1 的指令</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="98"/>
        <source>line or area as the site&apos;s connectors know it, e.g. casting-house-2</source>
        <translation>连接器使用的产线或区域名,例如 casting-house-2</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="99"/>
        <source>why (read back and kept in the audit chain)</source>
        <translation>原因(将复述确认并记入审计链)</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="104"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="105"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="133"/>
        <source>Name the target line or area.</source>
        <translation>请填写目标产线或区域。</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="133"/>
        <source>Give the reason: it is read back to the line.</source>
        <translation>请填写原因:它将向产线复述。</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="138"/>
        <source>Send &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt; because: %3</source>
        <translation>向 &lt;b&gt;%2&lt;/b&gt; 发送 &lt;b&gt;%1&lt;/b&gt;,原因:%3</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="149"/>
        <source>Storing…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="153"/>
        <source>Instruction %1 queued: the site service sends it.</source>
        <translation>指令 %1 已排队:由厂区服务发送。</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="158"/>
        <source>Not sent: %1</source>
        <translation>未发送:%1</translation>
    </message>
</context>
<context>
    <name>gl::ui::InterruptionPanel</name>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="85"/>
        <source>Interruption time</source>
        <translation>事故中断时长</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="103"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="104"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="105"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="109"/>
        <source>All areas</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="110"/>
        <source>Period:</source>
        <translation>周期:</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="112"/>
        <source>Area:</source>
        <translation>区域:</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="171"/>
        <source>The interruption times cannot be computed: %1</source>
        <translation>无法计算事故中断时长:%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="188"/>
        <source>all areas</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="190"/>
        <source>No confirmed dispatch order in the current or the previous period (%1).</source>
        <translation>本期及上期均无已确认的调度单(%1)。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="193"/>
        <source>Mean interruption time T, %1 (%2): &lt;b&gt;%3 min&lt;/b&gt; over %n confirmed order(s)</source>
        <translation>
            <numerusform>平均中断时间 T，%1（%2）：&lt;b&gt;%3 分钟&lt;/b&gt;，共 %n 个已确认工单</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="198"/>
        <source>same period a year earlier: %1 min (%2 orders)</source>
        <translation>去年同期:%1 分钟(%2 单)</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="200"/>
        <source>%1 % shorter</source>
        <translation>缩短 %1 %</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="201"/>
        <source>%1 % longer</source>
        <translation>延长 %1 %</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="203"/>
        <source>no confirmed order in the same period a year earlier</source>
        <translation>去年同期无已确认调度单</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="208"/>
        <source>Interruption time T per %1: phases stacked (min), trend, a year earlier</source>
        <translation>每%1事故中断时长 T:各阶段堆叠(分钟)、趋势、去年同期</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="209"/>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="209"/>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="209"/>
        <source>quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="211"/>
        <source>Tdetect</source>
        <translation>发现</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="211"/>
        <source>Tverify</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="211"/>
        <source>Trespond</source>
        <translation>响应</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="211"/>
        <source>Tconfirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="237"/>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="247"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="252"/>
        <source>Same period a year earlier</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/AnalyticsPanels.cpp" line="270"/>
        <source>T = Tdetect (first abnormal signal → order opened) + Tverify (→ assigned) + Trespond (→ responded) + Tconfirm (→ risk confirmed removed), mean of the confirmed orders detected in the period; the last period is to date. A year earlier: the same calendar period (weeks: 52 weeks before). Site time zone %1.</source>
        <translation>T = Tdetect(首个异常信号 → 开单)+ Tverify(→ 指派)+ Trespond(→ 响应)+ Tconfirm(→ 确认风险解除),取本期发现的已确认调度单的平均值;最后一期截至当前。去年同期:同一日历周期(周:52 周前)。厂区时区 %1。</translation>
    </message>
</context>
<context>
    <name>gl::ui::LedgerImportDialog</name>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="29"/>
        <source>Import the contractor ledger</source>
        <translation>导入承包商台账</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="31"/>
        <source>One row a contractor: code,name,name_zh,credit_code,trade,contact (UTF-8 or GB18030). Every row is checked first; with any error nothing is imported.</source>
        <translation>每行一个承包商:code,name,name_zh,credit_code,trade,contact(UTF-8 或 GB18030)。先逐行校验;有任何错误则全部不导入。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="39"/>
        <source>path of the CSV file</source>
        <translation>CSV 文件路径</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="40"/>
        <source>Contractor ledger</source>
        <translation>承包商台账</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="40"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="42"/>
        <source>Preview (nothing is stored)</source>
        <translation>预览(不保存)</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="48"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="48"/>
        <source>Contractor / line</source>
        <translation>承包商 / 行</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="48"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="56"/>
        <source>Import all rows</source>
        <translation>导入全部行</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="59"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="76"/>
        <source>Choose the ledger file.</source>
        <translation>请选择台账文件。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="80"/>
        <source>Preview the file first.</source>
        <translation>请先预览文件。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="110"/>
        <source>✕ Error</source>
        <translation>✕ 错误</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="113"/>
        <source>✓ No error</source>
        <translation>✓ 无错误</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="113"/>
        <source>+ To register</source>
        <translation>+ 将登记</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="113"/>
        <source>+ Registered</source>
        <translation>+ 已登记</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="115"/>
        <source>= Already registered</source>
        <translation>= 已存在</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="115"/>
        <source>same credit code: left as it is</source>
        <translation>信用代码相同:保持不变</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="120"/>
        <source>%n error(s) in %1 (%2): nothing was imported. Correct the file and preview it again.</source>
        <translation>
            <numerusform>%1(%2)中有 %n 处错误:未导入任何内容。请更正文件后重新预览。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="130"/>
        <source>%1 (%2): %3 row(s), %4 to register, %5 already registered. Nothing stored yet.</source>
        <translation>%1(%2):%3 行,%4 个将登记,%5 个已存在。尚未保存任何内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="139"/>
        <source>%n contractor(s) registered from %1.</source>
        <translation>
            <numerusform>已从 %1 登记 %n 个承包商。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/LedgerImportDialog.cpp" line="148"/>
        <source>Refused: %1</source>
        <translation>已拒绝:%1</translation>
    </message>
</context>
<context>
    <name>gl::ui::LoginDialog</name>
    <message>
        <location filename="../../src/shell/LoginDialog.cpp" line="13"/>
        <source>Store: %1</source>
        <translation>数据库:%1</translation>
    </message>
</context>
<context>
    <name>gl::ui::MainWindow</name>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="65"/>
        <source>Guardline — safety command center</source>
        <translation>安全卫士 — 安全生产指挥中心</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="75"/>
        <source>Site plan</source>
        <translation>厂区平面图</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="85"/>
        <location filename="../../src/shell/MainWindow.cpp" line="245"/>
        <source>Contractors</source>
        <translation>承包商</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="94"/>
        <location filename="../../src/shell/MainWindow.cpp" line="245"/>
        <source>Hazards</source>
        <translation>隐患</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="116"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="125"/>
        <source>Store: connecting…</source>
        <translation>数据库:连接中…</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="126"/>
        <source>Connectors: none configured</source>
        <translation>连接器:未配置</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="145"/>
        <source>Signed in as %1</source>
        <translation>已登录为 %1</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="148"/>
        <source>Switch user refused: %1</source>
        <translation>切换用户被拒绝：%1</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="149"/>
        <location filename="../../src/shell/MainWindow.cpp" line="322"/>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="149"/>
        <source>%1

Still signed in as %2.</source>
        <translation>%1

仍以 %2 登录。</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="156"/>
        <location filename="../../src/shell/MainWindow.cpp" line="314"/>
        <source>Store: ● online (%1)</source>
        <translation>数据库:● 在线(%1)</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="156"/>
        <source>Store: ● OFFLINE — %1</source>
        <translation>数据库:● 离线 — %1</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="199"/>
        <source>Camera wall</source>
        <translation>视频墙</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="200"/>
        <source>Alarms</source>
        <translation>报警</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="201"/>
        <source>Dispatch board</source>
        <translation>调度看板</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="202"/>
        <source>Records</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="214"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="215"/>
        <source>Dashboards</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="221"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="224"/>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="227"/>
        <source>Sign in as another user on this store; the windows stay open</source>
        <translation>以其他用户登录当前数据库；窗口保持打开</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="231"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="234"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="238"/>
        <source>&amp;Search records</source>
        <translation>搜索记录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="245"/>
        <source>Control room</source>
        <translation>控制室</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="245"/>
        <source>Permits</source>
        <translation>作业票</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="246"/>
        <source>Reports and dashboards</source>
        <translation>报表与仪表盘</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="246"/>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="247"/>
        <source>&amp;Workspace</source>
        <translation>工作区(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="275"/>
        <source>Workspaces</source>
        <translation>工作区</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="279"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="284"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="284"/>
        <source>The language changes the next time Guardline starts.</source>
        <translation>语言将在下次启动安全卫士时生效。</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="308"/>
        <source>DEMO — signed in as %1 (%2), no password</source>
        <translation>演示 — 已以 %1(%2)登录,无密码</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="266"/>
        <location filename="../../src/shell/MainWindow.cpp" line="308"/>
        <location filename="../../src/shell/MainWindow.cpp" line="332"/>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="311"/>
        <source>Guardline — DEMO PLANT — safety command center</source>
        <translation>安全卫士 — 演示工厂 — 安全生产指挥中心</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="349"/>
        <source>Guardline — %1 — safety command center</source>
        <translation>安全卫士 — %1 — 安全生产指挥中心</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="352"/>
        <source>Open hazards %1 (overdue %2) · Active permits %3 · Unacknowledged alarms %4 · Open orders %5 · Contractors with expired documents %6</source>
        <translation>未闭环隐患 %1(超期 %2)· 作业中许可 %3 · 未确认报警 %4 · 待办工单 %5 · 证件过期承包商 %6</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="372"/>
        <source>Permit %1</source>
        <translation>作业票 %1</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="380"/>
        <source>Hazard %1</source>
        <translation>隐患 %1</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="385"/>
        <source>Chart of %1</source>
        <translation>%1 趋势图</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="393"/>
        <source>Camera %1 in full view on the camera wall (Esc: back to the grid)</source>
        <translation>摄像机 %1 已在视频墙全屏显示(Esc 返回)</translation>
    </message>
    <message>
        <location filename="../../src/shell/MainWindow.cpp" line="416"/>
        <source>Selected %1 %2</source>
        <translation>已选中 %1 %2</translation>
    </message>
</context>
<context>
    <name>gl::ui::ManualAlarmDialog</name>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="22"/>
        <source>&amp;Raise alarm</source>
        <translation>发起报警(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="24"/>
        <source>Manual alarm</source>
        <translation>人工报警</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="36"/>
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="37"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="38"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="39"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="41"/>
        <source>What the caller reports, and who called</source>
        <translation>来电人报告的情况及来电人</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="44"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="45"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="46"/>
        <source>Report</source>
        <translation>报告内容</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="59"/>
        <source>Raising…</source>
        <translation>正在发起…</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="63"/>
        <source>Alarm %1 raised; order %2 opened.</source>
        <translation>报警 %1 已发起;工单 %2 已创建。</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/DispatchActions.cpp" line="68"/>
        <source>Not raised: %1</source>
        <translation>未发起:%1</translation>
    </message>
</context>
<context>
    <name>gl::ui::OrderProcedurePanel</name>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="33"/>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="33"/>
        <source>S&amp;kip</source>
        <translation>跳过(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="34"/>
        <source>Mark read</source>
        <translation>标为已读</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="48"/>
        <source>Reason for skipping (required; reported to the area supervisor)</source>
        <translation>跳过原因(必填,将报告区域主管)</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="52"/>
        <source>Mark the selected step done (Alt+D). Steps may be done out of order; that is recorded.</source>
        <translation>将所选步骤标为完成(Alt+D)。可不按顺序完成,但会被记录。</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="53"/>
        <source>Skip the selected step with the reason typed beside it (Alt+K). The area supervisor is notified.</source>
        <translation>以旁边填写的原因跳过所选步骤(Alt+K),并通知区域主管。</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="65"/>
        <source>Procedure</source>
        <translation>处置程序</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="68"/>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="68"/>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="68"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="69"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="69"/>
        <source>Step text</source>
        <translation>步骤内容</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="69"/>
        <source>By</source>
        <translation>生成者</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="70"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="70"/>
        <source>Order state</source>
        <translation>工单状态</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="83"/>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="116"/>
        <source>Skipped steps</source>
        <translation>跳过的步骤</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="94"/>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="136"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="116"/>
        <source>Skipped steps (%1)</source>
        <translation>跳过的步骤(%1)</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="136"/>
        <source>Notifications (%1 new)</source>
        <translation>通知(%1 条新)</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="157"/>
        <source>Select an order on the board to see its procedure.</source>
        <translation>在调度看板上选择工单以查看其处置程序。</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="179"/>
        <source>done %1 by %2</source>
        <translation>%1 由 %2 完成</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="180"/>
        <source>SKIPPED %1 by %2 — reason: %3</source>
        <translation>%1 由 %2 跳过 — 原因:%3</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="182"/>
        <source>out of order</source>
        <translation>未按顺序</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="196"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: no procedure is attached to this order&apos;s alarm type.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;:该工单的报警类型未配置处置程序。</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="198"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3 of %4 steps done, %5 skipped, %6 open</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;共 %4 步,已完成 %3 步,跳过 %5 步,未完成 %6 步</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="248"/>
        <source>Type why the step is skipped: the area supervisor is told.</source>
        <translation>请填写跳过原因:将通知区域主管。</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="252"/>
        <source>Not connected to a store: the step is not recorded.</source>
        <translation>未连接数据库:该步骤未记录。</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="258"/>
        <source>Recording step %1…</source>
        <translation>正在记录步骤 %1…</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="265"/>
        <source>Step %1 skipped. No supervisor or EHS manager to notify: tell them yourself.</source>
        <translation>步骤 %1 已跳过。没有可通知的区域主管或安全环保经理:请自行告知。</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="266"/>
        <source>Step %1 skipped; reported to %2.</source>
        <translation>步骤 %1 已跳过,已报告 %2。</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="268"/>
        <source>Step %1 done.</source>
        <translation>步骤 %1 已完成。</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/OrderProcedurePanel.cpp" line="273"/>
        <source>Not recorded: %1</source>
        <translation>未记录:%1</translation>
    </message>
</context>
<context>
    <name>gl::ui::PermitEditor</name>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="36"/>
        <source>Hot work</source>
        <translation>动火作业</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="37"/>
        <source>Confined space</source>
        <translation>受限空间</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="38"/>
        <source>Blind plate</source>
        <translation>盲板抽堵</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="39"/>
        <source>Work at height</source>
        <translation>高处作业</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="40"/>
        <source>Lifting</source>
        <translation>吊装作业</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="41"/>
        <source>Temporary power</source>
        <translation>临时用电</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="42"/>
        <source>Excavation</source>
        <translation>动土作业</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="43"/>
        <source>Road closure</source>
        <translation>断路作业</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="51"/>
        <source>Special</source>
        <translation>特级</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="52"/>
        <source>Level 1</source>
        <translation>一级</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="53"/>
        <source>Level 2</source>
        <translation>二级</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="54"/>
        <source>Standard</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="98"/>
        <source>Permit</source>
        <translation>作业票</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="107"/>
        <source>Sign-offs</source>
        <translation>签字确认</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="118"/>
        <source>Gas tests</source>
        <translation>气体分析</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="132"/>
        <source>&lt;b&gt;Workers and certificates&lt;/b&gt;</source>
        <translation>&lt;b&gt;作业人员及证书&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="134"/>
        <source>&lt;b&gt;Cameras&lt;/b&gt;</source>
        <translation>&lt;b&gt;视频监控&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="136"/>
        <source>&lt;b&gt;Conflicts with other work&lt;/b&gt;</source>
        <translation>&lt;b&gt;与其他作业的冲突&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="142"/>
        <source>People, cameras, conflicts</source>
        <translation>人员、监控、冲突</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="181"/>
        <source>Permit %1</source>
        <translation>作业票 %1</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="181"/>
        <source>(new)</source>
        <translation>(新建)</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="182"/>
        <source>New permit</source>
        <translation>新建作业票</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="214"/>
        <source>alarm in the area</source>
        <translation>区域内报警</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="215"/>
        <source>gas log overdue</source>
        <translation>气体检测记录逾期</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="216"/>
        <source>the guardian left the site</source>
        <translation>监护人已离开现场</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="218"/>
        <source>Suspended (%1)%2: resuming needs a new passing gas test where the rules ask for it</source>
        <translation>已暂停(%1)%2:恢复作业须按规定重新进行气体分析并合格</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="219"/>
        <source> by alarm %1</source>
        <translation>,报警 %1</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="222"/>
        <source>The service reports:</source>
        <translation>系统提示:</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="241"/>
        <source>no certificate</source>
        <translation>无证书</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="242"/>
        <source>No worker named.</source>
        <translation>未指定作业人员。</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="246"/>
        <source> · bound</source>
        <translation> · 已绑定</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="246"/>
        <source> · no usable feed</source>
        <translation> · 无可用视频流</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="247"/>
        <source>No camera covers the work area.</source>
        <translation>没有摄像机覆盖作业区域。</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="248"/>
        <source>No conflict with approved or active work.</source>
        <translation>与已审批或进行中的作业无冲突。</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="224"/>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="272"/>
        <source>Refused:</source>
        <translation>已拒绝:</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitEditor.cpp" line="361"/>
        <source>Analyst: name who took the sample</source>
        <translation>分析人:请填写采样人</translation>
    </message>
</context>
<context>
    <name>gl::ui::PermitForm</name>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="51"/>
        <source>e.g. HW-0201</source>
        <translation>例如 HW-0201</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="57"/>
        <source>What is done, where (e.g. weld flange at P-101)</source>
        <translation>作业内容和地点(例如 P-101 法兰焊接)</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="62"/>
        <source>equipment code, optional (blind plate: the blind)</source>
        <translation>设备编号,可选(盲板作业:盲板编号)</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="73"/>
        <source>x, y; x, y; x, y (site metres)</source>
        <translation>x, y; x, y; x, y（厂区坐标，米）</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="88"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="90"/>
        <source>Permit no.</source>
        <translation>作业票编号</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="91"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="92"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="93"/>
        <source>Work</source>
        <translation>作业内容</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="94"/>
        <source>Contractor</source>
        <translation>承包商</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="95"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="96"/>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="97"/>
        <source>Start (site time)</source>
        <translation>开始(厂区时间)</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="98"/>
        <source>End (site time)</source>
        <translation>结束(厂区时间)</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="99"/>
        <source>Draw on plan…</source>
        <translation>在平面图上绘制…</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="101"/>
        <source>Draw the work area on the site plan: click its corners, snapping to equipment and structures</source>
        <translation>在厂区平面图上绘制作业区域：点击各角点，可吸附到设备和构筑物</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="105"/>
        <source>Work area polygon</source>
        <translation>作业范围</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="106"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="107"/>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="108"/>
        <source>Cross-work coordinator</source>
        <translation>交叉作业协调人</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="109"/>
        <source>Workers</source>
        <translation>作业人员</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="111"/>
        <source>Safety measures (GB 30871-2022)</source>
        <translation>安全措施(GB 30871-2022)</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="125"/>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="126"/>
        <source>Submit</source>
        <translation>提交申请</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="127"/>
        <source>Keeps the permit as a draft, even when it does not meet the rules yet</source>
        <translation>保存为草稿,即使尚不符合规定</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="128"/>
        <source>Submitting is the applicant&apos;s signature: refused with the reasons while a rule fails</source>
        <translation>提交即作业申请人签字:不符合规定时拒绝并列出原因</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="182"/>
        <source>own crew</source>
        <translation>本单位</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="187"/>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="188"/>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="201"/>
        <source>certificates %1 %2</source>
        <translation>证书 %1 %2</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="203"/>
        <source> · company documents %1 %2</source>
        <translation> · 企业资料 %1 %2</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="328"/>
        <source>Permit no.: missing</source>
        <translation>作业票编号:未填写</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="330"/>
        <source>Work: describe what is done and where</source>
        <translation>作业内容:请填写作业内容和地点</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="332"/>
        <source>Area: choose the area of the work</source>
        <translation>区域:请选择作业区域</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="336"/>
        <source>Work area polygon: at least three points &quot;x, y&quot; separated by &quot;;&quot;, edges not crossing</source>
        <translation>作业范围:至少三个点 “x, y”,用 “;” 分隔,边不相交</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="338"/>
        <source>Height: the top is below the bottom</source>
        <translation>作业高度:上限低于下限</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="340"/>
        <source>End: must be after the start</source>
        <translation>结束:必须晚于开始</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="353"/>
        <source>Grade: raised from %1 to %2 (night, rest day or holiday, GB 30871-2022)</source>
        <translation>级别:由%1升为%2(夜间、休息日或节假日,GB 30871-2022)</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="357"/>
        <source>End: validity %1 h exceeds the %2 h limit of %3 %4 (GB 30871-2022)</source>
        <translation>结束:有效期 %1 小时,超过%3%4的 %2 小时上限(GB 30871-2022)</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="361"/>
        <source>Cameras: %1 %2 is approved only with a camera covering the work area</source>
        <translation>视频监控:%1%2须有覆盖作业区域的摄像机方可审批</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="365"/>
        <source>Guardian: a certified guardian is mandatory</source>
        <translation>监护人:必须指定持证监护人</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="367"/>
        <source>Guardian: the guardian cannot also be a worker</source>
        <translation>监护人:监护人不得同时为作业人员</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="372"/>
        <source>Safety measures: %n not confirmed (needed before approval)</source>
        <translation>
            <numerusform>安全措施:%n 项未确认(审批前须确认)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="375"/>
        <source>Cannot be saved yet:</source>
        <translation>尚不能保存:</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitForm.cpp" line="377"/>
        <source>Before it can be submitted or approved:</source>
        <translation>提交或审批前须解决:</translation>
    </message>
</context>
<context>
    <name>gl::ui::PermitGasTests</name>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="50"/>
        <source>oxygen-enriched air</source>
        <translation>富氧环境</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="53"/>
        <source>Sampled at (site time)</source>
        <translation>采样时间(厂区时间)</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="54"/>
        <source>Combustible</source>
        <translation>可燃气体</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="55"/>
        <source>Oxygen</source>
        <translation>氧气</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="56"/>
        <source>Toxic</source>
        <translation>有毒气体</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="57"/>
        <source>Gas of concern</source>
        <translation>被测气体爆炸下限</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="59"/>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="66"/>
        <source>Analyst</source>
        <translation>分析人</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="63"/>
        <source>Record gas test</source>
        <translation>记录气体分析</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="66"/>
        <source>Sampled</source>
        <translation>采样时间</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="66"/>
        <source>Combustible % vol</source>
        <translation>可燃气体 % vol</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="66"/>
        <source>O₂ %</source>
        <translation>氧气 %</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="66"/>
        <source>Toxic ppm</source>
        <translation>有毒气体 ppm</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="66"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="100"/>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="100"/>
        <source>FAIL</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="121"/>
        <source>The sample time is in the future.</source>
        <translation>采样时间晚于当前时间。</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="124"/>
        <source>Gas sample taken %1 min before start: GB 30871 allows %2 min.</source>
        <translation>气体采样在作业开始前 %1 分钟:GB 30871 规定不超过 %2 分钟。</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="127"/>
        <source>Sample %1 min before start (within %2 min).</source>
        <translation>采样在作业开始前 %1 分钟(%2 分钟以内)。</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="129"/>
        <source>Resuming or logging: the sample must be no more than %1 min old when the work resumes.</source>
        <translation>恢复作业或定时检测:恢复作业时样品不得超过 %1 分钟。</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="132"/>
        <source>%1: the gas is logged at least every %2 min while the work runs.</source>
        <translation>%1:作业期间至少每 %2 分钟检测一次气体。</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="134"/>
        <source>These values pass (combustible ≤ %1 % vol, O₂ %2–%3 %).</source>
        <translation>检测值合格(可燃气体 ≤ %1 % vol,氧气 %2–%3 %)。</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitGasTests.cpp" line="135"/>
        <source>These values FAIL (combustible ≤ %1 % vol, O₂ %2–%3 %).</source>
        <translation>检测值不合格(可燃气体 ≤ %1 % vol,氧气 %2–%3 %)。</translation>
    </message>
</context>
<context>
    <name>gl::ui::PermitPanel</name>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="57"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="58"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="59"/>
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="60"/>
        <source>Active</source>
        <translation>作业中</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="61"/>
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="62"/>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="63"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="64"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="74"/>
        <source>New permit…</source>
        <translation>新建作业票…</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="77"/>
        <source>Filter by code, type, area, contractor or title</source>
        <translation>按编号、类型、区域、承包商或作业内容筛选</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="108"/>
        <source>By state</source>
        <translation>按状态</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="112"/>
        <source>Area / permit</source>
        <translation>区域 / 作业票</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="112"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="112"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="112"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="112"/>
        <source>Contractor</source>
        <translation>承包商</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="112"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="112"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="113"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="119"/>
        <source>By area</source>
        <translation>按区域</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="126"/>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="135"/>
        <source>Permits</source>
        <translation>作业票</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="182"/>
        <source>Double-click to open the permit card</source>
        <translation>双击打开作业票</translation>
    </message>
</context>
<context>
    <name>gl::ui::PermitSignOffs</name>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="32"/>
        <source>I am at the work site</source>
        <translation>本人在作业现场</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="36"/>
        <source>where exactly you are (optional)</source>
        <translation>您所在的具体位置(可选)</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="39"/>
        <source>Sign</source>
        <translation>签字</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="41"/>
        <source>Work &amp;ticket…</source>
        <translation>作业票(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="43"/>
        <source>Issue the electronic work ticket (the same PDF as guardlinectl permit ticket): preview, print or save</source>
        <translation>出具电子作业票(与 guardlinectl permit ticket 相同的 PDF):预览、打印或保存</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="52"/>
        <source>&lt;b&gt;Sign-offs in the standard&apos;s order&lt;/b&gt;</source>
        <translation>&lt;b&gt;按标准顺序签字确认&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="56"/>
        <source>&lt;b&gt;Lifecycle&lt;/b&gt;</source>
        <translation>&lt;b&gt;作业票流程&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="79"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="79"/>
        <source>Signed by</source>
        <translation>签字人</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="79"/>
        <source>On site</source>
        <translation>在场人员</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="79"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="79"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="85"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="85"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="89"/>
        <source>not signed</source>
        <translation>未签字</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="98"/>
        <source>Sign as %1</source>
        <translation>以%1身份签字</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="99"/>
        <source>Next: %1. Signed by %2%3.</source>
        <translation>下一步:%1,由 %2 签字%3。</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="100"/>
        <source> at the work site</source>
        <translation>(在作业现场)</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="101"/>
        <source>Next: %1, signed by %2 (you are %3).</source>
        <translation>下一步:%1,由 %2 签字(您的角色:%3)。</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="104"/>
        <source>Submit the permit to start the sign-offs.</source>
        <translation>提交作业票后开始签字确认。</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="116"/>
        <source>Start work</source>
        <translation>开始作业</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="117"/>
        <source>Suspend</source>
        <translation>暂停作业</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="118"/>
        <source>Resume</source>
        <translation>恢复作业</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="119"/>
        <source>Close (work finished)</source>
        <translation>关闭(作业完成)</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="120"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="121"/>
        <source>Reject (back to draft)</source>
        <translation>退回(回到草稿)</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/PermitSignOffs.cpp" line="129"/>
        <source>Guardian left the site</source>
        <translation>监护人离开现场</translation>
    </message>
</context>
<context>
    <name>gl::ui::PermitTimeline</name>
    <message>
        <location filename="../../src/modules/permits/ui/PermitPanel.cpp" line="284"/>
        <source>No permit between yesterday and the day after tomorrow. Create one with &quot;New permit…&quot;.</source>
        <translation>昨天至后天没有作业票。用“新建作业票…”创建。</translation>
    </message>
</context>
<context>
    <name>gl::ui::RecordTable</name>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="35"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
</context>
<context>
    <name>gl::ui::RecordsPanel</name>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="55"/>
        <location filename="../../src/shell/RecordsPanel.cpp" line="66"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="55"/>
        <source>Company</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="55"/>
        <source>Name (EN)</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="56"/>
        <source>Trade</source>
        <translation>专业</translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="56"/>
        <location filename="../../src/shell/RecordsPanel.cpp" line="60"/>
        <source>Workers</source>
        <translation>作业人员</translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="56"/>
        <source>Documents</source>
        <translation>资质文件</translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="57"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="57"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="58"/>
        <source>Permit</source>
        <translation>作业票</translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="58"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="58"/>
        <location filename="../../src/shell/RecordsPanel.cpp" line="62"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="59"/>
        <location filename="../../src/shell/RecordsPanel.cpp" line="62"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="59"/>
        <location filename="../../src/shell/RecordsPanel.cpp" line="63"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="59"/>
        <location filename="../../src/shell/RecordsPanel.cpp" line="67"/>
        <source>Contractor</source>
        <translation>承包商</translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="60"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="60"/>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="61"/>
        <source>Work</source>
        <translation>作业内容</translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="62"/>
        <source>Hazard</source>
        <translation>隐患</translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="63"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="63"/>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="64"/>
        <source>Reported</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="64"/>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="65"/>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="65"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="66"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="66"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="67"/>
        <source>Job</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="67"/>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="68"/>
        <source>Company documents</source>
        <translation>企业资料</translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="69"/>
        <source>Site briefing</source>
        <translation>厂级安全交底</translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="69"/>
        <source>Whitelisted</source>
        <translation>门禁白名单</translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="70"/>
        <source>Contractors</source>
        <translation>承包商</translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="70"/>
        <source>Permits</source>
        <translation>作业票</translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="71"/>
        <source>Hazards</source>
        <translation>隐患</translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="71"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../src/shell/RecordsPanel.cpp" line="74"/>
        <source>Search %1 (Ctrl+F)</source>
        <translation>搜索%1(Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>gl::ui::ReportsPanel</name>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="35"/>
        <source>Open PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="35"/>
        <source>Open HTML</source>
        <translation>打开 HTML</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="37"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="37"/>
        <source>Generated at</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="37"/>
        <source>By</source>
        <translation>生成者</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="37"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="37"/>
        <source>Contractors</source>
        <translation>承包商</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="37"/>
        <source>Audit entry</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="38"/>
        <source>SHA-256 (PDF)</source>
        <translation>SHA-256 (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="47"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="79"/>
        <source>Loading the report archive…</source>
        <translation>正在加载报表归档…</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="107"/>
        <source>The report archive cannot be read: %1</source>
        <translation>无法读取报表归档：%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="113"/>
        <source>The Contractor Health Daily Report is generated every day at %1 (%2, site time) in %3; days missed while no workstation ran are caught up for %4 days.</source>
        <translation>承包商健康日报每天 %1(%2，厂区时间)以 %3 生成；无工作站运行时漏掉的日期在 %4 天内补生成。</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="117"/>
        <source>The scheduled daily report is switched off (guardlinectl report schedule --enable).</source>
        <translation>定时日报已关闭(guardlinectl report schedule --enable 可开启)。</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="126"/>
        <source>scheduler (%1)</source>
        <translation>定时任务 (%1)</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="136"/>
        <source>PDF %1
HTML %2</source>
        <translation>PDF %1
HTML %2</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="144"/>
        <source>No report archived yet: the first one is generated at the scheduled time (or run &apos;guardlinectl housekeeping&apos;).</source>
        <translation>尚无归档报表：首份报表将在设定时间生成(或运行 &apos;guardlinectl housekeeping&apos;)。</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="154"/>
        <source>Checking the report&apos;s SHA-256 against the audit chain…</source>
        <translation>正在用审计链核对报表的 SHA-256…</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="169"/>
        <source>SHA-256 verified against the audit chain (%1); opened %2</source>
        <translation>SHA-256 已与审计链核对一致 (%1)；已打开 %2</translation>
    </message>
    <message>
        <location filename="../../src/modules/reporting/ui/ReportsPanel.cpp" line="173"/>
        <source>Not opened: %1 Report this to the EHS manager; the archived copy can no longer be trusted.</source>
        <translation>未打开：%1 请报告 EHS 经理；该归档副本已不可信。</translation>
    </message>
</context>
<context>
    <name>gl::ui::RosterEditor</name>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="63"/>
        <source>Duty roster — Guardline</source>
        <translation>值班表 — Guardline</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="74"/>
        <source>On duty now — dispatch orders of an area are assigned to this person</source>
        <translation>当前值班 — 该区域的调度工单派给此人</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="76"/>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="83"/>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="112"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="76"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="76"/>
        <source>On duty</source>
        <translation>值班人</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="76"/>
        <source>Covered by</source>
        <translation>覆盖方式</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="81"/>
        <source>Roster entries</source>
        <translation>值班记录</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="83"/>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="113"/>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="83"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="83"/>
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="83"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="83"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="87"/>
        <source>Show entries ended in the last 7 days</source>
        <translation>显示最近 7 天已结束的记录</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="88"/>
        <source>End selected entry now</source>
        <translation>立即结束所选记录</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="90"/>
        <source>Ends the entry now (audited); an entry that has not started yet is cancelled.</source>
        <translation>立即结束该记录(已审计);尚未开始的记录将被取消。</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="97"/>
        <source>Add an entry</source>
        <translation>新增值班记录</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="114"/>
        <source>From (site time)</source>
        <translation>自(厂区时间)</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="115"/>
        <source>To (site time)</source>
        <translation>至(厂区时间)</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="120"/>
        <source>Add entry</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="185"/>
        <source>The roster could not be read: %1</source>
        <translation>无法读取值班表:%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="196"/>
        <source>Times are site-local: %1 (%2). Now: %3</source>
        <translation>时间为厂区当地时间:%1(%2)。现在:%3</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="199"/>
        <source>Read-only: your role (%1) may view the roster but not change it (permission roster.edit: dispatcher, EHS manager, administrator).</source>
        <translation>只读:您的角色(%1)可查看值班表但不能修改(权限 roster.edit:调度员、EHS 经理、管理员)。</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="210"/>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="229"/>
        <source>Site-wide</source>
        <translation>全厂</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="211"/>
        <source>every area without its own entry</source>
        <translation>无单独记录的所有区域</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="212"/>
        <source>▲ nobody — orders stay unassigned</source>
        <translation>▲ 无人值班 — 工单无法派发</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="214"/>
        <source>site-wide entry</source>
        <translation>全厂记录</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="214"/>
        <source>area entry</source>
        <translation>区域记录</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="237"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="237"/>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="237"/>
        <source>● on duty now</source>
        <translation>● 正在值班</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="237"/>
        <source>upcoming</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="246"/>
        <source>Site-wide (every area without its own entry)</source>
        <translation>全厂(无单独记录的所有区域)</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="251"/>
        <source>— pick a user —</source>
        <translation>— 选择用户 —</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="274"/>
        <source>Field &apos;user&apos;: pick who is on duty.</source>
        <translation>字段“用户”:请选择值班人员。</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="276"/>
        <source>Field &apos;to&apos;: must be after &apos;from&apos;.</source>
        <translation>字段“至”:必须晚于“自”。</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="278"/>
        <source>Field &apos;to&apos;: the entry would already be over.</source>
        <translation>字段“至”:该记录已经结束。</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="297"/>
        <source>Added: %1 on duty for %2 (audited).</source>
        <translation>已新增:%1 在 %2 值班(已审计)。</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="297"/>
        <source>the whole site</source>
        <translation>全厂</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="302"/>
        <source>Not added: %1</source>
        <translation>未新增:%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="323"/>
        <source>Entry ended (audited).</source>
        <translation>记录已结束(已审计)。</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/RosterEditor.cpp" line="328"/>
        <source>Not ended: %1</source>
        <translation>未结束:%1</translation>
    </message>
</context>
<context>
    <name>gl::ui::RosterImportPanel</name>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="100"/>
        <source>Access-control whitelist</source>
        <translation>门禁白名单</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="101"/>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="411"/>
        <source>Shift roster</source>
        <translation>排班表</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="104"/>
        <source>CSV file</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="105"/>
        <source>HTTP endpoint</source>
        <translation>HTTP 接口</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="108"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="109"/>
        <source>Preview differences</source>
        <translation>预览差异</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="111"/>
        <source>Reads the source and shows what would change since the last import. Nothing is changed.</source>
        <translation>读取数据源并显示与上次导入相比的变化,不做任何修改。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="123"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="130"/>
        <source>Choose the source and preview: the differences since the last import are shown here before anything changes. Whitelist CSV: worker,contractor,card,valid_until. Shift CSV: date,shift,worker,area.</source>
        <translation>选择数据源并预览:修改之前,此处显示与上次导入相比的差异。白名单 CSV:worker,contractor,card,valid_until;排班 CSV:date,shift,worker,area。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="136"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="136"/>
        <source>Worker</source>
        <translation>作业人员</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="136"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="145"/>
        <source>Apply import</source>
        <translation>执行导入</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="159"/>
        <source>Previous imports</source>
        <translation>历次导入</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="160"/>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="160"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="160"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="160"/>
        <source>Imported by</source>
        <translation>导入人</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="160"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="160"/>
        <source>Removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="160"/>
        <source>Changed</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="160"/>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="170"/>
        <source>CSV file exported by the access-control system</source>
        <translation>门禁系统导出的 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="174"/>
        <source>https://acs.example/api/ (access_control.url in admission.json)</source>
        <translation>https://acs.example/api/(admission.json 中的 access_control.url)</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="224"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="232"/>
        <source>Choose the CSV file first.</source>
        <translation>请先选择 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="233"/>
        <source>Give the access-control system&apos;s URL first.</source>
        <translation>请先填写门禁系统的地址。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="256"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="268"/>
        <source>Cannot read the source: %1</source>
        <translation>无法读取数据源:%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="272"/>
        <source>Comparing %n row(s) with the last import…</source>
        <translation>
            <numerusform>正在将 %n 行与上次导入比对…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="302"/>
        <source>Cancelled: nothing was read or changed.</source>
        <translation>已取消:未读取或修改任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="307"/>
        <source>whitelist</source>
        <translation>白名单</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="307"/>
        <source>shift roster</source>
        <translation>排班表</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="308"/>
        <source>%1 (%2): %3 good row(s). Since the last import: %4 added, %5 removed, %6 changed, %7 malformed.</source>
        <translation>%1(%2):%3 行有效。与上次导入相比:新增 %4,移除 %5,变更 %6,格式错误 %7。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="309"/>
        <source>%1 (%2): %3 good row(s). First import: %4 added, %5 removed, %6 changed, %7 malformed.</source>
        <translation>%1(%2):%3 行有效。首次导入:新增 %4,移除 %5,变更 %6,格式错误 %7。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="328"/>
        <source>✕ Malformed</source>
        <translation>✕ 格式错误</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="331"/>
        <source>+ Added</source>
        <translation>+ 新增</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="335"/>
        <source>− Removed</source>
        <translation>− 移除</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="340"/>
        <source>~ Changed</source>
        <translation>~ 变更</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="352"/>
        <source>Import the %1 good row(s) despite %2 malformed row(s) (the malformed lines are recorded)</source>
        <translation>确认导入 %1 行有效数据,忽略 %2 行格式错误(错误行将被记录)</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="356"/>
        <source>Preview only: nothing has changed. Apply to import.</source>
        <translation>仅为预览:尚未修改任何内容。点击执行导入。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="357"/>
        <source>%n malformed row(s): the import is refused unless you tick the box to import the good rows.</source>
        <translation>
            <numerusform>%n 行格式错误:除非勾选导入有效行,否则导入将被拒绝。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="370"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="379"/>
        <source>Imported %1 row(s): %2 added, %3 removed, %4 changed, %5 malformed line(s) skipped.</source>
        <translation>已导入 %1 行:新增 %2,移除 %3,变更 %4,跳过格式错误 %5 行。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="392"/>
        <source>Refused: %1</source>
        <translation>已拒绝:%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/RosterImportPanel.cpp" line="411"/>
        <source>Whitelist</source>
        <translation>门禁白名单</translation>
    </message>
</context>
<context>
    <name>gl::ui::RuleVersionList</name>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="25"/>
        <source>＋ added</source>
        <translation>＋ 新增</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="27"/>
        <source>－ removed</source>
        <translation>－ 删除</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="31"/>
        <source>✎ changed</source>
        <translation>✎ 变更</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="63"/>
        <source>Saved versions (every save is kept and audited)</source>
        <translation>历史版本(每次保存均保留并审计)</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="66"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="66"/>
        <source>Saved at</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="66"/>
        <source>Saved by</source>
        <translation>保存人</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="66"/>
        <source>Rules</source>
        <translation>规则数</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="66"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="66"/>
        <source>Comment</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="70"/>
        <source>Load into editor</source>
        <translation>载入编辑器</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="71"/>
        <source>Revert to this version</source>
        <translation>回退到此版本</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="73"/>
        <source>Saves the selected version again as a new version (audited); the live rules switch to it.</source>
        <translation>将所选版本另存为新版本(已审计);实时规则随即切换。</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="78"/>
        <source>Select a version to compare it with the rules in force.</source>
        <translation>选择一个版本与现行规则比较。</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="81"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="81"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="81"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="81"/>
        <source>In force</source>
        <translation>现行</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="81"/>
        <source>Selected version</source>
        <translation>所选版本</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="112"/>
        <source>● v%1 in force</source>
        <translation>● v%1 现行</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="112"/>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="122"/>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="159"/>
        <source>Version %1 is the one in force.</source>
        <translation>版本 %1 即现行版本。</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="160"/>
        <source>Version %1 holds the same rules as version %2 in force.</source>
        <translation>版本 %1 与现行版本 %2 的规则相同。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/telemetry/ui/RuleVersionList.cpp" line="161"/>
        <source>Version %1 against version %2 in force: %n rule(s) differ.</source>
        <translation>
            <numerusform>版本 %1 与现行版本 %2 相比:%n 条规则不同。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gl::ui::RulesDryRun</name>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesDryRun.cpp" line="28"/>
        <source>Replay the stored samples of the last</source>
        <translation>回放存储样本,时长:最近</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesDryRun.cpp" line="32"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesDryRun.cpp" line="34"/>
        <source>Dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesDryRun.cpp" line="36"/>
        <source>Replays the stored samples through the edited rules and the rules in force, off the UI thread, and compares how many alarms each rule would raise. Nothing is saved.</source>
        <translation>在后台线程中用编辑后的规则和现行规则回放存储样本,比较每条规则会产生多少报警。不保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesDryRun.cpp" line="38"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesDryRun.cpp" line="47"/>
        <source>The dry run shows how many alarms each rule would have raised on the stored samples.</source>
        <translation>试运行显示每条规则在存储样本上会产生多少报警。</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesDryRun.cpp" line="51"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesDryRun.cpp" line="51"/>
        <source>Alarms: edited</source>
        <translation>报警数:编辑后</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesDryRun.cpp" line="51"/>
        <source>Alarms: in force</source>
        <translation>报警数:现行</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesDryRun.cpp" line="51"/>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesDryRun.cpp" line="75"/>
        <source>Dry run: replaying the last %1 h of stored samples…</source>
        <translation>试运行:正在回放最近 %1 小时的存储样本…</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesDryRun.cpp" line="110"/>
        <location filename="../../src/modules/telemetry/ui/RulesDryRun.cpp" line="126"/>
        <source>Dry run not done: %1</source>
        <translation>试运行未完成:%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesDryRun.cpp" line="142"/>
        <source>%1 samples replayed from %2 to %3: the edited rules raise %4 alarm(s), the rules in force (version %5) %6.</source>
        <translation>已回放 %1 个样本(%2 至 %3):编辑后的规则产生 %4 个报警,现行规则(版本 %5)产生 %6 个。</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesDryRun.cpp" line="145"/>
        <source>Cancelled — partial result. </source>
        <translation>已取消 — 部分结果。</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesDryRun.cpp" line="147"/>
        <source>No samples are stored for these tags in that period: connect a broker or replay a drill CSV first.</source>
        <translation>该时段内这些位号没有存储样本:请先连接消息代理或回放演练 CSV。</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesDryRun.cpp" line="153"/>
        <source>(no such rule)</source>
        <translation>(无此规则)</translation>
    </message>
</context>
<context>
    <name>gl::ui::RulesEditor</name>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="71"/>
        <source>&amp;Telemetry</source>
        <translation>遥测(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="74"/>
        <source>Alarm &amp;rules…</source>
        <translation>报警规则(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="78"/>
        <source>Duty &amp;roster…</source>
        <translation>值班表(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="86"/>
        <source>Alarm rules — Guardline</source>
        <translation>报警规则 — Guardline</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="91"/>
        <source>Loading the rules…</source>
        <translation>正在加载规则…</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="140"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="140"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="140"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="140"/>
        <source>In force</source>
        <translation>现行</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="113"/>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="113"/>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="113"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="113"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="113"/>
        <source>Actions</source>
        <translation>动作</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="115"/>
        <source>Rules in force</source>
        <translation>现行规则</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="137"/>
        <source>Line %1, column %2</source>
        <translation>第 %1 行,第 %2 列</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="140"/>
        <source>Edited</source>
        <translation>编辑后</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="142"/>
        <source>Changes against the rules in force</source>
        <translation>与现行规则的差异</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="144"/>
        <source>Dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="154"/>
        <source>Why the change (required, kept in the audit chain), e.g. CO 1st alarm lowered per HAZOP action 12</source>
        <translation>变更原因(必填,记入审计链),例如:按 HAZOP 第 12 项措施下调 CO 一级报警值</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="155"/>
        <source>Discard edits</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="156"/>
        <source>Replaces the text with the rules in force</source>
        <translation>用现行规则替换文本</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="157"/>
        <source>Save as new version</source>
        <translation>保存为新版本</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="163"/>
        <source>Edit (JSON)</source>
        <translation>编辑(JSON)</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="189"/>
        <source>based on version %1</source>
        <translation>基于版本 %1</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="222"/>
        <source>Site service: version %1 in force</source>
        <translation>厂区服务:执行版本 %1</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="223"/>
        <source>Site service: not running (no rules are evaluated)</source>
        <translation>厂区服务:未运行(不执行任何规则)</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="246"/>
        <source>Alarm rules could not be read: %1</source>
        <translation>无法读取报警规则:%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="259"/>
        <source>version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="263"/>
        <source>Alarm rules: version %1 in force, %2 rules</source>
        <translation>报警规则:现行版本 %1,共 %2 条规则</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="264"/>
        <source>Alarm rules: none saved yet. Paste or write a rule set and save it as version 1.</source>
        <translation>尚未保存任何报警规则。请粘贴或编写规则集并保存为版本 1。</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="266"/>
        <source>Read-only: your role (%1) may view the rules and dry-run changes but not save them (permission rules.edit: EHS manager, administrator).</source>
        <translation>只读:您的角色(%1)可查看规则并试运行修改,但不能保存(权限 rules.edit:EHS 经理、管理员)。</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="293"/>
        <source>(no sensor)</source>
        <translation>(无传感器)</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="306"/>
        <source>Draft restored: unsaved edits based on version %1 (Discard edits to start from the rules in force).</source>
        <translation>已恢复草稿:基于版本 %1 的未保存修改(点击“放弃修改”从现行规则重新开始)。</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="330"/>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="335"/>
        <source>rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="335"/>
        <source>in force</source>
        <translation>现行</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="339"/>
        <source>✔ Valid: %1 rules, the same as the rules in force.</source>
        <translation>✔ 有效:%1 条规则,与现行规则相同。</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="340"/>
        <source>✔ Valid: %1 rules; %2 rule(s) differ from the rules in force.</source>
        <translation>✔ 有效:%1 条规则;%2 条与现行规则不同。</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="345"/>
        <source>✖ %1 — fix it to save (CONTRACTS.md §4 rule format).</source>
        <translation>✖ %1 — 修正后才能保存(CONTRACTS.md 第 4 节规则格式)。</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="352"/>
        <source>Your role may not save alarm rules (rules.edit)</source>
        <translation>您的角色不能保存报警规则(rules.edit)</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="353"/>
        <source>The rules are not valid: %1</source>
        <translation>规则无效:%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="354"/>
        <source>Nothing changed against the rules in force</source>
        <translation>与现行规则相比没有变化</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="355"/>
        <source>Field &apos;comment&apos;: say why the rules change (kept in the audit chain)</source>
        <translation>字段“说明”:请说明规则变更原因(记入审计链)</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="356"/>
        <source>Saves a new version; the live pipeline switches to it at once</source>
        <translation>保存为新版本;实时处理立即切换</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="395"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="402"/>
        <source>Saved as version %1 (audited). The live pipeline switches to it now.</source>
        <translation>已保存为版本 %1(已审计),实时处理立即切换到该版本。</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="408"/>
        <source>Not saved: %1</source>
        <translation>未保存:%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="419"/>
        <source>Version %1 saved again as version %2 (audited). The live pipeline switches to it now.</source>
        <translation>版本 %1 已另存为版本 %2(已审计),实时处理立即切换。</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/RulesEditor.cpp" line="426"/>
        <source>Not reverted: %1</source>
        <translation>未回退:%1</translation>
    </message>
</context>
<context>
    <name>gl::ui::ShiftKindsPanel</name>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="31"/>
        <source>Shift kinds (the shift roster names them by code)</source>
        <translation>班次类型（排班表按代码引用）</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="32"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="32"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="32"/>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="32"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="32"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="45"/>
        <source>code, e.g. DAY</source>
        <translation>代码，如 DAY</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="46"/>
        <source>name, e.g. Day shift</source>
        <translation>名称，如 Day shift</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="47"/>
        <source>Chinese name (optional)</source>
        <translation>中文名称（可选）</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="48"/>
        <source>start HH:mm</source>
        <translation>开始 HH:mm</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="49"/>
        <source>end HH:mm</source>
        <translation>结束 HH:mm</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="50"/>
        <source>Before the start: the shift runs overnight; 24:00 is midnight at the end of the day</source>
        <translation>早于开始时间：跨夜班次；24:00 表示当天结束的午夜</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="51"/>
        <source>Define shift kind</source>
        <translation>定义班次类型</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="76"/>
        <source>Needs the permission to register contractors (contractor.edit)</source>
        <translation>需要登记承包商的权限（contractor.edit）</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="107"/>
        <source>Shift kind %1 (%2–%3) defined.</source>
        <translation>班次类型 %1（%2–%3）已定义。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="117"/>
        <source>Not defined: %1</source>
        <translation>未定义：%1</translation>
    </message>
</context>
<context>
    <name>gl::ui::ShiftsDialog</name>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="128"/>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="130"/>
        <source>A shift roster names these shifts; a worker is admitted on the days a shift is assigned to them. Times are site time.</source>
        <translation>排班表引用这些班次；人员仅在被排班的日期准入。时间为厂区时间。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ShiftKindsPanel.cpp" line="136"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>gl::ui::SitePlanView</name>
    <message>
        <location filename="../../src/modules/site/ui/SitePlanView.cpp" line="62"/>
        <source>No site layout yet.
Import the site layout (guardlinectl site import FILE.json) or load the demo plant (guardline --demo).</source>
        <translation>尚无厂区布局。
请导入厂区布局（guardlinectl site import FILE.json）或加载演示工厂（guardline --demo）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/site/ui/SitePlanView.cpp" line="194"/>
        <source>%n permit(s)</source>
        <translation>
            <numerusform>%n 张作业票</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/site/ui/SitePlanView.cpp" line="203"/>
        <source>Site plan — %1</source>
        <translation>厂区平面图 — %1</translation>
    </message>
    <message>
        <location filename="../../src/modules/site/ui/SitePlanView.cpp" line="205"/>
        <source>Major risk</source>
        <translation>重大风险</translation>
    </message>
    <message>
        <location filename="../../src/modules/site/ui/SitePlanView.cpp" line="205"/>
        <source>High risk</source>
        <translation>较大风险</translation>
    </message>
    <message>
        <location filename="../../src/modules/site/ui/SitePlanView.cpp" line="206"/>
        <source>Moderate risk</source>
        <translation>一般风险</translation>
    </message>
    <message>
        <location filename="../../src/modules/site/ui/SitePlanView.cpp" line="206"/>
        <source>Low risk</source>
        <translation>低风险</translation>
    </message>
</context>
<context>
    <name>gl::ui::SuspendDialog</name>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="173"/>
        <source>Lift the suspension of %1</source>
        <translation>解除 %1 的暂停</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="173"/>
        <source>Suspend %1</source>
        <translation>暂停 %1</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="175"/>
        <source>%1 is suspended. Lifting the suspension admits it again when its documents are in order.</source>
        <translation>%1 已被暂停。解除暂停后,资料齐全有效即恢复准入。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="176"/>
        <source>A suspended contractor is not admitted whatever its documents: its workers are refused on permits and at the gates.</source>
        <translation>被暂停的承包商无论资料如何均不予准入:其人员不能列入作业票,也不能在门岗签到。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="183"/>
        <source>why (kept in the audit chain)</source>
        <translation>原因(记入审计链)</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="183"/>
        <source>why (required; shown as the reason it is not admitted)</source>
        <translation>原因(必填;作为未准入的原因显示)</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="188"/>
        <source>Lift suspension</source>
        <translation>解除暂停</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="188"/>
        <source>Suspend</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="190"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="200"/>
        <source>Give the reason for the suspension.</source>
        <translation>请填写暂停原因。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="215"/>
        <source>Suspension of %1 lifted.</source>
        <translation>%1 的暂停已解除。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/ContractorForms.cpp" line="215"/>
        <source>%1 suspended.</source>
        <translation>%1 已暂停。</translation>
    </message>
</context>
<context>
    <name>gl::ui::TableModel</name>
    <message>
        <location filename="../../src/shell/TableModel.cpp" line="214"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../src/shell/TableModel.cpp" line="214"/>
        <source>NO</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../src/shell/TableModel.cpp" line="248"/>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
</context>
<context>
    <name>gl::ui::TagChartWindow</name>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="82"/>
        <source>Chart — %1</source>
        <translation>趋势图 — %1</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="87"/>
        <source>15 min</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="87"/>
        <source>1 h</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="87"/>
        <source>8 h</source>
        <translation>8 小时</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="87"/>
        <source>24 h</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="88"/>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="94"/>
        <source>Raw samples</source>
        <translation>原始样本</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="95"/>
        <source>Minute min / avg / max</source>
        <translation>分钟最小 / 平均 / 最大</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="96"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="97"/>
        <source>Period:</source>
        <translation>周期:</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="99"/>
        <source>Show:</source>
        <translation>显示:</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="108"/>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="153"/>
        <source>The chart cannot be read: %1</source>
        <translation>无法读取趋势图:%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="182"/>
        <source>Site time (%1)</source>
        <translation>厂区时间(%1)</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="187"/>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="236"/>
        <source>Good samples</source>
        <translation>正常样本</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="252"/>
        <source>Min – max per minute</source>
        <translation>每分钟最小–最大值</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="272"/>
        <source>Average per minute</source>
        <translation>每分钟平均值</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="309"/>
        <source>Bad data (not used)</source>
        <translation>坏值(不使用)</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="332"/>
        <source>%1 minutes with data, %2 bad samples (red, never averaged).</source>
        <translation>%1 分钟有数据,%2 个坏值样本(红色,不参与平均)。</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="333"/>
        <source>%1 good samples, %2 bad (red, not plotted as values).</source>
        <translation>%1 个正常样本,%2 个坏值(红色,不作为数值绘制)。</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="335"/>
        <source>No alarm rule on this tag.</source>
        <translation>该位号无报警规则。</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="335"/>
        <source>Alarm thresholds: %1.</source>
        <translation>报警阈值:%1。</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TagChartWindow.cpp" line="336"/>
        <source>Too many raw samples or older data: minute aggregates shown.</source>
        <translation>原始样本过多或为较早数据:显示分钟聚合值。</translation>
    </message>
</context>
<context>
    <name>gl::ui::TaskInboxPanel</name>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="28"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="28"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="28"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="29"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="29"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="30"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="31"/>
        <source>Mark &amp;read</source>
        <translation>标为已读(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="45"/>
        <source>A notification leaves the inbox once read; a task leaves it when it is done</source>
        <translation>通知标为已读后移出;任务在完成后移出</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="73"/>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="84"/>
        <source>My tasks</source>
        <translation>我的任务</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="84"/>
        <source>My tasks (%1)</source>
        <translation>我的任务(%1)</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="106"/>
        <source>Dispatch order</source>
        <translation>调度工单</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="106"/>
        <source>Escalated order</source>
        <translation>已升级工单</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="107"/>
        <source>Re-inspection</source>
        <translation>复查</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="107"/>
        <source>Permit sign-off</source>
        <translation>作业票签字</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="108"/>
        <source>Contractor documents</source>
        <translation>承包商证照</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="108"/>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="110"/>
        <source>Skipped procedure step</source>
        <translation>跳过的处置步骤</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="110"/>
        <source>Alarm notification</source>
        <translation>报警通知</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="117"/>
        <source>Notification</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="117"/>
        <source>Notification: %1</source>
        <translation>通知:%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="124"/>
        <source>Nothing to do.</source>
        <translation>暂无任务。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="125"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 项任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/dispatch/ui/TaskInboxPanel.cpp" line="125"/>
        <source>, %n overdue</source>
        <translation>
            <numerusform>,%n 项已逾期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gl::ui::TelemetryPanel</name>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="59"/>
        <source>unacknowledged</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="61"/>
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="63"/>
        <source>returned (unacknowledged)</source>
        <translation>已恢复(未确认)</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="65"/>
        <source>shelved</source>
        <translation>已搁置</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="67"/>
        <source>cleared</source>
        <translation>已清除</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="76"/>
        <source>Telemetry</source>
        <translation>遥测</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="112"/>
        <source>Telemetry: waiting for the store…</source>
        <translation>遥测:等待数据库…</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="114"/>
        <source>Site service: waiting for the store…</source>
        <translation>厂区服务:等待数据库…</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="122"/>
        <source>Alarm rules…</source>
        <translation>报警规则…</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="123"/>
        <source>Duty roster…</source>
        <translation>值班表…</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="135"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="135"/>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="164"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="135"/>
        <source>Raised</source>
        <translation>报警时间</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="135"/>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="156"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="135"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="135"/>
        <source>Message</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="139"/>
        <source>Acknowledge (Space)</source>
        <translation>确认(空格)</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="141"/>
        <source>Shelving reason (required), e.g. detector under calibration, WO number</source>
        <translation>搁置原因(必填),如探测器校准中、工单号</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="144"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="144"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="146"/>
        <source>Shelve</source>
        <translation>搁置</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="147"/>
        <source>Unshelve</source>
        <translation>取消搁置</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="154"/>
        <source>Alarms (ISA-18.2)</source>
        <translation>报警(ISA-18.2)</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="156"/>
        <source>Tag</source>
        <translation>位号</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="156"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="156"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="156"/>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="156"/>
        <source>Age</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="158"/>
        <source>Live values</source>
        <translation>实时数据</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="159"/>
        <source>Double-click a tag to open its chart</source>
        <translation>双击位号打开趋势图</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="164"/>
        <source>Connector</source>
        <translation>连接器</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="164"/>
        <source>Counters</source>
        <translation>计数</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="164"/>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="166"/>
        <source>Connectors</source>
        <translation>连接器</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="216"/>
        <source>The demo&apos;s site service is run by a guardline-server already: showing it.</source>
        <translation>演示厂区服务已由 guardline-server 运行:显示其状态。</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="241"/>
        <source>The demo&apos;s site service did not start: %1</source>
        <translation>演示厂区服务未能启动:%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="256"/>
        <source>Check-in intake listening on port %1 (POST /api/v1/checkins).</source>
        <translation>入场登记接口正在监听端口 %1(POST /api/v1/checkins)。</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="261"/>
        <source>Telemetry: starting the demo&apos;s site service…</source>
        <translation>遥测:正在启动演示厂区服务…</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="295"/>
        <source>NO SITE SERVICE RUNNING: last heartbeat from %1 %2 s ago. No gas alarm is raised and no instruction is sent until guardline-server runs (docs/OPERATIONS.md).</source>
        <translation>厂区服务未运行:最后一次心跳来自 %1,%2 秒前。在 guardline-server 运行之前,不会发出任何气体报警,也不会发送任何指令(见 docs/OPERATIONS.md)。</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="298"/>
        <source>NO SITE SERVICE RUNNING: no alarm is raised and no instruction is sent until guardline-server runs for this store (docs/OPERATIONS.md).</source>
        <translation>厂区服务未运行:在此数据库的 guardline-server 运行之前,不会发出任何报警,也不会发送任何指令(见 docs/OPERATIONS.md)。</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="303"/>
        <source>⚠ No site service</source>
        <translation>⚠ 无厂区服务</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="307"/>
        <source>Telemetry: no live data (no site service).</source>
        <translation>遥测:无实时数据(无厂区服务)。</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="310"/>
        <source>Connectors: no site service</source>
        <translation>连接器:无厂区服务</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="313"/>
        <source>last sample %1 s ago</source>
        <translation>最后样本 %1 秒前</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="314"/>
        <source>no sample yet</source>
        <translation>尚无样本</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="315"/>
        <source>embedded demo service</source>
        <translation>内嵌演示服务</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="315"/>
        <source>guardline-server</source>
        <translation>guardline-server</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="316"/>
        <source>Site service: %1 active on %2 (pid %3) since %4 · heartbeat %5 s ago · %6</source>
        <translation>厂区服务:%1 在 %2 上运行(pid %3),自 %4 起 · 心跳 %5 秒前 · %6</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="321"/>
        <source>Site service: %1</source>
        <translation>厂区服务:%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="424"/>
        <source>ALARM FLOOD at %1: %2 alarms in the last %3 minutes (ISA-18.2 limit: %4 per operator position). %5 low/medium-priority alarms are suppressed; critical and high stay visible.</source>
        <translation>报警泛滥(%1):最近 %3 分钟 %2 条报警(ISA-18.2 上限:每个操作员岗位 %4 条)。已抑制 %5 条低/中优先级报警;紧急和高优先级报警仍显示。</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="426"/>
        <source>the whole site</source>
        <translation>全厂</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="498"/>
        <source>Rules v%1 (%2 rules) · %3 samples · %4 bad · %5 unknown tags · %6 late · %7 outside the time window · %8 stored</source>
        <translation>规则 v%1(%2 条)· 样本 %3 · 坏值 %4 · 未知位号 %5 · 迟到 %6 · 超出时间窗 %7 · 已存储 %8</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="463"/>
        <source>Shelving needs a reason (ISA-18.2): say why and until when.</source>
        <translation>搁置报警须填写原因(ISA-18.2):说明原因和期限。</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="475"/>
        <source>Alarm %1 shelved</source>
        <translation>报警 %1 已搁置</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="511"/>
        <source>▲ BAD</source>
        <translation>▲ 坏值</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="511"/>
        <source>◆ stale</source>
        <translation>◆ 停滞</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="511"/>
        <source>good</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="513"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="530"/>
        <source>Connectors: none configured</source>
        <translation>连接器:未配置</translation>
    </message>
    <message>
        <location filename="../../src/modules/telemetry/ui/TelemetryPanel.cpp" line="530"/>
        <source>Connectors: %1</source>
        <translation>连接器:%1</translation>
    </message>
</context>
<context>
    <name>gl::ui::TicketPreview</name>
    <message>
        <location filename="../../src/modules/permits/ui/TicketPreview.cpp" line="32"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/TicketPreview.cpp" line="32"/>
        <source>&amp;Save PDF…</source>
        <translation>保存 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/TicketPreview.cpp" line="35"/>
        <location filename="../../src/modules/permits/ui/TicketPreview.cpp" line="137"/>
        <source>Work ticket %1</source>
        <translation>作业票 %1</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/TicketPreview.cpp" line="43"/>
        <source>Issuing the ticket…</source>
        <translation>正在出具作业票…</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/TicketPreview.cpp" line="48"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/TicketPreview.cpp" line="62"/>
        <source>No store is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/permits/ui/TicketPreview.cpp" line="83"/>
        <source>Ticket of permit %1 issued: %n page(s), SHA-256 %2 (in its QR code; the audit chain records it).</source>
        <translation>
            <numerusform>作业许可 %1 的作业票已出具:共 %n 页,SHA-256 %2(见二维码;已记入审计链)。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/TicketPreview.cpp" line="86"/>
        <source>The ticket could not be shown.</source>
        <translation>无法显示作业票。</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/TicketPreview.cpp" line="91"/>
        <source>No ticket: %1</source>
        <translation>未出具作业票:%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/TicketPreview.cpp" line="127"/>
        <source>%1: cannot write the ticket: %2</source>
        <translation>%1:无法写入作业票:%2</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/TicketPreview.cpp" line="130"/>
        <source>Ticket saved as %1.</source>
        <translation>作业票已保存为 %1。</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/TicketPreview.cpp" line="141"/>
        <source>Ticket sent to the printer.</source>
        <translation>作业票已发送到打印机。</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/TicketPreview.cpp" line="141"/>
        <source>The ticket could not be printed.</source>
        <translation>作业票无法打印。</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/TicketPreview.cpp" line="146"/>
        <source>Save the work ticket</source>
        <translation>保存作业票</translation>
    </message>
    <message>
        <location filename="../../src/modules/permits/ui/TicketPreview.cpp" line="146"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>gl::ui::UserDialog</name>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="274"/>
        <source>at least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="276"/>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="281"/>
        <source>Add a user</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="284"/>
        <source>e.g. li.wei: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>例如 li.wei:小写字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="287"/>
        <source>e.g. 李伟 Li Wei</source>
        <translation>例如 李伟 Li Wei</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="291"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="292"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="293"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="294"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="295"/>
        <source>Add user</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="298"/>
        <source>Change the role of %1</source>
        <translation>更改 %1 的角色</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="302"/>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="309"/>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="303"/>
        <source>Current role</source>
        <translation>当前角色</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="304"/>
        <source>New role</source>
        <translation>新角色</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="305"/>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="308"/>
        <source>New password for %1</source>
        <translation>%1 的新密码</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="310"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="311"/>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="314"/>
        <source>Disable %1</source>
        <translation>停用 %1</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="317"/>
        <source>Disable the account &lt;b&gt;%1&lt;/b&gt; (%2, %3)? It can no longer sign in anywhere, and a session it has open now is refused at its next change. Its name stays in the history; you can enable it again.</source>
        <translation>停用账户 &lt;b&gt;%1&lt;/b&gt;(%2,%3)?停用后它在任何地方都无法登录,当前打开的会话在下一次更改时即被拒绝。其名称保留在历史记录中;之后可以重新启用。</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="321"/>
        <source>This is your own account: after this you cannot change anything here.</source>
        <translation>这是您自己的账户:停用后您将无法在此进行任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="324"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="331"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="357"/>
        <source>Type the new password twice.</source>
        <translation>请输入两次新密码。</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="359"/>
        <source>The password is too short: at least %1 characters (typed: %2).</source>
        <translation>密码太短:至少 %1 个字符(已输入 %2 个)。</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="361"/>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>两次输入的密码不一致:请输入两次相同的密码。</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="371"/>
        <source>Give the user name the person signs in with.</source>
        <translation>请填写此人登录使用的用户名。</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="380"/>
        <source>Storing…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="391"/>
        <source>%1 added as %2.</source>
        <translation>已新增 %1,角色为%2。</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="396"/>
        <source>%1 is now %2.</source>
        <translation>%1 现在是%2。</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="400"/>
        <source>New password set for %1: tell it to them in person; they sign in with it from now on.</source>
        <translation>已为 %1 设置新密码:请当面告知本人;此后用新密码登录。</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="404"/>
        <source>%1 is disabled: refused everywhere from now on.</source>
        <translation>%1 已停用:从现在起在所有地方都被拒绝。</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="414"/>
        <source>Not stored: %1</source>
        <translation>未保存:%1</translation>
    </message>
</context>
<context>
    <name>gl::ui::UsersAdminPanel</name>
    <message>
        <location filename="../../src/shell/RoleTitle.cpp" line="12"/>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../../src/shell/RoleTitle.cpp" line="13"/>
        <source>Dispatcher</source>
        <translation>调度员</translation>
    </message>
    <message>
        <location filename="../../src/shell/RoleTitle.cpp" line="14"/>
        <source>EHS manager</source>
        <translation>安全环保经理</translation>
    </message>
    <message>
        <location filename="../../src/shell/RoleTitle.cpp" line="15"/>
        <source>Safety officer</source>
        <translation>安全员</translation>
    </message>
    <message>
        <location filename="../../src/shell/RoleTitle.cpp" line="16"/>
        <source>Area supervisor</source>
        <translation>区域主管</translation>
    </message>
    <message>
        <location filename="../../src/shell/RoleTitle.cpp" line="17"/>
        <source>Contractor coordinator</source>
        <translation>承包商协调员</translation>
    </message>
    <message>
        <location filename="../../src/shell/RoleTitle.cpp" line="18"/>
        <source>Viewer</source>
        <translation>只读用户</translation>
    </message>
    <message>
        <location filename="../../src/shell/RoleTitle.cpp" line="21"/>
        <source>Unknown role</source>
        <translation>未知角色</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="50"/>
        <source>&amp;Administration</source>
        <translation>管理(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="54"/>
        <source>&amp;Users…</source>
        <translation>用户(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="57"/>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="63"/>
        <source>Add users, disable or enable them, change their role, reset a password (all audited)</source>
        <translation>新增用户、停用或启用、更改角色、重置密码(全部记入审计)</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="64"/>
        <source>Only an administrator manages users (permission user.manage); you are signed in as %1 (%2).</source>
        <translation>只有系统管理员可以管理用户(权限 user.manage);您当前以 %1(%2)登录。</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="94"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="94"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="94"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="94"/>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="95"/>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="95"/>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="208"/>
        <source>&amp;Disable…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="96"/>
        <source>Change &amp;role…</source>
        <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="96"/>
        <source>Reset &amp;password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="97"/>
        <source>Re&amp;load</source>
        <translation>刷新(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="100"/>
        <source>Users — Guardline</source>
        <translation>用户 — 安全卫士</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="115"/>
        <source>Every change here is stored in the audit chain under your name. A disabled account cannot sign in anywhere (app, guardlinectl, site service) and keeps its name in the history; a session it still has open is refused at its next change.</source>
        <translation>此处的每项更改都以您的名义记入审计链。已停用的账户在任何地方(应用、guardlinectl、现场服务)都无法登录,其名称保留在历史记录中;它仍打开的会话在下一次更改时即被拒绝。</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="131"/>
        <source>A new account with its role and first password</source>
        <translation>新账户,含角色和初始密码</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="132"/>
        <source>What the account may do; the last enabled administrator keeps the role</source>
        <translation>账户可以做什么;最后一个启用的系统管理员不能更改角色</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="133"/>
        <source>A new password for the account (at least %1 characters); failed sign-ins are forgiven</source>
        <translation>为账户设置新密码(至少 %1 个字符);登录失败次数清零</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="150"/>
        <source>Could not read the users: %1</source>
        <translation>无法读取用户:%1</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="163"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="163"/>
        <source>no — disabled</source>
        <translation>否 — 已停用</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="208"/>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="209"/>
        <source>Select a user first</source>
        <translation>请先选择用户</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="209"/>
        <source>Disable %1: refused everywhere at once</source>
        <translation>停用 %1:立即在所有地方拒绝</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="210"/>
        <source>Enable %1 again</source>
        <translation>重新启用 %1</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="217"/>
        <source>Select a user first.</source>
        <translation>请先选择用户。</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="241"/>
        <source>Enabling %1…</source>
        <translation>正在启用 %1…</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="244"/>
        <source>%1 is enabled again and can sign in.</source>
        <translation>%1 已重新启用,可以登录。</translation>
    </message>
    <message>
        <location filename="../../src/shell/UsersAdminPanel.cpp" line="246"/>
        <source>%1 not enabled: %2</source>
        <translation>%1 未启用:%2</translation>
    </message>
</context>
<context>
    <name>gl::ui::VtkMapFeeder</name>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="40"/>
        <source>Fly to</source>
        <translation>飞到</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="47"/>
        <source>Hazard</source>
        <translation>隐患</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="48"/>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="69"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="49"/>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="70"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="50"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="51"/>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="72"/>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="88"/>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="110"/>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="133"/>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="152"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="52"/>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="111"/>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="53"/>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="54"/>
        <source>Reported</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="55"/>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="55"/>
        <source> — OVERDUE</source>
        <translation> — 已逾期</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="56"/>
        <source>Open hazard</source>
        <translation>打开隐患</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="67"/>
        <source>Permit</source>
        <translation>作业票</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="68"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="71"/>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="121"/>
        <source>Contractor</source>
        <translation>承包商</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="73"/>
        <source>Window</source>
        <translation>作业时间</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="74"/>
        <source>Workers</source>
        <translation>作业人员</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="75"/>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="134"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="75"/>
        <source>%1 – %2 m</source>
        <translation>%1 – %2 米</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="76"/>
        <source>Conflicts at %1</source>
        <translation>%1 的冲突</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="76"/>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="77"/>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="100"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="78"/>
        <source>Open permit</source>
        <translation>打开作业票</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="87"/>
        <source>Camera</source>
        <translation>摄像机</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="89"/>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="89"/>
        <source>%1, %2, %3 m</source>
        <translation>%1, %2, %3 米</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="90"/>
        <source>View</source>
        <translation>视角</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="90"/>
        <source>yaw %1°, pitch %2°, field of view %3°</source>
        <translation>方位角 %1°,俯仰角 %2°,视场角 %3°</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="91"/>
        <source>Open camera feed</source>
        <translation>打开视频画面</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="106"/>
        <source>Sensor</source>
        <translation>传感器</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="107"/>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="132"/>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="154"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="108"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="109"/>
        <source>Range</source>
        <translation>量程</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="109"/>
        <source>%1 – %2 %3</source>
        <translation>%1 – %2 %3</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="112"/>
        <source>Alarm</source>
        <translation>报警</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="113"/>
        <source>Open sensor</source>
        <translation>打开传感器</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="113"/>
        <source>Chart</source>
        <translation>趋势图</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="115"/>
        <source>Open equipment %1</source>
        <translation>打开设备 %1</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="121"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="121"/>
        <source>On site since</source>
        <translation>入场时间</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="122"/>
        <source>Open person</source>
        <translation>打开人员</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="131"/>
        <source>Structure</source>
        <translation>建构筑物</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="134"/>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="136"/>
        <source>Model</source>
        <translation>三维模型</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="137"/>
        <source>Open area %1</source>
        <translation>打开区域 %1</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="143"/>
        <source>red — major 重大</source>
        <translation>红 — 重大风险</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="144"/>
        <source>orange — large 较大</source>
        <translation>橙 — 较大风险</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="145"/>
        <source>yellow — general 一般</source>
        <translation>黄 — 一般风险</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="146"/>
        <source>blue — low 低</source>
        <translation>蓝 — 低风险</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="153"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="155"/>
        <source>Open hazards</source>
        <translation>未关闭隐患</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="156"/>
        <source>Active permits</source>
        <translation>生效作业票</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeederDetails.cpp" line="157"/>
        <source>Open area</source>
        <translation>打开区域</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="98"/>
        <source>Top</source>
        <translation>俯视</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="99"/>
        <source>Plan view from above</source>
        <translation>从上方看的平面视图</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="102"/>
        <source>Iso</source>
        <translation>等轴</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="103"/>
        <source>Isometric 3D view</source>
        <translation>等轴三维视图</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="106"/>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="108"/>
        <source>Keep the camera on the area of the newest unacknowledged alarm</source>
        <translation>镜头保持在最新未确认报警所在区域</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="117"/>
        <source>Structures</source>
        <translation>构筑物</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="117"/>
        <source>Risk areas</source>
        <translation>风险区域</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="118"/>
        <source>Hazards</source>
        <translation>隐患</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="118"/>
        <source>Permits</source>
        <translation>作业票</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="119"/>
        <source>Cameras</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="119"/>
        <source>Sensors</source>
        <translation>传感器</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="120"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="126"/>
        <source>Show or hide the %1 layer</source>
        <translation>显示或隐藏“%1”图层</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="139"/>
        <source>Find a code on the map… (Ctrl+K)</source>
        <translation>在地图上查找编码…（Ctrl+K）</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="140"/>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="259"/>
        <source>Area, structure, equipment, sensor tag, camera, hazard, permit or person: Enter flies to it</source>
        <translation>区域、构筑物、设备、传感器位号、摄像头、隐患、作业票或人员：按回车飞到该处</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="179"/>
        <source>Area %1 · %2</source>
        <translation>区域 %1 · %2</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="180"/>
        <source>Push instruction here…</source>
        <translation>向此处下达指令…</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="182"/>
        <source>Raise alarm here…</source>
        <translation>在此处发起报警…</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="186"/>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="187"/>
        <source>Only a role with the permission dispatch.manage (a dispatcher) pushes instructions and raises alarms; you are signed in as %1 (%2).</source>
        <translation>只有具备 dispatch.manage 权限的角色(调度员)才能下达指令和发起报警;您当前登录为 %1(%2)。</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="201"/>
        <source>Instruction to area %1 · %2</source>
        <translation>向区域 %1 · %2 下达指令</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="210"/>
        <source>Manual alarm in area %1 · %2</source>
        <translation>区域 %1 · %2 人工报警</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="212"/>
        <source>Alarm %1 raised in area %2 from the map: order %3 opened.</source>
        <translation>已从地图在区域 %2 发起报警 %1:已创建调度单 %3。</translation>
    </message>
    <message>
        <location filename="../../src/shell/VtkMapFeeder.cpp" line="255"/>
        <source>Nothing on the map has the code %1</source>
        <translation>地图上没有编码为 %1 的对象</translation>
    </message>
</context>
<context>
    <name>gl::ui::WorkerDialog</name>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="38"/>
        <source>Add a worker of %1</source>
        <translation>添加 %1 的作业人员</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="42"/>
        <source>the worker&apos;s code on this site, e.g. W-100</source>
        <translation>人员在本厂的编码,例如 W-100</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="48"/>
        <source>18 characters, GB 11643</source>
        <translation>18 位,GB 11643</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="57"/>
        <source>Contractor</source>
        <translation>承包商</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="58"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="59"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="60"/>
        <source>Resident ID number</source>
        <translation>居民身份证号码</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="62"/>
        <source>Job</source>
        <translation>工种</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="63"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="67"/>
        <source>Add worker</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="70"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="86"/>
        <source>Code and name are required.</source>
        <translation>编码和姓名为必填项。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="90"/>
        <source>Not saved: the ID number is not valid (%1).</source>
        <translation>未保存:身份证号码无效(%1)。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="102"/>
        <source>Worker %1 added to %2. Certify, brief and whitelist the worker before work.</source>
        <translation>人员 %1 已添加到 %2。作业前须录入证书、完成安全交底并列入白名单。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="108"/>
        <source>Not saved: %1</source>
        <translation>未保存:%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="120"/>
        <source>Required: the resident identity card number.</source>
        <translation>必填:居民身份证号码。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="125"/>
        <source>✓ Valid ID number (GB 11643), born %1</source>
        <translation>✓ 身份证号码有效(GB 11643),出生日期 %1</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="127"/>
        <source>✕ Not a valid ID number: %1</source>
        <translation>✕ 身份证号码无效:%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="54"/>
        <source>e.g. welder, rigger (empty: worker)</source>
        <translation>例如 焊工、起重工(留空:作业人员)</translation>
    </message>
</context>
<context>
    <name>gl::ui::WorkerEditDialog</name>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="136"/>
        <source>Edit worker %1</source>
        <translation>编辑作业人员 %1</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="144"/>
        <source>18 characters, GB 11643</source>
        <translation>18 位,GB 11643</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="152"/>
        <source>Has left the site (kept on record, refused on permits)</source>
        <translation>已离场（保留记录，不能列入作业票）</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="159"/>
        <source>why, e.g. contract ended</source>
        <translation>原因，如合同结束</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="160"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="161"/>
        <source>Contractor</source>
        <translation>承包商</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="162"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="163"/>
        <source>Resident ID number</source>
        <translation>居民身份证号码</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="165"/>
        <source>Job</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="166"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="168"/>
        <source>Left on</source>
        <translation>离场日期</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="169"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="173"/>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="177"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="226"/>
        <source>Required: the resident identity card number.</source>
        <translation>必填:居民身份证号码。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="231"/>
        <source>✓ Valid ID number (GB 11643), born %1</source>
        <translation>✓ 身份证号码有效(GB 11643),出生日期 %1</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="233"/>
        <source>✕ Not a valid ID number: %1</source>
        <translation>✕ 身份证号码无效:%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="241"/>
        <source>Name and job are required.</source>
        <translation>姓名和工种为必填项。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="245"/>
        <source>Not saved: the ID number is not valid (%1).</source>
        <translation>未保存:身份证号码无效(%1)。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="271"/>
        <source>Worker %1 saved: left on %2, refused on permits.</source>
        <translation>作业人员 %1 已保存：已于 %2 离场，不能列入作业票。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="272"/>
        <source>Worker %1 saved.</source>
        <translation>作业人员 %1 已保存。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="278"/>
        <source>Not saved: %1</source>
        <translation>未保存:%1</translation>
    </message>
</context>
<context>
    <name>gl::ui::WorkerRecordsDialog</name>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="288"/>
        <source>Records of worker %1</source>
        <translation>人员 %1 的记录</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="291"/>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="296"/>
        <source>Hot work</source>
        <translation>动火作业</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="296"/>
        <source>Electrical</source>
        <translation>电工作业</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="297"/>
        <source>Work at height</source>
        <translation>高处作业</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="297"/>
        <source>Lifting</source>
        <translation>吊装作业</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="298"/>
        <source>Confined space</source>
        <translation>受限空间作业</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="298"/>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="307"/>
        <source>Add certificate</source>
        <translation>添加证书</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="309"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="310"/>
        <source>Number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="311"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="315"/>
        <source>Site safety briefing</source>
        <translation>入厂安全交底</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="320"/>
        <source>Record briefing</source>
        <translation>记录安全交底</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="322"/>
        <source>Given on</source>
        <translation>交底日期</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="326"/>
        <source>Portrait for the face check</source>
        <translation>人脸比对用照片</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="331"/>
        <source>a JPEG or PNG photo with exactly one frontal face</source>
        <translation>仅含一张正脸的 JPEG 或 PNG 照片</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="332"/>
        <source>Portrait</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="332"/>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>照片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="337"/>
        <source>Put portrait on file</source>
        <translation>存档照片</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="346"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="356"/>
        <source>The certificate kind must be a lower-case key, e.g. hot_work.</source>
        <translation>证书类别须为小写键名,例如 hot_work。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="360"/>
        <source>The certificate number is required.</source>
        <translation>证书编号为必填项。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="369"/>
        <source>Certificate %1 %2 valid until %3 recorded.</source>
        <translation>证书 %1 %2 已记录,有效期至 %3。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="375"/>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="393"/>
        <source>Not saved: %1</source>
        <translation>未保存:%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="388"/>
        <source>Site safety briefing on %1 recorded.</source>
        <translation>已记录 %1 的入厂安全交底。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="400"/>
        <source>Choose the portrait photo.</source>
        <translation>请选择照片。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="404"/>
        <source>Checking %1 for one frontal face…</source>
        <translation>正在检查 %1 是否仅含一张正脸…</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="410"/>
        <source>Portrait %1 on file.</source>
        <translation>照片 %1 已存档。</translation>
    </message>
    <message>
        <location filename="../../src/modules/admission/ui/WorkerForms.cpp" line="415"/>
        <source>Refused: %1</source>
        <translation>已拒绝:%1</translation>
    </message>
</context>
</TS>
