// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/dispatch/logic/RosterService.h"
#include "shell/DataWorker.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace gl {
namespace ui {

class PanelHost;

/// The on-duty roster editor (issue #8), a non-modal window: who is on duty now per area (the person
/// dispatch orders are auto-assigned to; an area entry wins over a site-wide one), the roster entries
/// with their times in site-local time, and a form to add an entry or end one through RosterService
/// (roster.edit, audited). Read-only for users without roster.edit.
class RosterEditor : public QWidget {
    Q_OBJECT
public:
    /// Opens (or raises) the one roster editor of the window.
    static RosterEditor *open(PanelHost *host);
    explicit RosterEditor(PanelHost *host);

    void reload();
    /// Fills the form (tests; an empty area is site-wide). Times are epoch ms, shown in site-local time.
    void setForm(const QString &area, const QString &username, qint64 from, qint64 to);
    void addEntry();
    void endSelected();

Q_SIGNALS:
    void loaded();

private:
    struct Loaded;
    void showLoaded(const std::shared_ptr<const Loaded> &data);
    void validate();
    QTimeZone zone() const;
    qint64 toEpoch(const QDateTimeEdit *edit) const;

    PanelHost *m_host;
    std::shared_ptr<const Loaded> m_data;
    qint64 m_loadedAt = 0;
    QLabel *m_zone, *m_readOnly, *m_message;
    QTableWidget *m_now, *m_entries;
    QCheckBox *m_showEnded;
    QComboBox *m_area, *m_user;
    QDateTimeEdit *m_from, *m_to;
    QPushButton *m_add, *m_end;
};

} // namespace ui
} // namespace gl
