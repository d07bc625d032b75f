// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/permits/logic/PermitService.h"
#include "modules/permits/ui/AreaDrawView.h"
#include "modules/permits/ui/PermitForm.h"
#include "shell/DataWorker.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gl {
namespace ui {

class PermitGasTests;
class PermitSignOffs;

/// A permit's lifecycle state as shown (translated).
QString permitStateTitle(const QString &state);

/// The permit card and editor, a non-modal window. A new or draft permit is edited here with the
/// standard's checklist of its type (gb30871.json); the form validates as the user types and names the
/// field and the rule. "Save draft" keeps an invalid permit; "Submit" is refused with the service's
/// reasons listed inline. Past the draft it shows the sign-offs in the standard's order with the next
/// signature for the signed-in role (on-site confirmation), the lifecycle actions, gas-test entry with
/// the timing rules, the workers' certificates, the bound cameras and the conflicts. Every service call
/// goes through DataWorker::call.
///
/// This class is the window and the permit's steps through the services; its pages are PermitForm (the
/// fields and checklist), PermitSignOffs, PermitGasTests and the people, cameras and conflicts.
class PermitEditor : public QWidget {
    Q_OBJECT
public:
    PermitEditor(DataWorker *worker, const QString &code, QWidget *parent = nullptr);

    void setSnapshot(const SnapshotPtr &s);
    QString code() const;
    /// Reloads the card from the services.
    void reload();

    static QString typeTitle(const QString &type);
    static QString gradeTitle(const QString &grade);

    // For tests and keyboard users.
    QLineEdit *codeEdit() const { return m_form->codeEdit(); }
    QLineEdit *titleEdit() const { return m_form->titleEdit(); }
    QComboBox *typeBox() const { return m_form->typeBox(); }
    QComboBox *gradeBox() const { return m_form->gradeBox(); }
    QComboBox *areaBox() const { return m_form->areaBox(); }
    QComboBox *guardianBox() const { return m_form->guardianBox(); }
    QDateTimeEdit *startEdit() const { return m_form->startEdit(); }
    QDateTimeEdit *endEdit() const { return m_form->endEdit(); }
    QLineEdit *polygonEdit() const { return m_form->polygonEdit(); }
    /// Issue 17: "Draw on plan…" next to the typed polygon opens the AreaDrawDialog (null until opened).
    QPushButton *drawButton() const { return m_form->drawButton(); }
    AreaDrawDialog *areaDrawDialog() const { return m_drawDialog; }
    QPushButton *saveButton() const { return m_form->saveButton(); }
    QPushButton *submitButton() const { return m_form->submitButton(); }
    /// Issue 17: the work ticket of an approved or active permit, previewed, printed or saved (TicketPreview).
    QPushButton *ticketButton() const;
    QLabel *problemsLabel() const { return m_form->problemsLabel(); }
    QLabel *stateLabel() const { return m_stateLabel; }
    QLabel *gasTimingLabel() const;
    /// The form's own findings (shape and GB 30871 rules it can check without the store).
    QStringList localProblems() const;
    const PermitCard &card() const { return m_card; }
    /// The permit's row_version on the card shown (schema step 21), empty when none is loaded or it was just saved.
    std::optional<qint64> shownVersion() const;

Q_SIGNALS:
    /// The permit was stored (created or updated) under this code.
    void saved(const QString &code);
    /// The card was (re)loaded from the services.
    void loaded();
    /// A service refused or failed; the message is shown inline too.
    void refused(const QString &message);

protected:
    void closeEvent(QCloseEvent *e) override;

private:
    void buildForm();
    void fillChoices();
    void validate();
    void showCard(const PermitCard &card, const QString &role);
    void saveDraft(bool thenSubmit);
    void doAction(const QString &action);
    void signNext();
    void recordGas();
    void showError(const QString &message);
    /// A step the service refused: the reasons shown, kept over the card reloaded to show the permit as it is now.
    void showRefusal(const QString &message);
    void drawArea();
    PermitInput input() const;
    bool editable() const;

    DataWorker *m_worker;
    SnapshotPtr m_snapshot;
    QString m_savedCode; ///< empty until the permit exists in the store
    QString m_refusal;   ///< a step's refusal, shown again over the card reloaded after it
    PermitCard m_card;
    QString m_role;

    QLabel *m_header = nullptr, *m_stateLabel = nullptr;
    PermitForm *m_form = nullptr;
    QPointer<AreaDrawDialog> m_drawDialog;

    PermitSignOffs *m_signPage = nullptr;

    PermitGasTests *m_gas = nullptr;

    QLabel *m_workersInfo = nullptr, *m_cameras = nullptr, *m_conflicts = nullptr;
};

} // namespace ui
} // namespace gl
