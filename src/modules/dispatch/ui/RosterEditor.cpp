// SPDX-License-Identifier: Apache-2.0
#include "modules/dispatch/ui/RosterEditor.h"
#include "platform/auth/UserService.h"
#include "shell/PanelHost.h"
#include "shell/TableModel.h"
#include "shell/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

struct RosterEditor::Loaded {
    QList<DutyEntry> entries;
    QList<OnDutyNow> now;
    QList<UserInfo> users;
    bool canEdit = false;
    QString role;
    qint64 at = 0;
};

namespace {

constexpr qint64 kShowEndedMs = 7 * 24 * 3600'000LL;

QTableWidgetItem *cell(const QString &text, const QColor &fg = {})
{
    auto *i = new QTableWidgetItem(text);
    if (fg.isValid())
        i->setForeground(fg);
    return i;
}

} // namespace

RosterEditor *RosterEditor::open(PanelHost *host)
{
    auto *editor = host->hostWidget()->findChild<RosterEditor *>(u"rosterEditor"_s);
    if (!editor)
        editor = new RosterEditor(host);
    editor->show();
    editor->raise();
    editor->activateWindow();
    editor->reload();
    return editor;
}

RosterEditor::RosterEditor(PanelHost *host) : QWidget(host->hostWidget(), Qt::Window), m_host(host)
{
    setObjectName(u"rosterEditor"_s);
    setWindowTitle(tr("Duty roster — Guardline"));
    resize(1100, 760);
    auto *layout = new QVBoxLayout(this);
    m_zone = new QLabel(this);
    layout->addWidget(m_zone);
    m_readOnly = new QLabel(this);
    m_readOnly->setWordWrap(true);
    m_readOnly->setStyleSheet(u"QLabel { background: #37474f; color: white; padding: 6px; }"_s);
    m_readOnly->hide();
    layout->addWidget(m_readOnly);

    auto *nowBox = new QGroupBox(tr("On duty now — dispatch orders of an area are assigned to this person"), this);
    auto *nowLayout = new QVBoxLayout(nowBox);
    m_now = makeReadOnlyTable({tr("Area"), tr("Name"), tr("On duty"), tr("Covered by")}, nowBox);
    m_now->setObjectName(u"rosterOnDuty"_s);
    nowLayout->addWidget(m_now);
    layout->addWidget(nowBox, 3);

    auto *entriesBox = new QGroupBox(tr("Roster entries"), this);
    auto *entriesLayout = new QVBoxLayout(entriesBox);
    m_entries = makeReadOnlyTable({tr("Area"), tr("User"), tr("Role"), tr("From"), tr("To"), tr("State")}, entriesBox);
    m_entries->setObjectName(u"rosterEntries"_s);
    entriesLayout->addWidget(m_entries);
    auto *entryButtons = new QHBoxLayout;
    m_showEnded = new QCheckBox(tr("Show entries ended in the last 7 days"), entriesBox);
    m_end = new QPushButton(tr("End selected entry now"), entriesBox);
    m_end->setObjectName(u"rosterEnd"_s);
    m_end->setToolTip(tr("Ends the entry now (audited); an entry that has not started yet is cancelled."));
    entryButtons->addWidget(m_showEnded);
    entryButtons->addStretch(1);
    entryButtons->addWidget(m_end);
    entriesLayout->addLayout(entryButtons);
    layout->addWidget(entriesBox, 3);

    auto *formBox = new QGroupBox(tr("Add an entry"), this);
    auto *form = new QFormLayout(formBox);
    m_area = new QComboBox(formBox);
    m_area->setObjectName(u"rosterArea"_s);
    m_user = new QComboBox(formBox);
    m_user->setObjectName(u"rosterUser"_s);
    m_from = new QDateTimeEdit(formBox);
    m_to = new QDateTimeEdit(formBox);
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setTimeSpec(Qt::UTC); // holds the site's wall-clock time; converted with the site zone (zone())
        e->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    }
    m_from->setObjectName(u"rosterFrom"_s);
    m_to->setObjectName(u"rosterTo"_s);
    form->addRow(tr("Area"), m_area);
    form->addRow(tr("User"), m_user);
    form->addRow(tr("From (site time)"), m_from);
    form->addRow(tr("To (site time)"), m_to);
    auto *addRow = new QHBoxLayout;
    m_message = new QLabel(formBox);
    m_message->setObjectName(u"rosterMessage"_s);
    m_message->setWordWrap(true);
    m_add = new QPushButton(tr("Add entry"), formBox);
    m_add->setObjectName(u"rosterAdd"_s);
    addRow->addWidget(m_message, 1);
    addRow->addWidget(m_add);
    form->addRow(addRow);
    layout->addWidget(formBox);

    connect(m_add, &QPushButton::clicked, this, &RosterEditor::addEntry);
    connect(m_end, &QPushButton::clicked, this, &RosterEditor::endSelected);
    connect(m_showEnded, &QCheckBox::toggled, this, [this] {
        if (m_data)
            showLoaded(m_data);
    });
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &RosterEditor::validate);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &RosterEditor::validate);
    connect(m_user, &QComboBox::currentIndexChanged, this, &RosterEditor::validate);
    connect(m_entries, &QTableWidget::itemSelectionChanged, this, &RosterEditor::validate);
    // "On duty now" moves with the clock: re-read with the views' snapshots while open (at most every 15 s).
    connect(host->dataWorker(), &DataWorker::snapshotReady, this, [this](const SnapshotPtr &s) {
        if (isVisible() && s->takenAt - m_loadedAt >= 15'000)
            reload();
    });
    m_add->setEnabled(false);
    m_end->setEnabled(false);
}

