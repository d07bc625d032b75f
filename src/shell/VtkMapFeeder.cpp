// SPDX-License-Identifier: Apache-2.0
// VtkMapFeeder's frame and the user's ways into the map: toolbar, search, Follow, area menu, camera drag.
#include "shell/VtkMapFeeder.h"

#ifdef GUARDLINE_HAVE_MAP
#include "modules/dispatch/ui/DispatchActions.h"
#include "modules/map/MapDetailsPanel.h"
#include "modules/map/MapTimeSlider.h"
#include "modules/map/PlantMapView.h"
#include "modules/video/ui/CameraTile.h"
#include "platform/auth/Roles.h"
#include "shell/UiLanguage.h"

#include <QAction>
#include <QCompleter>
#include <QDrag>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QShortcut>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

VtkMapFeeder::VtkMapFeeder(QWidget *parent)
    : MapFeeder(parent), m_container(new QWidget(parent)), m_view(new map::PlantMapView(m_container)),
      m_slider(new map::MapTimeSlider(m_container)), m_details(new map::MapDetailsPanel(m_container))
{
    m_container->setObjectName(u"plantMap"_s);
    auto *row = new QHBoxLayout(m_container);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    auto *column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(buildToolBar());
    column->addWidget(m_view, 1);
    column->addWidget(m_slider);
    row->addLayout(column, 1);
    row->addWidget(m_details);

    connect(m_view, &map::PlantMapView::objectPicked, this, [this](const QString &kind, const QString &code) {
        if (select(kind, code))
            Q_EMIT selected(kind, code);
    });
    // A camera dragged from the map onto a tile of the camera wall shows there (the list's MIME type).
    connect(m_view, &map::PlantMapView::dragRequested, this, [this](const QString &kind, const QString &code) {
        if (kind == u"camera"_s)
            dragCamera(code);
    });
    connect(m_view, &map::PlantMapView::contextMenuRequested, this, [this](QPoint pos) { showAreaMenu(pos); });
    connect(m_details, &map::MapDetailsPanel::actionTriggered, this,
            [this](const QString &action, const QString &kind, const QString &code) { act(action, kind, code); });
    connect(m_slider, &map::MapTimeSlider::timeChanged, this, [this](qint64 t, bool) {
        m_view->setPermitTime(t);
        if (m_details->kind() == u"permit"_s)
            select(m_details->kind(), m_details->code()); // its conflicts depend on the time
    });
    m_view->setPermitTime(m_slider->time());
}

void VtkMapFeeder::setView(const QString &view)
{
    if (view == u"follow"_s) {
        m_follow->setChecked(true);
        return;
    }
    m_follow->setChecked(false);
    m_view->setView(view == u"top"_s ? map::View::Top : map::View::Iso);
}

void VtkMapFeeder::setDataWorker(DataWorker *worker)
{
    m_worker = worker;
    connect(worker, &DataWorker::opened, this,
            [this](const QString &, const QString &user, const QString &role, bool) { signedIn(user, role); });
    connect(worker, &DataWorker::userSwitched, this, &VtkMapFeeder::signedIn);
}

