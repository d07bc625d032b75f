// SPDX-License-Identifier: Apache-2.0
#include "modules/admission/ui/ContractorPanel.h"
#include "modules/admission/intake/PdfCheck.h"
#include "modules/admission/logic/AdmissionDocuments.h"
#include "modules/admission/logic/AdmissionPlugins.h"
#include "modules/admission/logic/AdmissionRows.h"
#include "modules/admission/logic/ContractorService.h"
#include "modules/admission/logic/ExpiryTasks.h"
#include "modules/admission/logic/RegistryCheck.h"
#include "modules/admission/ui/ContractorForms.h"
#include "modules/admission/ui/GateDevicePanel.h"
#include "modules/admission/ui/RosterImportPanel.h"
#include "platform/util/Clock.h"
#include "platform/util/Labels.h"
#include "shell/PanelHost.h"
#include "shell/TableModel.h"
#include "shell/Theme.h"
#include "shell/UiLanguage.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QGridLayout>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

namespace {

QTableWidgetItem *item(const QString &text, const QString &validity = {})
{
    auto *i = new QTableWidgetItem(text);
    if (!validity.isEmpty()) {
        QColor c = colours::validity(validity);
        if (validity == u"missing"_s)
            c = colours::severity(u"critical"_s);
        if (c.isValid())
            i->setForeground(c);
        if (validity == u"expired"_s || validity == u"missing"_s) {
            QFont f = i->font();
            f.setBold(true);
            i->setFont(f);
        }
    }
    return i;
}

/// A validity cell: symbol + label + colour, so colour is never the only cue.
QTableWidgetItem *validityItem(const QString &state)
{
    if (state.isEmpty())
        return item(QString());
    return item(validitySymbol(state) + u' ' + TableModel::label(state), state);
}

QString kindLabel(const QString &kind)
{
    if (kind == u"business_licence"_s)
        return ContractorPanel::tr("Business licence");
    if (kind == u"qualification"_s)
        return ContractorPanel::tr("Qualification certificate");
    if (kind == u"injury_insurance"_s)
        return ContractorPanel::tr("Work-injury insurance (6 months paid)");
    if (kind == u"hse_agreement"_s)
        return ContractorPanel::tr("Signed HSE agreement");
    return kind;
}

QString stateLabel(const QString &state)
{
    if (state == u"superseded"_s)
        return ContractorPanel::tr("Superseded");
    return TableModel::label(state);
}

} // namespace

