// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/services/QueryService.h"
#include "core/services/SiteService.h"
#include "core/site/SiteLayout.h"

#include <QObject>
#include <QTimeZone>

#include <memory>

class QTimer;

namespace gl {
class Database;
}

namespace gl {
namespace ui {

/// Everything the views show, read in one go on the data thread and handed over immutable.
struct Snapshot {
    SiteInfo site;
    site::SiteLayout layout;
    QTimeZone timeZone;
    QDate today;
    qint64 takenAt = 0;
    Table contractors, people, permits, hazards, alarms, orders, instructions, cameras;
    SiteSummary summary;
};
using SnapshotPtr = std::shared_ptr<const Snapshot>;

/// The command center's data thread: owns the database connection and the services, runs every
/// read and write off the UI thread, and reports back with signals. Its slots are invoked queued.
class DataWorker : public QObject {
    Q_OBJECT
public:
    DataWorker();
    ~DataWorker() override;

public Q_SLOTS:
    /// Opens (and migrates) the store; loads the demo plant first when `demo` is set; signs in as
    /// `username` with `password`, or as the demo dispatcher (no password) for the demo.
    void open(const QString &url, bool demo, const QString &username, const QString &password);
    void refresh();
    void acknowledgeAlarm(qint64 alarmId);
    void acknowledgeInstruction(qint64 instructionId);
    void close();

Q_SIGNALS:
    void opened(const QString &storeDescription, const QString &username, const QString &role, bool demo);
    void snapshotReady(gl::ui::SnapshotPtr snapshot);
    /// A user-facing message: what happened and what it means.
    void failed(const QString &message);
    void storeHealth(bool ok, const QString &detail);

private:
    template<class Fn> void write(Fn &&fn);
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<ServiceContext> m_ctx;
    QTimer *m_timer = nullptr;
    site::SiteLayout m_layout;
    bool m_haveLayout = false;
};

} // namespace ui
} // namespace gl

Q_DECLARE_METATYPE(gl::ui::SnapshotPtr)
