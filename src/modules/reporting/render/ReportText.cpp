// SPDX-License-Identifier: Apache-2.0
#include "modules/reporting/render/ReportText.h"
#include "modules/hazards/logic/HazardRules.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace gl::reports {
namespace {
struct Entry {
    const char *key;
    const char16_t *en;
    const char16_t *zh;
};
const Entry kText[] = {
    {"title", u"Contractor Health Daily Report", u"承包商健康日报"},
    {"site", u"Site", u"厂区"},
    {"day", u"Day", u"日期"},
    {"tz", u"Time zone", u"时区"},
    {"as_of", u"Data as of", u"数据截至"},
    {"summary", u"Summary", u"概要"},
    {"contractors", u"Contractors", u"承包商数"},
    {"at_risk", u"Contractors with health below 80", u"健康分低于80的承包商"},
    {"permits_day", u"Permits on the day", u"当日作业票"},
    {"violations_day", u"Violations today / 7 days / 30 days", u"违章 当日 / 7天 / 30天"},
    {"timely_site", u"Rectification on time (30 days)", u"隐患按期整改率(30天)"},
    {"conflicts_day", u"Cross-work conflict warnings today", u"当日交叉作业冲突预警"},
    {"expired_docs", u"Expired documents of contractors on shift", u"在岗承包商过期证照"},
    {"overdue", u"Overdue hazards", u"逾期隐患"},
    {"unacked", u"Unacknowledged instructions", u"未确认指令"},
    {"orders_day", u"Dispatch orders detected today", u"当日处置工单"},
    {"table", u"Contractors by risk (lowest health first)", u"承包商风险排序(健康分由低到高)"},
    {"rank", u"#", u"序号"},
    {"contractor", u"Contractor", u"承包商"},
    {"health", u"Health", u"健康分"},
    {"qualification", u"Qualification validity", u"资质有效性"},
    {"violations", u"Violations", u"违章次数"},
    {"timeliness", u"Rectification on time", u"整改及时率"},
    {"conflicts", u"Conflicts", u"冲突预警"},
    {"on_shift", u"On shift", u"在岗人数"},
    {"q_detail", u"expired / expiring", u"过期 / 临期"},
    {"v_detail", u"day / 7 d / 30 d", u"当日 / 7天 / 30天"},
    {"t_detail", u"7 d / 30 d", u"7天 / 30天"},
    {"trends", u"Trends (30 days)", u"趋势(30天)"},
    {"chart_qual", u"Qualification validity: site mean and lowest", u"资质有效性:平均与最低"},
    {"chart_viol", u"Violations per day", u"每日违章次数"},
    {"chart_timely", u"Rectification on time, % of hazards due (7-day rolling)", u"整改及时率(7天滚动,%)"},
    {"chart_conf", u"Cross-work conflict warnings per day", u"每日交叉作业冲突预警"},
    {"chart_t", u"Mean interruption time T per day (s)", u"每日平均中断时间T(秒)"},
    {"mean", u"mean", u"平均"},
    {"lowest", u"lowest", u"最低"},
    {"red_flags", u"Red flags", u"红色警示"},
    {"none", u"None.", u"无。"},
    {"first_rows", u"The first %1 of %2 are listed.", u"仅列出 %2 项中的前 %1 项。"},
    {"document", u"Document", u"证照"},
    {"file", u"File", u"文件"},
    {"expired_on", u"Expired on", u"过期日期"},
    {"hazard", u"Hazard", u"隐患"},
    {"category", u"Category", u"类别"},
    {"area", u"Area", u"区域"},
    {"state", u"State", u"状态"},
    {"deadline", u"Deadline", u"整改期限"},
    {"order", u"Order", u"工单"},
    {"target", u"Target", u"对象"},
    {"instruction", u"Instruction", u"指令"},
    {"issued", u"Issued", u"下达时间"},
    {"ack_due", u"Acknowledge by", u"确认期限"},
    {"pairs", u"Conflicting permits", u"冲突作业票"},
    {"interruptions", u"Interruption times of the day", u"当日中断时间"},
    {"interruption_note", u"T = Tdetect + Tverify + Trespond + Tconfirm, in seconds; '-' = not reached yet.",
     u"T = 发现 + 核实 + 响应 + 确认(秒);“-”表示尚未完成。"},
    {"detected", u"Detected", u"发现时间"},
    {"t_detect", u"Tdetect", u"发现"},
    {"t_verify", u"Tverify", u"核实"},
    {"t_respond", u"Trespond", u"响应"},
    {"t_confirm", u"Tconfirm", u"确认"},
    {"t_total", u"T", u"T"},
    {"audit", u"Audit chain head at generation", u"生成时审计链头"},
    {"audit_seq", u"entry", u"条目"},
    {"audit_check", u"Keep this head outside the store; check the chain against it with: guardlinectl audit verify --expect-head SEQ:HASH",
     u"请在数据库之外保存此链头;校验命令:guardlinectl audit verify --expect-head SEQ:HASH"},
    {"definitions",
     u"Health = 40% qualification + 30% rectification on time (30 d; 100 when none due) + 15% violations (100 − 20 per violation in 7 d) "
     u"+ 15% conflicts (100 − 50 per warning today). Violations: behaviour/PPE hazards reported in the contractor's work areas "
     u"(areas of its permits) that day.",
     u"健康分 = 40% 资质有效性 + 30% 整改及时率(30天,无到期隐患记100)+ 15% 违章(100 − 7天内每次违章20)+ 15% 冲突(100 − 当日每次预警50)。"
     u"违章:当日在该承包商作业票区域内上报的行为/劳保类隐患。"},
};
} // namespace

