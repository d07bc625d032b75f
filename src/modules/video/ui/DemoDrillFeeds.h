// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/site/layout/SiteLayout.h"
#include "shell/DataWorker.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace gl {
namespace ui {

/// Demo only: generates short H.264 drill clips with ffmpeg into the data folder, one after another, and
/// points some demo cameras at them (file://, audited as system:demo-drill), so the demo's camera wall
/// shows real decoding. A clip still being made is killed with this object.
class DemoDrillFeeds : public QObject {
    Q_OBJECT
public:
    explicit DemoDrillFeeds(QObject *parent = nullptr);
    ~DemoDrillFeeds() override;
    /// The cameras are switched through the data thread.
    void setDataWorker(DataWorker *worker) { m_worker = worker; }
    /// Starts once. With no cameras yet (the names burned into the clips come from the registry) it waits:
    /// isWaiting() until start() is called again with them.
    void start(const QHash<QString, site::Camera> &cameras);
    bool isWaiting() const { return m_waiting; }

Q_SIGNALS:
    void message(const QString &text);

private:
    QPointer<DataWorker> m_worker;
    bool m_waiting = false;
    bool m_started = false;
};

} // namespace ui
} // namespace gl
