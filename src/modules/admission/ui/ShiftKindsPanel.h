// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace gl {
namespace ui {

class DataWorker;

/// The shift kinds the shift roster names (issue #17): the list (code, name, Chinese name, start, end) and
/// a form to define one, through ContractorService::defineShift (contractor.edit, audited `shift.add`; bad
/// input named by field). In the imports tab, above the roster import that refers to them, and in the
/// Contractors dock's Shifts… dialog: one form for both.
class ShiftKindsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ShiftKindsPanel(DataWorker *worker, QWidget *parent = nullptr);
    void reload();
    QTableWidget *table() const { return m_table; }
    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *nameZhEdit() const { return m_nameZh; }
    QLineEdit *startEdit() const { return m_start; }
    QLineEdit *endEdit() const { return m_end; }
    QPushButton *defineButton() const { return m_define; }
    QLabel *statusLabel() const { return m_status; }
Q_SIGNALS:
    /// A kind was defined (true) or refused (false), with the message shown.
    void defined(bool ok, const QString &message);

private:
    void define();
    DataWorker *m_worker;
    QTableWidget *m_table;
    QLineEdit *m_code, *m_name, *m_nameZh, *m_start, *m_end;
    QPushButton *m_define;
    QLabel *m_status;
    bool m_askedMayEdit = false;
};

/// The Contractors dock's *Shifts…*: the same ShiftKindsPanel in a dialog of its own, with a word on what
/// the kinds are for.
class ShiftsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShiftsDialog(DataWorker *worker, QWidget *parent = nullptr);
    ShiftKindsPanel *panel() const { return m_panel; }

private:
    ShiftKindsPanel *m_panel;
};

} // namespace ui
} // namespace gl
