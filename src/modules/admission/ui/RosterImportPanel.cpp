// SPDX-License-Identifier: Apache-2.0
#include "modules/admission/ui/RosterImportPanel.h"
#include "modules/admission/logic/AdmissionPlugins.h"
#include "modules/admission/logic/AdmissionRows.h"
#include "modules/admission/logic/ContractorService.h"
#include "platform/auth/Roles.h"
#include "shell/PanelHost.h"
#include "shell/TableModel.h"
#include "shell/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

namespace {

/// Reads the roster through the connector plugin. Blocking (file or HTTP with its timeout and retries):
/// runs on a thread of its own. Never throws.
sdk::RosterFetch fetchRoster(const QString &kind, const QString &source, const QString &location, const QJsonObject &acs)
{
    sdk::RosterFetch f;
    f.source = location;
    QString why;
    sdk::AdmissionFactory *factory = admissionFactory(&why);
    if (!factory) {
        f.error = why.isEmpty() ? u"the admission connector plugin is not installed"_s : why;
        return f;
    }
    std::unique_ptr<sdk::RosterSource> src(factory->createRosterSource(source));
    if (!src) {
        f.error = u"the connector has no '%1' roster source"_s.arg(source);
        return f;
    }
    QJsonObject config;
    if (source == u"csv"_s) {
        config.insert(u"file"_s, location);
    } else {
        config = acs; // timeout_ms, retries, token
        config.insert(u"url"_s, location);
        const QString token = qEnvironmentVariable("GUARDLINE_ACS_TOKEN");
        if (!token.isEmpty())
            config.insert(u"token"_s, token);
    }
    if (const QString bad = src->configure(config); !bad.isEmpty()) {
        f.error = bad;
        return f;
    }
    return src->fetch(kind);
}

/// The access-control endpoint's configuration (admission.json access_control); empty when unreadable
/// (the preview then reports the configuration error from the data thread's own load).
QJsonObject acsConfig()
{
    try {
        return AdmissionConfig::load().accessControl;
    } catch (const Error &) {
        return {};
    }
}

QTableWidgetItem *cell(const QString &text, const QColor &colour = {}, bool bold = false)
{
    auto *i = new QTableWidgetItem(text);
    if (colour.isValid())
        i->setForeground(colour);
    if (bold) {
        QFont f = i->font();
        f.setBold(true);
        i->setFont(f);
    }
    return i;
}

} // namespace