QToolBar *VtkMapFeeder::buildToolBar()
{
    auto *bar = new QToolBar(m_container);
    bar->setObjectName(u"mapToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto button = [bar](QAction *a, const QString &name) {
        a->setObjectName(name);
        if (QWidget *w = bar->widgetForAction(a))
            w->setObjectName(name + u"Button"_s);
    };
    QAction *top = bar->addAction(tr("Top"));
    top->setToolTip(tr("Plan view from above"));
    button(top, u"mapViewTop"_s);
    connect(top, &QAction::triggered, this, [this] { setView(u"top"_s); });
    QAction *iso = bar->addAction(tr("Iso"));
    iso->setToolTip(tr("Isometric 3D view"));
    button(iso, u"mapViewIso"_s);
    connect(iso, &QAction::triggered, this, [this] { setView(u"iso"_s); });
    m_follow = bar->addAction(tr("Follow"));
    m_follow->setCheckable(true);
    m_follow->setToolTip(tr("Keep the camera on the area of the newest unacknowledged alarm"));
    button(m_follow, u"mapFollow"_s);
    connect(m_follow, &QAction::toggled, this, [this](bool on) {
        m_followed = -1;
        if (on)
            follow(true);
    });
    bar->addSeparator();
    const std::pair<map::Layer, QString> layers[] = {
        {map::Layer::Structures, tr("Structures")}, {map::Layer::RiskAreas, tr("Risk areas")},
        {map::Layer::Hazards, tr("Hazards")},       {map::Layer::Permits, tr("Permits")},
        {map::Layer::Cameras, tr("Cameras")},       {map::Layer::Sensors, tr("Sensors")},
        {map::Layer::People, tr("People")}};
    QSettings settings;
    for (const auto &[layer, label] : layers) {
        const QString key = map::layerKey(layer);
        QAction *a = bar->addAction(label);
        a->setCheckable(true);
        a->setToolTip(tr("Show or hide the %1 layer").arg(label.toLower()));
        button(a, u"mapLayer_"_s + key);
        const bool on = settings.value(u"map/layers/"_s + key, true).toBool();
        a->setChecked(on);
        m_view->setLayerVisible(layer, on);
        connect(a, &QAction::toggled, this, [this, layer, key](bool visible) {
            m_view->setLayerVisible(layer, visible);
            QSettings().setValue(u"map/layers/"_s + key, visible);
        });
    }
    bar->addSeparator();
    m_search = new QLineEdit(bar);
    m_search->setObjectName(u"mapSearch"_s);
    m_search->setPlaceholderText(tr("Find a code on the map… (Ctrl+K)"));
    m_search->setToolTip(tr("Area, structure, equipment, sensor tag, camera, hazard, permit or person: Enter flies to it"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(280);
    auto *completer = new QCompleter(&m_codeModel, m_search);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_search->setCompleter(completer);
    bar->addWidget(m_search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { find(m_search->text()); });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) { find(text); });
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), m_container);
    shortcut->setContext(Qt::WindowShortcut);
    connect(shortcut, &QShortcut::activated, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    return bar;
}

void VtkMapFeeder::signedIn(const QString &user, const QString &role)
{
    m_user = user;
    m_role = role;
    m_mayDispatch = PermissionMatrix::defaults().allows(roleFromKey(role), u"dispatch.manage"_s);
}

void VtkMapFeeder::showAreaMenu(QPoint pos)
{
    if (!m_snapshot)
        return;
    const std::optional<QPointF> ground = m_view->groundAt(pos);
    const site::Area *area = ground ? m_snapshot->layout.areaAt(*ground) : nullptr;
    if (!area)
        return;
    const QString code = area->code;
    const QString name = localized(area->name, area->nameZh);
    QMenu menu(m_view);
    menu.setObjectName(u"mapAreaMenu"_s);
    menu.setToolTipsVisible(true);
    menu.addSection(tr("Area %1 · %2").arg(code, name));
    QAction *instruction = menu.addAction(tr("Push instruction here…"));
    instruction->setObjectName(u"mapPushInstruction"_s);
    QAction *alarm = menu.addAction(tr("Raise alarm here…"));
    alarm->setObjectName(u"mapRaiseAlarm"_s);
    if (!m_worker || !m_mayDispatch) {
        const QString why = m_user.isEmpty()
                                ? tr("Sign in first.")
                                : tr("Only a role with the permission dispatch.manage (a dispatcher) pushes instructions and "
                                     "raises alarms; you are signed in as %1 (%2).").arg(m_user, m_role);
        for (QAction *a : {instruction, alarm}) {
            a->setEnabled(false);
            a->setToolTip(why);
        }
        QAction *note = menu.addAction(why);
        note->setObjectName(u"mapAreaMenuRefusal"_s);
        note->setEnabled(false);
    }
    QAction *chosen = menu.exec(m_view->mapToGlobal(pos));
    QWidget *window = m_container->window();
    if (chosen == instruction && instruction->isEnabled()) {
        auto *d = new InstructionDialog(m_worker, code, {}, {}, window);
        d->setWindowTitle(tr("Instruction to area %1 · %2").arg(code, name));
        d->show();
        d->activateWindow(); // the keyboard to the dialog: the reason is next
        d->reasonEdit()->setFocus();
    } else if (chosen == alarm && alarm->isEnabled()) {
        QStringList areas;
        for (const site::Area &a : m_snapshot->layout.areas)
            areas << a.code;
        auto *d = new ManualAlarmDialog(m_worker, areas, code, window);
        d->setWindowTitle(tr("Manual alarm in area %1 · %2").arg(code, name));
        connect(d, &ManualAlarmDialog::raised, this, [this, code](qint64 id, const QString &order) {
            Q_EMIT message(tr("Alarm %1 raised in area %2 from the map: order %3 opened.").arg(id).arg(code, order));
        });
        d->show();
        d->activateWindow();
        d->textEdit()->setFocus();
    }
}

