// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/video/logic/CameraService.h"
#include "shell/DataWorker.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace gl {
namespace ui {

/// The camera registry editor (a non-modal window): every camera of the site with its URL, place,
/// orientation, covered areas and whether credentials are set. Add, edit, remove; credentials are typed
/// into a write-only field and shown only as "set" / "not set". Changes go through CameraService on the
/// data thread (permission site.edit, audited).
class CameraRegistryWindow : public QWidget {
    Q_OBJECT
public:
    CameraRegistryWindow(DataWorker *worker, QWidget *parent = nullptr);
    void setSnapshot(const SnapshotPtr &s);
    void reload();

private:
    void showRecord(const CameraRecord &r);
    CameraInput input() const;
    void save();
    void removeCurrent();
    void clearCredentials();
    void setStatus(const QString &text, bool error);

    QPointer<DataWorker> m_worker;
    QList<CameraRecord> m_records;
    QString m_areasSignature;
    QTableWidget *m_table;
    QLineEdit *m_code, *m_name, *m_url, *m_user, *m_password;
    QComboBox *m_area;
    QDoubleSpinBox *m_x, *m_y, *m_z, *m_yaw, *m_pitch, *m_fov, *m_range;
    QListWidget *m_covered;
    QLabel *m_credentials, *m_status;
    QPushButton *m_save, *m_remove, *m_clearCredentials;
    bool m_new = true;
};

} // namespace ui
} // namespace gl
