// SPDX-License-Identifier: Apache-2.0
#include "modules/map/MapDetailsPanel.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gl::map {

MapDetailsPanel::MapDetailsPanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(u"mapDetails"_s);
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(240);
    setMaximumWidth(340);
    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(10, 8, 10, 10);
    auto *head = new QHBoxLayout;
    m_kindLabel = new QLabel(this);
    m_kindLabel->setStyleSheet(u"QLabel { color: #9e9e9e; text-transform: uppercase; }"_s);
    auto *close = new QToolButton(this);
    close->setObjectName(u"closeDetails"_s);
    close->setText(u"✕"_s);
    close->setToolTip(tr("Close the details (Esc)"));
    close->setAutoRaise(true);
    close->setShortcut(Qt::Key_Escape);
    connect(close, &QToolButton::clicked, this, &MapDetailsPanel::clearObject);
    head->addWidget(m_kindLabel, 1);
    head->addWidget(close);
    col->addLayout(head);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    m_title->setFont(f);
    col->addWidget(m_title);
    m_form = new QFormLayout;
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    col->addLayout(m_form);
    m_actions = new QVBoxLayout;
    col->addLayout(m_actions);
    col->addStretch(1);
    hide();
}

void MapDetailsPanel::showObject(const QString &kind, const QString &code, const QString &title,
                                 const QList<Field> &fields, const QList<Action> &actions)
{
    m_kind = kind;
    m_code = code;
    m_fields = fields;
    m_kindLabel->setText(kind);
    m_title->setText(title);
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    for (const auto &[label, value] : fields) {
        auto *v = new QLabel(value, this);
        v->setWordWrap(true);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_form->addRow(label, v);
    }
    // Each snapshot shows the selected object again: its buttons stay, so that a click that is under way
    // when the data refreshes (press on "Fly to", release after the refresh) still lands.
    if (actions == m_actionList && m_actions->count() == actions.size()) {
        show();
        return;
    }
    m_actionList = actions;
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const auto &[id, text] : actions) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(u"action-"_s + id);
        connect(b, &QPushButton::clicked, this, [this, id] { Q_EMIT actionTriggered(id, m_kind, m_code); });
        m_actions->addWidget(b);
    }
    show();
}

void MapDetailsPanel::clearObject()
{
    m_kind.clear();
    m_code.clear();
    hide();
}

QString MapDetailsPanel::title() const { return m_title->text(); }

QString MapDetailsPanel::field(const QString &label) const
{
    for (const auto &[l, v] : m_fields)
        if (l == label)
            return v;
    return {};
}

} // namespace gl::map
