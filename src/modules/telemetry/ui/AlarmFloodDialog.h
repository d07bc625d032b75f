// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/telemetry/logic/AlarmFlood.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

class QMainWindow;

namespace gl {
namespace ui {

class DataWorker;
class PanelHost;

/// Administration → Alarm flood settings… (issue #16 item 4, ISA-18.2): the site's flood limit, its window and
/// its operator positions (code, name and the areas each annunciates, picked from the site's areas; a position
/// without areas covers the whole site). Read and saved through TelemetryService on the data thread
/// (floodSettings / setFloodSettings: permission rules.edit, all or nothing, audited under the signed-in user);
/// a refusal is shown in the dialog, which stays open. `guardlinectl alarms flood` does the same.
class AlarmFloodDialog : public QDialog {
    Q_OBJECT
public:
    /// Adds Administration → Alarm flood settings… to the window's menu bar, enabled once someone whose role
    /// has rules.edit has signed in (for anyone else disabled, its tooltip saying why).
    static void installMenu(QMainWindow *window, PanelHost *host);
    /// Opens (or raises) the one dialog of `window` and loads the settings.
    static AlarmFloodDialog *openFor(PanelHost *host);

    AlarmFloodDialog(DataWorker *worker, QWidget *parent);

    void reload();
    QSpinBox *alarmsBox() const { return m_alarms; }
    QSpinBox *windowBox() const { return m_window; }
    QTableWidget *positionsTable() const { return m_positions; }
    /// The site's areas (checkable) of the selected position.
    QListWidget *areasList() const { return m_areas; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    /// The settings were (re)loaded from the store.
    void loaded();
    /// The settings were saved.
    void saved();

private:
    void fill(const FloodSettings &settings, const QList<std::pair<QString, QString>> &areas, const QString &problem);
    void selectionMoved();
    void areaToggled();
    void addPosition();
    void removePosition();
    void save();
    int currentRow() const;
    QList<OperatorPosition> positions() const;

    DataWorker *m_worker;
    QSpinBox *m_alarms, *m_window;
    QTableWidget *m_positions;
    QListWidget *m_areas;
    QPushButton *m_add, *m_remove, *m_save, *m_close;
    QLabel *m_status;
    QList<std::pair<QString, QString>> m_siteAreas; ///< code, name
    bool m_filling = false;
};

} // namespace ui
} // namespace gl
