// SPDX-License-Identifier: Apache-2.0
#include "modules/reporting/render/DailyReportRenderer.h"
#include "modules/reporting/render/ChartImages.h"
#include "platform/print/PdfText.h"

#include <QBuffer>
#include <QFileInfo>
#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gl::reports {
namespace {

QString esc(const QString &s) { return s.toHtmlEscaped(); }
QString num(double v, int decimals = 0) { return QString::number(v, 'f', decimals); }
QString pct(double v) { return v < 0 ? u"–"_s : QString(num(v) + u"%"_s); }
QString secs(qint64 ms) { return ms < 0 ? u"-"_s : num(double(ms) / 1000.0); }
QString signedNum(double v)
{
    const QString s = num(v);
    return v > 0.5 ? QString(u"+"_s + s) : (s == u"-0"_s ? u"0"_s : s);
}
/// ↑ when the last 7 days run above the 30-day daily average by 20%, ↓ below it by 20%, → otherwise.
QString arrow(int last7, int last30)
{
    const double a7 = last7 / 7.0, a30 = last30 / 30.0;
    if (a7 > a30 * 1.2 && last7 > 0)
        return u"↑"_s;
    if (a7 < a30 * 0.8)
        return u"↓"_s;
    return u"→"_s;
}
QString cell(const QString &s, const QString &attrs = {}) { return u"<td"_s + attrs + u">"_s + s + u"</td>"_s; }
/// A header row; `widths` (percent, 0 = free) keeps long names on one line.
QString head(const QStringList &cells, const QList<int> &widths = {})
{
    QString s = u"<tr style=\"background-color:#dfe6ee\">"_s;
    for (qsizetype i = 0; i < cells.size(); ++i)
        s += (widths.value(i) > 0 ? u"<th width=\"%1%\">"_s.arg(widths.value(i)) : u"<th>"_s) + cells[i] + u"</th>"_s;
    return s + u"</tr>"_s;
}
/// Red-flag and interruption tables list at most this many rows (the counts are always complete).
constexpr qsizetype kMaxRows = 100;
const QString kTable = u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                       "style=\"border-collapse:collapse; border-color:#9aa5b1\">"_s;

} // namespace

OutputFormat formatOfPath(const QString &path)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == u"pdf"_s)
        return OutputFormat::Pdf;
    if (ext == u"html"_s || ext == u"htm"_s)
        return OutputFormat::Html;
    return OutputFormat::Unknown;
}

DailyReportRenderer::DailyReportRenderer(const DailyHealthReport &report, Language lang) : m_r(report), m_lang(lang)
{
    const QList<QDate> days = m_r.days();
    const int n = int(days.size());
    QList<double> qualMean(n, 0.0), qualMin(n, m_r.contractors.isEmpty() ? 0.0 : 100.0), viol(n, 0.0), timely(n, -1.0), conf(n, 0.0);
    QList<int> due(n, 0), onTime(n, 0);
    for (const ContractorHealth &c : m_r.contractors) {
        for (int i = 0; i < n; ++i) {
            qualMean[i] += c.qualificationDaily.value(i) / double(m_r.contractors.size());
            qualMin[i] = std::min(qualMin[i], c.qualificationDaily.value(i));
            viol[i] += c.violationsDaily.value(i);
            conf[i] += c.conflictsDaily.value(i);
            due[i] += c.dueDaily.value(i);
            onTime[i] += c.onTimeDaily.value(i);
        }
    }
    for (int i = 0; i < n; ++i) {
        int d = 0, o = 0;
        for (int k = std::max(0, i - 6); k <= i; ++k) {
            d += due[k];
            o += onTime[k];
        }
        timely[i] = ContractorHealth::rate(o, d);
    }
    const QFont font = print::pdfFont(8);
    const QColor blue(0x1f, 0x77, 0xb4), red(0xd6, 0x27, 0x28), orange(0xff, 0x7f, 0x0e), green(0x2c, 0xa0, 0x2c);
    m_figures << Figure{u"qualification"_s, trendChart(tx("chart_qual"), days, {{tx("mean"), qualMean, blue}, {tx("lowest"), qualMin, red}},
                                                       ChartKind::Line, 100, font)};
    m_figures << Figure{u"violations"_s, trendChart(tx("chart_viol"), days, {{tx("violations"), viol, orange}}, ChartKind::Bar, 0, font)};
    m_figures << Figure{u"timeliness"_s, trendChart(tx("chart_timely"), days, {{tx("timeliness"), timely, green}}, ChartKind::Line, 100, font)};
    m_figures << Figure{u"conflicts"_s, trendChart(tx("chart_conf"), days, {{tx("conflicts"), conf, red}}, ChartKind::Bar, 0, font)};
    m_figures << Figure{u"interruption"_s, trendChart(tx("chart_t"), days, {{tx("t_total"), m_r.meanInterruptionDaily, blue}},
                                                      ChartKind::Line, 0, font)};
}