RosterImportPanel::RosterImportPanel(PanelHost *host, QWidget *parent) : QWidget(parent), m_host(host)
{
    setObjectName(u"rosterImportPanel"_s);
    auto *l = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"rosterKind"_s);
    m_kind->addItem(tr("Access-control whitelist"), u"whitelist"_s);
    m_kind->addItem(tr("Shift roster"), u"shifts"_s);
    m_source = new QComboBox(this);
    m_source->setObjectName(u"rosterSource"_s);
    m_source->addItem(tr("CSV file"), u"csv"_s);
    m_source->addItem(tr("HTTP endpoint"), u"http"_s);
    m_location = new QLineEdit(this);
    m_location->setObjectName(u"rosterLocation"_s);
    m_browse = new QPushButton(tr("Browse…"), this);
    m_preview = new QPushButton(tr("Preview differences"), this);
    m_preview->setObjectName(u"rosterPreview"_s);
    m_preview->setToolTip(tr("Reads the source and shows what would change since the last import. Nothing is changed."));
    row->addWidget(m_kind);
    row->addWidget(m_source);
    row->addWidget(m_location, 1);
    row->addWidget(m_browse);
    row->addWidget(m_preview);
    l->addLayout(row);

    auto *progress = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // busy: the plugin does not report progress
    m_progress->setVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"rosterCancel"_s);
    m_cancel->setVisible(false);
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancel);
    l->addLayout(progress);

    m_summary = new QLabel(tr("Choose the source and preview: the differences since the last import are shown here before anything "
                              "changes. Whitelist CSV: worker,contractor,card,valid_until. Shift CSV: date,shift,worker,area."),
                           this);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(u"rosterSummary"_s);
    l->addWidget(m_summary);
    m_diff = makeReadOnlyTable({tr("Change"), tr("Worker"), tr("Details")}, this);
    m_diff->setObjectName(u"rosterDiff"_s);
    m_diff->horizontalHeader()->setStretchLastSection(true);
    l->addWidget(m_diff, 3);

    auto *applyRow = new QHBoxLayout;
    m_keepGood = new QCheckBox(this);
    m_keepGood->setObjectName(u"rosterKeepGood"_s);
    m_keepGood->setVisible(false);
    m_apply = new QPushButton(tr("Apply import"), this);
    m_apply->setObjectName(u"rosterApply"_s);
    m_apply->setEnabled(false);
    applyRow->addWidget(m_keepGood, 1);
    applyRow->addWidget(m_apply);
    l->addLayout(applyRow);
    m_status = new QLabel(this);
    m_status->setObjectName(u"rosterStatus"_s);
    m_status->setWordWrap(true);
    l->addWidget(m_status);

    m_kinds = new ShiftKindsPanel(host->dataWorker(), this);
    l->addWidget(m_kinds, 2);

    l->addWidget(new QLabel(tr("Previous imports"), this));
    m_history = makeReadOnlyTable({tr("Imported"), tr("Kind"), tr("Source"), tr("Imported by"), tr("Added"), tr("Removed"), tr("Changed"), tr("Skipped")},
                                  this);
    m_history->setObjectName(u"rosterHistory"_s);
    l->addWidget(m_history, 1);

    auto syncSource = [this] {
        const bool csv = m_source->currentData().toString() == u"csv"_s;
        m_browse->setVisible(csv);
        m_location->clear();
        if (csv) {
            m_location->setPlaceholderText(tr("CSV file exported by the access-control system"));
        } else {
            const QString url = acsConfig().value(u"url"_s).toString();
            m_location->setText(url);
            m_location->setPlaceholderText(tr("https://acs.example/api/ (access_control.url in admission.json)"));
        }
    };
    connect(m_source, &QComboBox::currentIndexChanged, this, syncSource);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_apply->setEnabled(false); // a preview of the other kind must not be applied as this one
        m_diff->setRowCount(0);
        m_keepGood->setVisible(false);
    });
    syncSource();
    connect(m_browse, &QPushButton::clicked, this, &RosterImportPanel::browse);
    connect(m_preview, &QPushButton::clicked, this, &RosterImportPanel::previewClicked);
    connect(m_apply, &QPushButton::clicked, this, &RosterImportPanel::apply);
    connect(m_cancel, &QPushButton::clicked, this, &RosterImportPanel::cancel);
}

RosterImportPanel::~RosterImportPanel() { ++m_generation; }

void RosterImportPanel::reload()
{
    loadHistory();
    m_kinds->reload();
}

QString RosterImportPanel::kind() const { return m_kind->currentData().toString(); }

void RosterImportPanel::report(const QString &message, bool bad)
{
    m_status->setText(message);
    m_status->setStyleSheet(bad ? u"QLabel { color: #e53935; font-weight: bold; }"_s : QString());
}

void RosterImportPanel::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_progress->setFormat(what);
    m_progress->setTextVisible(!what.isEmpty());
    m_cancel->setVisible(busy);
    m_preview->setEnabled(!busy);
    m_kind->setEnabled(!busy);
    m_source->setEnabled(!busy);
    if (busy)
        m_apply->setEnabled(false);
    if (!what.isEmpty())
        report(what, false);
}

void RosterImportPanel::browse()
{
    const QString file = QFileDialog::getOpenFileName(this, m_kind->currentText(), {}, tr("CSV files (*.csv);;All files (*)"));
    if (!file.isEmpty())
        m_location->setText(file);
}

void RosterImportPanel::previewClicked()
{
    if (m_location->text().trimmed().isEmpty()) {
        report(m_source->currentData().toString() == u"csv"_s ? tr("Choose the CSV file first.")
                                                               : tr("Give the access-control system's URL first."),
               true);
        return;
    }
    preview(kind(), m_source->currentData().toString(), m_location->text().trimmed());
}

