#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Fills resources/translations/guardline_zh_CN.ts from the glossary below (the site's 安全生产 terms,
GB 30871 names). Run after `cmake --build build/dev --target update_translations` (lupdate) adds
new source texts; entries already translated in the .ts file are kept."""
import os, re, sys, xml.etree.ElementTree as ET

GLOSSARY = {
 "%1 (%2)": "%1(%2)", "&File": "文件(&F)", "&Language": "语言(&L)", "&Quit": "退出(&Q)",
 "&Search records": "搜索记录(&S)", "&View": "视图(&V)", "Acknowledge (Space)": "确认(空格)",
 "Acknowledge instruction": "确认指令", "Acknowledged": "已确认", "Active": "作业中", "Admitted": "已准入",
 "Alarm": "报警", "Alarms": "报警", "Approved": "已审批", "Area": "区域", "Assigned": "已派发", "Assignee": "整改责任人",
 "Blind plate": "盲板抽堵", "Camera wall": "视频墙", "Cancelled": "已取消", "Category": "类别", "Certificates": "证书",
 "Cleared": "已消除", "Closed": "已关闭", "Code": "编号", "Company": "单位名称", "Confined space": "受限空间",
 "Confirmed": "已确认解除", "Connectors: none configured": "连接器:未配置", "Contractor": "承包商",
 "Contractor worker": "承包商人员", "Contractors": "承包商", "Credit code": "统一社会信用代码", "Critical": "紧急",
 "DEMO — signed in as %1 (%2), no password": "演示 — 已以 %1(%2)登录,无密码", "Deadline": "整改期限",
 "Description": "描述", "Dispatch board": "调度看板", "Documents": "资质文件", "Draft": "草稿", "Employee": "员工",
 "Ends": "结束", "Equipment": "设备", "Excavation": "动土作业", "Expired": "已过期", "Expiring": "即将到期",
 "General": "一般", "Grade": "等级", "Guardline": "安全卫士", "Guardline — DEMO PLANT — safety command center":
 "安全卫士 — 演示工厂 — 安全生产指挥中心", "Guardline — safety command center": "安全卫士 — 安全生产指挥中心",
 "Hazard": "隐患", "Hazards": "隐患", "High": "高", "High risk": "较大风险", "Hot work": "动火作业",
 "INSTRUCTION to %1: %2 — %3": "指令 → %1:%2 — %3", "In-house": "本单位", "Job": "岗位", "Kind": "类型",
 "Language": "语言", "Lifting": "吊装作业", "Low": "低", "Low risk": "低风险", "Major": "重大", "Major risk": "重大风险",
 "Medium": "中", "Missing": "缺失", "Moderate risk": "一般风险", "NO": "否", "Name": "姓名", "Name (EN)": "英文名称",
 "No instruction waiting": "无待确认指令", "No unacknowledged alarms": "无未确认报警", "None": "无",
 "OVERDUE since %1": "自 %1 起超时", "Open": "待处理",
 "Open hazards %1 (overdue %2) · Active permits %3 · Unacknowledged alarms %4 · Open orders %5 · Contractors with expired documents %6":
 "未闭环隐患 %1(超期 %2)· 作业中许可 %3 · 未确认报警 %4 · 待办工单 %5 · 证件过期承包商 %6",
 "Overdue": "已超期", "Pending verification": "待验证", "People": "人员", "Permit": "作业票", "Permits": "作业票",
 "Priority": "优先级", "Raised": "报警时间", "Re-inspected": "已复查", "Records": "台账", "Rectifying": "整改中",
 "Reopened": "已重开", "Reported": "已上报", "Resolved": "已处置", "Resolved / confirmed": "已处置 / 已确认",
 "Responding": "处置中", "Returned": "已恢复", "Road closure": "断路作业", "Search %1 (Ctrl+F)": "搜索%1(Ctrl+F)",
 "Site briefing": "厂级安全交底", "Site plan — %1": "厂区平面图 — %1", "Starts": "开始", "State": "状态", "Status": "状态",
 "Store: %1": "数据库:%1", "Store: connecting…": "数据库:连接中…", "Store: ● OFFLINE — %1": "数据库:● 离线 — %1",
 "Store: ● online (%1)": "数据库:● 在线(%1)", "Submitted": "已提交", "Suspended": "已暂停", "Tag": "位号",
 "Temporary power": "临时用电", "The language changes the next time Guardline starts.": "语言将在下次启动安全卫士时生效。",
 "Trade": "专业", "Type": "类型", "Unacknowledged": "未确认", "Valid": "有效", "Wall layout:": "画面布局:",
 "Whitelisted": "门禁白名单", "Work": "作业内容", "Work at height": "高处作业", "Workers": "作业人员",
 "acknowledge now": "请立即确认", "acknowledgement OVERDUE": "确认已超时", "yes": "是",
 "● offline — no stream connected": "● 离线 — 未接入视频流",
 "No site layout yet.\nImport a site layout or load the demo plant (guardline --demo).":
 "尚无厂区布局。\n请导入厂区布局或加载演示工厂(guardline --demo)。",
 "Sign in to Guardline": "登录安全卫士", "LIVE": "直播", "STALLED": "卡顿", "OFFLINE": "离线",
 "connecting…": "连接中…", "no signal — retrying": "无信号 — 重试中", "Site plan": "厂区平面图",
 "Selected %1 %2": "已选中 %1 %2", "User name": "用户名", "Password": "密码",
}
PLURALS = {
 "%n alarm(s) waiting for acknowledgement": "%n 条报警待确认",
 "%n camera(s)": "%n 路画面", "%n permit(s)": "%n 张作业票",
}

# Contractor admission (issue #5): the Contractors dock.
GLOSSARY.update({
 "Select a contractor to see its documents.": "选择承包商以查看其资质文件。", "Document": "文件", "File": "文件名",
 "Issued": "签发日期", "Expires": "到期日期", "Pages": "页数", "SHA-256": "SHA-256", "Upload PDF…": "上传 PDF…",
 "Checked as a real, unencrypted PDF within the size limit, stored with its SHA-256":
 "校验为真实、未加密且不超过大小限制的 PDF,并按 SHA-256 存档",
 "Due": "到期", "Task": "任务", "Coordinator tasks": "承包商管理待办", "Whitelist CSV…": "门禁白名单 CSV…",
 "Apply import": "执行导入", "Import the good rows despite malformed rows": "忽略格式错误的行,导入其余有效行",
 "Choose the access-control system's whitelist export (CSV: worker,contractor,card,valid_until). The differences since the last import are shown here before anything changes.":
 "选择门禁系统导出的白名单(CSV:worker,contractor,card,valid_until)。任何更改之前,此处先显示与上次导入的差异。",
 "Whitelist": "门禁白名单", "Worker": "作业人员", "Name": "姓名", "Checked in": "入场时间",
 "Verify credit codes with the registry": "向登记机关核验统一社会信用代码", "On site": "在场人员",
 "No contractors yet: register one with guardlinectl or import the demo plant.": "尚无承包商:请用 guardlinectl 登记或加载演示工厂。",
 "Documents of %1": "%1 的资质文件", "Business licence": "营业执照", "Qualification certificate": "资质证书",
 "Work-injury insurance (6 months paid)": "工伤保险缴费证明(近 6 个月)", "Signed HSE agreement": "已签订的安全生产(HSE)协议",
 "Superseded": "已被替换", "Checking %1…": "正在校验 %1…", "%1 stored and verified as a PDF.": "%1 已校验为 PDF 并存档。",
 "Refused: %1": "已拒绝:%1", "Select the contractor the document belongs to first.": "请先选择该文件所属的承包商。",
 "Contractor document": "承包商资质文件", "PDF documents (*.pdf)": "PDF 文件 (*.pdf)", "Access-control whitelist": "门禁白名单",
 "CSV files (*.csv)": "CSV 文件 (*.csv)",
 "%1: %2 good rows. Since the last import: %3 added, %4 removed, %5 changed.": "%1:有效行 %2。与上次导入相比:新增 %3,移除 %4,变更 %5。",
 "MALFORMED %1": "格式错误 %1", "Import the %1 good rows despite %2 malformed row(s)": "忽略 %2 行格式错误,导入 %1 行有效数据",
 "Whitelist imported: %1 rows (%2 added, %3 removed, %4 changed, %5 skipped).": "白名单已导入:%1 行(新增 %2,移除 %3,变更 %4,跳过 %5)。",
 "Registry verification": "登记信息核验",
 "Check-in intake listening on port %1 (POST /api/v1/checkins).": "入场登记接口正在监听端口 %1(POST /api/v1/checkins)。",
})
PLURALS.update({
 "Documents of %1 — %n required document(s) MISSING": "%1 的资质文件 — 缺少 %n 份必需文件",
 "Showing %1 (%n page(s))": "正在显示 %1(%n 页)",
 "Registry verification done for %n contractor(s).": "已完成 %n 家承包商的登记核验。",
})

# 3D plant map (issue #3): legend, details panel, permit time slider, clusters.
GLOSSARY.update({
 "<b>Risk</b> <span style='color:#d32f2f'>&#9632;</span> major 重大 <span style='color:#f57c00'>&#9632;</span> large 较大 <span style='color:#fbc02d'>&#9632;</span> general 一般 <span style='color:#1976d2'>&#9632;</span> low 低<br><b>Hazards</b> <span style='color:#e53935'>&#9632;</span> major <span style='color:#fb8c00'>&#9642;</span> general <span style='color:#43a047'>&#9642;</span> closed (overdue pulse) <span style='color:#fb8c00'>&#9679;</span> cluster (count; red if any major) &nbsp; <b>People</b> <span style='color:#eceff1'>&#9642;</span> on site &nbsp; <b>Permits</b> <span style='color:#ff1744'>&#9633;</span> conflict":
 "<b>风险</b> <span style='color:#d32f2f'>&#9632;</span> 重大 <span style='color:#f57c00'>&#9632;</span> 较大 <span style='color:#fbc02d'>&#9632;</span> 一般 <span style='color:#1976d2'>&#9632;</span> 低<br><b>隐患</b> <span style='color:#e53935'>&#9632;</span> 重大 <span style='color:#fb8c00'>&#9642;</span> 一般 <span style='color:#43a047'>&#9642;</span> 已整改(逾期闪烁) <span style='color:#fb8c00'>&#9679;</span> 聚合(数量;含重大为红) &nbsp; <b>人员</b> <span style='color:#eceff1'>&#9642;</span> 在场 &nbsp; <b>作业票</b> <span style='color:#ff1744'>&#9633;</span> 冲突",
 "Hazard %1 · %2 · %3%4": "隐患 %1 · %2 · %3%4", " · OVERDUE": " · 已逾期",
 "Permits active at": "生效作业票时间", "Now": "现在", "%1 · now": "%1 · 现在",
 "Drag to see the permits active at another time (site-local time); Now returns to the clock":
 "拖动查看其他时间(厂区当地时间)生效的作业票;点击“现在”恢复实时",
 "Show the permits active now, following the clock": "显示当前生效的作业票,随时钟更新",
 "Close the details (Esc)": "关闭详情 (Esc)", "Fly to": "飞到", " — OVERDUE": " — 已逾期", "Open hazard": "打开隐患",
 "Window": "作业时间", "Height": "高度", "%1 – %2 m": "%1 – %2 米", "Conflicts at %1": "%1 的冲突", "now": "现在",
 "none": "无", "Open permit": "打开作业票", "Camera": "摄像机", "Position": "位置", "%1, %2, %3 m": "%1, %2, %3 米",
 "View": "视角", "yaw %1°, pitch %2°, field of view %3°": "方位角 %1°,俯仰角 %2°,视场角 %3°",
 "Open camera feed": "打开视频画面", "Sensor": "传感器", "Unit": "单位", "Range": "量程", "%1 – %2 %3": "%1 – %2 %3",
 "Open sensor": "打开传感器", "Open equipment %1": "打开设备 %1", "Person": "人员", "On site since": "入场时间",
 "Open person": "打开人员", "Structure": "建构筑物", "%1 m": "%1 米", "Model": "三维模型", "Open area %1": "打开区域 %1",
 "red — major 重大": "红 — 重大风险", "orange — large 较大": "橙 — 较大风险", "yellow — general 一般": "黄 — 一般风险",
 "blue — low 低": "蓝 — 低风险", "Open hazards": "未整改隐患", "Active permits": "生效作业票", "Open area": "打开区域",
})
PLURALS.update({
 "%n hazards here (%1 major, %2 overdue) — click to zoom in": "此处 %n 项隐患(重大 %1,逾期 %2)— 点击放大",
})

# Reports archive, EHS dashboards, CSV exports (issue #9).
GLOSSARY.update({
 "Reports": "报表", "Dashboards": "仪表盘", "Export CSV…": "导出 CSV…", "Export CSV": "导出 CSV",
 "CSV files (*.csv)": "CSV 文件 (*.csv)",
 "%1 was not written: %2. Choose another folder or free disk space.": "%1 未能写入：%2。请选择其他文件夹或释放磁盘空间。",
 "Save the rows shown (sorted and filtered) with the visible columns as CSV for Excel":
 "将当前显示的行(按排序和筛选)及可见列保存为可用 Excel 打开的 CSV",
 "Order": "工单", "Title": "标题", "Assignee": "负责人", "Created": "创建时间", "Due": "期限",
 "Detected": "发现时间", "Verified": "核实时间", "Responded": "响应时间", "Confirmed": "确认时间",
 "Open PDF": "打开 PDF", "Open HTML": "打开 HTML", "Day": "日期", "Generated at": "生成时间", "By": "生成者",
 "Language": "语言", "Contractors": "承包商", "Audit entry": "审计记录", "SHA-256 (PDF)": "SHA-256 (PDF)",
 "Refresh": "刷新", "Loading the report archive…": "正在加载报表归档…",
 "The report archive cannot be read: %1": "无法读取报表归档：%1",
 "The Contractor Health Daily Report is generated every day at %1 (%2, site time) in %3; days missed while no workstation ran are caught up for %4 days.":
 "承包商健康日报每天 %1(%2，厂区时间)以 %3 生成；无工作站运行时漏掉的日期在 %4 天内补生成。",
 "The scheduled daily report is switched off (guardlinectl report schedule --enable).":
 "定时日报已关闭(guardlinectl report schedule --enable 可开启)。",
 "scheduler (%1)": "定时任务 (%1)", "PDF %1\nHTML %2": "PDF %1\nHTML %2",
 "No report archived yet: the first one is generated at the scheduled time (or run 'guardlinectl housekeeping').":
 "尚无归档报表：首份报表将在设定时间生成(或运行 'guardlinectl housekeeping')。",
 "Checking the report's SHA-256 against the audit chain…": "正在用审计链核对报表的 SHA-256…",
 "SHA-256 verified against the audit chain (%1); opened %2": "SHA-256 已与审计链核对一致 (%1)；已打开 %2",
 "Not opened: %1 Report this to the EHS manager; the archived copy can no longer be trusted.":
 "未打开：%1 请报告 EHS 经理；该归档副本已不可信。",
 "LTI-free days": "无损工天数", "TRIR (12 months)": "TRIR(12 个月)", "LTIFR (12 months)": "LTIFR(12 个月)",
 "Hours worked (12 months)": "工时(12 个月)", "Training current": "培训有效率", "Overdue hazards": "逾期隐患",
 "The dashboards cannot be computed: %1": "无法计算仪表盘：%1", "last LTI %1": "上次损工事故 %1",
 "no LTI on record": "无损工事故记录", "%1 recordable × 200,000 h / hours": "%1 起可记录事件 × 200,000 h / 工时",
 "%1 LTI × 1,000,000 h / hours": "%1 起损工事故 × 1,000,000 h / 工时", "h, from the monthly records": "小时，来自月度工时记录",
 "%1 of %2 people hold valid training": "%2 人中 %1 人培训有效", "open hazards past their deadline": "已过整改期限的未关闭隐患",
 "Hazards per week: reported, closed, closure rate": "每周隐患：上报、关闭、关闭率", "Reported": "上报", "Closed": "关闭",
 "Closure rate %": "关闭率 %", "Overdue hazards by days past deadline": "逾期隐患按超期天数", "Open hazards": "未关闭隐患",
 "1–7 d": "1–7 天", "8–30 d": "8–30 天", "31–90 d": "31–90 天", "> 90 d": "> 90 天",
 "Interruption time T by area (weekly mean, s)": "各区域中断时间 T(周均值，秒)", "week (0 = %1)": "周(0 = %1)",
 "Permits per month by type": "每月各类作业票数量", "Leading indicators per week": "每周先行指标",
 "Hazards reported": "上报隐患", "Near misses": "未遂事件", "Recordable injuries and LTIs per month": "每月可记录伤害与损工事故",
 "Recordable": "可记录", "Lost time": "损工",
 "TRIR = recordable injuries × 200,000 / hours worked; LTIFR = lost-time injuries × 1,000,000 / hours worked (rolling 12 months, hours from the monthly records). Closure rate: share of the week's reported hazards closed by now. Site time zone %1, as of %2.":
 "TRIR = 可记录伤害数 × 200,000 / 工时；LTIFR = 损工事故数 × 1,000,000 / 工时(滚动 12 个月，工时取自月度记录)。关闭率：当周上报隐患中截至目前已关闭的比例。厂区时区 %1，截至 %2。",
})
PLURALS.update({
 "%n row(s) exported to %1": "已导出 %n 行到 %1",
})

# Permits dock, permit card and editor (issue #6).
GLOSSARY.update({
 "New permit…": "新建作业票…", "Filter by code, type, area, contractor or title": "按编号、类型、区域、承包商或作业内容筛选",
 "By state": "按状态", "Area / permit": "区域 / 作业票", "Start": "开始", "End": "结束", "By area": "按区域", "Timeline": "时间轴",
 "Double-click to open the permit card": "双击打开作业票",
 "No permit between yesterday and the day after tomorrow. Create one with \"New permit…\".": "昨天至后天没有作业票。用“新建作业票…”创建。",
 "Special": "特级", "Level 1": "一级", "Level 2": "二级", "Standard": "—",
 "e.g. HW-0201": "例如 HW-0201", "What is done, where (e.g. weld flange at P-101)": "作业内容和地点(例如 P-101 法兰焊接)",
 "equipment code, optional (blind plate: the blind)": "设备编号,可选(盲板作业:盲板编号)",
 "x, y; x, y; x, y (site metres)": "x, y; x, y; x, y(厂区坐标,米)", "to": "至", "Permit no.": "作业票编号",
 "Start (site time)": "开始(厂区时间)", "End (site time)": "结束(厂区时间)", "Work area polygon": "作业范围",
 "Guardian": "监护人", "Cross-work coordinator": "交叉作业协调人", "Safety measures (GB 30871-2022)": "安全措施(GB 30871-2022)",
 "Save draft": "保存草稿", "Submit": "提交申请",
 "Keeps the permit as a draft, even when it does not meet the rules yet": "保存为草稿,即使尚不符合规定",
 "Submitting is the applicant's signature: refused with the reasons while a rule fails": "提交即作业申请人签字:不符合规定时拒绝并列出原因",
 "I am at the work site": "本人在作业现场", "where exactly (optional; the area otherwise)": "具体地点(可选,默认为区域)",
 "Sign": "签字", "<b>Sign-offs in the standard's order</b>": "<b>按标准顺序签字确认</b>", "<b>Lifecycle</b>": "<b>作业票流程</b>",
 "Sign-offs": "签字确认", "oxygen-enriched air": "富氧环境", "Sampled at (site time)": "采样时间(厂区时间)", "Combustible": "可燃气体",
 "Oxygen": "氧气", "Toxic": "有毒气体", "Gas of concern": "被测气体爆炸下限", "Analyst": "分析人", "Record gas test": "记录气体分析",
 "Sampled": "采样时间", "Combustible % vol": "可燃气体 % vol", "O₂ %": "氧气 %", "Toxic ppm": "有毒气体 ppm", "Result": "结果",
 "Gas tests": "气体分析", "<b>Workers and certificates</b>": "<b>作业人员及证书</b>", "<b>Cameras</b>": "<b>视频监控</b>",
 "<b>Conflicts with other work</b>": "<b>与其他作业的冲突</b>", "People, cameras, conflicts": "人员、监控、冲突", "own crew": "本单位",
 "— none —": "— 无 —", "Permit no.: missing": "作业票编号:未填写", "Work: describe what is done and where": "作业内容:请填写作业内容和地点",
 "Area: choose the area of the work": "区域:请选择作业区域",
 "Work area polygon: at least three points \"x, y\" separated by \";\", edges not crossing": "作业范围:至少三个点 “x, y”,用 “;” 分隔,边不相交",
 "Height: the top is below the bottom": "作业高度:上限低于下限", "End: must be after the start": "结束:必须晚于开始",
 "Grade: raised from %1 to %2 (night, rest day or holiday, GB 30871-2022)": "级别:由%1升为%2(夜间、休息日或节假日,GB 30871-2022)",
 "End: validity %1 h exceeds the %2 h limit of %3 %4 (GB 30871-2022)": "结束:有效期 %1 小时,超过%3%4的 %2 小时上限(GB 30871-2022)",
 "Cameras: %1 %2 is approved only with a camera covering the work area": "视频监控:%1%2须有覆盖作业区域的摄像机方可审批",
 "Guardian: a certified guardian is mandatory": "监护人:必须指定持证监护人", "Guardian: the guardian cannot also be a worker": "监护人:监护人不得同时为作业人员",
 "Cannot be saved yet:": "尚不能保存:", "Before it can be submitted or approved:": "提交或审批前须解决:", "Permit %1": "作业票 %1",
 "(new)": "(新建)", "New permit": "新建作业票",
 "Suspended (%1)%2: resuming needs a new passing gas test where the rules ask for it": "已暂停(%1)%2:恢复作业须按规定重新进行气体分析并合格",
 " by alarm %1": ",报警 %1", "The service reports:": "系统提示:", "Step": "环节", "Signed by": "签字人", "Place": "地点", "Time": "时间",
 "no": "否", "not signed": "未签字", "Sign as %1": "以%1身份签字", "Next: %1. Signed by %2%3.": "下一步:%1,由 %2 签字%3。",
 " at the work site": "(在作业现场)", "Next: %1, signed by %2 (you are %3).": "下一步:%1,由 %2 签字(您的角色:%3)。",
 "Submit the permit to start the sign-offs.": "提交作业票后开始签字确认。", "Start work": "开始作业", "Suspend": "暂停作业", "Resume": "恢复作业",
 "Close (work finished)": "关闭(作业完成)", "Cancel": "取消", "Reject (back to draft)": "退回(回到草稿)", "Guardian left the site": "监护人离开现场",
 "pass": "合格", "FAIL": "不合格", "no certificate": "无证书", "No worker named.": "未指定作业人员。", " · bound": " · 已绑定",
 " · no usable feed": " · 无可用视频流", "No camera covers the work area.": "没有摄像机覆盖作业区域。",
 "No conflict with approved or active work.": "与已审批或进行中的作业无冲突。", "Refused:": "已拒绝:", "Analyst: name who took the sample": "分析人:请填写采样人",
 "The sample time is in the future.": "采样时间晚于当前时间。",
 "Gas sample taken %1 min before start: GB 30871 allows %2 min.": "气体采样在作业开始前 %1 分钟:GB 30871 规定不超过 %2 分钟。",
 "Sample %1 min before start (within %2 min).": "采样在作业开始前 %1 分钟(%2 分钟以内)。",
 "Resuming or logging: the sample must be no more than %1 min old when the work resumes.": "恢复作业或定时检测:恢复作业时样品不得超过 %1 分钟。",
 "%1: the gas is logged at least every %2 min while the work runs.": "%1:作业期间至少每 %2 分钟检测一次气体。",
 "These values pass (combustible ≤ %1 % vol, O₂ %2–%3 %).": "检测值合格(可燃气体 ≤ %1 % vol,氧气 %2–%3 %)。",
 "These values FAIL (combustible ≤ %1 % vol, O₂ %2–%3 %).": "检测值不合格(可燃气体 ≤ %1 % vol,氧气 %2–%3 %)。",
})
PLURALS.update({
 "Safety measures: %n not confirmed (needed before approval)": "安全措施:%n 项未确认(审批前须确认)",
})

# Hazards dock, photo timeline and viewer (issue #7).
GLOSSARY.update({
 "Hazards": "隐患", "Hazard %1": "隐患 %1", "Hazard": "隐患", "All states": "全部状态", "All grades": "全部等级",
 "All areas": "全部区域", "Overdue only": "仅逾期", "Report hazard…": "上报隐患…", "Report a hazard": "上报隐患",
 "Select a hazard to see its photos and history. New hazards are reported with three photos: the panorama with the area sign, the defect close-up and the responsible person's face.":
 "选择一项隐患以查看照片和记录。上报新隐患需三张照片：带区域标识的全景照、隐患近景照和责任人正面照。",
 "General (一般)": "一般", "Major (重大)": "重大", "Grade": "等级", "State": "状态", "Area": "区域", "Equipment": "设备",
 "Deadline": "整改期限", "Description": "描述", "Category": "类别", "Grade / plan…": "定级 / 治理方案…", "Assign…": "指派…",
 "Start rectification": "开始整改", "Submit after-photo…": "提交整改后照片…", "Accept (close)": "验收(销号)", "Reject": "驳回",
 "Re-inspect…": "复查…", "Compare photos": "照片比对", "Panorama": "全景照", "Before (defect)": "整改前(隐患)",
 "Responsible person": "责任人", "After rectification": "整改后", "Re-inspection": "复查",
 "Panorama with area sign": "带区域标识的全景照", "Panorama with the area sign": "带区域标识的全景照",
 "Defect close-up": "隐患近景照", "Defect close-up with a scale reference": "带比例参照的隐患近景照",
 "Responsible person's face": "责任人正面照", "Frontal face photo": "正面人脸照片", "Equipment QR id": "设备二维码编号",
 "scan the equipment's QR code": "扫描设备二维码", "area code (taken from the equipment when empty)": "区域编码(为空时取设备所在区域)",
 "person code of the responsible person": "责任人人员编码", "person code": "人员编码", "Choose…": "选择…",
 "Photos (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)": "照片 (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)",
 "equipment %1 (QR %2)": "设备 %1(二维码 %2)", "OVERDUE — escalated as %1": "已逾期 — 已升级为调度单 %1",
 "Face check: the face photo does not match %1's portrait on file — review who is responsible.":
 "人脸核验：正面照与 %1 的存档照片不符 — 请复核责任人。",
 "Face check: one frontal face; identity not verified (no portrait on file).": "人脸核验：检测到一张正面人脸；无存档照片，身份未核验。",
 "%1\nSHA-256 %2\nfile %3, %4x%5 %6\nEXIF time %7\nadded by %8\n%9": "%1\nSHA-256 %2\n文件 %3，%4x%5 %6\nEXIF 拍摄时间 %7\n添加人 %8\n%9",
 "none": "无", "open": "待办", "Reported %1 by %2 · assigned to %3 · deadline %4": "%1 由 %2 上报 · 整改人 %3 · 期限 %4",
 "Major-hazard criteria: %1": "重大隐患判定依据：%1", "Rectification plan": "治理方案",
 "Re-inspection task for %1, due %2: %3": "%1 的复查任务，期限 %2：%3", "History": "记录",
 "Grade %1": "定级 %1", "Assign %1": "指派 %1", "Deadline by grade (site setting)": "按等级确定期限(厂区设置)",
 "Rectified by": "整改责任人", "Re-inspection photo": "复查照片", "After-photo from the same spot": "同一位置的整改后照片",
 "Re-inspection failed, the hazard is reopened: %1": "复查未通过，隐患已重新打开：%1",
 "Rectification refused — %1": "整改未通过 — %1", "Photo comparison": "照片比对", "(not aligned: nothing to show)": "(未能对齐：无可显示内容)",
 "%1 — re-inspection": "%1 — 复查", "%1 — rectification": "%1 — 整改",
 "Re-inspection %1 (failing region in red)": "复查照片 %1(红框为未通过区域)", "As it should be: after-photo %1": "应有状态：整改后照片 %1",
 "Change since the after-photo (red: changed)": "与整改后照片相比的变化(红：有变化)",
 "%1 · scene similarity %2 · region change %3": "%1 · 场景相似度 %2 · 区域变化 %3",
 "Before %1": "整改前 %1", "After, aligned %1": "整改后(已对齐)%1", "Change heat map (blue: same, red: changed)": "变化热力图(蓝：相同，红：变化)",
})

# Camera wall, registry and evidence snapshots (issue #4).
GLOSSARY.update({
 "%1 · %2×%3 · SHA-256 %4": "%1 · %2×%3 · SHA-256 %4", "%1 — area %2; drag onto the wall": "%1 — 区域 %2;拖到视频墙上",
 "Active 特级 hot work": "进行中的特级动火作业", "Area": "区域", "Areas this camera films (its own area always counts)": "该摄像机拍摄的区域(所在区域始终计入)",
 "Attach to": "关联到", "Attach": "关联", "Attached to %1 %2 (audited).": "已关联到 %1 %2(已记入审计)。",
 "Camera %1 is not in the registry": "摄像机 %1 不在设备台账中", "Camera %1 is not live: no snapshot": "摄像机 %1 无实时画面:无法抓拍",
 "Camera %1 removed (audited).": "摄像机 %1 已删除(已记入审计)。", "Camera %1 saved (audited).": "摄像机 %1 已保存(已记入审计)。",
 "Camera registry": "摄像机台账", "Camera registry: add, edit and remove cameras, set their credentials": "摄像机台账:新增、编辑、删除摄像机,设置登录凭据",
 "Camera": "摄像机", "Cameras…": "摄像机…", "Clear credentials": "清除凭据", "Code": "编码", "Covered areas": "覆盖区域",
 "Credentials of %1 cleared (audited).": "%1 的凭据已清除(已记入审计)。", "Credentials": "凭据", "DRILL": "演练",
 "Demo drill feeds need ffmpeg (scripts/deps.sh installs it); the demo cameras stay offline": "演示演练画面需要 ffmpeg(scripts/deps.sh 会安装);演示摄像机保持离线",
 "Drag a camera here from the list or the map": "从列表或地图拖入摄像机", "Drag a camera onto a tile; double-click to open it in full view": "将摄像机拖到画面格;双击全屏查看",
 "Evidence #%1 of %2 saved (SHA-256 %3…)": "%2 的取证截图 #%1 已保存(SHA-256 %3…)", "Evidence #%1 — %2": "取证截图 #%1 — %2",
 "Full view / back (double-click)": "全屏 / 返回(双击)", "Hazard": "隐患", "My wall": "我的视频墙", "Name": "名称", "New camera": "新增摄像机",
 "No cameras yet: import a site layout or add cameras (Cameras…)": "尚无摄像机:导入厂区布局或新增摄像机(摄像机…)",
 "No store is open: the snapshot was not saved": "未打开数据库:截图未保存", "Note": "备注", "Password": "密码", "Permit": "作业票",
 "Position x / y / z": "位置 x / y / z", "Remove camera %1 from the registry? Evidence it took is kept.": "从台账中删除摄像机 %1?其取证截图将保留。",
 "Remove camera": "删除摄像机", "Remove from the wall": "从视频墙移除",
 "Save a full-resolution evidence still of the selected camera, with time and camera burned in": "保存所选摄像机的全分辨率取证截图,叠加时间和摄像机名称",
 "Save evidence snapshot (F9)": "保存取证截图(F9)", "Save": "保存", "Saving an evidence snapshot of %1…": "正在保存 %1 的取证截图…",
 "Select a camera tile first (click it), then press F9": "请先点击选择一个画面,再按 F9", "Snapshot (F9)": "截图取证(F9)",
 "Stream URL": "视频流地址", "The snapshot was not saved: %1": "截图未保存:%1", "URL": "地址", "User": "用户名", "Wall layout:": "视频墙布局:",
 "Yaw / pitch / FOV / range": "方位角 / 俯仰角 / 视场角 / 距离", "not set": "未设置", "password (write-only)": "密码(只写)",
 "rtsp://, rtsps://, http(s):// or file:// (drills). User and password typed into the URL are moved into the encrypted credentials.":
 "rtsp://、rtsps://、http(s):// 或 file://(演练)。地址中的用户名和密码会移入加密凭据。",
 "set (encrypted; type a new user and password to replace them)": "已设置(已加密;输入新的用户名和密码可替换)", "set": "已设置",
 "user (write-only)": "用户名(只写)", "⚠ 特级 hot work %1 NOT FILMED": "⚠ 特级动火作业 %1 未在监控中",
 "⚠ 特级 hot work %1: camera %2 is not live — the work must be filmed start to finish. Restore the feed or stop the work.":
 "⚠ 特级动火作业 %1:摄像机 %2 无实时画面 — 作业须全程视频监控。请恢复画面或停止作业。",
 "特级 hot work %1": "特级动火作业 %1", "Camera %1 in full view on the camera wall (Esc: back to the grid)": "摄像机 %1 已在视频墙全屏显示(Esc 返回)",
})
PLURALS.update({
 "%1×%2 · %3 fps · %4 Mb/s · %5 ms · %n dropped": "%1×%2 · %3 帧/秒 · %4 Mb/s · %5 毫秒 · 丢帧 %n",
 "Active 特级 hot work (%n camera(s))": "进行中的特级动火作业(%n 路画面)",
 "Demo: %n camera(s) now play drill clips (file://, marked DRILL)": "演示:%n 路摄像机正在播放演练视频(file://,标记为“演练”)",
 "特级 hot work %1 filmed by %n camera(s) (preset “Active 特级 hot work”)": "特级动火作业 %1 由 %n 路摄像机监控(预设“进行中的特级动火作业”)",
})

# Telemetry dock: live values, connectors, ISA-18.2 alarms (issue #8).
GLOSSARY.update({
 "Telemetry": "遥测", "Telemetry: waiting for the store…": "遥测:等待数据库…", "Telemetry: starting…": "遥测:正在启动…",
 "Priority": "优先级", "State": "状态", "Raised": "报警时间", "Area": "区域", "Rule": "规则", "Message": "信息",
 "Acknowledge (Space)": "确认(空格)", "Shelving reason (required), e.g. detector under calibration, WO number": "搁置原因(必填),如探测器校准中、工单号",
 "%1 min": "%1 分钟", "%1 h": "%1 小时", "Shelve": "搁置", "Unshelve": "取消搁置", "Alarms (ISA-18.2)": "报警(ISA-18.2)",
 "Tag": "位号", "Value": "数值", "Unit": "单位", "Quality": "质量", "Age": "时长", "Live values": "实时数据",
 "Connector": "连接器", "Counters": "计数", "Last error": "最近错误", "Connectors": "连接器",
 "unacknowledged": "未确认", "acknowledged": "已确认", "returned (unacknowledged)": "已恢复(未确认)", "shelved": "已搁置", "cleared": "已清除",
 "%1: expected {\"connectors\": [...]} (%2)": "%1:应为 {\"connectors\": [...]}(%2)",
 "ALARM FLOOD: %1 alarms in the last 10 minutes (ISA-18.2 limit: 10 per operator). %2 low/medium-priority alarms are suppressed; critical and high stay visible.":
     "报警泛滥:最近 10 分钟 %1 条报警(ISA-18.2 上限:每名操作员 10 条)。已抑制 %2 条低/中优先级报警;紧急和高优先级报警仍显示。",
 "Shelving needs a reason (ISA-18.2): say why and until when.": "搁置报警须填写原因(ISA-18.2):说明原因和期限。",
 "Alarm %1 shelved": "报警 %1 已搁置",
 "Rules v%1 (%2 rules) · %3 samples · %4 bad · %5 unknown tags · %6 late · %7 stored": "规则 v%1(%2 条)· 样本 %3 · 坏值 %4 · 未知位号 %5 · 迟到 %6 · 已存储 %7",
 "▲ BAD": "▲ 坏值", "◆ stale": "◆ 停滞", "good": "正常", "%1 s": "%1 秒",
 "Connectors: none configured": "连接器:未配置", "Connectors: %1": "连接器:%1",
 "Demo telemetry not started: %1": "演示遥测未启动:%1",
 "Connector %1 ('%2'): no plugin of that kind is installed": "连接器 %1('%2'):未安装该类型的插件",
 "Connector %1 ('%2') refused its configuration: %3": "连接器 %1('%2')拒绝了配置:%3",
 "Telemetry stopped: %1": "遥测已停止:%1", "Alarm rules not reloaded: %1": "报警规则未重新加载:%1", "Telemetry: %1": "遥测:%1",
 "Samples not stored (will retry): %1": "样本未存储(将重试):%1", "Alarm of rule %1 not recorded: %2": "规则 %1 的报警未记录:%2",
})

GLOSSARY.update({"%1 × %2: %3": "%1 × %2:%3", "⚠ Cross-work conflicts now (a named coordinator is required): %1": "⚠ 当前交叉作业冲突(须指定交叉作业协调人):%1",
 "Scheduled duty failed: %1": "定时任务失败:%1", "No store is open.": "未打开数据库。", "Risk": "风险"})


# Camera wall polish and snapshot conflicts (issues #3/#4 polish).
GLOSSARY.update({"List": "列表", "Show or hide the camera list (drag the divider to resize it)": "显示或隐藏摄像机列表(拖动分隔条调整宽度)",
 "%1 %2 — area %3; drag onto the wall, double-click for full view": "%1 %2 — 区域 %3;拖到视频墙上,双击全屏查看",
 "%1  %2\nDouble-click: full view and back · right-click: snapshot, remove": "%1  %2\n双击:全屏/返回 · 右键:抓拍、移除",
 "The site's SIMOPS rules cannot be read (%1): cross-work conflicts are shown by the built-in rules, and permits cannot be approved until the file is fixed.":
     "无法读取本厂的交叉作业(SIMOPS)规则(%1):交叉作业冲突暂按内置规则显示,修正该文件之前作业票无法审批。"})

# Issue #5 (contractor admission UI: imports, gates and devices, worker states)
GLOSSARY.update({
    "Shift roster": "排班表", "CSV file": "CSV 文件", "HTTP endpoint": "HTTP 接口",
    "Browse…": "浏览…", "Preview differences": "预览差异",
    "Reads the source and shows what would change since the last import. Nothing is changed.": "读取数据源并显示与上次导入相比的变化,不做任何修改。",
        "Choose the source and preview: the differences since the last import are shown here before anything changes. Whitelist CSV: worker,contractor,card,valid_until. Shift CSV: date,shift,worker,area.":
        "选择数据源并预览:修改之前,此处显示与上次导入相比的差异。白名单 CSV:worker,contractor,card,valid_until;排班 CSV:date,shift,worker,area。",
    "Change": "变化", "Details": "详情", "Previous imports": "历次导入",
    "Imported": "导入时间", "Imported by": "导入人", "Source": "来源", "Added": "新增", "Removed": "移除", "Changed": "变更", "Skipped": "跳过",
    "CSV file exported by the access-control system": "门禁系统导出的 CSV 文件",
    "https://acs.example/api/ (access_control.url in admission.json)": "https://acs.example/api/(admission.json 中的 access_control.url)",
    "CSV files (*.csv);;All files (*)": "CSV 文件 (*.csv);;所有文件 (*)",
    "Choose the CSV file first.": "请先选择 CSV 文件。", "Give the access-control system's URL first.": "请先填写门禁系统的地址。",
    "Reading %1…": "正在读取 %1…", "Cannot read the source: %1": "无法读取数据源:%1",
    "Cancelled: nothing was read or changed.": "已取消:未读取或修改任何内容。",
    "whitelist": "白名单", "shift roster": "排班表",
    "%1 (%2): %3 good row(s). Since the last import: %4 added, %5 removed, %6 changed, %7 malformed.": "%1(%2):%3 行有效。与上次导入相比:新增 %4,移除 %5,变更 %6,格式错误 %7。",
    "%1 (%2): %3 good row(s). First import: %4 added, %5 removed, %6 changed, %7 malformed.": "%1(%2):%3 行有效。首次导入:新增 %4,移除 %5,变更 %6,格式错误 %7。",
    "✕ Malformed": "✕ 格式错误", "+ Added": "+ 新增", "− Removed": "− 移除", "~ Changed": "~ 变更",
    "Import the %1 good row(s) despite %2 malformed row(s) (the malformed lines are recorded)": "确认导入 %1 行有效数据,忽略 %2 行格式错误(错误行将被记录)",
    "Preview only: nothing has changed. Apply to import.": "仅为预览:尚未修改任何内容。点击执行导入。",
    "Importing…": "正在导入…",
    "Imported %1 row(s): %2 added, %3 removed, %4 changed, %5 malformed line(s) skipped.": "已导入 %1 行:新增 %2,移除 %3,变更 %4,跳过格式错误 %5 行。",
        "QR": "二维码", "Gate": "门岗", "QR payload": "二维码内容",
    "Export printable PDF…": "导出可打印 PDF…", "One A4 page per gate, to print and post at the gate": "每个门岗一页 A4,打印后张贴于门岗",
    "Export PNG cards…": "导出 PNG 卡片…",
    "<b>Check-in devices</b> (phones and tablets posting to the intake)": "<b>签到设备</b>(向签到接口提交的手机和平板)",
    "Device": "设备", "Last seen": "最近联络", "Check-ins": "签到次数",
    "Add device…": "添加设备…", "Revoke token": "吊销令牌", "Gate QR codes": "门岗二维码", "PDF (*.pdf)": "PDF (*.pdf)",
    "Folder for the gate cards": "门岗卡片保存目录", "✕ Revoked %1": "✕ 已吊销 %1", "● Active": "● 有效", "never": "从未",
    "The site has no gates (equipment of kind 'gate' in the layout).": "厂区没有门岗(布局中类型为 gate 的设备)。",
    "Writing %1…": "正在写入 %1…", "Written: %1": "已写入:%1", "Add a check-in device": "添加签到设备",
    "Gate 1 tablet": "1 号门岗平板", "Device code": "设备编号", "What it is": "设备说明", "A device needs a code.": "设备须有编号。",
    "Device %1 added. Its token is shown once: give it to the device now.": "设备 %1 已添加。令牌只显示一次,请立即配置到该设备。",
    "Token of %1": "%1 的令牌",
    "This is the only time the token is shown: Guardline keeps only its SHA-256. Enter it in the check-in app of %1 (header Authorization: Bearer …). Lost tokens are revoked and replaced.":
        "令牌仅显示这一次:Guardline 只保存其 SHA-256。请将其填入 %1 的签到应用(请求头 Authorization: Bearer …)。令牌遗失须吊销并重新发放。",
    "Copy": "复制", "Copied": "已复制", "Select the device to revoke.": "请选择要吊销的设备。", "Revoke %1": "吊销 %1",
    "Revoke the token of %1? The device can no longer check anyone in until it gets a new one.": "吊销 %1 的令牌?在发放新令牌之前,该设备无法再为任何人签到。",
    "Device %1: token revoked.": "设备 %1:令牌已吊销。",
    "Company documents": "企业资料",     "Whitelist and shift imports": "白名单与排班导入", "Gates and devices": "门岗与设备",
    "Registry verification results appear here.": "登记机关核验结果显示于此。", "✕ NO": "✕ 否",
    "certificates %1 %2": "证书 %1 %2", " · company documents %1 %2": " · 企业资料 %1 %2",
})
PLURALS.update({
    "Comparing %n row(s) with the last import…": "正在将 %n 行与上次导入比对…",
    "%n malformed row(s): the import is refused unless you tick the box to import the good rows.": "%n 行格式错误:除非勾选导入有效行,否则导入将被拒绝。",
})

# Issue #8: dispatch board countdowns, escalation badges, procedure checklist, skipped steps, notifications.
GLOSSARY.update({
    "due in %1": "%1后到期",
    "overdue %1": "已超期 %1",
    "acknowledge within %1": "请在 %1 内确认",
    "acknowledgement OVERDUE %1": "确认已超时 %1",
    "DUE SOON": "即将到期",
    "OVERDUE 1st": "一级超期",
    "OVERDUE 2nd": "二级超期",
    "OVERDUE 3rd": "三级超期",
    "☑ %1/%2 steps": "☑ %1/%2 步",
    "Escalation: %1": "升级:%1",
    "&Done": "完成(&D)",
    "S&kip": "跳过(&K)",
    "Mark read": "标为已读",
    "Reason for skipping (required; reported to the area supervisor)": "跳过原因(必填,将报告区域主管)",
    "Mark the selected step done (Alt+D). Steps may be done out of order; that is recorded.": "将所选步骤标为完成(Alt+D)。可不按顺序完成,但会被记录。",
    "Skip the selected step with the reason typed above (Alt+K). The area supervisor is notified.": "以上方填写的原因跳过所选步骤(Alt+K),并通知区域主管。",
    "Procedure": "处置程序",
    "Step text": "步骤内容",
    "Reason": "原因",
    "Order state": "工单状态",
    "Skipped steps": "跳过的步骤",
    "Notifications": "通知",
    "Skipped steps (%1)": "跳过的步骤(%1)",
    "Notifications (%1 new)": "通知(%1 条新)",
    "Select an order on the board to see its procedure.": "在调度看板上选择工单以查看其处置程序。",
    "done %1 by %2": "%1 由 %2 完成",
    "SKIPPED %1 by %2 — reason: %3": "%1 由 %2 跳过 — 原因:%3",
    "out of order": "未按顺序",
    "<b>%1</b>: no procedure is attached to this order's alarm type.": "<b>%1</b>:该工单的报警类型未配置处置程序。",
    "<b>%1</b> — %2<br>%3 of %4 steps done, %5 skipped, %6 open": "<b>%1</b> — %2<br>共 %4 步,已完成 %3 步,跳过 %5 步,未完成 %6 步",
    "Type why the step is skipped: the area supervisor is told.": "请填写跳过原因:将通知区域主管。",
    "Not connected to a store: the step is not recorded.": "未连接数据库:该步骤未记录。",
    "Recording step %1…": "正在记录步骤 %1…",
    "Step %1 skipped. No supervisor or EHS manager to notify: tell them yourself.": "步骤 %1 已跳过。没有可通知的区域主管或安全环保经理:请自行告知。",
    "Step %1 skipped; reported to %2.": "步骤 %1 已跳过,已报告 %2。",
    "Step %1 done.": "步骤 %1 已完成。",
    "Not recorded: %1": "未记录:%1",
})

# Issue #8 item 3: alarm rules editor (versions, diff, dry run) and duty roster editor.
GLOSSARY.update({
    " h": " 小时", "&Telemetry": "遥测(&T)", "(no sensor)": "(无传感器)", "(no such rule)": "(无此规则)", "Actions": "动作",
    "%1 samples replayed from %2 to %3: the edited rules raise %4 alarm(s), the rules in force (version %5) %6.":
        "已回放 %1 个样本(%2 至 %3):编辑后的规则产生 %4 个报警,现行规则(版本 %5)产生 %6 个。",
    "Add an entry": "新增值班记录", "Add entry": "新增", "Added: %1 on duty for %2 (audited).": "已新增:%1 在 %2 值班(已审计)。",
    "Alarm %1 not returned to normal after the rules changed: %2": "规则变更后报警 %1 未能恢复正常:%2",
    "Alarm &rules…": "报警规则(&R)…", "Alarm rules…": "报警规则…", "Duty roster…": "值班表…", "Duty &roster…": "值班表(&R)…",
    "Alarm rules could not be read: %1": "无法读取报警规则:%1", "Alarm rules not reloaded: %1": "报警规则未重新加载:%1",
    "Alarm rules version %1 not applied, version %2 stays in force: %3": "报警规则版本 %1 未生效,仍执行版本 %2:%3",
    "Alarm rules — Guardline": "报警规则 — Guardline",
    "Alarm rules: none saved yet. Paste or write a rule set and save it as version 1.": "尚未保存任何报警规则。请粘贴或编写规则集并保存为版本 1。",
    "Alarm rules: version %1 in force, %2 rules": "报警规则:现行版本 %1,共 %2 条规则",
    "Alarms: edited": "报警数:编辑后", "Alarms: in force": "报警数:现行", "Area": "区域", "Cancel": "取消",
    "Cancelled — partial result. ": "已取消 — 部分结果。", "Change": "变化", "Changes against the rules in force": "与现行规则的差异",
    "Comment": "说明", "Conditions": "条件", "Covered by": "覆盖方式", "Difference": "差值", "Discard edits": "放弃修改",
    "Draft restored: unsaved edits based on version %1 (Discard edits to start from the rules in force).":
        "已恢复草稿:基于版本 %1 的未保存修改(点击“放弃修改”从现行规则重新开始)。",
    "Dry run not done: %1": "试运行未完成:%1", "Dry run": "试运行", "Dry run: replaying the last %1 h of stored samples…": "试运行:正在回放最近 %1 小时的存储样本…",
    "Duty roster — Guardline": "值班表 — Guardline", "Edit (JSON)": "编辑(JSON)", "Edited": "编辑后",
    "End selected entry now": "立即结束所选记录", "Ends the entry now (audited); an entry that has not started yet is cancelled.":
        "立即结束该记录(已审计);尚未开始的记录将被取消。",
    "Entry ended (audited).": "记录已结束(已审计)。",
    "Field 'comment': say why the rules change (kept in the audit chain)": "字段“说明”:请说明规则变更原因(记入审计链)",
    "Field 'to': must be after 'from'.": "字段“至”:必须晚于“自”。", "Field 'to': the entry would already be over.": "字段“至”:该记录已经结束。",
    "Field 'user': pick who is on duty.": "字段“用户”:请选择值班人员。", "Field": "字段", "From (site time)": "自(厂区时间)", "From": "自",
    "Id": "编号", "In force": "现行", "Line %1, column %2": "第 %1 行,第 %2 列", "Live pipeline: not running": "实时处理:未运行",
    "Live pipeline: version %1 in force": "实时处理:执行版本 %1", "Load into editor": "载入编辑器", "Loading the rules…": "正在加载规则…",
    "Name": "名称", "No samples are stored for these tags in that period: connect a broker or replay a drill CSV first.":
        "该时段内这些位号没有存储样本:请先连接消息代理或回放演练 CSV。",
    "Not added: %1": "未新增:%1", "Not ended: %1": "未结束:%1", "Not reverted: %1": "未回退:%1", "Not saved: %1": "未保存:%1",
    "Nothing changed against the rules in force": "与现行规则相比没有变化",
    "On duty now — dispatch orders of an area are assigned to this person": "当前值班 — 该区域的调度工单派给此人", "On duty": "值班人",
    "Read-only: your role (%1) may view the roster but not change it (permission roster.edit: dispatcher, EHS manager, administrator).":
        "只读:您的角色(%1)可查看值班表但不能修改(权限 roster.edit:调度员、EHS 经理、管理员)。",
    "Read-only: your role (%1) may view the rules and dry-run changes but not save them (permission rules.edit: EHS manager, administrator).":
        "只读:您的角色(%1)可查看规则并试运行修改,但不能保存(权限 rules.edit:EHS 经理、管理员)。",
    "Replaces the text with the rules in force": "用现行规则替换文本", "Replay the stored samples of the last": "回放存储样本,时长:最近",
    "Replays the stored samples through the edited rules and the rules in force, off the UI thread, and compares how many alarms each rule would raise. Nothing is saved.":
        "在后台线程中用编辑后的规则和现行规则回放存储样本,比较每条规则会产生多少报警。不保存任何内容。",
    "Revert to this version": "回退到此版本", "Role": "角色", "Roster entries": "值班记录", "Rule": "规则", "Rules in force": "现行规则",
    "Rules": "规则数", "SHA-256": "SHA-256", "Save as new version": "保存为新版本",
    "Saved as version %1 (audited). The live pipeline switches to it now.": "已保存为版本 %1(已审计),实时处理立即切换到该版本。",
    "Saved at": "保存时间", "Saved by": "保存人", "Saved versions (every save is kept and audited)": "历史版本(每次保存均保留并审计)",
    "Saves a new version; the live pipeline switches to it at once": "保存为新版本;实时处理立即切换",
    "Saves the selected version again as a new version (audited); the live rules switch to it.": "将所选版本另存为新版本(已审计);实时规则随即切换。",
    "Saving…": "正在保存…", "Select a version to compare it with the rules in force.": "选择一个版本与现行规则比较。",
    "Selected version": "所选版本", "Severity": "级别", "Show entries ended in the last 7 days": "显示最近 7 天已结束的记录",
    "Site-wide (every area without its own entry)": "全厂(无单独记录的所有区域)", "Site-wide": "全厂", "State": "状态",
    "The dry run shows how many alarms each rule would have raised on the stored samples.": "试运行显示每条规则在存储样本上会产生多少报警。",
    "The roster could not be read: %1": "无法读取值班表:%1", "The rules are not valid: %1": "规则无效:%1",
    "Times are site-local: %1 (%2). Now: %3": "时间为厂区当地时间:%1(%2)。现在:%3", "To (site time)": "至(厂区时间)", "To": "至",
    "Version %1 holds the same rules as version %2 in force.": "版本 %1 与现行版本 %2 的规则相同。",
    "Version %1 is the one in force.": "版本 %1 即现行版本。",
    "Version %1 saved again as version %2 (audited). The live pipeline switches to it now.": "版本 %1 已另存为版本 %2(已审计),实时处理立即切换。",
    "Version": "版本", "Why the change (required, kept in the audit chain), e.g. CO 1st alarm lowered per HAZOP action 12":
        "变更原因(必填,记入审计链),例如:按 HAZOP 第 12 项措施下调 CO 一级报警值",
    "Your role may not save alarm rules (rules.edit)": "您的角色不能保存报警规则(rules.edit)", "area entry": "区域记录",
    "based on version %1": "基于版本 %1", "cancelled": "已取消", "ended": "已结束", "every area without its own entry": "无单独记录的所有区域",
    "in force": "现行", "invalid": "无效", "rules": "规则", "site-wide entry": "全厂记录", "the whole site": "全厂", "upcoming": "未开始",
    "v%1": "v%1", "version %1": "版本 %1", "— pick a user —": "— 选择用户 —", "▲ nobody — orders stay unassigned": "▲ 无人值班 — 工单无法派发",
    "● on duty now": "● 正在值班", "● v%1 in force": "● v%1 现行", "✎ changed": "✎ 变更", "＋ added": "＋ 新增", "－ removed": "－ 删除",
    "✔ Valid: %1 rules, the same as the rules in force.": "✔ 有效:%1 条规则,与现行规则相同。",
    "✔ Valid: %1 rules; %2 rule(s) differ from the rules in force.": "✔ 有效:%1 条规则;%2 条与现行规则不同。",
    "✖ %1 — fix it to save (CONTRACTS.md §4 rule format).": "✖ %1 — 修正后才能保存(CONTRACTS.md 第 4 节规则格式)。",
})
PLURALS.update({"Version %1 against version %2 in force: %n rule(s) differ.": "版本 %1 与现行版本 %2 相比:%n 条规则不同。"})


GLOSSARY.update({
 # Issue #8 parts 2, 7, 8: tag charts, interruption-time dashboard, safety-quality link.
 " min": " 分钟", "%1 % longer": "延长 %1 %", "%1 % shorter": "缩短 %1 %", "%1 against %2 (%3 later)": "%1 与 %2(滞后 %3)",
 "%1 and %2, %3 means": "%1 与 %2,%3均值", "%1 days": "%1 天", "%1 min": "%1 分钟",
 "%1 good samples, %2 bad (red, not plotted as values).": "%1 个正常样本,%2 个坏值(红色,不作为数值绘制)。",
 "%1 minutes with data, %2 bad samples (red, never averaged).": "%1 分钟有数据,%2 个坏值样本(红色,不参与平均)。",
 ", negative": ",负相关", ", positive": ",正相关", "1 h": "1 小时", "15 min": "15 分钟", "24 h": "24 小时", "7 days": "7 天",
 "8 h": "8 小时", "Alarm thresholds: %1.": "报警阈值:%1。", "All areas": "全部区域", "Area:": "区域:",
 "Average per minute": "每分钟平均值", "Bad data (not used)": "坏值(不使用)", "Chart — %1": "趋势图 — %1", "Compute": "计算",
 "Computing…": "计算中…", "Good samples": "正常样本", "Hourly means": "小时均值",
 "Interruption time T per %1: phases stacked (min), trend, a year earlier": "每%1事故中断时长 T:各阶段堆叠(分钟)、趋势、去年同期",
 "Interruption time": "事故中断时长", "Lag:": "滞后:", "Loading…": "加载中…", "Min – max per minute": "每分钟最小–最大值",
 "Minute means": "分钟均值", "Minute min / avg / max": "分钟最小 / 平均 / 最大", "Month": "月", "No alarm rule on this tag.": "该位号无报警规则。",
 "No confirmed dispatch order in the current or the previous period (%1).": "本期及上期均无已确认的调度单(%1)。",
 "Pearson r = <b>%1</b> (%2) · n = %3 %4 pairs · lag %5 min · bad samples excluded: %6 %7, %8 %9":
 "皮尔逊相关系数 r = <b>%1</b>(%2)· n = %3 个%4数据对 · 滞后 %5 分钟 · 已剔除坏值:%6 %7,%8 %9",
 "Period:": "周期:", "Pick a safety tag and a quality tag (sensors of kind 'quality').": "请选择一个安全位号和一个质量位号(类型为 quality 的传感器)。",
 "Pick a safety tag and a quality tag, then Compute.": "请选择安全位号和质量位号,然后点击计算。", "Quality outcome:": "质量结果:",
 "Quarter": "季度", "Raw samples": "原始样本", "Refresh": "刷新", "Safety signal:": "安全信号:", "Safety–quality": "安全–质量关联",
 "Same period a year earlier": "去年同期", "Show:": "显示:", "Site time (%1)": "厂区时间(%1)", "Tconfirm": "确认", "Tdetect": "发现",
 "Trespond": "响应", "Tverify": "验证", "The chart cannot be read: %1": "无法读取趋势图:%1",
 "The correlation cannot be computed: %1": "无法计算相关性:%1", "The interruption times cannot be computed: %1": "无法计算事故中断时长:%1",
 "The quality value is taken this long after the safety signal": "质量值取安全信号之后该时长的数据",
 "Too many raw samples or older data: minute aggregates shown.": "原始样本过多或为较早数据:显示分钟聚合值。",
 "Trend": "趋势", "Week": "周", "all areas": "全部区域", "hourly": "小时", "min": "分钟", "minute": "分钟", "moderate": "中等",
 "month": "月", "negligible": "可忽略", "no confirmed order in the same period a year earlier": "去年同期无已确认调度单",
 "not defined (fewer than 3 pairs or a constant series)": "无定义(数据对少于 3 个或序列为常数)", "quarter": "季度",
 "same period a year earlier: %1 min (%2 orders)": "去年同期:%1 分钟(%2 单)", "strong": "强", "value": "数值", "weak": "弱", "week": "周",
 "Chart of %1": "%1 趋势图", "Chart of the alarm's tag": "报警位号趋势图", "Chart": "趋势图",
 "Double-click a tag to open its chart": "双击位号打开趋势图",
 "Mean interruption time T, %1 (%2): <b>%3 min</b> over %n confirmed order(s)": "平均事故中断时长 T,%1(%2):<b>%3 分钟</b>,共 %n 个已确认调度单",
 "%n pair(s)": "%n 个数据对",
 "T = Tdetect (first abnormal signal → order opened) + Tverify (→ assigned) + Trespond (→ responded) + Tconfirm (→ risk confirmed removed), mean of the confirmed orders detected in the period; the last period is to date. A year earlier: the same calendar period (weeks: 52 weeks before). Site time zone %1.":
 "T = Tdetect(首个异常信号 → 开单)+ Tverify(→ 指派)+ Trespond(→ 响应)+ Tconfirm(→ 确认风险解除),取本期发现的已确认调度单的平均值;最后一期截至当前。去年同期:同一日历周期(周:52 周前)。厂区时区 %1。",
})
# Hazard report form (issue #7): camera stills as the panorama, equipment by QR, drafts.
GLOSSARY.update({
    "Panorama with the area sign": "带区域标识的全景照片", "Defect close-up with a scale reference": "带比例参照的隐患近景照片",
    "Responsible person's frontal face": "责任人正面照片", "Panorama from a camera": "从摄像机选取全景照片",
    "Recent evidence stills, newest first. The still's camera and time are its provenance (a video frame has no EXIF); its SHA-256 goes into the audit chain with the report.":
        "最近的取证抓拍,最新的在前。抓拍的摄像机和时间即其来源(视频帧没有 EXIF);其 SHA-256 随上报写入审计链。",
    "Take snapshot now": "立即抓拍", "Use as panorama": "用作全景照片", "Camera": "摄像机",
    "Saves an evidence still of the chosen camera through the camera wall (the camera must be live)": "通过视频墙保存所选摄像机的取证抓拍(摄像机须在线)",
    "Loading the stills…": "正在加载抓拍…", "Evidence #%1 · %2 (%3) · %4×%5\nSHA-256 %6": "取证 #%1 · %2(%3)· %4×%5\nSHA-256 %6",
    "No evidence stills yet: take one now from a live camera, or press F9 on the camera wall.": "暂无取证抓拍:从在线摄像机立即抓拍,或在视频墙上按 F9。",
    "Snapshot #%1 saved and selected: press \"Use as panorama\".": "抓拍 #%1 已保存并选中:请点击“用作全景照片”。",
    "No camera wall in this window: no snapshot": "本窗口没有视频墙:无法抓拍",
    "Waiting for %1 to be live, then saving a still…": "等待 %1 上线,然后保存抓拍…",
    "Report a hazard": "上报隐患", "Delete this draft": "删除此草稿", "— choose —": "— 请选择 —",
    "what is wrong, where exactly": "存在什么问题,具体位置", "Scan QR…": "扫描二维码…",
    "Reads the equipment's QR label in a photo and picks that equipment and its area": "从照片中识别设备二维码标签,并选中该设备及其区域",
    "From the defect close-up attached below": "从下方已附的隐患近景照片", "From a photo file…": "从照片文件…",
    "Photo of the equipment's QR label": "设备二维码标签照片", "Responsible person": "责任人", "Choose file…": "选择文件…",
    "Remove": "移除", "From camera…": "从摄像机…", "Use a camera evidence still (or take one now) as the panorama": "用摄像机取证抓拍(或立即抓拍)作为全景照片",
    "Submit report": "提交上报", "Keep as draft and close": "保存草稿并关闭", "— none (scan its QR or pick) —": "— 无(扫码或选择)—",
    "— not named —": "— 未指定 —", "Category: choose one": "类别:请选择", "Description: missing": "描述:缺失",
    "Area: pick it, or scan the equipment's QR code": "区域:请选择,或扫描设备二维码", "Photo missing: %1": "缺少照片:%1",
    "Complete: the photos are checked when you submit (face, QR, pixel limit).": "已填写完整:提交时将检查照片(人脸、二维码、像素上限)。",
    "Still needed: %1": "尚缺:%1", "no photo": "无照片", "a file, or a camera still (\"From camera…\")": "文件,或摄像机抓拍(“从摄像机…”)",
    "%1 — no preview: it may not be an image (checked on submission)": "%1 — 无预览:可能不是图片(提交时检查)",
    "Camera %1 %2 · %3 · evidence #%4": "摄像机 %1 %2 · %3 · 取证 #%4",
    "Attach the defect close-up first (with the equipment's QR label in view), or scan from a photo file.": "请先附上隐患近景照片(拍入设备二维码标签),或从照片文件扫描。",
    "QR scan: %1 — pick the equipment from the list instead.": "二维码扫描:%1 — 请改为从列表中选择设备。",
    "Equipment %1 is not in this window's site layout yet: pick it from the list after the next refresh.": "设备 %1 尚不在本窗口的厂区布局中:请在下次刷新后从列表选择。",
    "QR code read: equipment %1 in area %2.": "已识别二维码:设备 %1,区域 %2。",
    "Draft saved %1 (kept for you until it is submitted or deleted)": "草稿已于 %1 保存(保留至提交或删除)",
    "The previous draft could not be saved: %1": "上一份草稿未能保存:%1", "The draft could not be saved: %1": "草稿未能保存:%1",
    "New report": "新上报", "Camera still, evidence #%1": "摄像机抓拍,取证 #%1", "Draft of %1 restored.": "已恢复 %1 的草稿。",
    "Draft deleted.": "草稿已删除。", "Checking the photos and submitting…": "正在检查照片并提交…", "Not reported — %1": "未上报 — %1",
    "Report hazard with this snapshot…": "用此抓拍上报隐患…",
    "Waiting for %1 to be live for a snapshot…": "等待 %1 上线以抓拍…",
    "Camera %1 did not come live within 15 s: no snapshot (check it on the camera wall)": "摄像机 %1 在 15 秒内未上线:未抓拍(请在视频墙上检查)",
})
PLURALS.update({"%n still(s). Double-click one to use it as the panorama.": "%n 张抓拍。双击一张用作全景照片。",
                "%1 · %2 %3 · %n photo(s)": "%1 · %2 %3 · %n 张照片"})


PLURALS.update({"%n pair(s)": "%n 对",
                "Mean interruption time T, %1 (%2): <b>%3 min</b> over %n confirmed order(s)":
                    "平均中断时间 T，%1（%2）：<b>%3 分钟</b>，共 %n 个已确认工单"})


GLOSSARY.update({
    "No site layout yet.\nImport the site layout (guardlinectl site import FILE.json) or load the demo plant (guardline --demo).":
        "尚无厂区布局。\n请导入厂区布局（guardlinectl site import FILE.json）或加载演示工厂（guardline --demo）。",
    "No cameras yet: import the site layout (guardlinectl site import) or add cameras (Cameras…)":
        "尚无摄像机：请导入厂区布局（guardlinectl site import）或添加摄像机（摄像机…）",
    "Wall layout": "视频墙布局",
    "Wall preset: your own wall, or the cameras that film active 特级 hot work": "视频墙预设：自定义视频墙，或拍摄进行中特级动火作业的摄像机",
})


# Issue #17: Administration → Users… (shell/UsersAdminPanel).
GLOSSARY.update({
    "&Administration": "管理(&A)", "&Users…": "用户(&U)…", "Users — Guardline": "用户 — 安全卫士",
    "Administrator": "系统管理员", "Dispatcher": "调度员", "EHS manager": "安全环保经理", "Safety officer": "安全员",
    "Area supervisor": "区域主管", "Contractor coordinator": "承包商协调员", "Viewer": "只读用户", "Unknown role": "未知角色",
    "Enabled": "已启用", "no — disabled": "否 — 已停用", "&Add…": "新增(&A)…", "&Disable…": "停用(&D)…", "&Enable": "启用(&E)",
    "Change &role…": "更改角色(&R)…", "Reset &password…": "重置密码(&P)…", "Re&load": "刷新(&L)",
    "Sign in first.": "请先登录。",
    "Add users, disable or enable them, change their role, reset a password (all audited)":
        "新增用户、停用或启用、更改角色、重置密码(全部记入审计)",
    "Only an administrator manages users (permission user.manage); you are signed in as %1 (%2).":
        "只有系统管理员可以管理用户(权限 user.manage);您当前以 %1(%2)登录。",
    "Every change here is stored in the audit chain under your name. A disabled account cannot sign in anywhere (app, guardlinectl, site service) and keeps its name in the history; a session it still has open is refused at its next change.":
        "此处的每项更改都以您的名义记入审计链。已停用的账户在任何地方(应用、guardlinectl、现场服务)都无法登录,其名称保留在历史记录中;它仍打开的会话在下一次更改时即被拒绝。",
    "A new account with its role and first password": "新账户,含角色和初始密码",
    "What the account may do; the last enabled administrator keeps the role": "账户可以做什么;最后一个启用的系统管理员不能更改角色",
    "A new password for the account (at least %1 characters); failed sign-ins are forgiven": "为账户设置新密码(至少 %1 个字符);登录失败次数清零",
    "Could not read the users: %1": "无法读取用户:%1", "Select a user first": "请先选择用户", "Select a user first.": "请先选择用户。",
    "Disable %1: refused everywhere at once": "停用 %1:立即在所有地方拒绝", "Enable %1 again": "重新启用 %1",
    "Enabling %1…": "正在启用 %1…", "%1 is enabled again and can sign in.": "%1 已重新启用,可以登录。",
    "%1 not enabled: %2": "%1 未启用:%2", "Repeat password": "确认密码", "at least %1 characters": "至少 %1 个字符",
    "Add a user": "新增用户", "e.g. li.wei: lower-case letters, digits, '.', '_' or '-'": "例如 li.wei:小写字母、数字、'.'、'_' 或 '-'",
    "e.g. 李伟 Li Wei": "例如 李伟 Li Wei", "Add user": "新增用户", "Change the role of %1": "更改 %1 的角色",
    "Current role": "当前角色", "New role": "新角色", "Change role": "更改角色", "New password for %1": "%1 的新密码",
    "New password": "新密码", "Set password": "设置密码", "Disable %1": "停用 %1", "Disable": "停用",
    "Disable the account <b>%1</b> (%2, %3)? It can no longer sign in anywhere, and a session it has open now is refused at its next change. Its name stays in the history; you can enable it again.":
        "停用账户 <b>%1</b>(%2,%3)?停用后它在任何地方都无法登录,当前打开的会话在下一次更改时即被拒绝。其名称保留在历史记录中;之后可以重新启用。",
    "This is your own account: after this you cannot change anything here.": "这是您自己的账户:停用后您将无法在此进行任何更改。",
    "Type the new password twice.": "请输入两次新密码。",
    "The password is too short: at least %1 characters (typed: %2).": "密码太短:至少 %1 个字符(已输入 %2 个)。",
    "The two passwords differ: type the same password twice.": "两次输入的密码不一致:请输入两次相同的密码。",
    "Give the user name the person signs in with.": "请填写此人登录使用的用户名。",
    "Storing…": "正在保存…", "%1 added as %2.": "已新增 %1,角色为%2。", "%1 is now %2.": "%1 现在是%2。",
    "New password set for %1: tell it to them in person; they sign in with it from now on.":
        "已为 %1 设置新密码:请当面告知本人;此后用新密码登录。",
    "%1 is disabled: refused everywhere from now on.": "%1 已停用:从现在起在所有地方都被拒绝。",
    "Not stored: %1": "未保存:%1",
})


def main(path):
    tree = ET.parse(path)
    missing = []
    for msg in tree.iter("message"):
        src = msg.find("source").text or ""
        tr = msg.find("translation")
        if msg.get("numerus") == "yes":
            if src in PLURALS:
                for child in list(tr):
                    tr.remove(child)
                nf = ET.SubElement(tr, "numerusform")
                nf.text = PLURALS[src]
                tr.attrib.pop("type", None)
            else:
                missing.append(src)
            continue
        if src in GLOSSARY:
            tr.text = GLOSSARY[src]
            tr.attrib.pop("type", None)
        elif tr.get("type") == "unfinished":
            missing.append(src)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    for m in missing:
        print(f"untranslated: {m!r}", file=sys.stderr)
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "resources", "translations", "guardline_zh_CN.ts")))