QTimeZone RosterEditor::zone() const
{
    return m_host->lastSnapshot() && m_host->lastSnapshot()->timeZone.isValid() ? m_host->lastSnapshot()->timeZone
                                                                                    : QTimeZone::systemTimeZone();
}

qint64 RosterEditor::toEpoch(const QDateTimeEdit *edit) const
{
    const QDateTime wall = edit->dateTime();
    return QDateTime(wall.date(), wall.time(), zone()).toMSecsSinceEpoch();
}

void RosterEditor::setForm(const QString &area, const QString &username, qint64 from, qint64 to)
{
    m_area->setCurrentIndex(std::max(0, m_area->findData(area)));
    m_user->setCurrentIndex(m_user->findData(username));
    for (auto [edit, ms] : {std::pair{m_from, from}, std::pair{m_to, to}}) {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, zone());
        edit->setDateTime(QDateTime(local.date(), local.time(), Qt::UTC));
    }
    validate();
}

void RosterEditor::reload()
{
    m_host->dataWorker()->call(
        this,
        [](ServiceContext &ctx) {
            auto d = std::make_shared<Loaded>();
            RosterService svc(ctx);
            d->at = ctx.now();
            d->entries = svc.entries(d->at - kShowEndedMs);
            d->now = svc.onDuty(d->at);
            d->users = UserService(ctx).list();
            d->canEdit = svc.canEdit();
            d->role = roleKey(ctx.actor.role);
            return std::shared_ptr<const Loaded>(std::move(d));
        },
        [this](std::shared_ptr<const Loaded> d) { showLoaded(d); },
        [this](const QString &e) { m_message->setText(tr("The roster could not be read: %1").arg(e)); });
}

void RosterEditor::showLoaded(const std::shared_ptr<const Loaded> &data)
{
    const bool first = !m_data;
    m_data = data;
    m_loadedAt = data->at;
    const QTimeZone z = zone();
    const auto when = [&z](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, z).toString(u"yyyy-MM-dd HH:mm"_s); };
    const QDateTime nowLocal = QDateTime::fromMSecsSinceEpoch(data->at, z);
    m_zone->setText(tr("Times are site-local: %1 (%2). Now: %3")
                        .arg(QString::fromLatin1(z.id()), z.displayName(nowLocal, QTimeZone::OffsetName), when(data->at)));
    m_readOnly->setVisible(!data->canEdit);
    m_readOnly->setText(tr("Read-only: your role (%1) may view the roster but not change it (permission roster.edit: dispatcher, "
                           "EHS manager, administrator).").arg(data->role));

    // Who is on duty now, per area; nobody is shown as a problem: orders there would stay unassigned.
    QHash<QString, QString> names;
    for (const UserInfo &u : data->users)
        names.insert(u.username, u.displayName);
    m_now->setRowCount(int(data->now.size()));
    for (int i = 0; i < data->now.size(); ++i) {
        const OnDutyNow &o = data->now.at(i);
        const bool site = o.area.isEmpty();
        m_now->setItem(i, 0, cell(site ? tr("Site-wide") : o.area));
        m_now->setItem(i, 1, cell(site ? tr("every area without its own entry") : o.areaName));
        m_now->setItem(i, 2, o.username.isEmpty() ? cell(tr("▲ nobody — orders stay unassigned"), colours::severity(u"medium"_s))
                                                  : cell(names.value(o.username, o.username) + u" ("_s + o.username + u')'));
        m_now->setItem(i, 3, cell(o.username.isEmpty() ? QString() : site ? tr("site-wide entry") : o.siteWide ? tr("site-wide entry") : tr("area entry")));
    }
    m_now->resizeColumnsToContents();

    const qint64 keep = m_entries->currentRow() >= 0 && m_entries->item(m_entries->currentRow(), 0)
                            ? m_entries->item(m_entries->currentRow(), 0)->data(Qt::UserRole).toLongLong()
                            : 0;
    m_entries->setRowCount(0);
    for (const DutyEntry &e : data->entries) {
        const bool cancelled = e.to <= e.from;
        const bool ended = e.to <= data->at;
        if ((ended || cancelled) && !m_showEnded->isChecked())
            continue;
        const int row = m_entries->rowCount();
        m_entries->insertRow(row);
        auto *area = cell(e.area.isEmpty() ? tr("Site-wide") : e.area + u" — "_s + e.areaName);
        area->setData(Qt::UserRole, e.id);
        area->setData(Qt::UserRole + 1, !ended && !cancelled);
        m_entries->setItem(row, 0, area);
        m_entries->setItem(row, 1, cell(e.displayName.isEmpty() ? e.username : e.displayName + u" ("_s + e.username + u')'));
        m_entries->setItem(row, 2, cell(e.role));
        m_entries->setItem(row, 3, cell(when(e.from)));
        m_entries->setItem(row, 4, cell(when(e.to)));
        const QString state = cancelled ? tr("cancelled") : ended ? tr("ended") : e.from <= data->at ? tr("● on duty now") : tr("upcoming");
        m_entries->setItem(row, 5, cell(state));
        if (e.id == keep)
            m_entries->selectRow(row);
    }
    m_entries->resizeColumnsToContents();

    if (first) {
        m_area->clear();
        m_area->addItem(tr("Site-wide (every area without its own entry)"), QString());
        for (const OnDutyNow &o : data->now)
            if (!o.area.isEmpty())
                m_area->addItem(o.area + u" — "_s + o.areaName, o.area);
        m_user->clear();
        m_user->addItem(tr("— pick a user —"), QString());
        for (const UserInfo &u : data->users)
            if (u.active)
                m_user->addItem(u"%1 (%2, %3)"_s.arg(u.displayName, u.username, roleKey(u.role)), u.username);
        // A 12-hour shift from the next full hour, in site time.
        const qint64 hour = 3600'000;
        setForm({}, {}, (data->at / hour + 1) * hour, (data->at / hour + 13) * hour);
    }
    for (QWidget *w : std::initializer_list<QWidget *>{m_area, m_user, m_from, m_to})
        w->setEnabled(data->canEdit);
    validate();
    Q_EMIT loaded();
}

