// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gl {
namespace ui {

class DataWorker;

/// A manual alarm (a phone call, a patrol): area, priority, what was reported. Non-modal (nothing modal
/// blocks an alarm); raised through OperationsService::raiseManualAlarm on the data thread, which opens
/// its dispatch order like a rule's alarm.
class ManualAlarmDialog : public QDialog {
    Q_OBJECT
public:
    ManualAlarmDialog(DataWorker *worker, const QStringList &areas, const QString &area, QWidget *parent = nullptr);
    QComboBox *areaBox() const { return m_area; }
    QComboBox *priorityBox() const { return m_priority; }
    QLineEdit *textEdit() const { return m_text; }
    QPushButton *raiseButton() const { return m_raise; }
    QLabel *statusLabel() const { return m_status; }
Q_SIGNALS:
    void raised(qint64 alarmId, const QString &orderCode);

private:
    DataWorker *m_worker;
    QComboBox *m_area, *m_priority;
    QLineEdit *m_text;
    QPushButton *m_raise;
    QLabel *m_status;
};

/// An instruction by hand (HALT POUR, stop hot work, evacuate, resume) to a line or area, with a reason.
/// "Review" reads the target, the instruction and the reason back in one sentence; only "Confirm and send"
/// stores it (OperationsService::pushManualInstruction, the same service as `guardlinectl instructions
/// push`); the site service sends it. Editing a field after the review asks for a new review. Non-modal.
class InstructionDialog : public QDialog {
    Q_OBJECT
public:
    InstructionDialog(DataWorker *worker, const QString &target, const QString &orderCode, const QString &kind = {},
                      QWidget *parent = nullptr);
    QLineEdit *targetEdit() const { return m_target; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *reviewButton() const { return m_review; }
    QPushButton *confirmButton() const { return m_confirm; }
    QLabel *readBack() const { return m_readBack; }
    QLabel *statusLabel() const { return m_status; }
Q_SIGNALS:
    void sent(qint64 instructionId);

private:
    void review();
    void send();
    void edited();
    DataWorker *m_worker;
    QString m_order;
    QLineEdit *m_target, *m_reason;
    QComboBox *m_kind;
    QPushButton *m_review, *m_confirm;
    QLabel *m_readBack, *m_status;
};

} // namespace ui
} // namespace gl