void RosterImportPanel::preview(const QString &kind, const QString &source, const QString &location)
{
    if (const int i = m_kind->findData(kind); i >= 0 && i != m_kind->currentIndex()) {
        const QSignalBlocker b(m_kind);
        m_kind->setCurrentIndex(i);
    }
    if (const int i = m_source->findData(source); i >= 0 && i != m_source->currentIndex()) {
        const QSignalBlocker b(m_source);
        m_source->setCurrentIndex(i);
        m_browse->setVisible(source == u"csv"_s);
    }
    m_location->setText(location);
    m_rows.clear();
    m_diff->setRowCount(0);
    m_keepGood->setVisible(false);
    const quint64 generation = ++m_generation;
    setBusy(true, tr("Reading %1…").arg(location));
    const QJsonObject acs = acsConfig();
    // The fetch (file or network, with the connector's timeout and retries) on a thread of its own, so
    // neither the UI nor the data thread waits; Cancel drops its result.
    auto result = std::make_shared<sdk::RosterFetch>();
    QThread *thread = QThread::create([result, kind, source, location, acs] { *result = fetchRoster(kind, source, location, acs); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, result, generation, kind] {
        if (generation != m_generation)
            return; // cancelled or superseded
        if (!result->error.isEmpty()) {
            setBusy(false);
            report(tr("Cannot read the source: %1").arg(result->error), true);
            Q_EMIT failed(result->error);
            return;
        }
        setBusy(true, tr("Comparing %n row(s) with the last import…", nullptr, int(result->rows.size())));
        const QList<sdk::RosterRow> rows = result->rows;
        m_host->dataWorker()->call(
            this, [kind, rows](ServiceContext &ctx) { return RosterImport(ctx).previewRoster(kind, rows); },
            [this, result, generation, kind](RosterDiff d) {
                if (generation != m_generation)
                    return;
                setBusy(false);
                m_previewKind = kind;
                m_previewSource = result->source;
                m_rows = result->rows;
                showPreview(d, result->source);
            },
            [this, generation](const QString &err) {
                if (generation != m_generation)
                    return;
                setBusy(false);
                report(err, true);
                Q_EMIT failed(err);
            });
    });
    thread->start();
}

void RosterImportPanel::cancel()
{
    if (!m_busy)
        return;
    ++m_generation;
    setBusy(false);
    report(tr("Cancelled: nothing was read or changed."), false);
}

void RosterImportPanel::showPreview(const RosterDiff &d, const QString &source)
{
    const QString what = m_previewKind == u"whitelist"_s ? tr("whitelist") : tr("shift roster");
    m_summary->setText((d.hasPrevious ? tr("%1 (%2): %3 good row(s). Since the last import: %4 added, %5 removed, %6 changed, %7 malformed.")
                                      : tr("%1 (%2): %3 good row(s). First import: %4 added, %5 removed, %6 changed, %7 malformed."))
                           .arg(source, what)
                           .arg(d.accepted)
                           .arg(d.added.size())
                           .arg(d.removed.size())
                           .arg(d.changed.size())
                           .arg(d.skipped.size()));
    struct Line {
        QString change, worker, details;
        QColor colour;
        bool bold;
    };
    QList<Line> lines;
    // Keys: "W-1" (whitelist) or "W-1 @ 2026-03-02" (shifts); changed: "W-1: card 0002 → 0022".
    auto split = [](const QString &key) {
        const qsizetype at = key.indexOf(u" @ "_s);
        return at < 0 ? std::pair{key, QString()} : std::pair{key.left(at), key.mid(at + 3)};
    };
    for (const QString &s : d.skipped)
        lines << Line{tr("✕ Malformed"), QString(), s, colours::severity(u"critical"_s), true};
    for (const QString &a : d.added) {
        const auto [w, rest] = split(a);
        lines << Line{tr("+ Added"), w, rest, {}, false};
    }
    for (const QString &r : d.removed) {
        const auto [w, rest] = split(r);
        lines << Line{tr("− Removed"), w, rest, colours::validity(u"expiring"_s), false};
    }
    for (const QString &c : d.changed) {
        const qsizetype colon = c.indexOf(u": "_s);
        const auto [w, rest] = split(c.left(colon));
        lines << Line{tr("~ Changed"), w, (rest.isEmpty() ? QString() : rest + u": "_s) + c.mid(colon + 2), {}, false};
    }
    m_diff->setRowCount(int(lines.size()));
    for (int r = 0; r < lines.size(); ++r) {
        m_diff->setItem(r, 0, cell(lines[r].change, lines[r].colour, lines[r].bold));
        m_diff->setItem(r, 1, cell(lines[r].worker));
        m_diff->setItem(r, 2, cell(lines[r].details, lines[r].colour));
    }
    m_diff->resizeColumnsToContents();
    m_diff->horizontalHeader()->setStretchLastSection(true);
    m_keepGood->setVisible(!d.skipped.isEmpty());
    m_keepGood->setChecked(false);
    m_keepGood->setText(tr("Import the %1 good row(s) despite %2 malformed row(s) (the malformed lines are recorded)")
                            .arg(d.accepted)
                            .arg(d.skipped.size()));
    m_apply->setEnabled(d.accepted > 0);
    report(d.skipped.isEmpty() ? tr("Preview only: nothing has changed. Apply to import.")
                               : tr("%n malformed row(s): the import is refused unless you tick the box to import the good rows.", nullptr,
                                    int(d.skipped.size())),
           !d.skipped.isEmpty());
    Q_EMIT previewShown(d.accepted, int(d.skipped.size()));
}

