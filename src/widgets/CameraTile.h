// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QImage>
#include <QWidget>

#include <memory>

namespace gl::video {
class FeedWorker;
class FrameSlot;
} // namespace gl::video

namespace gl {
namespace ui {

/// One tile of the camera wall: the feed decoded on its own thread (Guardline::Video), frames taken
/// from a latest-frame-wins slot scaled to the tile, and the feed's health drawn over the picture
/// (connecting / live / stalled / offline, fps, resolution). The URL's credentials are never shown.
class CameraTile : public QWidget {
    Q_OBJECT
public:
    CameraTile(const QString &code, const QString &name, const QString &url, QWidget *parent = nullptr);
    ~CameraTile() override;
    QString code() const { return m_code; }

Q_SIGNALS:
    void activated(const QString &code); ///< double-click: open full view

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    void takeFrame();
    QString m_code, m_name;
    std::unique_ptr<video::FeedWorker> m_feed;
    std::shared_ptr<video::FrameSlot> m_slot;
    QImage m_frame;
};

} // namespace ui
} // namespace gl
