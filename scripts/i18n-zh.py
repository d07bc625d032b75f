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
