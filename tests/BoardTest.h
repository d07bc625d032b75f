// SPDX-License-Identifier: Apache-2.0
#pragma once
// Shared by the GUI tests that work the dispatch board: find an order's card, its column, click it as a mouse would.
#include "modules/dispatch/ui/DispatchBoard.h"

#include <QListWidget>
#include <QTest>
#include <QWindow>

namespace gl::test {

using namespace Qt::StringLiterals;

inline QListWidgetItem *card(ui::DispatchBoard &board, const QString &code, int *column = nullptr)
{
    for (int c = 0; c < 4; ++c)
        for (int i = 0; board.column(c) && i < board.column(c)->count(); ++i)
            if (board.column(c)->item(i)->data(Qt::UserRole).toString() == code) {
                if (column)
                    *column = c;
                return board.column(c)->item(i);
            }
    return nullptr;
}

inline int columnOf(ui::DispatchBoard &board, const QString &code)
{
    int c = -1;
    return card(board, code, &c) ? c : -1;
}

inline void clickCard(ui::DispatchBoard &board, const QString &code, Qt::MouseButton button = Qt::LeftButton)
{
    QListWidgetItem *item = card(board, code);
    QVERIFY(item);
    QListWidget *list = item->listWidget();
    list->scrollToItem(item);
    const QPoint at = list->visualItemRect(item).center();
    if (button == Qt::RightButton) { // through the window, as the platform delivers it: the context menu follows
        QWidget *top = list->window();
        QTest::mouseClick(top->windowHandle(), Qt::RightButton, {}, list->viewport()->mapTo(top, at));
        return;
    }
    QTest::mouseClick(list->viewport(), button, {}, at);
}

} // namespace gl::test
