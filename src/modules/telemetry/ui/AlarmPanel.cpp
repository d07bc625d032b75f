// SPDX-License-Identifier: Apache-2.0
#include "modules/telemetry/ui/AlarmPanel.h"
#include "modules/dispatch/logic/OperationsService.h"
#include "modules/dispatch/ui/DispatchActions.h"
#include "modules/telemetry/ui/AlarmAnnunciator.h"
#include "modules/telemetry/ui/TagChartWindow.h"
#include "platform/domain/States.h"
#include "shell/CsvExport.h"
#include "shell/TableModel.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

AlarmPanel::AlarmPanel(QWidget *parent)
    : QWidget(parent),
      m_model(new TableModel({{u"severity"_s, tr("Priority")}, {u"state"_s, tr("State")}, {u"raised_at"_s, tr("Raised")},
                              {u"area"_s, tr("Area")}, {u"message"_s, tr("Alarm")}, {u"tag"_s, tr("Tag")}}, this)),
      m_view(makeTableView(this)), m_ack(new QPushButton(tr("Acknowledge (Space)"), this)), m_banner(new QLabel(this))
{
    m_view->setObjectName(u"alarmList"_s);
    m_model->setKey({u"id"_s}); // a refresh updates the rows that changed: the list keeps its place and selection
    m_ack->setObjectName(u"acknowledgeAlarm"_s);
    auto *proxy = new AlarmFilterModel(this);
    m_proxy = proxy;
    m_filter = proxy;
    proxy->setSourceModel(m_model);
    proxy->setSortRole(Qt::UserRole);
    proxy->setDynamicSortFilter(true);
    m_view->setModel(proxy);
    // Sort by any column (a header click); newest first until the operator chooses. Priority sorts by
    // rank (critical first), not alphabetically.
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(2, Qt::DescendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_banner->setWordWrap(true);

    // Filters: text (alarm, area, tag), lowest priority shown, states.
    m_filterText = new QLineEdit(this);
    m_filterText->setObjectName(u"alarmFilterText"_s);
    m_filterText->setPlaceholderText(tr("Filter: alarm, area or tag"));
    m_filterText->setClearButtonEnabled(true);
    m_filterPriority = new QComboBox(this);
    m_filterPriority->setObjectName(u"alarmFilterPriority"_s);
    m_filterPriority->addItem(tr("All priorities"), QString());
    m_filterPriority->addItem(tr("Critical"), u"critical"_s);
    m_filterPriority->addItem(tr("High and above"), u"high"_s);
    m_filterPriority->addItem(tr("Medium and above"), u"medium"_s);
    m_filterState = new QComboBox(this);
    m_filterState->setObjectName(u"alarmFilterState"_s);
    m_filterState->addItem(tr("All states"), int(AlarmFilterModel::States::All));
    m_filterState->addItem(tr("Waiting for acknowledgement"), int(AlarmFilterModel::States::Waiting));
    m_filterState->addItem(tr("Not cleared"), int(AlarmFilterModel::States::Open));
    connect(m_filterText, &QLineEdit::textChanged, this, &AlarmPanel::filtersChanged);
    connect(m_filterPriority, &QComboBox::currentIndexChanged, this, &AlarmPanel::filtersChanged);
    connect(m_filterState, &QComboBox::currentIndexChanged, this, &AlarmPanel::filtersChanged);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filterText, 2);
    filters->addWidget(m_filterPriority, 1);
    filters->addWidget(m_filterState, 1);

    // Annunciation: the tone of the highest waiting priority until acknowledged or silenced.
    m_annunciator = new AlarmAnnunciator(this, this);
    m_silence = new QPushButton(tr("Silence (F8)"), this);
    m_silence->setObjectName(u"silenceAlarms"_s);
    m_silence->setToolTip(tr("Quiet the alarms sounding now; a new alarm sounds again"));
    m_silence->setEnabled(false);
    auto *silenceKey = new QShortcut(QKeySequence(Qt::Key_F8), this);
    silenceKey->setContext(Qt::WindowShortcut);
    connect(silenceKey, &QShortcut::activated, m_annunciator, &AlarmAnnunciator::silence);
    connect(m_silence, &QPushButton::clicked, m_annunciator, &AlarmAnnunciator::silence);
    m_audible = new QPushButton(this);
    m_audible->setObjectName(u"audibleAlarms"_s);
    m_audible->setCheckable(true);
    m_audible->setChecked(m_annunciator->isAudible());
    m_audible->setToolTip(tr("Alarm tones on this workstation (saved for this user and computer)"));
    auto audibleText = [this] { m_audible->setText(m_annunciator->isAudible() ? tr("Sound on") : tr("Sound off")); };
    audibleText();
    connect(m_audible, &QPushButton::toggled, this, [this, audibleText](bool on) {
        m_annunciator->setAudible(on);
        audibleText();
    });
    connect(m_annunciator, &AlarmAnnunciator::changed, this, [this] { m_silence->setEnabled(!m_annunciator->sounding().isEmpty()); });

    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(2, 2, 2, 2);
    l->addWidget(m_banner);
    // ISA-18.2 flood per operator position: this workstation's position, and the flood banner.
    m_floodBanner = new QLabel(this);
    m_floodBanner->setObjectName(u"floodBanner"_s);
    m_floodBanner->setWordWrap(true);
    m_floodBanner->setStyleSheet(u"QLabel { background: #e65100; color: white; padding: 6px; font-weight: bold; }"_s);
    m_floodBanner->hide();
    l->addWidget(m_floodBanner);
    m_position = new QComboBox(this);
    m_position->setObjectName(u"operatorPosition"_s);
    m_position->setSizeAdjustPolicy(QComboBox::AdjustToContents); // the position's name and areas in full
    m_position->setToolTip(tr("This console's operator position: the alarm flood is counted over its areas"));
    connect(m_position, &QComboBox::activated, this, [this] {
        QSettings().setValue(u"alarms/position"_s, m_position->currentData().toString());
        showFlood();
    });
    filters->addWidget(m_position, 1);
    l->addLayout(filters);
    l->addWidget(m_view);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_ack, 1);
    buttons->addWidget(m_silence);
    buttons->addWidget(m_audible);
    buttons->addWidget(makeCsvButton(this, m_view, u"alarms"_s));
    l->addLayout(buttons);
    connect(m_ack, &QPushButton::clicked, this, &AlarmPanel::acknowledgeSelected);
    // Space acknowledges only while the alarm list has the focus (not a button or a field elsewhere).
    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), m_view);
    space->setContext(Qt::WidgetShortcut);
    connect(space, &QShortcut::activated, this, &AlarmPanel::acknowledgeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AlarmPanel::selectionMoved);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AlarmPanel::selectionMoved);
    // Issue #8: the chart of the alarm's tag: double click, or right-click → Chart of the alarm's tag.
    auto chartOf = [this, proxy](const QModelIndex &idx) {
        const int row = idx.isValid() ? proxy->mapToSource(idx).row() : -1;
        if (row >= 0 && row < m_rows.size())
            TagChartWindow::open(this, m_rows[row].tag);
    };
    connect(m_view, &QTableView::doubleClicked, this, chartOf);
    auto *chart = new QAction(tr("Chart of the alarm's tag"), m_view);
    connect(chart, &QAction::triggered, this, [this, chartOf] { chartOf(m_view->currentIndex()); });
    m_view->addAction(chart);
    // Issue 16: an instruction by hand for the alarm's area (HALT POUR, stop hot work, evacuate, resume).
    auto *instruction = new QAction(tr("Instruction to the area…"), m_view);
    instruction->setObjectName(u"alarmInstruction"_s);
    connect(instruction, &QAction::triggered, this, [this, proxy] {
        const QModelIndex idx = m_view->currentIndex();
        const int row = idx.isValid() ? proxy->mapToSource(idx).row() : -1;
        if (!m_worker || row < 0 || row >= m_rows.size())
            return;
        auto *d = new InstructionDialog(m_worker, m_rows[row].area, {}, {}, this);
        d->show();
    });
    m_view->addAction(instruction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void AlarmPanel::filtersChanged()
{
    m_restoring = true; // the selection stays on the same alarm, or is cleared when it is filtered out
    m_filter->setText(m_filterText->text());
    m_filter->setMinimumPriority(m_filterPriority->currentData().toString());
    m_filter->setStates(AlarmFilterModel::States(m_filterState->currentData().toInt()));
    const int row = rowOfId(m_selectedId);
    if (row >= 0) {
        m_view->setCurrentIndex(m_proxy->index(row, 0));
        m_view->selectRow(row);
    } else {
        m_selectedId = 0;
        m_view->selectionModel()->clearSelection();
        m_view->selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
    }
    m_restoring = false;
}

int AlarmPanel::rowOfId(qint64 id) const
{
    if (id <= 0)
        return -1;
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].id == id)
            return m_proxy->mapFromSource(m_model->index(r, 0)).row();
    return -1;
}

