// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace gl {
namespace ui {

/// What of the camera wall is kept per workstation (QSettings group "wall/<host name>"): the grid, the
/// camera of each slot, the preset, the full view and the camera list (shown, the splitter's state).
struct CameraWallLayout {
    int grid = 4;              ///< 1, 4, 9 or 16
    QStringList cameras;       ///< camera code per slot, 16 slots ("" for an empty one)
    bool hotWork = false;      ///< the "Active 特级 hot work" preset, else the custom wall
    QString full;              ///< the camera in full view, empty for the grid
    bool listShown = true;
    QByteArray splitter;       ///< QSplitter::saveState(); empty: none (kept as saved)
    bool saved = false;        ///< load(): a layout was saved on this workstation (grid, cameras, preset, full view)

    /// "wall/<host name>" — the QSettings group of this workstation's wall.
    static QString settingsGroup();
    /// The saved layout; on the first start on this workstation a 2×2 grid of the first cameras of `cameraOrder`.
    static CameraWallLayout load(const QStringList &cameraOrder);
    void save() const;
};

} // namespace ui
} // namespace gl
