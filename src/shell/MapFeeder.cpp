// SPDX-License-Identifier: Apache-2.0
#include "shell/MapFeeder.h"

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
#include <QLabel>
#include <QMimeData>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QShortcut>
#include <QStringListModel>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#endif

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

#ifdef GUARDLINE_HAVE_MAP
namespace {

using Fields = QList<map::MapDetailsPanel::Field>;
using Actions = QList<map::MapDetailsPanel::Action>;

bool samePin(const map::HazardPin &a, const map::HazardPin &b)
{
    return a.code == b.code && a.x == b.x && a.y == b.y && a.z == b.z && a.grade == b.grade && a.state == b.state
           && a.overdue == b.overdue;
}

/// The row of `rows` whose code is `code`, or null.
template<class Row> const Row *rowOf(const QList<Row> &rows, const QString &code)
{
    for (const Row &r : rows)
        if (r.code == code)
            return &r;
    return nullptr;
}

} // namespace

// Q_OBJECT, so that its tr() context is its own class, the context lupdate files its texts under (without it
// the texts were looked up under MapFeeder and the toolbar stayed English in the zh_CN interface).
class VtkMapFeeder : public MapFeeder {
    Q_OBJECT
public:
    explicit VtkMapFeeder(QWidget *parent)
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

    QWidget *widget() const override { return m_container; }
    void setView(const QString &view) override
    {
        if (view == u"follow"_s) {
            m_follow->setChecked(true);
            return;
        }
        m_follow->setChecked(false);
        m_view->setView(view == u"top"_s ? map::View::Top : map::View::Iso);
    }

    void setLiveValues(const QList<TagLive> &tags) override
    {
        m_live.clear();
        for (const TagLive &t : tags)
            m_live.insert(t.tag, t);
        if (m_snapshot)
            feedSensors(*m_snapshot);
    }

    void setDataWorker(DataWorker *worker) override
    {
        m_worker = worker;
        connect(worker, &DataWorker::opened, this,
                [this](const QString &, const QString &user, const QString &role, bool) { signedIn(user, role); });
        connect(worker, &DataWorker::userSwitched, this, &VtkMapFeeder::signedIn);
    }

    void setSnapshot(const SnapshotPtr &s) override
    {
        m_snapshot = s;
        if (!m_haveLayout && !s->layout.areas.isEmpty()) {
            m_view->setLayout(s->layout);
            m_haveLayout = true;
        }
        m_slider->setTimeZone(s->timeZone);
        feedHazards(*s);
        feedPermits(*s);
        feedSensors(*s);
        feedPeople(*s);
        feedCodes(*s);
        if (m_follow->isChecked())
            follow(false);
        if (s->takenAt > 0)
            m_slider->setNow(s->takenAt);
        if (!m_details->code().isEmpty())
            select(m_details->kind(), m_details->code());
    }