QString DailyReportRenderer::when(qint64 ms, const QString &format) const
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(m_r.timeZone.toUtf8())).toString(format);
}

QString DailyReportRenderer::img(const Figure &f, bool dataUris, int width) const
{
    const QString src = dataUris ? QString(u"data:image/png;base64,"_s + QString::fromLatin1(pngBytes(f.image).toBase64()))
                                 : QString(u"chart-"_s + f.name + u".png"_s);
    return u"<img src=\"%1\" width=\"%2\" alt=\"%3\"/>"_s.arg(src).arg(width).arg(f.name);
}

QString DailyReportRenderer::body(bool dataUris) const
{
    return coverHtml() + tableHtml() + restHtml(dataUris);
}

QString DailyReportRenderer::coverHtml() const
{
    const bool zh = m_lang == Language::Chinese;
    const QString siteName = zh && !m_r.siteNameZh.isEmpty() ? m_r.siteNameZh : m_r.siteName;
    QString h;
    h += u"<h1>"_s + tx("title") + u"</h1>"_s;
    h += u"<p><b>"_s + tx("site") + u":</b> "_s + esc(siteName) + u" ("_s + esc(m_r.siteCode) + u") &nbsp; <b>"_s + tx("day")
        + u":</b> "_s + m_r.day.toString(Qt::ISODate) + u" &nbsp; <b>"_s + tx("tz") + u":</b> "_s + esc(m_r.timeZone)
        + u" &nbsp; <b>"_s + tx("as_of") + u":</b> "_s + when(m_r.asOf) + u"</p>"_s;

    // Cover summary.
    int atRisk = 0, v = 0, v7 = 0, v30 = 0, due = 0, onTime = 0, conflicts = 0;
    for (const ContractorHealth &c : m_r.contractors) {
        atRisk += c.health < 80 ? 1 : 0;
        v += c.violations;
        v7 += c.violations7;
        v30 += c.violations30;
        due += c.due30;
        onTime += c.onTime30;
        conflicts += c.conflicts;
    }
    auto row = [](const QString &label, const QString &value, bool flag = false) -> QString {
        return u"<tr><td>"_s + label + u"</td><td align=\"right\""_s + (flag ? u" style=\"color:#b00020; font-weight:bold\""_s : QString())
            + u">"_s + value + u"</td></tr>"_s;
    };
    h += u"<h2>"_s + tx("summary") + u"</h2>"_s + kTable;
    h += row(tx("contractors"), QString::number(m_r.contractors.size()));
    h += row(tx("at_risk"), QString::number(atRisk), atRisk > 0);
    h += row(tx("permits_day"), QString::number(m_r.activePermits));
    h += row(tx("violations_day"), u"%1 / %2 / %3"_s.arg(v).arg(v7).arg(v30), v > 0);
    h += row(tx("timely_site"), pct(ContractorHealth::rate(onTime, due)) + u" (%1/%2)"_s.arg(onTime).arg(due));
    h += row(tx("conflicts_day"), QString::number(conflicts), conflicts > 0);
    h += row(tx("expired_docs"), QString::number(m_r.expiredDocuments.size()), !m_r.expiredDocuments.isEmpty());
    h += row(tx("overdue"), QString::number(m_r.overdueHazards.size()), !m_r.overdueHazards.isEmpty());
    h += row(tx("unacked"), QString::number(m_r.unacknowledged.size()), !m_r.unacknowledged.isEmpty());
    h += row(tx("orders_day"), QString::number(m_r.interruptions.size()));
    h += u"</table>"_s;

    return h;
}

