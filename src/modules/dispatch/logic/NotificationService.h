// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/site/logic/QueryService.h"
#include "platform/services/ServiceContext.h"

namespace gl {

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