    bool select(const QString &kind, const QString &code) override
    {
        if (!m_snapshot)
            return false;
        const Snapshot &s = *m_snapshot;
        QString title;
        Fields fields;
        Actions actions;
        const Actions fly{{u"fly"_s, tr("Fly to")}};
        if (kind == u"hazard"_s) {
            const HazardRow *r = rowOf(s.hazardRows, code);
            if (!r)
                return false;
            title = r->description;
            const bool overdue = r->deadlineAt && *r->deadlineAt < s.takenAt && r->state != u"closed"_s;
            fields = {{tr("Hazard"), code},
                      {tr("Grade"), r->grade},
                      {tr("State"), r->state},
                      {tr("Category"), r->category},
                      {tr("Area"), r->area},
                      {tr("Equipment"), r->equipment},
                      {tr("Assignee"), r->assignee},
                      {tr("Reported"), when(r->reportedAt)},
                      {tr("Deadline"), when(r->deadlineAt) + (overdue ? tr(" — OVERDUE") : QString())}};
            actions = {{u"open"_s, tr("Open hazard")}};
        } else if (kind == u"permit"_s) {
            const PermitRow *r = rowOf(s.permitRows, code);
            if (!r)
                return false;
            title = r->title;
            QStringList with;
            const qint64 t = m_slider->time();
            for (const auto &[other, window] : m_conflicts.value(code))
                if (window.first <= t && t < window.second)
                    with << other;
            fields = {{tr("Permit"), code},
                      {tr("Type"), r->type},
                      {tr("Grade"), r->grade},
                      {tr("State"), r->state},
                      {tr("Contractor"), r->contractor},
                      {tr("Area"), r->area},
                      {tr("Window"), when(r->startsAt) + u" – "_s + when(r->endsAt)},
                      {tr("Workers"), QString::number(r->workers)},
                      {tr("Height"), tr("%1 – %2 m").arg(r->zMin).arg(r->zMax)},
                      {tr("Conflicts at %1").arg(m_slider->isLive() ? tr("now") : when(t)),
                       with.isEmpty() ? tr("none") : with.join(u", "_s)}};
            actions = {{u"open"_s, tr("Open permit")}};
        } else if (kind == u"camera"_s) {
            const site::Camera *c = nullptr;
            for (const site::Camera &x : s.layout.cameras)
                if (x.code == code)
                    c = &x;
            if (!c)
                return false;
            title = c->name;
            fields = {{tr("Camera"), code},
                      {tr("Area"), c->area},
                      {tr("Position"), tr("%1, %2, %3 m").arg(c->position.x).arg(c->position.y).arg(c->position.z)},
                      {tr("View"), tr("yaw %1°, pitch %2°, field of view %3°").arg(c->yaw).arg(c->pitch).arg(c->fov)}};
            actions = {{u"open"_s, tr("Open camera feed")}};
        } else if (kind == u"sensor"_s) {
            const site::Sensor *se = nullptr;
            for (const site::Sensor &x : s.layout.sensors)
                if (x.tag == code)
                    se = &x;
            if (!se)
                return false;
            title = code;
            QString alarm = tr("none");
            for (const AlarmRow &r : s.alarmRows)
                if (r.tag == code && r.standing()) {
                    alarm = r.severity + u" · "_s + r.state + u" · "_s + r.message;
                    break;
                }
            fields = {{tr("Sensor"), code},
                      {tr("Kind"), se->kind},
                      {tr("Unit"), se->unit},
                      {tr("Range"), se->rangeHi > se->rangeLo ? tr("%1 – %2 %3").arg(se->rangeLo).arg(se->rangeHi).arg(se->unit) : QString()},
                      {tr("Area"), se->area},
                      {tr("Equipment"), se->equipment},
                      {tr("Alarm"), alarm}};
            actions = {{u"chart"_s, tr("Chart")}, {u"open"_s, tr("Open sensor")}}; // Chart: the tag's chart window (issue #8)
            if (!se->equipment.isEmpty())
                actions << map::MapDetailsPanel::Action{u"equipment"_s, tr("Open equipment %1").arg(se->equipment)};
        } else if (kind == u"person"_s) {
            const PersonOnSite *r = rowOf(s.onSiteRows, code);
            if (!r)
                return false;
            title = r->name;
            fields = {{tr("Person"), code}, {tr("Contractor"), r->contractor}, {tr("On site since"), when(r->at)}};
            actions = {{u"open"_s, tr("Open person")}};
        } else if (kind == u"structure"_s) {
            const site::Structure *st = nullptr;
            for (const site::Structure &x : s.layout.structures)
                if (x.code == code)
                    st = &x;
            if (!st)
                return false;
            title = st->name;
            fields = {{tr("Structure"), code},
                      {tr("Kind"), site::structureKindKey(st->kind)},
                      {tr("Area"), st->area},
                      {tr("Height"), tr("%1 m").arg(st->height)}};
            if (!st->mesh.isEmpty())
                fields << map::MapDetailsPanel::Field{tr("Model"), st->mesh.file};
            actions = {{u"area"_s, tr("Open area %1").arg(st->area)}};
        } else if (kind == u"area"_s) {
            const site::Area *a = s.layout.area(code);
            if (!a)
                return false;
            title = a->nameZh.isEmpty() ? a->name : a->name + u" · "_s + a->nameZh;
            static const QHash<QString, QString> riskNames{{u"red"_s, tr("red — major 重大")},
                                                           {u"orange"_s, tr("orange — large 较大")},
                                                           {u"yellow"_s, tr("yellow — general 一般")},
                                                           {u"blue"_s, tr("blue — low 低")}};
            int hazards = 0, permits = 0;
            for (const HazardRow &r : s.hazardRows)
                hazards += r.area == code && r.state != u"closed"_s ? 1 : 0;
            for (const PermitRow &r : s.permitRows)
                permits += r.area == code && r.state == u"active"_s ? 1 : 0;
            fields = {{tr("Area"), code},
                      {tr("Risk"), riskNames.value(site::riskKey(a->risk), site::riskKey(a->risk))},
                      {tr("Kind"), a->kind},
                      {tr("Open hazards"), QString::number(hazards)},
                      {tr("Active permits"), QString::number(permits)}};
            actions = {{u"open"_s, tr("Open area")}};
        } else {
            return false;
        }
        m_details->showObject(kind, code, title.isEmpty() ? code : title, fields, actions + fly);
        m_selectedArea.clear();
        if (kind == u"structure"_s)
            for (const site::Structure &x : s.layout.structures)
                if (x.code == code)
                    m_selectedArea = x.area;
        m_selectedEquipment.clear();
        if (kind == u"sensor"_s)
            for (const site::Sensor &x : s.layout.sensors)
                if (x.tag == code)
                    m_selectedEquipment = x.equipment;
        return true;
    }

private:
    /// The map's toolbar: the views, the layer toggles (their state kept per workstation, QSettings
    /// map/layers/<kind>) and the code search (Ctrl+K).
    QToolBar *buildToolBar()
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

