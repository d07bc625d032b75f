// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QString>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

/// The small parts the Contractors dock's forms share (ContractorForms, DocumentDialog, WorkerForms,
/// LedgerImportDialog).
namespace gl::ui::forms {

/// The style of a check shown as it is typed: passed, or refused.
inline constexpr auto kGood = "QLabel { color: #2e7d32; }";
inline constexpr auto kBad = "QLabel { color: #e53935; font-weight: bold; }";

/// Shows `text` under a form, red and bold when it is a refusal.
void setStatus(QLabel *label, const QString &text, bool bad);
/// A date field with a calendar, in ISO form.
QDateEdit *dateEdit(QDate d, QWidget *parent);
/// A file chosen by a typed path or by Qt's own (non-native) file dialog, so it works the same everywhere.
QPushButton *browseFor(QLineEdit *edit, const QString &title, const QString &filter, QWidget *parent);

} // namespace gl::ui::forms