namespace {
/// Column widths of the contractor table (percent of the page width) and their alignment.
const QList<int> kTableWidths = {4, 32, 6, 11, 7, 12, 10, 12, 6};
const QList<Qt::Alignment> kTableAlign = {Qt::AlignRight, Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignHCenter,
                                          Qt::AlignHCenter, Qt::AlignHCenter, Qt::AlignHCenter, Qt::AlignRight};
QColor healthColor(double health)
{
    return health < 60 ? QColor(0xf8, 0xd7, 0xda) : (health < 80 ? QColor(0xff, 0xf3, 0xcd) : QColor());
}
} // namespace

QStringList DailyReportRenderer::tableHeader() const
{
    return {tx("rank"), tx("contractor"), tx("health"), tx("qualification") + u"\n% (Δ7 d, Δ30 d)"_s, tx("q_detail"),
            tx("violations") + u"\n"_s + tx("v_detail"), tx("timeliness") + u"\n"_s + tx("t_detail"),
            tx("conflicts") + u"\n"_s + tx("v_detail"), tx("on_shift")};
}

QStringList DailyReportRenderer::tableRow(const ContractorHealth &c, int rank) const
{
    const bool zh = m_lang == Language::Chinese;
    const QString name = zh && !c.nameZh.isEmpty() ? c.nameZh : c.name;
    const double q7 = c.qualification - c.qualificationDaily.value(c.qualificationDaily.size() - 8);
    const double q30 = c.qualification - c.qualificationDaily.value(0);
    int c7 = 0, c30 = 0;
    for (qsizetype i = 0; i < c.conflictsDaily.size(); ++i) {
        c30 += c.conflictsDaily[i];
        c7 += i >= c.conflictsDaily.size() - 7 ? c.conflictsDaily[i] : 0;
    }
    return {QString::number(rank),
            c.code + u" "_s + name,
            num(c.health),
            num(c.qualification) + u" ("_s + signedNum(q7) + u", "_s + signedNum(q30) + u")"_s,
            u"%1 / %2"_s.arg(c.docsExpired + c.certsExpired).arg(c.docsExpiring + c.certsExpiring),
            u"%1 / %2 / %3 %4"_s.arg(c.violations).arg(c.violations7).arg(c.violations30).arg(arrow(c.violations7, c.violations30)),
            pct(ContractorHealth::rate(c.onTime7, c.due7)) + u" / "_s + pct(ContractorHealth::rate(c.onTime30, c.due30)),
            u"%1 / %2 / %3"_s.arg(c.conflicts).arg(c7).arg(c30),
            QString::number(c.workersOnShift)};
}

QString DailyReportRenderer::tableHtml() const
{
    QString h = u"<h2>"_s + tx("table") + u"</h2>"_s + kTable + u"<tr style=\"background-color:#dfe6ee\">"_s;
    const QStringList header = tableHeader();
    for (qsizetype i = 0; i < header.size(); ++i)
        h += u"<th width=\"%1%\">"_s.arg(kTableWidths.value(i)) + esc(header[i]).replace(u"\n"_s, u"<br/>"_s) + u"</th>"_s;
    h += u"</tr>"_s;
    auto align = [](Qt::Alignment a) {
        return a == Qt::AlignRight ? u" align=\"right\""_s : (a == Qt::AlignHCenter ? u" align=\"center\""_s : QString());
    };
    int rank = 0;
    for (const ContractorHealth &c : m_r.contractors) {
        const QStringList cells = tableRow(c, ++rank);
        const QColor bg = healthColor(c.health);
        h += u"<tr>"_s;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            QString attrs = align(kTableAlign.value(i));
            if (i == 2 && bg.isValid())
                attrs += u" bgcolor=\""_s + bg.name() + u"\""_s;
            h += cell(i == 2 ? QString(u"<b>"_s + esc(cells[i]) + u"</b>"_s) : esc(cells[i]), attrs);
        }
        h += u"</tr>"_s;
    }
    h += u"</table>"_s;
    return h;
}