    void signedIn(const QString &user, const QString &role)
    {
        m_user = user;
        m_role = role;
        m_mayDispatch = PermissionMatrix::defaults().allows(roleFromKey(role), u"dispatch.manage"_s);
    }

    /// The right click's menu: the area under the pointer (on the ground, also under a building), an
    /// instruction or a manual alarm there, through the same dialogs and services as the dispatch board.
    void showAreaMenu(QPoint pos)
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

    /// Runs the drag of a camera (QDrag's own loop): the camera wall's tiles take kCameraMime.
    void dragCamera(const QString &code)
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

    /// Flies to the object with this code (completion entries read "CODE — name") and selects it.
    void find(const QString &text)
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

    /// Every code the map can fly to, with its kind, for the search box.
    void feedCodes(const Snapshot &s)
    {
        QHash<QString, QString> kinds;
        QStringList entries;
        auto add = [&](const QString &kind, const QString &code, const QString &name) {
            if (code.isEmpty() || kinds.contains(code))
                return;
            kinds.insert(code, kind);
            entries << (name.isEmpty() || name == code ? code : code + u" — "_s + name);
        };
        for (const site::Area &a : s.layout.areas)
            add(u"area"_s, a.code, a.name);
        for (const site::Structure &x : s.layout.structures)
            add(u"structure"_s, x.code, x.name);
        for (const site::Equipment &e : s.layout.equipment)
            add(u"equipment"_s, e.code, e.name);
        for (const site::Sensor &x : s.layout.sensors)
            add(u"sensor"_s, x.tag, QString());
        for (const site::Camera &c : s.layout.cameras)
            add(u"camera"_s, c.code, c.name);
        for (const map::HazardPin &p : std::as_const(m_pins))
            add(u"hazard"_s, p.code, QString());
        for (const PermitRow &r : s.permitRows)
            if (r.state != u"draft"_s && r.state != u"cancelled"_s)
                add(u"permit"_s, r.code, QString());
        for (const PersonOnSite &r : s.onSiteRows)
            if (r.x)
                add(u"person"_s, r.code, r.name);
        entries.sort(Qt::CaseInsensitive);
        m_codeKinds = kinds;
        if (entries != m_codeModel.stringList())
            m_codeModel.setStringList(entries);
    }

