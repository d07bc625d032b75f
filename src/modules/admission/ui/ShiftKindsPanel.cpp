// SPDX-License-Identifier: Apache-2.0
#include "modules/admission/ui/ShiftKindsPanel.h"
#include "modules/admission/logic/ContractorService.h"
#include "platform/auth/Roles.h"
#include "shell/DataWorker.h"
#include "shell/TableModel.h"

#include <QGridLayout>
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

namespace {
QTableWidgetItem *cell(const QString &text) { return new QTableWidgetItem(text); }
} // namespace

ShiftKindsPanel::ShiftKindsPanel(DataWorker *worker, QWidget *parent) : QWidget(parent), m_worker(worker)
{
    setObjectName(u"shiftKindsPanel"_s);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(new QLabel(tr("Shift kinds (the shift roster names them by code)"), this));
    m_table = makeReadOnlyTable({tr("Code"), tr("Name"), tr("Chinese name"), tr("Start"), tr("End")}, this);
    m_table->setObjectName(u"shiftKinds"_s);
    m_table->horizontalHeader()->setStretchLastSection(true);
    v->addWidget(m_table, 1);
    // Two rows, so that the names keep their room in a narrow dock: code, name, Chinese name; start, end, the button.
    auto *grid = new QGridLayout;
    auto edit = [this, grid](const char *name, const QString &placeholder, int row, int column) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        e->setPlaceholderText(placeholder);
        grid->addWidget(e, row, column);
        return e;
    };
    m_code = edit("shiftKindCode", tr("code, e.g. DAY"), 0, 0);
    m_name = edit("shiftKindName", tr("name, e.g. Day shift"), 0, 1);
    m_nameZh = edit("shiftKindNameZh", tr("Chinese name (optional)"), 0, 2);
    m_start = edit("shiftKindStart", tr("start HH:mm"), 1, 0);
    m_end = edit("shiftKindEnd", tr("end HH:mm"), 1, 1);
    m_end->setToolTip(tr("Before the start: the shift runs overnight; 24:00 is midnight at the end of the day"));
    m_define = new QPushButton(tr("Define shift kind"), this);
    m_define->setObjectName(u"shiftKindDefine"_s);
    grid->addWidget(m_define, 1, 2);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 2);
    grid->setColumnStretch(0, 1);
    v->addLayout(grid);
    m_status = new QLabel(this);
    m_status->setObjectName(u"shiftKindStatus"_s);
    m_status->setWordWrap(true);
    v->addWidget(m_status);
    connect(m_define, &QPushButton::clicked, this, &ShiftKindsPanel::define);
    for (QLineEdit *e : {m_code, m_name, m_nameZh, m_start, m_end})
        connect(e, &QLineEdit::returnPressed, this, &ShiftKindsPanel::define);
}

void ShiftKindsPanel::reload()
{
    if (!m_askedMayEdit) {
        m_askedMayEdit = true;
        m_worker->call(
            this, [](ServiceContext &ctx) { return PermissionMatrix::defaults().allows(ctx.actor.role, u"contractor.edit"_s); },
            [this](bool may) {
                m_define->setEnabled(may);
                if (!may)
                    m_define->setToolTip(tr("Needs the permission to register contractors (contractor.edit)"));
            });
    }
    m_worker->call(
        this, [](ServiceContext &ctx) { return ContractorService(ctx).shiftKinds(); },
        [this](QList<ShiftKind> kinds) {
            m_table->setRowCount(int(kinds.size()));
            for (int r = 0; r < kinds.size(); ++r) {
                const ShiftKind &k = kinds[r];
                const QStringList cells{k.code, k.name, k.nameZh, k.start, k.end};
                for (int c = 0; c < cells.size(); ++c)
                    m_table->setItem(r, c, cell(cells[c]));
            }
            m_table->resizeColumnsToContents();
            m_table->horizontalHeader()->setStretchLastSection(true);
        },
        [this](const QString &err) {
            m_status->setText(err);
            m_status->setStyleSheet(u"QLabel { color: #e53935; font-weight: bold; }"_s);
        });
}

void ShiftKindsPanel::define()
{
    const ShiftKind k{m_code->text().trimmed(), m_name->text().trimmed(), m_nameZh->text().trimmed(), m_start->text().trimmed(),
                      m_end->text().trimmed()};
    m_define->setEnabled(false);
    m_worker->call(
        this, [k](ServiceContext &ctx) { ContractorService(ctx).defineShift(k); },
        [this, k] {
            m_define->setEnabled(true);
            const QString msg = tr("Shift kind %1 (%2–%3) defined.").arg(k.code, k.start, k.end);
            m_status->setText(msg);
            m_status->setStyleSheet(QString());
            for (QLineEdit *e : {m_code, m_name, m_nameZh, m_start, m_end})
                e->clear();
            reload();
            Q_EMIT defined(true, msg);
        },
        [this](const QString &err) {
            m_define->setEnabled(true);
            const QString msg = tr("Not defined: %1").arg(err);
            m_status->setText(msg);
            m_status->setStyleSheet(u"QLabel { color: #e53935; font-weight: bold; }"_s);
            Q_EMIT defined(false, msg);
        },
        true);
}

ShiftsDialog::ShiftsDialog(DataWorker *worker, QWidget *parent) : QDialog(parent), m_panel(new ShiftKindsPanel(worker, this))
{
    setObjectName(u"shiftsDialog"_s);
    setWindowTitle(tr("Shifts"));
    auto *v = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A shift roster names these shifts; a worker is admitted on the days a shift is assigned to them. "
                                "Times are site time."),
                             this);
    intro->setWordWrap(true);
    v->addWidget(intro);
    v->addWidget(m_panel, 1);
    auto *close = new QPushButton(tr("Close"), this);
    auto *h = new QHBoxLayout;
    h->addStretch(1);
    h->addWidget(close);
    v->addLayout(h);
    resize(620, 420);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    m_panel->reload();
}

} // namespace ui
} // namespace gl