Language languageFromName(const QString &name)
{
    if (name == u"en"_s)
        return Language::English;
    if (name == u"zh_CN"_s)
        return Language::Chinese;
    return Language::Unknown;
}

Language systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? Language::Chinese : Language::English;
}

QString text(Language lang, const char *key)
{
    static const QHash<QByteArray, const Entry *> index = [] {
        QHash<QByteArray, const Entry *> h;
        for (const Entry &e : kText)
            h.insert(QByteArray(e.key), &e);
        return h;
    }();
    const Entry *e = index.value(QByteArray(key));
    if (!e)
        return QString::fromLatin1(key);
    return QString::fromUtf16(lang == Language::Chinese ? e->zh : e->en);
}

} // namespace gl::reports

namespace gl::reports {

QString valueText(Language lang, const QString &kind, const QString &value)
{
    if (kind == u"category"_s) {
        if (const HazardTerm *t = HazardRules::defaults().category(value))
            return lang == Language::Chinese ? t->zh : t->en;
        return value;
    }
    static const QHash<QString, std::pair<const char16_t *, const char16_t *>> states = {
        {u"reported"_s, {u"reported", u"已上报"}},
        {u"assigned"_s, {u"assigned", u"已派发"}},
        {u"rectifying"_s, {u"rectifying", u"整改中"}},
        {u"pending_verification"_s, {u"pending verification", u"待验证"}},
        {u"closed"_s, {u"closed", u"已关闭"}},
        {u"reinspected"_s, {u"re-inspected", u"已复查"}},
        {u"re_inspected"_s, {u"re-inspected", u"已复查"}},
        {u"reopened"_s, {u"reopened", u"已重开"}},
        {u"open"_s, {u"open", u"待处理"}},
        {u"accepted"_s, {u"accepted", u"已接单"}},
        {u"responding"_s, {u"on scene", u"处置中"}},
        {u"resolved"_s, {u"resolved", u"已处置"}},
        {u"confirmed"_s, {u"confirmed", u"已确认解除"}},
        {u"cancelled"_s, {u"cancelled", u"已取消"}},
        // contractor documents (kind keys of modules/admission/logic/AdmissionDocuments)
        {u"business_licence"_s, {u"business licence", u"营业执照"}},
        {u"qualification_certificate"_s, {u"qualification certificate", u"资质证书"}},
        {u"qualification"_s, {u"qualification certificate", u"资质证书"}},
        {u"injury_insurance"_s, {u"work-injury insurance (6 months)", u"工伤保险缴费证明(近6个月)"}},
        {u"hse_agreement"_s, {u"signed HSE agreement", u"安全生产(HSE)协议"}},
    };
    const auto it = states.constFind(value);
    if (it == states.constEnd())
        return value;
    return QString::fromUtf16(lang == Language::Chinese ? it->second : it->first);
}

} // namespace gl::reports