ContractorPanel::ContractorPanel(PanelHost *host) : QWidget(host->hostWidget()), m_host(host)
{
    setObjectName(u"contractorPanel"_s);
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    // Register / edit / suspend, documents, workers, ledger import (issue #17).
    m_actions = new ContractorActions(host->dataWorker(), this);
    outer->addWidget(m_actions);
    connect(m_actions, &ContractorActions::changed, this, [this](const QString &code) {
        if (!code.isEmpty())
            showContractor(code);
        loadTasks();
    });
    outer->addWidget(split, 1);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    outer->addWidget(m_status);

    // Companies.
    m_companies = makeReadOnlyTable({tr("Code"), tr("Company"), tr("Trade"), tr("Workers"), tr("Documents"), tr("Admission")}, split);
    m_companies->setObjectName(u"contractorCompanies"_s);
    m_companies->setMinimumWidth(380); // code, name, trade and the admission verdict stay readable
    split->addWidget(m_companies);
    connect(m_companies, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_companies->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            showContractor(m_companies->item(rows.first().row(), 0)->text());
    });

    // Beside the list, one tab per job: the selected company's documents with the viewer, its workers, the
    // coordinator's tasks, the imports, the gates, who is on site. Side by side they needed about 1900 px
    // and the workers scrolled off a 1600 or 1920 px screen.
    m_tabs = new QTabWidget(split);
    m_tabs->setObjectName(u"contractorTabs"_s);
    auto *docSplit = new QSplitter(Qt::Horizontal, m_tabs);
    docSplit->setObjectName(u"contractorDocumentsPage"_s);

    // A company's documents, the upload form and the viewer.
    auto *docs = new QWidget(docSplit);
    auto *dl = new QVBoxLayout(docs);
    dl->setContentsMargins(0, 0, 0, 0);
    m_docTitle = new QLabel(tr("Select a contractor to see its documents."), docs);
    dl->addWidget(m_docTitle);
    m_admission = new QLabel(docs);
    m_admission->setObjectName(u"contractorAdmission"_s);
    m_admission->setWordWrap(true);
    dl->addWidget(m_admission);
    m_documents = makeReadOnlyTable({tr("Document"), tr("File"), tr("Issued"), tr("Expires"), tr("State"), tr("Pages"), tr("SHA-256")}, docs);
    m_documents->setObjectName(u"contractorDocuments"_s);
    dl->addWidget(m_documents, 1);
    connect(m_documents, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_documents->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        QTableWidgetItem *first = m_documents->item(rows.first().row(), 0);
        if (first && first->data(Qt::UserRole).toLongLong() > 0)
            showDocument(first->data(Qt::UserRole).toLongLong(), m_documents->item(rows.first().row(), 1)->text());
    });
    auto *form = new QGridLayout;
    m_kind = new QComboBox(docs);
    for (const QString &k : ContractorService::documentKinds())
        m_kind->addItem(kindLabel(k), k);
    m_issued = new QDateEdit(processClock().now().toLocalTime().date().addYears(-1), docs);
    m_expires = new QDateEdit(processClock().now().toLocalTime().date().addYears(1), docs);
    for (QDateEdit *d : {m_issued, m_expires}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_upload = new QPushButton(tr("Upload PDF…"), docs);
    m_upload->setToolTip(tr("Checked as a real, unencrypted PDF within the size limit, stored with its SHA-256"));
    // Two rows, so the page fits beside the list and the viewer at 1600 px: what and the button, then the dates.
    form->addWidget(m_kind, 0, 0, 1, 3);
    form->addWidget(m_upload, 0, 3);
    form->addWidget(new QLabel(tr("Issued"), docs), 1, 0);
    form->addWidget(m_issued, 1, 1);
    form->addWidget(new QLabel(tr("Expires"), docs), 1, 2);
    form->addWidget(m_expires, 1, 3);
    dl->addLayout(form);
    connect(m_upload, &QPushButton::clicked, this, &ContractorPanel::upload);
    docSplit->addWidget(docs);

    m_pdf = new QPdfDocument(this);
    m_view = new QPdfView(docSplit);
    m_view->setObjectName(u"contractorPdfView"_s);
    m_view->setDocument(m_pdf);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setMinimumWidth(220);
    docSplit->addWidget(m_view);
    docSplit->setStretchFactor(0, 3);
    docSplit->setStretchFactor(1, 2);
    m_tabs->addTab(docSplit, tr("Documents"));

    // Workers, tasks, whitelist import, registry, people on site.
    auto *tabs = m_tabs;
    // The selected company's workers with their own certificate state and the company's document state.
    m_workers = makeReadOnlyTable({tr("Worker"), tr("Name"), tr("Job"), tr("Certificates"), tr("Company documents"), tr("Whitelisted"),
                                   tr("Site briefing")},
                                  tabs);
    m_workers->setObjectName(u"contractorWorkers"_s);
    connect(m_workers, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_workers->selectionModel()->selectedRows();
        m_actions->setWorker(rows.isEmpty() || !m_workers->item(rows.first().row(), 0) ? QString()
                                                                                       : m_workers->item(rows.first().row(), 0)->text());
    });
    tabs->addTab(m_workers, tr("Workers"));
    m_tasks = makeReadOnlyTable({tr("Due"), tr("Task"), tr("Contractor")}, tabs);
    m_tasks->setObjectName(u"contractorTasks"_s);
    tabs->addTab(m_tasks, tr("Coordinator tasks"));
    m_imports = new RosterImportPanel(m_host, tabs);
    tabs->addTab(m_imports, tr("Whitelist and shift imports"));
    m_gates = new GateDevicePanel(m_host, tabs);
    tabs->addTab(m_gates, tr("Gates and devices"));
    auto *on = new QWidget(tabs);
    auto *onl = new QVBoxLayout(on);
    m_onSite = makeReadOnlyTable({tr("Worker"), tr("Name"), tr("Contractor"), tr("Checked in")}, on);
    onl->addWidget(m_onSite, 1);
    m_verify = new QPushButton(tr("Verify credit codes with the registry"), on);
    m_verify->setObjectName(u"contractorVerifyRegistry"_s);
    onl->addWidget(m_verify);
    m_diff = new QPlainTextEdit(on);
    m_diff->setObjectName(u"registryResults"_s);
    m_diff->setReadOnly(true);
    m_diff->setMaximumHeight(120);
    m_diff->setPlaceholderText(tr("Registry verification results appear here."));
    onl->addWidget(m_diff);
    connect(m_verify, &QPushButton::clicked, this, &ContractorPanel::verifyRegistry);
    tabs->addTab(on, tr("On site"));
    split->addWidget(tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);

    // The actions bring their page forward: a document is added on the Documents page, a worker on Workers.
    connect(m_actions->findChild<QPushButton *>(u"contractorAddDocument"_s), &QPushButton::clicked, this,
            [this, docSplit] { m_tabs->setCurrentWidget(docSplit); });
    for (const char *name : {"contractorAddWorker", "contractorEditWorker", "contractorWorkerRecords"})
        connect(m_actions->findChild<QPushButton *>(QLatin1StringView(name)), &QPushButton::clicked, this,
                [this] { m_tabs->setCurrentWidget(m_workers); });

    connect(m_host->dataWorker(), &DataWorker::snapshotReady, this, [this](const SnapshotPtr &s) { setSnapshot(s); });
}