void RosterImportPanel::apply()
{
    if (m_rows.isEmpty() || m_busy)
        return;
    const QString kind = m_previewKind, source = m_previewSource;
    const QList<sdk::RosterRow> rows = m_rows;
    const bool confirmed = m_keepGood->isVisible() && m_keepGood->isChecked();
    setBusy(true, tr("Importing…"));
    m_cancel->setVisible(false); // a write is not cancelled halfway: it is one transaction
    m_host->dataWorker()->call(
        this, [kind, source, rows, confirmed](ServiceContext &ctx) { return RosterImport(ctx).importRoster(kind, source, rows, confirmed); },
        [this](RosterDiff d) {
            setBusy(false);
            m_rows.clear();
            m_apply->setEnabled(false);
            m_keepGood->setVisible(false);
            const QString msg = tr("Imported %1 row(s): %2 added, %3 removed, %4 changed, %5 malformed line(s) skipped.")
                                    .arg(d.accepted)
                                    .arg(d.added.size())
                                    .arg(d.removed.size())
                                    .arg(d.changed.size())
                                    .arg(d.skipped.size());
            report(msg, false);
            loadHistory();
            Q_EMIT applied(true, msg);
        },
        [this](const QString &err) {
            setBusy(false);
            m_apply->setEnabled(!m_rows.isEmpty());
            const QString msg = tr("Refused: %1").arg(err);
            report(msg, true);
            Q_EMIT applied(false, msg);
        },
        true);
}

void RosterImportPanel::loadHistory()
{
    m_host->dataWorker()->call(
        this, [](ServiceContext &ctx) { return RosterImportRow::fromTable(RosterImport(ctx).rosterImports()); },
        [this](QList<RosterImportRow> imports) {
            const SnapshotPtr s = m_host->lastSnapshot();
            const QTimeZone zone = s ? s->timeZone : QTimeZone::systemTimeZone();
            // Newest first (the service's order).
            m_history->setRowCount(int(imports.size()));
            for (int r = 0; r < imports.size(); ++r) {
                const RosterImportRow &row = imports[r];
                m_history->setItem(r, 0, cell(QDateTime::fromMSecsSinceEpoch(row.importedAt, zone).toString(u"yyyy-MM-dd HH:mm"_s)));
                m_history->setItem(r, 1, cell(row.kind == u"whitelist"_s ? tr("Whitelist") : tr("Shift roster")));
                m_history->setItem(r, 2, cell(row.source));
                m_history->setItem(r, 3, cell(row.actor));
                const int counts[] = {row.added, row.removed, row.changed, row.skipped};
                for (int c = 0; c < 4; ++c) {
                    const int v = counts[c];
                    m_history->setItem(r, 4 + c, cell(QString::number(v), c == 3 && v > 0 ? colours::validity(u"expiring"_s) : QColor()));
                }
            }
            m_history->resizeColumnsToContents();
        },
        [this](const QString &err) { report(err, true); });
}

} // namespace ui
} // namespace gl
