// SPDX-License-Identifier: Apache-2.0
// The contractor ledger imported from a CSV file on disk (issue #17): preview, then import all rows or none.
#include "modules/admission/ui/LedgerImportDialog.h"
#include "modules/admission/logic/ContractorService.h"
#include "modules/admission/ui/ContractorFormParts.h"
#include "platform/domain/Identifiers.h"
#include "shell/DataWorker.h"
#include "shell/TableModel.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

using namespace forms;

LedgerImportDialog::LedgerImportDialog(DataWorker *worker, QWidget *parent) : QDialog(parent), m_worker(worker)
{
    setObjectName(u"ledgerImportDialog"_s);
    setWindowTitle(tr("Import the contractor ledger"));
    auto *v = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("One row a contractor: code,name,name_zh,credit_code,trade,contact (UTF-8 or GB18030). Every row is "
                                "checked first; with any error nothing is imported."),
                             this);
    intro->setWordWrap(true);
    v->addWidget(intro);
    auto *h = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(u"ledgerFile"_s);
    m_file->setPlaceholderText(tr("path of the CSV file"));
    m_browse = browseFor(m_file, tr("Contractor ledger"), tr("CSV files (*.csv);;All files (*)"), this);
    m_browse->setObjectName(u"ledgerBrowse"_s);
    m_preview = new QPushButton(tr("Preview (nothing is stored)"), this);
    m_preview->setObjectName(u"ledgerPreview"_s);
    h->addWidget(m_file, 1);
    h->addWidget(m_browse);
    h->addWidget(m_preview);
    v->addLayout(h);
    m_result = makeReadOnlyTable({tr("Result"), tr("Contractor / line"), tr("Detail")}, this);
    m_result->setObjectName(u"ledgerResult"_s);
    m_result->horizontalHeader()->setStretchLastSection(true);
    v->addWidget(m_result, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(u"ledgerStatus"_s);
    m_status->setWordWrap(true);
    v->addWidget(m_status);
    m_import = new QPushButton(tr("Import all rows"), this);
    m_import->setObjectName(u"ledgerImport"_s);
    m_import->setEnabled(false);
    auto *close = new QPushButton(tr("Close"), this);
    auto *b = new QHBoxLayout;
    b->addStretch(1);
    b->addWidget(m_import);
    b->addWidget(close);
    v->addLayout(b);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_preview, &QPushButton::clicked, this, [this] { run(true); });
    connect(m_import, &QPushButton::clicked, this, [this] { run(false); });
    connect(m_file, &QLineEdit::textChanged, this, [this] { m_import->setEnabled(false); }); // a new file needs a new preview
    resize(760, 420);
}

void LedgerImportDialog::run(bool dryRun)
{
    const QString path = m_file->text().trimmed();
    if (path.isEmpty()) {
        setStatus(m_status, tr("Choose the ledger file."), true);
        return;
    }
    if (!dryRun && path != m_previewedFile) {
        setStatus(m_status, tr("Preview the file first."), true);
        return;
    }
    m_preview->setEnabled(false);
    m_import->setEnabled(false);
    m_worker->call(
        this, [path, dryRun](ServiceContext &ctx) { return ContractorService(ctx).importLedgerFile(path, dryRun); },
        [this, path, dryRun](LedgerFileImport o) {
            m_preview->setEnabled(true);
            const LedgerImport &r = o.result;
            m_result->setRowCount(0);
            auto add = [this](const QString &what, const QString &who, const QString &detail, const QColor &colour) {
                const int row = m_result->rowCount();
                m_result->insertRow(row);
                const QStringList cells{what, who, detail};
                for (int c = 0; c < 3; ++c) {
                    auto *i = new QTableWidgetItem(cells[c]);
                    if (colour.isValid())
                        i->setForeground(colour);
                    m_result->setItem(row, c, i);
                }
            };
            const QString source = QFileInfo(path).fileName() + u": "_s;
            for (const QString &e : r.errors) {
                QString detail = e.startsWith(source) ? e.mid(source.size()) : e;
                QString where;
                if (detail.startsWith(u"line "_s)) { // "line 4: field 'credit_code': ..."
                    where = detail.section(u':', 0, 0);
                    detail = detail.section(u':', 1, -1).trimmed();
                }
                add(tr("✕ Error"), where, detail, QColor(u"#e53935"_s));
            }
            for (const QString &c : r.added) // with errors nothing is registered: these rows are only checked
                add(!r.errors.isEmpty() ? tr("✓ No error") : dryRun ? tr("+ To register") : tr("+ Registered"), c, QString(), QColor());
            for (const QString &c : r.existing)
                add(tr("= Already registered"), c, tr("same credit code: left as it is"), QColor());
            m_result->resizeColumnsToContents();
            m_result->horizontalHeader()->setStretchLastSection(true);
            if (!r.errors.isEmpty()) {
                m_previewedFile.clear();
                setStatus(m_status, tr("%n error(s) in %1 (%2): nothing was imported. Correct the file and preview it again.", nullptr,
                                       int(r.errors.size()))
                                        .arg(QFileInfo(path).fileName(), o.encoding),
                          true);
                Q_EMIT previewed(int(r.added.size()), int(r.errors.size()));
                return;
            }
            if (dryRun) {
                m_previewedFile = path;
                m_import->setEnabled(!r.added.isEmpty());
                setStatus(m_status, tr("%1 (%2): %3 row(s), %4 to register, %5 already registered. Nothing stored yet.")
                                        .arg(QFileInfo(path).fileName(), o.encoding)
                                        .arg(o.rows)
                                        .arg(r.added.size())
                                        .arg(r.existing.size()),
                          false);
                Q_EMIT previewed(int(r.added.size()), 0);
            } else {
                m_previewedFile.clear();
                setStatus(m_status, tr("%n contractor(s) registered from %1.", nullptr, int(r.added.size())).arg(QFileInfo(path).fileName()),
                          false);
                Q_EMIT imported(int(r.added.size()));
            }
        },
        [this](const QString &err) {
            m_preview->setEnabled(true);
            m_previewedFile.clear();
            m_result->setRowCount(0);
            setStatus(m_status, tr("Refused: %1").arg(err), true);
            Q_EMIT previewed(0, 1);
        },
        !dryRun);
}


} // namespace ui
} // namespace gl