void DailyReportRenderer::paintTable(QPdfWriter &writer, QPainter &painter, qreal top) const
{
    // Drawn straight onto the PDF: QTextDocument's table layout of 1,200 rows cost seconds.
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    const qreal width = page.width(), height = page.height();
    const qreal px = writer.resolution() / 72.0; // device pixels per point
    const QFont font = print::pdfFont(7.5);
    const QFont bold = print::pdfFont(7.5, true);
    const QFont h2 = print::pdfFont(12, true);
    const QFontMetricsF fm(font, &writer);
    const qreal rowH = fm.height() + 3 * px, pad = 2 * px;
    QList<qreal> x{0};
    for (int w : kTableWidths)
        x << x.last() + width * w / 100.0;
    const QPen grid(QColor(0x9a, 0xa5, 0xb1), 0.5 * px);
    const QStringList header = tableHeader();
    // The header is as tall as its most wrapped title (Chinese titles wrap in narrow columns).
    qreal headH = 2 * fm.height();
    {
        const QFontMetricsF bm(bold, &writer);
        for (qsizetype i = 0; i < header.size(); ++i)
            headH = std::max(headH, bm.boundingRect(QRectF(0, 0, x[i + 1] - x[i] - 2 * pad, 10'000), Qt::AlignCenter | Qt::TextWordWrap,
                                                    header[i]).height());
    }
    headH += 4 * px;

    qreal y = top;
    // The section title, like the HTML's <h2>.
    painter.setFont(h2);
    const QFontMetricsF hm(h2, &writer);
    if (y + hm.height() * 1.6 + headH + rowH > height) {
        writer.newPage();
        y = 0;
    }
    y += hm.height() * 0.4;
    painter.setPen(Qt::black);
    painter.drawText(QRectF(0, y, width, hm.height()), Qt::AlignLeft | Qt::AlignVCenter, tx("table"));
    y += hm.height() * 1.2;

    auto drawHeader = [&] {
        painter.setFont(bold);
        painter.setPen(grid);
        painter.setBrush(QColor(0xdf, 0xe6, 0xee));
        painter.drawRect(QRectF(0, y, width, headH));
        painter.setBrush(Qt::NoBrush);
        for (qsizetype i = 0; i < header.size(); ++i) {
            painter.setPen(grid);
            painter.drawLine(QPointF(x[i], y), QPointF(x[i], y + headH));
            painter.setPen(Qt::black);
            painter.drawText(QRectF(x[i] + pad, y, x[i + 1] - x[i] - 2 * pad, headH), Qt::AlignCenter | Qt::TextWordWrap, header[i]);
        }
        painter.setPen(grid);
        painter.drawLine(QPointF(width, y), QPointF(width, y + headH));
        y += headH;
    };
    drawHeader();
    int rank = 0;
    for (const ContractorHealth &c : m_r.contractors) {
        if (y + rowH > height) {
            writer.newPage();
            y = 0;
            drawHeader();
        }
        const QStringList cells = tableRow(c, ++rank);
        const QColor bg = healthColor(c.health);
        if (bg.isValid())
            painter.fillRect(QRectF(x[2], y, x[3] - x[2], rowH), bg);
        painter.setPen(grid);
        painter.drawLine(QPointF(0, y + rowH), QPointF(width, y + rowH));
        for (qsizetype i = 0; i <= cells.size(); ++i)
            painter.drawLine(QPointF(x[i], y), QPointF(x[i], y + rowH));
        painter.setPen(Qt::black);
        for (qsizetype i = 0; i < cells.size(); ++i) {
            painter.setFont(i == 2 ? bold : font);
            const QRectF r(x[i] + pad, y, x[i + 1] - x[i] - 2 * pad, rowH);
            painter.drawText(r, kTableAlign.value(i) | Qt::AlignVCenter, fm.elidedText(cells[i], Qt::ElideRight, r.width()));
        }
        y += rowH;
    }
}

QString DailyReportRenderer::restHtml(bool dataUris) const
{
    QString h = u"<p><small>"_s + tx("definitions") + u"</small></p>"_s;

    // Trend charts, two per row.
    h += u"<h2>"_s + tx("trends") + u"</h2><table cellspacing=\"0\" cellpadding=\"2\" width=\"100%\">"_s;
    for (int i = 0; i + 1 < 4; i += 2)
        h += u"<tr><td>"_s + img(m_figures[i], dataUris, 300) + u"</td><td>"_s + img(m_figures[i + 1], dataUris, 300) + u"</td></tr>"_s;
    h += u"</table>"_s;

    // Red flags.
    h += u"<h2>"_s + tx("red_flags") + u"</h2>"_s;
    auto section = [&](const char *key, qsizetype count) {
        h += u"<h3>"_s + tx(key) + u" (%1)</h3>"_s.arg(count);
        if (count == 0)
            h += u"<p>"_s + tx("none") + u"</p>"_s;
        else if (count > kMaxRows)
            h += u"<p><small>"_s + tx("first_rows").arg(kMaxRows).arg(count) + u"</small></p>"_s;
        return count > 0;
    };
    if (section("expired_docs", m_r.expiredDocuments.size())) {
        h += kTable + head({tx("contractor"), tx("document"), tx("file"), tx("expired_on")});
        for (const ExpiredDocument &d : m_r.expiredDocuments.first(std::min(m_r.expiredDocuments.size(), kMaxRows)))
            h += u"<tr>"_s + cell(esc(d.contractor)) + cell(esc(valueText(m_lang, u"document"_s, d.kind))) + cell(esc(d.fileName)) + cell(d.expiresOn.toString(Qt::ISODate)) + u"</tr>"_s;
        h += u"</table>"_s;
    }
    int withConflicts = 0;
    for (const ContractorHealth &c : m_r.contractors)
        withConflicts += c.conflictPairs.isEmpty() ? 0 : 1;
    if (section("conflicts_day", withConflicts)) {
        h += kTable + head({tx("contractor"), tx("pairs")});
        for (const ContractorHealth &c : m_r.contractors)
            if (!c.conflictPairs.isEmpty())
                h += u"<tr>"_s + cell(esc(c.code)) + cell(esc(c.conflictPairs.join(u"; "_s))) + u"</tr>"_s;
        h += u"</table>"_s;
    }
    if (section("overdue", m_r.overdueHazards.size())) {
        h += kTable + head({tx("hazard"), tx("category"), tx("area"), tx("state"), tx("deadline")});
        for (const OverdueHazard &o : m_r.overdueHazards.first(std::min(m_r.overdueHazards.size(), kMaxRows)))
            h += u"<tr>"_s + cell(esc(o.code)) + cell(esc(valueText(m_lang, u"category"_s, o.category))) + cell(esc(o.area)) + cell(esc(valueText(m_lang, u"state"_s, o.state))) + cell(when(o.deadlineAt)) + u"</tr>"_s;
        h += u"</table>"_s;
    }
    if (section("unacked", m_r.unacknowledged.size())) {
        h += kTable + head({tx("order"), tx("target"), tx("instruction"), tx("issued"), tx("ack_due")});
        for (const PendingInstruction &p : m_r.unacknowledged.first(std::min(m_r.unacknowledged.size(), kMaxRows)))
            h += u"<tr>"_s + cell(esc(p.orderCode)) + cell(esc(p.target)) + cell(esc(p.text)) + cell(when(p.issuedAt)) + cell(when(p.ackDueAt))
                + u"</tr>"_s;
        h += u"</table>"_s;
    }

    // Interruption times.
    h += u"<h2>"_s + tx("interruptions") + u" (%1)</h2><p><small>"_s.arg(m_r.interruptions.size()) + tx("interruption_note")
        + u"</small></p>"_s;
    if (!m_r.interruptions.isEmpty()) {
        h += kTable + head({tx("order"), tx("area"), tx("state"), tx("detected"), tx("t_detect"), tx("t_verify"), tx("t_respond"),
                            tx("t_confirm"), tx("t_total")});
        for (const Interruption &i : m_r.interruptions.first(std::min(m_r.interruptions.size(), kMaxRows)))
            h += u"<tr>"_s + cell(esc(i.code) + u"<br/><small>"_s + esc(i.title) + u"</small>"_s) + cell(esc(i.area)) + cell(esc(valueText(m_lang, u"state"_s, i.state)))
                + cell(when(i.detectedAt, u"HH:mm:ss"_s)) + cell(secs(i.detect), u" align=\"right\""_s)
                + cell(secs(i.verify), u" align=\"right\""_s) + cell(secs(i.respond), u" align=\"right\""_s)
                + cell(secs(i.confirm), u" align=\"right\""_s) + cell(u"<b>"_s + secs(i.total) + u"</b>"_s, u" align=\"right\""_s)
                + u"</tr>"_s;
        h += u"</table>"_s;
    }
    h += u"<p>"_s + img(m_figures[4], dataUris, 420) + u"</p>"_s;

    // The head as SEQ:HASH, the form `guardlinectl audit verify --expect-head` takes: a printed or mailed report
    // keeps it outside the store, so a later rewrite of the history up to it is detected (docs/SECURITY.md).
    h += u"<h2>"_s + tx("audit") + u"</h2><p>"_s + tx("audit_seq") + u" #"_s + QString::number(m_r.auditSeq)
        + u"<br/><tt>"_s + QString::number(m_r.auditSeq) + u":"_s + esc(m_r.auditHash) + u"</tt><br/><small>"_s + tx("audit_check")
        + u"</small></p>"_s;
    return h;
}

QByteArray DailyReportRenderer::html() const
{
    const QString title = tx("title") + u" "_s + m_r.day.toString(Qt::ISODate);
    const QString page = u"<!DOCTYPE html>\n<html lang=\""_s + (m_lang == Language::Chinese ? u"zh-CN"_s : u"en"_s)
        + u"\"><head><meta charset=\"utf-8\"/><title>"_s + esc(title)
        + u"</title><style>body{font-family:'Noto Sans CJK SC','Noto Sans',sans-serif;font-size:10pt;margin:2em}"
          "table{border-collapse:collapse}th,td{border:1px solid #9aa5b1;padding:3px 5px}th{background:#dfe6ee}</style></head>"
          "<body>\n"_s
        + body(true) + u"\n</body></html>\n"_s;
    return page.toUtf8();
}

QByteArray DailyReportRenderer::pdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(tx("title") + u" "_s + m_r.day.toString(Qt::ISODate));
        writer.setCreator(u"Guardline"_s);
        QPainter painter(&writer);
        // The text parts are QTextDocuments laid out on pages of the printable A4 area at 96 dpi and drawn
        // scaled; the contractor table between them is painted row by row (paintTable).
        const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
        const qreal scale = writer.resolution() / 96.0;
        const QSizeF docPage(page.width() / scale, page.height() / scale);
        auto document = [&](QTextDocument &doc, const QString &html) {
            doc.setDefaultFont(print::pdfFont(8));
            doc.setDefaultStyleSheet(u"th { background-color: #dfe6ee; } h1 { font-size: 16pt; } h2 { font-size: 12pt; } h3 { font-size: 10pt; }"_s);
            for (const Figure &f : m_figures)
                doc.addResource(QTextDocument::ImageResource, QUrl(u"chart-"_s + f.name + u".png"_s), QVariant(f.image));
            doc.setPageSize(docPage);
            doc.setHtml(html);
        };
        // Draws the document's pages; returns where its last page ends (device pixels).
        auto draw = [&](QTextDocument &doc) -> qreal {
            const int pages = doc.pageCount();
            qreal end = 0;
            for (int i = 0; i < pages; ++i) {
                if (i > 0)
                    writer.newPage();
                painter.save();
                painter.scale(scale, scale);
                painter.translate(0, -i * docPage.height());
                const QRectF clip(0, i * docPage.height(), docPage.width(), docPage.height());
                painter.setClipRect(clip);
                QAbstractTextDocumentLayout::PaintContext ctx;
                ctx.clip = clip;
                ctx.palette.setColor(QPalette::Text, Qt::black);
                doc.documentLayout()->draw(&painter, ctx);
                painter.restore();
            }
            const QTextBlock last = doc.lastBlock();
            const QRectF box = doc.documentLayout()->blockBoundingRect(last);
            end = (box.bottom() - (pages - 1) * docPage.height()) * scale;
            return end;
        };
        QTextDocument cover;
        document(cover, coverHtml());
        const qreal coverEnd = draw(cover);
        paintTable(writer, painter, coverEnd);
        writer.newPage();
        QTextDocument rest;
        document(rest, restHtml(false));
        draw(rest);
        painter.end();
    }
    buffer.close();
    return print::repairTextMaps(bytes);
}

} // namespace gl::reports