    /// Follow: the camera on the area of the newest unacknowledged alarm (flies again only when that alarm
    /// changes, so that the operator can still look around between alarms).
    void follow(bool force)
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

    QString when(std::optional<qint64> msecs) const
    {
        if (!msecs)
            return QString();
        const QTimeZone zone = m_snapshot && m_snapshot->timeZone.isValid() ? m_snapshot->timeZone : QTimeZone::systemTimeZone();
        return QDateTime::fromMSecsSinceEpoch(*msecs, zone).toString(u"yyyy-MM-dd HH:mm"_s);
    }

    void act(const QString &action, const QString &kind, const QString &code)
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

    /// Open hazards as pins. Pins that are new or changed are added in place (no rebuild of the batches);
    /// a hazard leaving the list (closed) rebuilds the pins.
    void feedHazards(const Snapshot &s)
    {
        QList<map::HazardPin> pins;
        for (const HazardRow &r : s.hazardRows) {
            if (r.state == u"closed"_s || r.state == u"reinspected"_s)
                continue;
            pins << map::HazardPin{r.code, r.x, r.y, r.z, r.grade, r.state, r.deadlineAt && *r.deadlineAt < s.takenAt};
        }
        QHash<QString, int> now;
        for (int i = 0; i < int(pins.size()); ++i)
            now.insert(pins[i].code, i);
        bool removed = false;
        for (const map::HazardPin &p : std::as_const(m_pins))
            removed = removed || !now.contains(p.code);
        if (removed || m_pins.isEmpty()) {
            m_view->setHazards(pins);
        } else {
            QHash<QString, int> before;
            for (int i = 0; i < int(m_pins.size()); ++i)
                before.insert(m_pins[i].code, i);
            for (const map::HazardPin &p : std::as_const(pins)) {
                const auto it = before.constFind(p.code);
                if (it == before.cend() || !samePin(m_pins[*it], p))
                    m_view->addHazard(p);
            }
        }
        m_pins = pins;
    }

    /// Permits with their work windows, drawn when the slider's time falls in them; their SIMOPS conflicts
    /// (computed once per snapshot on the data thread, Snapshot::conflicts, with their overlap windows)
    /// outlined while the chosen time is inside one. Nothing is recomputed here.
    void feedPermits(const Snapshot &s)
    {
        if (s.permitRows == m_permitRows && s.conflicts == m_conflictList && s.takenAt - m_permitsAt < 60000)
            return;
        m_permitRows = s.permitRows;
        m_conflictList = s.conflicts;
        m_permitsAt = s.takenAt;
        QList<map::PermitVolume> volumes;
        for (const PermitRow &r : s.permitRows) {
            const QString &state = r.state;
            if (state == u"draft"_s || state == u"cancelled"_s)
                continue;
            map::PermitVolume v;
            v.code = r.code;
            v.type = r.type;
            v.polygon = r.polygon;
            v.zMin = r.zMin;
            v.zMax = r.zMax;
            v.startsAt = r.startsAt;
            v.endsAt = r.endsAt;
            // Work still running past its planned end stays on the map until it is closed.
            if ((state == u"active"_s || state == u"suspended"_s) && v.endsAt <= s.takenAt)
                v.endsAt = s.takenAt + 60000;
            volumes << v;
        }
        m_conflicts.clear();
        for (const PermitConflict &c : s.conflicts) {
            const std::pair<qint64, qint64> window{c.from, c.to};
            m_conflicts[c.a].append({c.b, window});
            m_conflicts[c.b].append({c.a, window});
        }
        for (map::PermitVolume &v : volumes)
            for (const auto &[other, window] : m_conflicts.value(v.code)) {
                v.conflictWindows.append(window);
                v.conflict = true;
            }
        m_view->setPermits(volumes);
    }

