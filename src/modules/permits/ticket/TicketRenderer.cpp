// SPDX-License-Identifier: Apache-2.0
#include "platform/services/SiteTime.h"
#include "modules/permits/ticket/TicketRenderer.h"
#include "modules/permits/gb30871/Gb30871Rules.h"
#include "modules/permits/logic/PermitRecord.h"
#include "modules/permits/ticket/QrCode.h"
#include "platform/print/PdfText.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace gl::tickets {

QString typeNameZh(const QString &type)
{
    return permits::typeNameZh(type); // one table, in the core (the services' Chinese texts use it too)
}

QString gradeNameZh(const QString &grade)
{
    static const QHash<QString, QString> names = {
        {u"special"_s, u"特级"_s}, {u"level1"_s, u"一级"_s}, {u"level2"_s, u"二级"_s}, {u"standard"_s, u"—"_s}};
    return names.value(grade, grade);
}

namespace {

/// A top-down page writer: rows of cells with wrapped text, new pages as needed.
class Sheet {
public:
    Sheet(QPdfWriter &writer, QPainter &painter) : m_writer(writer), m_p(painter)
    {
        m_width = painter.viewport().width();
        m_bottom = painter.viewport().height();
    }
    /// The shared PDF font (print::pdfFont): its text layer maps back to the printed characters.
    QFont font(double pt, bool bold = false) const { return print::pdfFont(pt, bold); }
    double width() const { return m_width; }
    double y = 0;

    double textHeight(const QString &text, const QFont &f, double w) const
    {
        m_p.setFont(f);
        return m_p.boundingRect(QRectF(0, 0, w, 1e6), Qt::TextWordWrap, text).height();
    }
    void ensure(double h)
    {
        if (y + h > m_bottom) {
            m_writer.newPage();
            y = 0;
        }
    }
    void heading(const QString &text)
    {
        const QFont f = font(11, true);
        const double h = textHeight(text, f, m_width) + 16;
        ensure(h + 60);
        y += 10;
        m_p.setFont(f);
        m_p.setPen(Qt::black);
        m_p.drawText(QRectF(0, y, m_width, h), Qt::TextWordWrap, text);
        y += h - 6;
    }
    /// One row of cells; widths are fractions of the page width. Header rows are shaded.
    void row(const QStringList &cells, const QList<double> &widths, bool header = false)
    {
        const QFont f = font(header ? 8.5 : 8.5, header);
        const double pad = 6;
        double h = 0;
        for (qsizetype i = 0; i < cells.size(); ++i)
            h = std::max(h, textHeight(cells.at(i), f, widths.at(i) * m_width - 2 * pad));
        h += 2 * pad;
        ensure(h);
        double x = 0;
        m_p.setFont(f);
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const QRectF r(x, y, widths.at(i) * m_width, h);
            if (header)
                m_p.fillRect(r, QColor(232, 232, 232));
            m_p.setPen(QPen(Qt::black, 1));
            m_p.drawRect(r);
            m_p.drawText(r.adjusted(pad, pad, -pad, -pad), Qt::TextWordWrap, cells.at(i));
            x += widths.at(i) * m_width;
        }
        y += h;
    }

private:
    QPdfWriter &m_writer;
    QPainter &m_p;
    double m_width = 0, m_bottom = 0;
};

QString fmtNum(double v, int decimals = 2) { return QString::number(v, 'f', decimals); }

} // namespace

