// SPDX-License-Identifier: Apache-2.0
#pragma once
// Shared by the GUI tests: the suite runs them two at a time on one X server without a window manager
// (scripts/test.sh), so another test's new window can take the activation at any moment.
#include <QApplication>
#include <QTest>
#include <QWidget>

namespace gl::test {

/// Makes `w`'s window the active one, asking again until it is (another test's window may have taken it
/// between the request and the check). A window shortcut, and focus checks, need an active window.
inline bool activate(QWidget *w, int timeoutMs = 30'000)
{
    QWidget *window = w->window();
    return QTest::qWaitFor(
        [window] {
            if (QApplication::activeWindow() == window)
                return true;
            window->raise();
            window->activateWindow();
            return QTest::qWaitForWindowActive(window, 500);
        },
        timeoutMs);
}

} // namespace gl::test