ContractorPanel::~ContractorPanel() = default;

void ContractorPanel::report(const QString &message, bool bad)
{
    m_status->setText(message);
    m_status->setStyleSheet(bad ? u"QLabel { color: #e53935; font-weight: bold; }"_s : QString());
}

void ContractorPanel::setSnapshot(const SnapshotPtr &s)
{
    if (!s)
        return;
    const bool first = !m_snapshot;
    m_snapshot = s;
    const QList<ContractorRow> &c = s->contractorRows;
    m_actions->setToday(s->today);
    const QSignalBlocker block(m_companies);
    m_companies->setRowCount(int(c.size()));
    for (int r = 0; r < c.size(); ++r) {
        const ContractorRow &row = c[r];
        const QString name = row.nameZh.isEmpty() ? row.name : row.nameZh;
        m_companies->setItem(r, 0, item(row.code));
        m_companies->setItem(r, 1, item(name));
        m_companies->setItem(r, 2, item(valueLabel(row.trade)));
        m_companies->setItem(r, 3, item(QString::number(row.workers)));
        m_companies->setItem(r, 4, item(stateLabel(row.documents), row.documents));
        // The admission verdict (CONTRACTS.md 6.2) with every reason: the missing, short or expired document.
        const QString status = row.status, reasons = row.reasons.join(u"; "_s);
        auto *adm = item(status == u"admitted"_s ? tr("✓ Admitted")
                             : status == u"suspended"_s ? tr("✕ Suspended: %1").arg(reasons)
                                                        : tr("✕ Not admitted: %1").arg(reasons),
                         status == u"admitted"_s ? u"valid"_s : u"expired"_s);
        adm->setToolTip(reasons);
        m_companies->setItem(r, 5, adm);
        if (row.code == m_selected)
            m_companies->selectRow(r);
    }
    m_companies->resizeColumnsToContents();
    showAdmission();
    showWorkers();
    const QList<PersonOnSite> &o = s->onSiteRows;
    m_onSite->setRowCount(int(o.size()));
    for (int r = 0; r < o.size(); ++r) {
        m_onSite->setItem(r, 0, item(o[r].code));
        m_onSite->setItem(r, 1, item(o[r].name));
        m_onSite->setItem(r, 2, item(o[r].contractor));
        m_onSite->setItem(r, 3, item(QDateTime::fromMSecsSinceEpoch(o[r].at, s->timeZone).toString(u"yyyy-MM-dd HH:mm"_s)));
    }
    if (first) {
        loadTasks();
        m_imports->reload();
        m_gates->reload();
        if (c.isEmpty())
            m_docTitle->setText(tr("No contractors yet: register one (Register…), import the ledger (Import ledger…) or use "
                                   "guardlinectl contractors add."));
    }
}

void ContractorPanel::showContractor(const QString &code)
{
    if (code.isEmpty())
        return;
    m_selected = code;
    showAdmission();
    showWorkers();
    loadDocuments();
}

