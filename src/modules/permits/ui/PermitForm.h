// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/permits/logic/PermitService.h"
#include "shell/DataWorker.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace gl {
namespace ui {

/// The permit editor's "Permit" page: the permit's fields, its type's GB 30871 checklist and the findings shown as the user types.
///
/// Findings as an HTML list in `colour` (each line escaped), for the form's and the editor's labels; empty when none.
QString findingsHtml(const QStringList &lines, const QString &colour);

/// The form checks what it can without the store (shape, validity, grade raised at night, guardian); the
/// service's findings are shown under them (serverProblemsLabel). Saving and the other steps are the
/// editor's: the form asks for them (saveRequested, drawRequested).
class PermitForm : public QWidget {
    Q_OBJECT
public:
    explicit PermitForm(QWidget *parent = nullptr);

    /// The site as loaded: its time zone is the times' zone.
    void setSnapshot(const SnapshotPtr &s) { m_snapshot = s; }
    /// The site's areas, contractors and people as choices; what was chosen stays chosen.
    void fillChoices();
    /// Shows a stored permit and the checks done; its fields can be changed only when `editable`.
    void showPermit(const PermitCard &card, bool editable);
    /// Shows the findings; Save, Submit and "Draw on plan…" are enabled when `editable` (and nothing blocks).
    void validate(bool editable);

    PermitInput input() const;
    /// The form's own findings (shape and GB 30871 rules it can check without the store).
    QStringList localProblems() const;
    /// The checklist items confirmed.
    QStringList checkedItems() const;

    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *typeBox() const { return m_type; }
    QComboBox *gradeBox() const { return m_grade; }
    QComboBox *areaBox() const { return m_area; }
    QComboBox *guardianBox() const { return m_guardian; }
    QDateTimeEdit *startEdit() const { return m_start; }
    QDateTimeEdit *endEdit() const { return m_end; }
    QLineEdit *polygonEdit() const { return m_polygon; }
    QPushButton *drawButton() const { return m_draw; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *submitButton() const { return m_submit; }
    QLabel *problemsLabel() const { return m_problems; }
    QLabel *serverProblemsLabel() const { return m_serverProblems; }

Q_SIGNALS:
    /// The user changed a field (not emitted while the form fills itself).
    void edited();
    /// The start or the end changed.
    void timesChanged();
    void saveRequested(bool thenSubmit);
    void drawRequested();

private:
    void fillGrades();
    void fillChecklist();
    void touched();

    SnapshotPtr m_snapshot;
    QLabel *m_problems = nullptr, *m_serverProblems = nullptr;
    QLineEdit *m_code = nullptr, *m_title = nullptr, *m_equipment = nullptr, *m_polygon = nullptr;
    QComboBox *m_type = nullptr, *m_grade = nullptr, *m_contractor = nullptr, *m_area = nullptr, *m_guardian = nullptr,
              *m_coordinator = nullptr;
    QDateTimeEdit *m_start = nullptr, *m_end = nullptr;
    QDoubleSpinBox *m_zMin = nullptr, *m_zMax = nullptr;
    QListWidget *m_workers = nullptr;
    QGroupBox *m_checkGroup = nullptr;
    QVBoxLayout *m_checkLayout = nullptr;
    QList<QCheckBox *> m_checks;
    QPushButton *m_save = nullptr, *m_submit = nullptr, *m_draw = nullptr;
    bool m_filling = false;
};

} // namespace ui
} // namespace gl
