// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/services/CameraService.h"
#include "widgets/DataWorker.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QListWidget;
class QPushButton;

namespace gl::video {
struct EvidenceSnapshot;
}

namespace gl {
namespace ui {

class CameraRegistryWindow;
class CameraTile;

/// The camera wall: a camera list to drag from, a grid of 1/4/9/16 tiles, a full view (double-click or
/// Enter, Esc back), evidence snapshots (F9, or a tile's menu) and the "Active 特级 hot work" preset that
/// shows the cameras covering every active special-grade hot-work permit and flags one that is not live.
/// The layout (grid, cameras per slot, preset) is saved per workstation (QSettings keyed by host name).
class CameraWall : public QWidget {
    Q_OBJECT
public:
    enum class Preset { Custom = 0, HotWork };

    explicit CameraWall(QWidget *parent = nullptr);
    ~CameraWall() override;
    /// Service calls (stream URLs, evidence, the registry) go through the data thread.
    void setDataWorker(DataWorker *worker) { m_worker = worker; }
    void setSnapshot(const SnapshotPtr &s);

    void setGrid(int tiles);
    int grid() const { return m_tiles; }
    /// Camera code per slot of the custom wall ("" for an empty slot).
    QStringList assignment() const { return m_assignment; }
    void assign(int slot, const QString &code);
    /// Puts a camera on the wall (where it is, else the selected or first free slot) and opens its full view.
    void showCamera(const QString &code);
    void setFullView(const QString &code); ///< empty: back to the grid
    QString fullViewCamera() const { return m_full; }
    void setPreset(Preset preset);
    Preset preset() const { return m_preset; }
    /// Cameras of the 特级 hot-work preset, as last read: permit codes by camera code.
    QHash<QString, QStringList> hotWorkCameras() const { return m_hotWork; }
    QList<CameraTile *> tiles() const { return m_tileWidgets; }
    /// Saves an evidence snapshot of the selected (or full-view) tile; false when there is no camera.
    bool snapshotSelected();
    /// Demo only: generates short H.264 drill clips with ffmpeg into the data folder and points some demo
    /// cameras at them (file://, audited as system:demo-drill), so the demo's wall shows real decoding.
    void startDemoDrill();

    /// "wall/<host name>" — the QSettings group of this workstation's wall.
    static QString settingsGroup();
    void restoreLayout();

Q_SIGNALS:
    /// An evidence still was stored (id) — tests and the status bar listen.
    void evidenceStored(qint64 id, const QString &sha256);
    void message(const QString &text);

private:
    void rebuild();
    void applyTiles();
    void saveLayout() const;
    void refreshUrls();
    void refreshHotWork();
    void selectSlot(int slot);
    void onSnapshot(const QString &code, const QString &name, const QImage &frame, const QDateTime &takenAt);
    void showAttachDialog(qint64 id, const QString &code, const video::EvidenceSnapshot &snap);
    QStringList visibleCameras() const;

    QPointer<DataWorker> m_worker;
    SnapshotPtr m_last;
    QComboBox *m_layoutBox = nullptr, *m_presetBox = nullptr;
    QLabel *m_banner = nullptr;
    QListWidget *m_list = nullptr;
    QGridLayout *m_grid = nullptr;
    QPushButton *m_snapshotButton = nullptr;
    QList<CameraTile *> m_tileWidgets;
    int m_tiles = 4;
    int m_selected = 0;
    QStringList m_assignment;
    QString m_full;
    Preset m_preset = Preset::Custom;
    QHash<QString, site::Camera> m_cameras;
    QStringList m_cameraOrder;
    QHash<QString, QString> m_urls;
    QString m_urlsSignature;
    QHash<QString, QStringList> m_hotWork;
    bool m_restored = false;
    bool m_drillStarted = false;
    QPointer<CameraRegistryWindow> m_registry;
};

} // namespace ui
} // namespace gl
