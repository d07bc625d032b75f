// SPDX-License-Identifier: Apache-2.0
// AreaDrawDialog: the window around AreaDrawView, its typed corners kept in step with the permit's field.
#include "modules/permits/ui/AreaDrawView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

AreaDrawDialog::AreaDrawDialog(QLineEdit *target, const QString &permitCode, QWidget *parent) : QDialog(parent), m_target(target)
{
    setObjectName(u"areaDrawDialog"_s);
    setModal(false);
    setWindowTitle(permitCode.isEmpty() ? tr("Draw the work area") : tr("Draw the work area of %1").arg(permitCode));
    resize(1120, 780);
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Click the corners of the work area on the plan. A click near equipment or a structure (corner, centre, "
                               "edge) lands exactly on it: the green ring shows where. Close the area with a double-click, a click on the "
                               "first corner or Enter; Backspace undoes the last corner; Esc cancels. The typed corners stay editable "
                               "for precision, and each follows the other."),
                            this);
    hint->setWordWrap(true);
    m_view = new AreaDrawView(this);
    m_view->setPermitCode(permitCode);
    m_text = new QLineEdit(this);
    m_text->setObjectName(u"areaDrawCorners"_s);
    m_text->setPlaceholderText(tr("x, y; x, y; x, y (site metres)"));
    m_message = new QLabel(this);
    m_message->setObjectName(u"areaDrawMessage"_s);
    m_message->setWordWrap(true);
    m_undo = new QPushButton(tr("Undo last corner"), this);
    m_clear = new QPushButton(tr("Clear"), this);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    m_done = new QPushButton(tr("Done"), this);
    m_done->setToolTip(tr("The closed work area is already in the permit's polygon field; this closes the window"));
    cancel->setToolTip(tr("Puts the permit's polygon field back as it was when this window opened"));
    for (QPushButton *b : {m_undo, m_clear, cancel, m_done})
        b->setAutoDefault(false); // Enter closes the polygon, never the window
    auto *textRow = new QHBoxLayout;
    textRow->addWidget(new QLabel(tr("Corners (x, y; … site metres)"), this));
    textRow->addWidget(m_text, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_undo);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_done);
    layout->addWidget(hint);
    layout->addWidget(m_view, 1);
    layout->addLayout(textRow);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_view, &AreaDrawView::cornersChanged, this, &AreaDrawDialog::fromDrawing);
    connect(m_view, &AreaDrawView::message, this, &AreaDrawDialog::showMessage);
    connect(m_view, &AreaDrawView::cancelRequested, this, &AreaDrawDialog::reject);
    // The drawing follows every keystroke; the permit's field takes the typed corners when the edit is done
    // (Enter, or leaving the field) and they make a valid area, so a half-typed pair never reaches it.
    connect(m_text, &QLineEdit::textEdited, this, [this](const QString &text) { fromText(text, false); });
    connect(m_text, &QLineEdit::editingFinished, this, &AreaDrawDialog::applyTyped);
    if (m_target)
        connect(m_target, &QLineEdit::textEdited, this, [this](const QString &text) {
            if (isVisible())
                fromText(text, true);
        });
    connect(m_undo, &QPushButton::clicked, m_view, &AreaDrawView::undoLastCorner);
    connect(m_clear, &QPushButton::clicked, m_view, &AreaDrawView::clearCorners);
    connect(cancel, &QPushButton::clicked, this, &AreaDrawDialog::reject);
    connect(m_done, &QPushButton::clicked, this, &AreaDrawDialog::accept);
}

void AreaDrawDialog::setSnapshot(const SnapshotPtr &s)
{
    m_view->setSnapshot(s);
    updateButtons();
}

void AreaDrawDialog::setPermitCode(const QString &code)
{
    m_view->setPermitCode(code);
    setWindowTitle(code.isEmpty() ? tr("Draw the work area") : tr("Draw the work area of %1").arg(code));
}

void AreaDrawDialog::restart()
{
    m_original = m_target ? m_target->text() : QString();
    fromText(m_original, true);
    if (m_original.trimmed().isEmpty())
        showMessage(tr("Click the first corner on the plan."), false);
    m_view->setFocus(Qt::OtherFocusReason);
}

void AreaDrawDialog::fromText(const QString &text, bool fromEditor)
{
    if (fromEditor)
        m_text->setText(text);
    bool ok = false;
    const site::Polygon pts = parseCorners(text, &ok);
    if (!ok) {
        showMessage(tr("Corners: cannot read \"%1\": write x, y pairs separated by \";\"").arg(text), true);
        updateButtons();
        return;
    }
    m_view->setCorners(pts, pts.size() >= 3);
    const QString why = m_view->problem(pts);
    if (pts.isEmpty())
        showMessage(tr("Click the first corner on the plan."), false);
    else if (!why.isEmpty())
        showMessage(tr("These corners cannot be the work area: %1").arg(why), true);
    else
        showMessage(tr("Work area: %n corner(s), %1 m²", nullptr, int(pts.size())).arg(QString::number(site::area(pts), 'f', 1)), false);
    updateButtons();
}

void AreaDrawDialog::applyTyped()
{
    bool ok = false;
    const site::Polygon pts = parseCorners(m_text->text(), &ok);
    if (ok && m_view->problem(pts).isEmpty() && m_target && m_target->text() != m_text->text().trimmed())
        m_target->setText(m_text->text().trimmed());
}

void AreaDrawDialog::fromDrawing()
{
    const site::Polygon pts = m_view->corners();
    const QString text = cornersText(pts);
    m_text->setText(text);
    if (m_view->isClosed() && m_view->problem(pts).isEmpty() && m_target)
        m_target->setText(text);
    updateButtons();
}

void AreaDrawDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"QLabel { color: #e53935; font-weight: bold; }"_s : QString());
}

void AreaDrawDialog::updateButtons()
{
    const site::Polygon pts = m_view->corners();
    m_done->setEnabled(m_view->isClosed() && m_view->problem(pts).isEmpty());
    m_undo->setEnabled(!pts.isEmpty());
    m_clear->setEnabled(!pts.isEmpty());
}

void AreaDrawDialog::reject()
{
    if (m_target && m_target->text() != m_original)
        m_target->setText(m_original);
    QDialog::reject();
}

} // namespace ui
} // namespace gl
