// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/video/decode/FeedTypes.h"

#include <QDateTime>
#include <QImage>
#include <QPoint>
#include <QWidget>

#include <memory>

namespace gl::video {
class FeedWorker;
class FrameSlot;
} // namespace gl::video

namespace gl {
namespace ui {

/// The MIME type a camera is dragged with (from the camera list, the map, another tile): its code, UTF-8.
inline constexpr const char *kCameraMime = "application/x-guardline-camera";
/// Dragged from a tile: the source slot (decimal), so a drop swaps the two tiles.
inline constexpr const char *kSlotMime = "application/x-guardline-wall-slot";

/// One slot of the camera wall. With a camera, its feed is decoded on its own thread (Guardline::Video),
/// frames are taken from a latest-frame-wins slot scaled to the tile, and the feed's health is drawn
/// over the picture: state, fps, bitrate, resolution, latency, dropped frames. Empty, it invites a drop.
/// The URL's credentials are never shown. A camera filming 特级 hot work gets an orange frame that turns
/// red with a banner when its feed is not live.
class CameraTile : public QWidget {
    Q_OBJECT
public:
    explicit CameraTile(int slot, QWidget *parent = nullptr);
    ~CameraTile() override;

    int slot() const { return m_slot; }
    QString code() const { return m_code; }
    QString name() const { return m_name; }
    bool isEmpty() const { return m_code.isEmpty(); }
    /// Shows a camera (restarting the feed when the code or URL changed); an empty code clears the tile.
    void setCamera(const QString &code, const QString &name, const QString &url);
    void setHotWork(const QString &permits); ///< non-empty: the camera films these 特级 hot-work permits
    QString hotWork() const { return m_hotWork; }
    void setSelected(bool selected);
    bool isSelected() const { return m_selected; }
    video::FeedStats stats() const;
    /// Asks the feed for its next frame at full resolution; snapshotTaken() follows (not when empty).
    bool requestSnapshot();
    bool isDrill() const { return m_drill; }

Q_SIGNALS:
    void activated(const QString &code);          ///< double-click: full view / back
    void clicked(int slot);
    void dropped(int slot, const QString &code, int fromSlot); ///< fromSlot -1: from the list or the map
    void snapshotTaken(const QString &code, const QString &name, const QImage &fullFrame, const QDateTime &takenAt);
    void snapshotRequested(int slot);
    void removeRequested(int slot);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void takeFrame();
    void stopFeed();
    int m_slot;
    QString m_code, m_name, m_url, m_hotWork;
    bool m_selected = false, m_drill = false;
    std::unique_ptr<video::FeedWorker> m_feed;
    std::shared_ptr<video::FrameSlot> m_frameSlot;
    QImage m_frame;
    QPoint m_pressAt;
};

} // namespace ui
} // namespace gl
