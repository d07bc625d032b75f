// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "platform/services/Table.h"
#include "platform/services/ServiceContext.h"

#include <optional>

namespace gl {

/// A notification as the views show it (NotificationService::mine(), unread first then newest; issue #15).
struct NotificationRow {
    qint64 id = 0;
    QString kind;       ///< e.g. step.skipped, alarm (NotificationService::notify callers)
    QString objectType, objectId; ///< what it is about (MainWindow::showObject opens it)
    QString area;
    QString text;       ///< in the interface language (the data thread localizes the table first)
    qint64 createdAt = 0;
    std::optional<qint64> readAt; ///< absent while unread

    bool unread() const { return !readAt.has_value(); }
    bool operator==(const NotificationRow &) const = default;
    /// The only place that names the notifications table's columns: a missing one is a gl::Error naming it.
    static QList<NotificationRow> fromTable(const Table &notifications);
};

/// Notifications to named users (e.g. a skipped procedure step reported to the area supervisor), kept
/// until the recipient marks them read. Written by other services inside their own transaction.
class NotificationService : public ServiceBase {
public:
    using ServiceBase::ServiceBase;

    /// Stores a notification for `recipient` (a username), its text in English and, when the caller has one,
    /// in Chinese (`textZh`; a zh interface shows it, issue 16 item 9). No permission: the calling service decided.
    qint64 notify(const QString &recipient, const QString &kind, const QString &objectType, const QString &objectId,
                  const QString &area, const QString &text, const QString &textZh = {});
    /// The signed-in user's notifications, unread first then newest; columns id, kind, object_type,
    /// object_id, area, text, created_at, read_at, text_zh (empty when only English was stored). Needs data.read.
    Table mine(int limit = 100) const;
    /// Marks one of the signed-in user's notifications read (audited notification.read).
    void markRead(qint64 id);
};

} // namespace gl