void ContractorPanel::showAdmission()
{
    const ContractorRow *row = nullptr;
    if (m_snapshot)
        for (const ContractorRow &r : m_snapshot->contractorRows)
            if (r.code == m_selected)
                row = &r;
    if (!row) {
        m_admission->clear();
        m_actions->setContractor(m_selected, false); // just registered: the snapshot follows
        return;
    }
    const QString status = row->status;
    const QStringList &reasons = row->reasons;
    m_actions->setContractor(m_selected, status == u"suspended"_s);
    if (status == u"admitted"_s) {
        m_admission->setText(tr("✓ %1 is admitted: every required document is valid and the insurance proof covers the last six months.")
                                 .arg(m_selected));
        m_admission->setStyleSheet(u"QLabel { color: #2e7d32; }"_s);
        return;
    }
    QString text = (status == u"suspended"_s ? tr("✕ %1 is SUSPENDED and not admitted:") : tr("✕ %1 is NOT admitted:")).arg(m_selected);
    for (const QString &r : reasons)
        text += u"\n  • "_s + r;
    m_admission->setText(text);
    m_admission->setStyleSheet(u"QLabel { color: #e53935; font-weight: bold; }"_s);
}

void ContractorPanel::showWorkers()
{
    if (!m_snapshot)
        return;
    QList<const PersonRow *> rows;
    for (const PersonRow &person : m_snapshot->peopleRows)
        if (person.contractor == m_selected)
            rows << &person;
    m_workers->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const PersonRow &row = *rows[r];
        m_workers->setItem(r, 0, item(row.code));
        m_workers->setItem(r, 1, item(row.name));
        m_workers->setItem(r, 2, item(row.job));
        m_workers->setItem(r, 3, validityItem(row.certificates));
        m_workers->setItem(r, 4, validityItem(row.companyDocuments));
        if (m_workers->item(r, 4))
            m_workers->item(r, 4)->setToolTip(m_admission->text());
        auto *wl = item(!row.leftOn.isEmpty() ? tr("✕ left on %1").arg(row.leftOn) : row.whitelisted ? tr("yes") : tr("✕ NO"));
        if (!row.whitelisted || !row.leftOn.isEmpty())
            wl->setForeground(colours::severity(u"critical"_s));
        m_workers->setItem(r, 5, wl);
        m_workers->setItem(r, 6, item(row.briefingOn));
    }
    m_workers->resizeColumnsToContents();
}

void ContractorPanel::loadDocuments()
{
    const QString code = m_selected;
    const QDate today = m_snapshot ? m_snapshot->today : processClock().now().toLocalTime().date();
    struct Docs {
        QList<ContractorDocumentRow> rows;
        QStringList missing;
    };
    m_host->dataWorker()->call(
        this,
        [code, today](ServiceContext &ctx) {
            AdmissionDocuments a(ctx);
            return Docs{ContractorDocumentRow::fromTable(a.documents(code, today)), a.missingDocuments(code)};
        },
        [this, code](Docs d) {
            if (code != m_selected)
                return;
            m_documents->setRowCount(0);
            m_documents->setRowCount(int(d.rows.size() + d.missing.size()));
            int r = 0;
            for (const QString &kind : std::as_const(d.missing)) {
                m_documents->setItem(r, 0, item(kindLabel(kind), u"missing"_s));
                m_documents->setItem(r, 4, item(stateLabel(u"missing"_s), u"missing"_s));
                ++r;
            }
            for (const ContractorDocumentRow &row : std::as_const(d.rows)) {
                const QString &state = row.state;
                auto *k = item(kindLabel(row.kind), state);
                k->setData(Qt::UserRole, row.stored ? row.id : 0);
                m_documents->setItem(r, 0, k);
                m_documents->setItem(r, 1, item(row.fileName));
                m_documents->setItem(r, 2, item(row.issuedOn));
                m_documents->setItem(r, 3, item(row.expiresOn, state));
                m_documents->setItem(r, 4, item(stateLabel(state), state));
                m_documents->setItem(r, 5, item(row.pages > 0 ? QString::number(row.pages) : QString()));
                m_documents->setItem(r, 6, item(row.sha256.left(16) + u"…"_s));
                ++r;
            }
            m_documents->resizeColumnsToContents();
            m_docTitle->setText(d.missing.isEmpty() ? tr("Documents of %1").arg(code)
                                                    : tr("Documents of %1 — %n required document(s) MISSING", nullptr, int(d.missing.size())).arg(code));
            Q_EMIT documentsLoaded(int(d.rows.size()));
        },
        [this](const QString &err) { report(err, true); });
}

