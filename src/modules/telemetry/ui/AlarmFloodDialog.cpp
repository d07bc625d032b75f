// SPDX-License-Identifier: Apache-2.0
#include "modules/telemetry/ui/AlarmFloodDialog.h"
#include "modules/site/logic/SiteService.h"
#include "modules/telemetry/logic/TelemetryService.h"
#include "platform/auth/Roles.h"
#include "platform/util/Error.h"
#include "shell/DataWorker.h"
#include "shell/PanelHost.h"
#include "shell/RoleTitle.h"

#include <QMainWindow>
#include <QStatusBar>
#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

namespace {
constexpr auto kPermission = u"rules.edit";
enum Column { ColCode, ColName, ColAreas };

/// What the dialog shows: the settings in effect, the site's areas, and why the stored settings are not used.
struct FloodForm {
    FloodSettings settings;
    QList<std::pair<QString, QString>> areas;
    QString problem;
};
} // namespace

void AlarmFloodDialog::installMenu(QMainWindow *window, PanelHost *host)
{
    QMenu *menu = window->menuBar()->findChild<QMenu *>(u"administrationMenu"_s);
    if (!menu) {
        menu = window->menuBar()->addMenu(tr("&Administration"));
        menu->setObjectName(u"administrationMenu"_s);
    }
    menu->setToolTipsVisible(true); // a disabled entry says why
    QAction *entry = menu->addAction(tr("Alarm &flood settings…"));
    entry->setObjectName(u"openAlarmFloodSettings"_s);
    entry->setEnabled(false);
    entry->setToolTip(tr("Sign in first."));
    // Enabled for whom the service would let change them; the service checks again on saving.
    auto signedIn = [entry](const QString &user, const QString &role) {
        const bool may = PermissionMatrix::defaults().allows(roleFromKey(role), QString::fromUtf16(kPermission));
        entry->setEnabled(may);
        entry->setToolTip(may ? tr("The ISA-18.2 alarm flood limit, its window and the operator positions (audited)")
                              : tr("Only an EHS manager or an administrator sets the alarm flood settings (permission rules.edit); "
                                   "you are signed in as %1 (%2).")
                                    .arg(user, roleTitle(roleFromKey(role))));
        entry->setStatusTip(entry->toolTip());
    };
    connect(host->dataWorker(), &DataWorker::opened, entry,
            [signedIn](const QString &, const QString &user, const QString &role, bool) { signedIn(user, role); });
    connect(host->dataWorker(), &DataWorker::userSwitched, entry, signedIn);
    connect(entry, &QAction::triggered, window, [host, entry] {
        if (entry->isEnabled())
            AlarmFloodDialog::openFor(host);
    });
}

AlarmFloodDialog *AlarmFloodDialog::openFor(PanelHost *host)
{
    auto *dialog = host->hostWidget()->findChild<AlarmFloodDialog *>(u"alarmFloodSettings"_s);
    if (!dialog)
        dialog = new AlarmFloodDialog(host->dataWorker(), host->hostWidget());
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    dialog->reload();
    return dialog;
}

