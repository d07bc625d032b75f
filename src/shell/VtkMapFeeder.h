// SPDX-License-Identifier: Apache-2.0
// VtkMapFeeder: the MapFeeder of the VTK plant map (Guardline::Map), declared for its files VtkMapFeeder*.cpp.
#pragma once

#include "shell/MapFeeder.h"

#ifdef GUARDLINE_HAVE_MAP
#include "modules/map/MapData.h"

#include <QHash>
#include <QStringListModel>

#include <optional>

class QAction;
class QLineEdit;
class QToolBar;

namespace gl {
namespace map {
class MapDetailsPanel;
class MapTimeSlider;
class PlantMapView;
} // namespace map

namespace ui {

// Q_OBJECT, so that its tr() context is its own class, the context lupdate files its texts under (without it
// the texts were looked up under MapFeeder and the toolbar stayed English in the zh_CN interface).
class VtkMapFeeder : public MapFeeder {
    Q_OBJECT
public:
    explicit VtkMapFeeder(QWidget *parent);

    QWidget *widget() const override { return m_container; }
    void setView(const QString &view) override;
    void setLiveValues(const QList<TagLive> &tags) override;
    void setDataWorker(DataWorker *worker) override;
    void setSnapshot(const SnapshotPtr &s) override;
    bool select(const QString &kind, const QString &code) override;

private:
    /// The map's toolbar: the views, the layer toggles (their state kept per workstation, QSettings
    /// map/layers/<kind>) and the code search (Ctrl+K).
    QToolBar *buildToolBar();
    void signedIn(const QString &user, const QString &role);
    /// The right click's menu: the area under the pointer (on the ground, also under a building), an
    /// instruction or a manual alarm there, through the same dialogs and services as the dispatch board.
    void showAreaMenu(QPoint pos);
    /// Runs the drag of a camera (QDrag's own loop): the camera wall's tiles take kCameraMime.
    void dragCamera(const QString &code);
    /// Flies to the object with this code (completion entries read "CODE — name") and selects it.
    void find(const QString &text);
    /// Follow: the camera on the area of the newest unacknowledged alarm (flies again only when that alarm
    /// changes, so that the operator can still look around between alarms).
    void follow(bool force);
    void act(const QString &action, const QString &kind, const QString &code);
    QString when(std::optional<qint64> msecs) const;

    // The snapshot into the map's layers (VtkMapFeederLayers.cpp).
    /// Open hazards as pins. Pins that are new or changed are added in place (no rebuild of the batches);
    /// a hazard leaving the list (closed) rebuilds the pins.
    void feedHazards(const Snapshot &s);
    /// Permits with their work windows, drawn when the slider's time falls in them; their SIMOPS conflicts
    /// (computed once per snapshot on the data thread, Snapshot::conflicts, with their overlap windows)
    /// outlined while the chosen time is inside one. Nothing is recomputed here.
    void feedPermits(const Snapshot &s);
    void feedSensors(const Snapshot &s);
    void feedPeople(const Snapshot &s);
    /// Every code the map can fly to, with its kind, for the search box.
    void feedCodes(const Snapshot &s);

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

} // namespace ui
} // namespace gl
#endif
