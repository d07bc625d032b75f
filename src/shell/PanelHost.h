// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "shell/DataWorker.h"

#include <QString>

class QWidget;

namespace gl::ui {

class CameraWall;

/// What a panel, dock or tool window needs of the command center, handed to it when it is made: the data
/// thread its use cases run on, the snapshot the views show, the status line, and a way to bring up an
/// object elsewhere in the window. Panels see this, not the main window: a panel can be made and tested
/// with any host, and the window's layout is nobody's business but its own.
class PanelHost {
public:
    virtual ~PanelHost() = default;
    /// The data thread's worker: DataWorker::call() runs a use case there and answers on the UI thread.
    virtual DataWorker *dataWorker() const = 0;
    /// The latest snapshot shown (null before the first).
    virtual SnapshotPtr lastSnapshot() const = 0;
    /// A message on the status line for `timeoutMs` (0: until replaced).
    virtual void showStatus(const QString &message, int timeoutMs) = 0;
    /// Brings up an object ("camera", "chart", "permit", "hazard", "alarm", …) by its code.
    virtual void showObject(const QString &kind, const QString &code) = 0;
    /// The window that dialogs and tool windows of the panel belong to.
    virtual QWidget *hostWidget() = 0;
    /// The camera wall stills are taken from (null when this window has none).
    virtual CameraWall *cameraWall() const = 0;
};

} // namespace gl::ui