void ContractorPanel::loadTasks()
{
    m_host->dataWorker()->call(
        this, [](ServiceContext &ctx) { return ContractorTaskRow::fromTable(ExpiryTasks(ctx).tasks()); },
        [this](QList<ContractorTaskRow> tasks) {
            m_tasks->setRowCount(int(tasks.size()));
            const QDate today = m_snapshot ? m_snapshot->today : processClock().now().toLocalTime().date();
            for (int r = 0; r < tasks.size(); ++r) {
                const QString &due = tasks[r].dueOn;
                m_tasks->setItem(r, 0, item(due, validityOf(QDate::fromString(due, Qt::ISODate), today)));
                m_tasks->setItem(r, 1, item(localized(tasks[r].title, tasks[r].titleZh)));
                m_tasks->setItem(r, 2, item(tasks[r].contractor));
            }
            m_tasks->resizeColumnsToContents();
            Q_EMIT taskListLoaded(int(tasks.size()));
        },
        [this](const QString &err) { report(err, true); });
}

void ContractorPanel::showDocument(qint64 id, const QString &fileName)
{
    m_host->dataWorker()->call(
        this, [id](ServiceContext &ctx) { return AdmissionDocuments(ctx).documentContent(id); },
        [this, fileName](QByteArray bytes) {
            m_pdf->close();
            delete m_pdfBuffer;
            m_pdfBuffer = new QBuffer(this);
            m_pdfBuffer->setData(bytes);
            m_pdfBuffer->open(QIODevice::ReadOnly);
            m_pdf->load(m_pdfBuffer);
            report(tr("Showing %1 (%n page(s))", nullptr, m_pdf->pageCount()).arg(fileName), false);
            Q_EMIT documentShown(m_pdf->pageCount());
        },
        [this](const QString &err) { report(err, true); });
}

void ContractorPanel::upload()
{
    if (m_selected.isEmpty()) {
        report(tr("Select the contractor the document belongs to first."), true);
        return;
    }
    const QString file = QFileDialog::getOpenFileName(this, tr("Contractor document"), {}, tr("PDF documents (*.pdf)"));
    if (file.isEmpty())
        return;
    const QString code = m_selected, kind = m_kind->currentData().toString();
    const QDate issued = m_issued->date(), expires = m_expires->date();
    report(tr("Checking %1…").arg(QFileInfo(file).fileName()), false);
    m_host->dataWorker()->call(
        this,
        [=](ServiceContext &ctx) {
            return AdmissionDocuments(ctx).uploadDocumentFile(code, {kind, {}, {}, issued, expires, {}, {}}, file, admission::pdfInspector());
        },
        [this, file](qint64) {
            report(tr("%1 stored and verified as a PDF.").arg(QFileInfo(file).fileName()), false);
            loadDocuments();
            loadTasks();
        },
        [this](const QString &err) { report(tr("Refused: %1").arg(err), true); }, true);
}

void ContractorPanel::verifyRegistry()
{
    m_verify->setEnabled(false);
    auto failed = [this](const QString &err) {
        m_verify->setEnabled(true);
        report(err, true);
    };
    auto shown = [this](RegistryRun run) {
        m_verify->setEnabled(true);
        QStringList lines{tr("Registry verification")};
        if (!run.offline.isEmpty())
            lines << tr("No registry (%1): each result is the last cached answer or 'unverified'.").arg(run.offline);
        for (const QJsonObject &r : std::as_const(run.results))
            lines << u"%1: %2%3"_s.arg(r.value(u"contractor"_s).toString(), r.value(u"state"_s).toString(),
                                       r.value(u"detail"_s).toString().isEmpty() ? QString() : u" — "_s + r.value(u"detail"_s).toString());
        m_diff->setPlainText(lines.join(u'\n'));
        report(tr("Registry verification done for %n contractor(s).", nullptr, int(run.results.size())), false);
        Q_EMIT registryChecked(int(run.results.size()));
    };
    // The registry is asked off the data thread (a slow registry takes seconds per company, and every other
    // read and write of the app would wait behind it): the data thread only reads the companies, then stores
    // the answers.
    m_host->dataWorker()->call(
        this, [](ServiceContext &ctx) { return RegistryCheck(ctx).planRegistry({}); },
        [this, failed, shown](RegistryPlan plan) {
            RegistryCheck::lookUpInBackground(std::move(plan), this, [this, failed, shown](RegistryPlan answered) {
                m_host->dataWorker()->call(
                    this, [answered](ServiceContext &ctx) { return RegistryCheck(ctx).storeRegistry(answered); }, shown, failed);
            });
        },
        failed);
}

} // namespace ui
} // namespace gl