void VtkMapFeeder::dragCamera(const QString &code)
{
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kCameraMime), code.toUtf8());
    mime->setText(code);
    QString name;
    if (m_snapshot)
        for (const site::Camera &c : m_snapshot->layout.cameras)
            if (c.code == code)
                name = c.name;
    QLabel label(name.isEmpty() ? code : code + u" · "_s + name);
    label.setStyleSheet(u"QLabel { background: #263238; color: white; padding: 4px 8px; border: 1px solid #4fc3f7; }"_s);
    label.adjustSize();
    auto *drag = new QDrag(m_view);
    drag->setMimeData(mime);
    drag->setPixmap(label.grab());
    drag->setHotSpot(QPoint(-12, -12));
    drag->exec(Qt::CopyAction);
}

void VtkMapFeeder::find(const QString &text)
{
    const QString code = text.section(u" — "_s, 0, 0).trimmed();
    if (code.isEmpty())
        return;
    QString found = code;
    auto it = m_codeKinds.constFind(code);
    if (it == m_codeKinds.cend()) // typed in another case
        for (auto k = m_codeKinds.cbegin(); k != m_codeKinds.cend(); ++k)
            if (k.key().compare(code, Qt::CaseInsensitive) == 0) {
                it = k;
                found = k.key();
            }
    if (it == m_codeKinds.cend() || !m_view->flyTo(found)) {
        m_search->setStyleSheet(u"QLineEdit { background: #ffcdd2; }"_s);
        m_search->setToolTip(tr("Nothing on the map has the code %1").arg(code));
        return;
    }
    m_search->setStyleSheet(QString());
    m_search->setToolTip(tr("Area, structure, equipment, sensor tag, camera, hazard, permit or person: Enter flies to it"));
    m_follow->setChecked(false);
    if (select(*it, found))
        Q_EMIT selected(*it, found);
}

void VtkMapFeeder::follow(bool force)
{
    if (!m_snapshot)
        return;
    const AlarmRow *newest = nullptr;
    for (const AlarmRow &r : m_snapshot->alarmRows)
        if (r.waiting() // returned: still unacknowledged
            && (!newest || r.raisedAt > newest->raisedAt))
            newest = &r;
    if (!newest || (!force && newest->id == m_followed))
        return;
    m_followed = newest->id;
    m_view->flyTo(newest->area);
}

void VtkMapFeeder::act(const QString &action, const QString &kind, const QString &code)
{
    if (action == u"fly"_s) {
        // The operator chose where to look: Follow would take the camera away again on the next new alarm
        // (the demo raises one every few minutes), as the search already knows.
        m_follow->setChecked(false);
        m_view->flyTo(code);
    }
    else if (action == u"open"_s)
        Q_EMIT objectPicked(kind, code);
    else if (action == u"chart"_s)
        Q_EMIT objectPicked(u"chart"_s, code);
    else if (action == u"area"_s && !m_selectedArea.isEmpty())
        Q_EMIT objectPicked(u"area"_s, m_selectedArea);
    else if (action == u"equipment"_s && !m_selectedEquipment.isEmpty())
        Q_EMIT objectPicked(u"equipment"_s, m_selectedEquipment);
}

} // namespace ui
} // namespace gl
#endif