void AlarmPanel::selectionMoved()
{
    if (m_restoring)
        return;
    const QModelIndex idx = m_view->currentIndex();
    const bool selected = idx.isValid() && m_view->selectionModel()->isRowSelected(idx.row(), {});
    const int row = selected ? m_proxy->mapToSource(idx).row() : -1;
    m_selectedId = row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

QString AlarmPanel::workstationPosition()
{
    return QSettings().value(u"alarms/position"_s).toString();
}

FloodStatus AlarmPanel::floodOf(const Snapshot &s, const QString &position)
{
    // Counted by the service over the whole window (the snapshot's alarm list holds only the newest ones).
    const QString code = s.flood.position(position) ? position : s.flood.positions.value(0).code;
    for (const FloodStatus &st : s.floods)
        if (st.position == code)
            return st;
    FloodStatus none;
    none.position = code;
    return none;
}

void AlarmPanel::showFlood()
{
    if (!m_snapshot)
        return;
    const FloodSettings &f = m_snapshot->flood;
    // The site's positions; a position saved on this workstation that the site no longer has falls back to
    // the first (the whole site by default).
    QStringList codes;
    for (const OperatorPosition &p : f.positions)
        codes << p.code;
    QStringList shown;
    for (int i = 0; i < m_position->count(); ++i)
        shown << m_position->itemData(i).toString();
    if (shown != codes) {
        const QSignalBlocker block(m_position);
        m_position->clear();
        for (const OperatorPosition &p : f.positions) {
            const QString name = p.areas.isEmpty() ? (p.name.isEmpty() ? tr("Whole site") : p.name)
                                                   : tr("%1 (%2)").arg(p.name.isEmpty() ? p.code : p.name, p.areas.join(u", "_s));
            m_position->addItem(tr("Position: %1").arg(name), p.code);
        }
    }
    const QString saved = workstationPosition();
    const int index = m_position->findData(saved);
    if (index >= 0 && index != m_position->currentIndex()) {
        const QSignalBlocker block(m_position);
        m_position->setCurrentIndex(index);
    }
    m_position->setVisible(f.positions.size() > 1 || !f.positions.value(0).areas.isEmpty());
    m_flood = floodOf(*m_snapshot, m_position->currentData().toString());
    const OperatorPosition *p = f.position(m_flood.position);
    const QString positionName = !p || p->areas.isEmpty() ? tr("the whole site") : (p->name.isEmpty() ? p->code : p->name);
    QString text;
    if (m_flood.flooding) {
        QStringList areas;
        for (const QString &a : std::as_const(m_flood.floodingAreas))
            areas << tr("%1 (%2)").arg(a).arg(m_flood.areas.value(a));
        text = tr("ALARM FLOOD at %1: %2 alarms in the last %3 minutes (ISA-18.2 limit: %4 per operator position).")
                   .arg(positionName)
                   .arg(m_flood.count)
                   .arg(f.windowMs / 60000)
                   .arg(f.alarms);
        if (!areas.isEmpty())
            text += u' ' + tr("Flooding areas: %1.").arg(areas.join(u", "_s));
    }
    if (!m_snapshot->floodSettingsError.isEmpty())
        text += (text.isEmpty() ? QString() : u"\n"_s)
            + tr("The site's flood settings are not valid (the defaults apply): %1").arg(m_snapshot->floodSettingsError);
    m_floodBanner->setText(text);
    m_floodBanner->setVisible(!text.isEmpty());
}

void AlarmPanel::setSnapshot(const SnapshotPtr &s)
{
    m_snapshot = s;
    showFlood();
    // Safety: the selection is kept by alarm id. The list is newest first, so a row number would point
    // at another alarm as soon as a new one arrives, and Space would acknowledge an unseen alarm.
    m_restoring = true;
    m_rows = s->alarmRows; // row i of the model's table (the filter reads them as the model resets)
    m_filter->setRows(m_rows);
    m_model->setTable(s->alarms, s->timeZone, s->takenAt);
    m_view->resizeColumnsToContents();
    const int row = rowOfId(m_selectedId);
    if (row >= 0) {
        m_view->setCurrentIndex(m_proxy->index(row, 0));
        m_view->selectRow(row);
    } else {
        m_selectedId = 0; // the selected alarm is gone from the list: nothing is selected
        m_view->selectionModel()->clearSelection();
        m_view->selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
    }
    m_restoring = false;
    QList<AlarmAnnunciator::Waiting> waiting;
    for (const AlarmRow &r : s->alarmRows)
        if (r.waiting())
            waiting.append({r.id, r.severity});
    m_annunciator->update(waiting);
    const int unacked = s->summary.unackedAlarms;
    m_banner->setText(unacked ? tr("%n alarm(s) waiting for acknowledgement", nullptr, unacked) : tr("No unacknowledged alarms"));
    m_banner->setStyleSheet(unacked ? u"QLabel { background: #b71c1c; color: white; padding: 6px; font-weight: bold; }"_s
                                    : u"QLabel { padding: 6px; }"_s);
}

void AlarmPanel::acknowledgeSelected()
{
    if (m_selectedId > 0) {
        const int row = rowOfId(m_selectedId);
        if (row < 0)
            return;
        const AlarmRow &shown = m_rows[m_proxy->mapToSource(m_proxy->index(row, 0)).row()];
        if (shown.waiting()) // with the version this list shows (schema step 21)
            Q_EMIT acknowledgeRequested(m_selectedId, shown.rowVersion);
        return;
    }
    // Nothing selected: select the newest alarm waiting for acknowledgement so that the dispatcher sees
    // it; the next Space acknowledges it. Nothing is acknowledged unseen.
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        if (m_rows[m_proxy->mapToSource(m_proxy->index(r, 0)).row()].waiting()) {
            m_view->setCurrentIndex(m_proxy->index(r, 0));
            m_view->selectRow(r);
            m_view->scrollTo(m_proxy->index(r, 0));
            return;
        }
    }
}

} // namespace ui
} // namespace gl