void RosterEditor::validate()
{
    const bool canEdit = m_data && m_data->canEdit;
    const int row = m_entries->currentRow();
    const bool selectedOpen = row >= 0 && m_entries->item(row, 0) && m_entries->selectionModel()->isRowSelected(row, {})
                              && m_entries->item(row, 0)->data(Qt::UserRole + 1).toBool();
    m_end->setEnabled(canEdit && selectedOpen);
    QString problem;
    if (m_user->currentData().toString().isEmpty())
        problem = tr("Field 'user': pick who is on duty.");
    else if (toEpoch(m_to) <= toEpoch(m_from))
        problem = tr("Field 'to': must be after 'from'.");
    else if (m_data && toEpoch(m_to) <= m_data->at)
        problem = tr("Field 'to': the entry would already be over.");
    m_message->setStyleSheet(problem.isEmpty() ? QString() : u"QLabel { color: #ff7043; }"_s);
    m_message->setText(canEdit ? problem : QString());
    m_add->setEnabled(canEdit && problem.isEmpty());
}

void RosterEditor::addEntry()
{
    const QString area = m_area->currentData().toString(), user = m_user->currentData().toString();
    const qint64 from = toEpoch(m_from), to = toEpoch(m_to);
    m_add->setEnabled(false);
    m_host->dataWorker()->call(
        this,
        [area, user, from, to](ServiceContext &ctx) {
            RosterService(ctx).add(area, user, from, to);
            return true;
        },
        [this, area, user](bool) {
            m_message->setStyleSheet(QString());
            m_message->setText(tr("Added: %1 on duty for %2 (audited).").arg(user, area.isEmpty() ? tr("the whole site") : area));
            reload();
        },
        [this](const QString &e) {
            m_message->setStyleSheet(u"QLabel { color: #ff7043; }"_s);
            m_message->setText(tr("Not added: %1").arg(e));
            m_add->setEnabled(true);
        },
        true);
}

void RosterEditor::endSelected()
{
    const int row = m_entries->currentRow();
    if (row < 0 || !m_entries->item(row, 0))
        return;
    const qint64 id = m_entries->item(row, 0)->data(Qt::UserRole).toLongLong();
    m_end->setEnabled(false);
    m_host->dataWorker()->call(
        this,
        [id](ServiceContext &ctx) {
            RosterService(ctx).end(id);
            return true;
        },
        [this](bool) {
            m_message->setStyleSheet(QString());
            m_message->setText(tr("Entry ended (audited)."));
            reload();
        },
        [this](const QString &e) {
            m_message->setStyleSheet(u"QLabel { color: #ff7043; }"_s);
            m_message->setText(tr("Not ended: %1").arg(e));
        },
        true);
}

} // namespace ui
} // namespace gl
