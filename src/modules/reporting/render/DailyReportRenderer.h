// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/reporting/logic/ReportService.h"
#include "modules/reporting/render/ReportText.h"

#include <QImage>

class QPainter;
class QPdfWriter;

namespace gl::reports {

enum class OutputFormat { Unknown = 0, Pdf, Html };

/// By the file's extension: .pdf, .html/.htm; Unknown otherwise.
OutputFormat formatOfPath(const QString &path);

/// Renders the Contractor Health Daily Report: cover summary, contractor table sorted by risk, the four
/// metrics with their 7/30-day trends and charts, red flags, interruption times, audit chain head.
/// Needs a QApplication (charts are Qt Charts scenes rendered offscreen).
class DailyReportRenderer {
public:
    DailyReportRenderer(const DailyHealthReport &report, Language lang);

    /// A standalone HTML page, charts embedded as data: URIs (UTF-8).
    QByteArray html() const;
    /// An A4 PDF (QPdfWriter + QTextDocument) set in print::pdfFont, its text maps repaired
    /// (print::repairTextMaps): codes, dates, numbers and Chinese copy and search as printed.
    QByteArray pdf() const;
    QByteArray render(OutputFormat format) const { return format == OutputFormat::Pdf ? pdf() : html(); }

private:
    struct Figure {
        QString name;
        QImage image;
    };
    QString body(bool dataUris) const;
    QString coverHtml() const;            ///< title, site and day, the cover summary
    QString tableHtml() const;            ///< the contractor table (HTML output)
    QStringList tableHeader() const;       ///< column titles; '\n' breaks a line
    QStringList tableRow(const ContractorHealth &c, int rank) const; ///< plain-text cells
    QString restHtml(bool dataUris) const; ///< definitions, trends, red flags, interruptions, audit head
    /// Paints the contractor table from `top` (device pixels) on, adding pages with a repeated header.
    void paintTable(QPdfWriter &writer, QPainter &painter, qreal top) const;
    QString tx(const char *key) const { return text(m_lang, key); }
    QString when(qint64 ms, const QString &format = QStringLiteral("yyyy-MM-dd HH:mm")) const;
    QString img(const Figure &f, bool dataUris, int width) const;

    const DailyHealthReport &m_r;
    Language m_lang;
    QList<Figure> m_figures;
};

} // namespace gl::reports