QByteArray renderTicketPdf(const TicketIssue &issue, const QByteArray &timeZone)
{
    const PermitCard &c = issue.card;
    const permits::PermitRecord &p = c.permit;
    auto when = [&](qint64 ms) { return ms ? siteTimeText(ms, timeZone) : QString(); };

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(14, 14, 14, 14), QPageLayout::Millimeter);
    writer.setResolution(150);
    writer.setTitle(u"%1 %2"_s.arg(typeNameZh(p.type), p.code));
    writer.setCreator(u"Guardline"_s);
    QPainter painter(&writer);
    Sheet s(writer, painter);

    // Header: the ticket's name, its number, the QR code.
    const double qrSide = 230;
    const QImage qr = qrImage(issue.qrText, 6);
    painter.drawImage(QRectF(s.width() - qrSide, 0, qrSide, qrSide), qr);
    painter.setFont(s.font(18, true));
    painter.drawText(QRectF(0, 0, s.width() - qrSide - 20, 60), Qt::AlignLeft | Qt::AlignVCenter,
                     u"%1安全作业票"_s.arg(typeNameZh(p.type)));
    painter.setFont(s.font(10));
    painter.drawText(QRectF(0, 62, s.width() - qrSide - 20, 30), Qt::AlignLeft, u"Special-work permit (GB 30871-2022) · %1"_s
                                                                                   .arg(QString(p.type).replace(u'_', u' ')));
    painter.setFont(s.font(14, true));
    painter.drawText(QRectF(0, 100, s.width() - qrSide - 20, 40), Qt::AlignLeft, u"编号 No. %1"_s.arg(p.code));
    painter.setFont(s.font(8));
    painter.drawText(QRectF(0, 150, s.width() - qrSide - 20, 80), Qt::TextWordWrap,
                     u"签发 Issued %1 (%2)\n扫码核验 Scan to verify: guardlinectl permit verify %3 <SHA-256>"_s
                         .arg(when(issue.issuedAt), QString::fromUtf8(timeZone), p.code));
    s.y = qrSide + 10;

    const QList<double> kv{0.22, 0.28, 0.22, 0.28};
    auto pair = [&](const QString &k1, const QString &v1, const QString &k2, const QString &v2) { s.row({k1, v1, k2, v2}, kv); };
    s.heading(u"一、作业信息 Work"_s);
    const QString grade = p.grade == c.effectiveGrade ? gradeNameZh(p.grade) + u" " + p.grade
                                                      : u"%1 %2 → %3 %4（升级 raised）"_s.arg(gradeNameZh(p.grade), p.grade,
                                                                                           gradeNameZh(c.effectiveGrade), c.effectiveGrade);
    pair(u"作业类型 Type"_s, typeNameZh(p.type), u"级别 Grade"_s, grade);
    pair(u"作业内容 Work"_s, p.title, u"状态 State"_s, p.state);
    pair(u"作业单位 Contractor"_s, p.contractor == u"own"_s ? u"本单位 own crew"_s : u"%1 %2"_s.arg(p.contractor, c.contractorName),
         u"作业区域 Area"_s, u"%1 %2"_s.arg(p.area, c.areaName));
    pair(u"设备 Equipment"_s, p.equipment.isEmpty() ? u"—"_s : u"%1 %2"_s.arg(p.equipment, c.equipmentName),
         u"作业高度 Height"_s, u"%1 – %2 m"_s.arg(fmtNum(p.zMin, 1), fmtNum(p.zMax, 1)));
    QStringList pts;
    for (const QPointF &pt : p.polygon)
        pts << u"(%1, %2)"_s.arg(fmtNum(pt.x(), 1), fmtNum(pt.y(), 1));
    pair(u"作业范围 Polygon (site m)"_s, pts.join(u" "_s), u"作业时间 Valid"_s,
         u"%1 至 to\n%2"_s.arg(when(p.startsAt), when(p.endsAt))); // one time a line: never split inside a time
    pair(u"监护人 Guardian"_s, p.guardian.isEmpty() ? u"—"_s : u"%1 %2"_s.arg(p.guardian, c.guardianName),
         u"协调人 Coordinator"_s, p.coordinator.isEmpty() ? u"—"_s : u"%1 %2"_s.arg(p.coordinator, c.coordinatorName));
    pair(u"申请人 Applicant"_s, c.applicant.isEmpty() ? u"—"_s : c.applicant, u"审批人 Approver"_s,
         c.approver.isEmpty() ? u"—"_s : c.approver);

    s.heading(u"二、作业人员及证书 Workers and certificates"_s);
    s.row({u"编号 Code"_s, u"姓名 Name"_s, u"单位 Contractor"_s, u"证书 Certificates"_s}, {0.14, 0.18, 0.14, 0.54}, true);
    for (const PermitWorkerInfo &w : c.workers)
        s.row({w.code, w.name, w.contractor, w.certificates.isEmpty() ? u"—"_s : w.certificates.join(u"\n"_s)}, {0.14, 0.18, 0.14, 0.54});
    if (c.workers.isEmpty())
        s.row({u"—"_s, u"—"_s, u"—"_s, u"—"_s}, {0.14, 0.18, 0.14, 0.54});

    s.heading(u"三、安全措施 Safety measures (GB 30871-2022)"_s);
    s.row({u"确认 Done"_s, u"安全措施 Measure"_s}, {0.12, 0.88}, true);
    for (const permits::ChecklistItem &item : c.checklist)
        s.row({c.checksDone.contains(item.key) ? u"☑ 是"_s : u"☐ 否"_s, item.textZh + u"\n"_s + item.text}, {0.12, 0.88});

    s.heading(u"四、气体分析 Gas analysis"_s);
    s.row({u"采样时间 Sampled"_s, u"可燃气 % vol"_s, u"氧气 O₂ %"_s, u"有毒 ppm"_s, u"结果 Result"_s, u"分析人 Tester"_s},
          {0.22, 0.15, 0.13, 0.13, 0.15, 0.22}, true);
    for (const GasTestRecord &g : c.gasTests)
        s.row({when(g.sampledAt), fmtNum(g.combustibleVolPct), fmtNum(g.o2Pct, 1), fmtNum(g.toxicPpm, 1),
               g.passed ? u"合格 pass"_s : u"不合格 FAIL"_s, g.tester}, {0.22, 0.15, 0.13, 0.13, 0.15, 0.22});
    if (c.gasTests.isEmpty())
        s.row({u"—"_s, u"—"_s, u"—"_s, u"—"_s, u"—"_s, u"—"_s}, {0.22, 0.15, 0.13, 0.13, 0.15, 0.22});

    s.heading(u"五、签字确认 Sign-offs (in the standard's order)"_s);
    const QList<double> sw{0.22, 0.22, 0.14, 0.22, 0.20};
    s.row({u"环节 Step"_s, u"签字人 Signed by"_s, u"现场 On site"_s, u"地点 Place"_s, u"时间 Time"_s}, sw, true);
    for (const SignOffRecord &r : c.signOffs)
        s.row({r.nameZh + u"\n"_s + r.name,
               r.signerName + u" ("_s + r.role + u")"_s + (r.person.isEmpty() ? QString() : u"\n监护人 "_s + r.person),
               r.onSite ? u"是 yes"_s : u"否 no"_s, r.place, when(r.signedAt)}, sw);

    s.heading(u"六、视频监控 Cameras"_s);
    s.row({u"摄像机 Camera"_s, u"名称 Name"_s, u"区域 Area"_s, u"距离 Distance"_s, u"绑定 Bound"_s}, {0.18, 0.37, 0.13, 0.16, 0.16}, true);
    for (const PermitCamera &cam : c.cameras)
        s.row({cam.code, cam.name, cam.area, fmtNum(cam.distance, 1) + u" m"_s, cam.bound ? u"是 yes"_s : u"覆盖 covers"_s},
              {0.18, 0.37, 0.13, 0.16, 0.16});
    if (c.cameras.isEmpty())
        s.row({u"—"_s, u"无摄像机覆盖 no camera covers the work"_s, u""_s, u""_s, u""_s}, {0.18, 0.37, 0.13, 0.16, 0.16});

    s.heading(u"七、核验 Verification"_s);
    s.row({u"SHA-256"_s, issue.sha256}, {0.22, 0.78});
    s.row({u"二维码内容 QR"_s, issue.qrText}, {0.22, 0.78});
    painter.end();
    return print::repairTextMaps(bytes);
}

} // namespace gl::tickets