AlarmFloodDialog::AlarmFloodDialog(DataWorker *worker, QWidget *parent)
    : QDialog(parent), m_worker(worker), m_alarms(new QSpinBox(this)), m_window(new QSpinBox(this)),
      m_positions(new QTableWidget(0, 3, this)), m_areas(new QListWidget(this)), m_add(new QPushButton(tr("&Add position"), this)),
      m_remove(new QPushButton(tr("&Remove position"), this)), m_save(new QPushButton(tr("&Save"), this)),
      m_close(new QPushButton(tr("Close"), this)), m_status(new QLabel(this))
{
    setObjectName(u"alarmFloodSettings"_s);
    setWindowTitle(tr("Alarm flood settings — Guardline"));
    setModal(false);
    resize(760, 560);
    m_alarms->setObjectName(u"floodAlarms"_s);
    m_window->setObjectName(u"floodWindow"_s);
    m_positions->setObjectName(u"floodPositions"_s);
    m_areas->setObjectName(u"floodPositionAreas"_s);
    m_add->setObjectName(u"floodAddPosition"_s);
    m_remove->setObjectName(u"floodRemovePosition"_s);
    m_save->setObjectName(u"floodSave"_s);
    m_status->setObjectName(u"floodStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_alarms->setRange(1, 10000);
    m_alarms->setToolTip(tr("More alarms than this within the window, annunciated to one operator position, is a flood"));
    m_window->setRange(60, 86400);
    m_window->setSingleStep(60);
    m_window->setSuffix(tr(" s"));
    m_window->setToolTip(tr("The window the alarms are counted in, in seconds (ISA-18.2: 10 minutes)"));
    m_positions->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Areas")});
    m_positions->horizontalHeader()->setSectionResizeMode(ColAreas, QHeaderView::Stretch);
    m_positions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_positions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_positions->verticalHeader()->hide();
    m_areas->setToolTip(tr("The areas whose alarms the selected position annunciates; none checked = the whole site"));

    auto *intro = new QLabel(tr("ISA-18.2: more alarms than the limit within the window at one operator position is an alarm "
                                "flood; the alarm panel shows it and the audit chain records when it begins and ends. Each "
                                "position annunciates the areas checked for it; a position without areas covers the whole site."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Flood &limit (alarms):"), m_alarms);
    form->addRow(tr("&Window:"), m_window);
    auto *positionButtons = new QHBoxLayout;
    positionButtons->addWidget(m_add);
    positionButtons->addWidget(m_remove);
    positionButtons->addStretch(1);
    auto *areasLabel = new QLabel(tr("A&reas of the selected position:"), this);
    areasLabel->setBuddy(m_areas);
    auto *positionsLabel = new QLabel(tr("&Operator positions:"), this);
    positionsLabel->setBuddy(m_positions);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(positionsLabel);
    layout->addWidget(m_positions, 2);
    layout->addLayout(positionButtons);
    layout->addWidget(areasLabel);
    layout->addWidget(m_areas, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    m_save->setDefault(true);
    connect(m_positions, &QTableWidget::itemSelectionChanged, this, &AlarmFloodDialog::selectionMoved);
    connect(m_areas, &QListWidget::itemChanged, this, &AlarmFloodDialog::areaToggled);
    connect(m_add, &QPushButton::clicked, this, &AlarmFloodDialog::addPosition);
    connect(m_remove, &QPushButton::clicked, this, &AlarmFloodDialog::removePosition);
    connect(m_save, &QPushButton::clicked, this, &AlarmFloodDialog::save);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    selectionMoved();
}

void AlarmFloodDialog::reload()
{
    m_status->setText(tr("Loading…"));
    m_save->setEnabled(false);
    m_worker->call(
        this,
        [](ServiceContext &ctx) {
            FloodForm f;
            try {
                for (const site::Area &a : SiteService(ctx).layout().areas)
                    f.areas.append({a.code, a.name});
            } catch (const Error &e) {
                if (e.code() != ErrorCode::NotFound)
                    throw;
            }
            try {
                f.settings = TelemetryService(ctx).floodSettings();
            } catch (const Error &e) {
                if (e.code() != ErrorCode::BadInput)
                    throw;
                f.problem = e.message(); // the defaults are shown; saving replaces the bad values
            }
            return f;
        },
        [this](FloodForm f) { fill(f.settings, f.areas, f.problem); },
        [this](const QString &err) { m_status->setText(tr("Could not read the flood settings: %1").arg(err)); });
}

void AlarmFloodDialog::fill(const FloodSettings &settings, const QList<std::pair<QString, QString>> &areas, const QString &problem)
{
    m_siteAreas = areas;
    m_filling = true;
    m_alarms->setValue(settings.alarms);
    m_window->setValue(int(settings.windowMs / 1000));
    m_positions->clearContents();
    m_positions->setRowCount(0);
    for (const OperatorPosition &p : settings.positions) {
        const int r = m_positions->rowCount();
        m_positions->insertRow(r);
        m_positions->setItem(r, ColCode, new QTableWidgetItem(p.code));
        m_positions->setItem(r, ColName, new QTableWidgetItem(p.name));
        auto *areasItem = new QTableWidgetItem;
        areasItem->setFlags(areasItem->flags() & ~Qt::ItemIsEditable);
        areasItem->setData(Qt::UserRole, p.areas);
        areasItem->setText(p.areas.isEmpty() ? tr("the whole site") : p.areas.join(u", "_s));
        m_positions->setItem(r, ColAreas, areasItem);
    }
    m_filling = false;
    if (m_positions->rowCount() > 0)
        m_positions->selectRow(0);
    selectionMoved();
    m_save->setEnabled(true);
    m_status->setText(problem.isEmpty() ? QString()
                                        : tr("The stored settings are not valid (the defaults are shown; saving replaces them): %1").arg(problem));
    Q_EMIT loaded();
}

int AlarmFloodDialog::currentRow() const
{
    const QList<QTableWidgetItem *> items = m_positions->selectedItems();
    return items.isEmpty() ? -1 : items.first()->row();
}

void AlarmFloodDialog::selectionMoved()
{
    const int row = currentRow();
    m_remove->setEnabled(row >= 0);
    m_areas->setEnabled(row >= 0);
    const QStringList checked = row >= 0 && m_positions->item(row, ColAreas) ? m_positions->item(row, ColAreas)->data(Qt::UserRole).toStringList()
                                                                             : QStringList();
    m_filling = true;
    m_areas->clear();
    for (const auto &[code, name] : std::as_const(m_siteAreas)) {
        auto *item = new QListWidgetItem(name.isEmpty() ? code : tr("%1 — %2").arg(code, name), m_areas);
        item->setData(Qt::UserRole, code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(code) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
}

void AlarmFloodDialog::areaToggled()
{
    const int row = currentRow();
    if (m_filling || row < 0)
        return;
    QStringList areas;
    for (int i = 0; i < m_areas->count(); ++i)
        if (m_areas->item(i)->checkState() == Qt::Checked)
            areas << m_areas->item(i)->data(Qt::UserRole).toString();
    QTableWidgetItem *item = m_positions->item(row, ColAreas);
    item->setData(Qt::UserRole, areas);
    item->setText(areas.isEmpty() ? tr("the whole site") : areas.join(u", "_s));
}

void AlarmFloodDialog::addPosition()
{
    const int r = m_positions->rowCount();
    m_positions->insertRow(r);
    m_positions->setItem(r, ColCode, new QTableWidgetItem);
    m_positions->setItem(r, ColName, new QTableWidgetItem);
    auto *areasItem = new QTableWidgetItem(tr("the whole site"));
    areasItem->setFlags(areasItem->flags() & ~Qt::ItemIsEditable);
    areasItem->setData(Qt::UserRole, QStringList());
    m_positions->setItem(r, ColAreas, areasItem);
    m_positions->selectRow(r);
    m_positions->setFocus();
    m_positions->setCurrentCell(r, ColCode);
    m_positions->editItem(m_positions->item(r, ColCode)); // the code is typed first
}

void AlarmFloodDialog::removePosition()
{
    const int row = currentRow();
    if (row >= 0)
        m_positions->removeRow(row);
    selectionMoved();
}

QList<OperatorPosition> AlarmFloodDialog::positions() const
{
    QList<OperatorPosition> out;
    for (int r = 0; r < m_positions->rowCount(); ++r) {
        OperatorPosition p;
        p.code = m_positions->item(r, ColCode) ? m_positions->item(r, ColCode)->text() : QString();
        p.name = m_positions->item(r, ColName) ? m_positions->item(r, ColName)->text() : QString();
        p.areas = m_positions->item(r, ColAreas) ? m_positions->item(r, ColAreas)->data(Qt::UserRole).toStringList() : QStringList();
        out << p;
    }
    return out;
}

void AlarmFloodDialog::save()
{
    TelemetryService::FloodChange change;
    change.alarms = m_alarms->value();
    change.windowS = m_window->value();
    change.positions = FloodSettings::positionsJson(positions());
    change.positionsSource = tr("Operator positions");
    m_save->setEnabled(false);
    m_status->setText(tr("Saving…"));
    m_worker->call(
        this, [change](ServiceContext &ctx) { return TelemetryService(ctx).setFloodSettings(change); },
        [this](FloodSettings now) {
            fill(now, m_siteAreas, {});
            m_status->setText(tr("Saved: more than %1 alarms within %2 s at one of %3 operator positions is a flood.")
                                  .arg(now.alarms)
                                  .arg(now.windowMs / 1000)
                                  .arg(now.positions.size()));
            Q_EMIT saved();
        },
        [this](const QString &err) {
            m_save->setEnabled(true);
            m_status->setText(tr("Not saved: %1").arg(err));
        },
        true); // the alarm panel counts by the new settings at once
}

} // namespace ui
} // namespace gl