    void feedSensors(const Snapshot &s)
    {
        QHash<QString, QString> alarmByTag;
        for (const AlarmRow &r : s.alarmRows)
            if (r.standing() && !alarmByTag.contains(r.tag))
                alarmByTag.insert(r.tag, r.severity);
        QList<map::SensorState> sensors;
        // The latest value of each tag from the site service (setLiveValues); without one (no service, or the
        // tag never reported) an alarmed sensor still shows its alarm, never a made-up number.
        for (const site::Sensor &se : s.layout.sensors) {
            const auto live = m_live.constFind(se.tag);
            if (live == m_live.cend() && !alarmByTag.contains(se.tag))
                continue;
            map::SensorState st{se.tag, std::numeric_limits<double>::quiet_NaN(), se.unit, alarmByTag.value(se.tag)};
            if (live != m_live.cend()) {
                st.value = live->value;
                st.good = live->good;
                if (!live->unit.isEmpty())
                    st.unit = live->unit;
            }
            sensors << st;
        }
        auto same = [](const map::SensorState &a, const map::SensorState &b) {
            return a.tag == b.tag && a.unit == b.unit && a.alarm == b.alarm && a.good == b.good
                   && (a.value == b.value || (std::isnan(a.value) && std::isnan(b.value)));
        };
        if (sensors.size() == m_sensors.size() && std::equal(sensors.cbegin(), sensors.cend(), m_sensors.cbegin(), same))
            return; // unchanged: no rebuild of the sensor glyphs and labels
        m_sensors = sensors;
        m_view->setSensors(sensors);
    }

    void feedPeople(const Snapshot &s)
    {
        QList<map::PersonMarker> people;
        for (const PersonOnSite &r : s.onSiteRows) {
            if (!r.x || !r.y)
                continue; // checked in without a position: not drawn
            map::PersonMarker m;
            m.code = r.code;
            m.name = r.name;
            m.contractor = r.contractor;
            m.x = *r.x;
            m.y = *r.y;
            people << m;
        }
        m_view->setPeople(people);
    }

    QWidget *m_container;
    DataWorker *m_worker = nullptr;
    QString m_user, m_role;
    bool m_mayDispatch = false; ///< the signed-in role has dispatch.manage (the services check again)
    map::PlantMapView *m_view;
    map::MapTimeSlider *m_slider;
    map::MapDetailsPanel *m_details;
    SnapshotPtr m_snapshot;
    bool m_haveLayout = false;
    QList<map::HazardPin> m_pins;
    QList<PermitRow> m_permitRows;
    qint64 m_permitsAt = 0;
    QList<PermitConflict> m_conflictList;
    QHash<QString, QList<std::pair<QString, std::pair<qint64, qint64>>>> m_conflicts; ///< permit → (other, window)
    QString m_selectedArea, m_selectedEquipment;
    QHash<QString, TagLive> m_live;
    QList<map::SensorState> m_sensors;
    QAction *m_follow = nullptr;
    qint64 m_followed = -1; ///< the alarm Follow last flew to
    QLineEdit *m_search = nullptr;
    QStringListModel m_codeModel;
    QHash<QString, QString> m_codeKinds; ///< code → kind (area, structure, equipment, sensor, camera, hazard, permit, person)
};
#endif

MapFeeder *MapFeeder::create(QWidget *parent)
{
#ifdef GUARDLINE_HAVE_MAP
    if (qEnvironmentVariableIntValue("GUARDLINE_NO_3D") != 1)
        return new VtkMapFeeder(parent);
#endif
    Q_UNUSED(parent);
    return nullptr;
}

} // namespace ui
} // namespace gl

#ifdef GUARDLINE_HAVE_MAP
#include "MapFeeder.moc"
#endif
