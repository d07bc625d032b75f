// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/telemetry/logic/TelemetryPipeline.h"
#include "shell/DataWorker.h"

#include <QObject>

namespace gl {
namespace ui {

/// Feeds the 3D plant map (Guardline::Map) from snapshots: the layout once, then open hazards (new ones
/// added in place), permits with their work windows and SIMOPS conflicts, alarmed sensors and the people on
/// site, and the latest value of every sensor. Its widget is the map with its toolbar (views Top / Iso /
/// Follow, layer toggles kept per workstation, a code search with completion: Ctrl+K) above it, the permit
/// time slider under it and the details panel beside it. A camera dragged from the map drops onto the camera
/// wall; a right click on an area pushes an instruction or raises an alarm there.
/// Exists only when the map is built in; create() returns nullptr otherwise.
class MapFeeder : public QObject {
    Q_OBJECT
public:
    static MapFeeder *create(QWidget *parent);
    virtual QWidget *widget() const = 0;
    virtual void setSnapshot(const SnapshotPtr &s) = 0;
    virtual void setView(const QString &view) = 0;
    /// Shows an object in the details panel (as a click on the map does); false if the map has no such
    /// object. kind: hazard|permit|camera|sensor|structure|area|person.
    virtual bool select(const QString &kind, const QString &code) = 0;
    /// The latest value of every tag (the site service's heartbeat, as the telemetry dock shows it); an
    /// empty list when no service runs. Every sensor on the map with a value shows it (colour and tooltip).
    virtual void setLiveValues(const QList<TagLive> &tags) = 0;
    /// The data thread: a right click on an area offers "Push instruction here…" and "Raise alarm here…"
    /// (InstructionDialog / ManualAlarmDialog, preset to the area) to a signed-in role with dispatch.manage;
    /// to anyone else the entries are disabled and say why (the services refuse anyway).
    virtual void setDataWorker(DataWorker *worker) = 0;

Q_SIGNALS:
    /// The user asked to open an object (a details panel action: Open hazard / Open permit / Open camera
    /// feed / Open area...). kind: hazard|permit|camera|sensor|equipment|area|person, or chart (a sensor's Chart action); code: the object's
    /// code (sensor tag). MainWindow routes it to MainWindow::showObject.
    void objectPicked(const QString &kind, const QString &code);
    /// A click on the map selected an object (shown in the details panel).
    void selected(const QString &kind, const QString &code);
    /// Something for the status bar (a manual alarm raised from the map, and its order).
    void message(const QString &text);

protected:
    using QObject::QObject;
};

} // namespace ui
} // namespace gl
