// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/video/logic/CameraService.h"
#include "modules/video/ui/CameraTileArea.h"
#include "shell/DataWorker.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSplitter;
class QToolButton;

namespace gl::video {
struct EvidenceSnapshot;
}

namespace gl {
namespace ui {

class CameraRegistryWindow;
class CameraTile;
class DemoDrillFeeds;

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
    void setDataWorker(DataWorker *worker);
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
    /// The area the tiles are laid out in (right of the camera list; all of the wall in full view).
    QWidget *tileArea() const { return m_gridHost; }
    /// Where `count` 16:9 tiles go in `area` (CameraTileArea::cells).
    static QList<QRect> tileCells(const QSize &area, int count, int spacing = 2);
    /// The camera list beside the tiles: shown or collapsed (toolbar toggle, or drag the splitter); saved
    /// per workstation with the splitter's position. Full view hides it while it lasts.
    void setCameraListShown(bool shown);
    bool isCameraListShown() const { return m_listShown; }
    /// Saves an evidence snapshot of the selected (or full-view) tile; false when there is no camera.
    bool snapshotSelected();
    /// Puts `code` on the wall and saves an evidence still as soon as its feed is live (within 15 s),
    /// without the attach dialog: evidenceStored() or snapshotFailed() follows. False for an unknown camera.
    bool snapshotCamera(const QString &code);
    /// Demo only: points some demo cameras at generated drill clips, so the demo's wall shows real
    /// decoding (DemoDrillFeeds).
    void startDemoDrill();

    /// "wall/<host name>" — the QSettings group of this workstation's wall (CameraWallLayout).
    static QString settingsGroup();
    void restoreLayout();

Q_SIGNALS:
    /// An evidence still was stored (id) — tests and the status bar listen.
    void evidenceStored(qint64 id, const QString &sha256);
    /// A requested still could not be taken or stored (the reason, for people).
    void snapshotFailed(const QString &code, const QString &reason);
    /// "Report hazard with this snapshot" in a still's dialog: the hazard form opens with it (issue #7).
    void reportHazardRequested(qint64 evidenceId, const QString &cameraCode, const QString &area);
    void message(const QString &text);

private:
    void rebuild();
    void layoutTiles();
    void updateListVisibility();
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
    QSplitter *m_split = nullptr;
    QToolButton *m_listToggle = nullptr;
    CameraTileArea *m_gridHost = nullptr;
    bool m_listShown = true;
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
    DemoDrillFeeds *m_drill = nullptr;
    QPointer<CameraRegistryWindow> m_registry;
    QStringList m_quietSnapshots; ///< cameras whose next still goes to a requester, not to the attach dialog
};

} // namespace ui
} // namespace gl
