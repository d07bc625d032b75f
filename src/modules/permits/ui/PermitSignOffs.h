// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/permits/logic/PermitService.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gl {
namespace ui {

/// The permit editor's sign-off page: the sign-offs in the standard's order (done and still to sign), the
/// next signature for the signed-in role (on site, and where), the lifecycle actions of the permit's state
/// and the work ticket. The steps themselves are the editor's: this page asks for them.
class PermitSignOffs : public QWidget {
    Q_OBJECT
public:
    explicit PermitSignOffs(QWidget *parent = nullptr);
    /// Shows `card` for `role`; `when` formats a time (site time).
    void showCard(const PermitCard &card, const QString &role, const std::function<QString(qint64)> &when);
    /// The next signature as given: at the work site or not, and where.
    SignOffInput signature() const;
    QPushButton *ticketButton() const { return m_ticket; }

Q_SIGNALS:
    /// "Sign as …" was pressed.
    void signRequested();
    /// A lifecycle action's button was pressed ("activate", "suspend", …, "guardian_left").
    void actionRequested(const QString &action);
    /// "Work ticket…" was pressed.
    void ticketRequested();

private:
    QLabel *m_signOffs = nullptr, *m_nextStep = nullptr;
    QCheckBox *m_onSite = nullptr;
    QLineEdit *m_place = nullptr;
    QPushButton *m_sign = nullptr;
    QPushButton *m_ticket = nullptr;
    QWidget *m_actionBar = nullptr;
};

} // namespace ui
} // namespace gl
