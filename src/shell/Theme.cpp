// SPDX-License-Identifier: Apache-2.0
#include "shell/Theme.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

QColor colours::severity(const QString &s)
{
    if (s == u"critical"_s) return QColor(0xe5, 0x39, 0x35);
    if (s == u"high"_s) return QColor(0xfb, 0x8c, 0x00);
    if (s == u"medium"_s) return QColor(0xfd, 0xd8, 0x35);
    if (s == u"low"_s) return QColor(0x26, 0xc6, 0xda);
    return QColor(0x9e, 0x9e, 0x9e);
}

QColor colours::risk(const QString &r)
{
    if (r == u"red"_s) return QColor(0xd3, 0x2f, 0x2f);
    if (r == u"orange"_s) return QColor(0xf5, 0x7c, 0x00);
    if (r == u"yellow"_s) return QColor(0xfb, 0xc0, 0x2d);
    if (r == u"blue"_s) return QColor(0x19, 0x76, 0xd2);
    return QColor(0x75, 0x75, 0x75);
}

QColor colours::validity(const QString &s)
{
    if (s == u"expired"_s || s == u"missing"_s) return QColor(0xe5, 0x39, 0x35);
    if (s == u"expiring"_s) return QColor(0xff, 0xb3, 0x00);
    return {};
}

QColor colours::state(const QString &s)
{
    if (s == u"active"_s || s == u"responding"_s) return QColor(0x66, 0xbb, 0x6a);
    if (s == u"suspended"_s || s == u"reopened"_s || s == u"unacknowledged"_s) return QColor(0xe5, 0x39, 0x35);
    if (s == u"submitted"_s || s == u"pending_verification"_s || s == u"returned"_s) return QColor(0xff, 0xb3, 0x00);
    return {};
}

QString severitySymbol(const QString &s)
{
    if (s == u"critical"_s) return u"◆"_s;
    if (s == u"high"_s) return u"▲"_s;
    if (s == u"medium"_s) return u"■"_s;
    return u"●"_s;
}

QString validitySymbol(const QString &s)
{
    if (s == u"expired"_s || s == u"missing"_s) return u"✕"_s;
    if (s == u"expiring"_s) return u"▲"_s;
    if (s == u"valid"_s) return u"●"_s;
    return u"–"_s;
}

void applyTheme(QApplication &app, Theme theme)
{
    app.setStyle(QStyleFactory::create(u"Fusion"_s));
    QPalette p;
    if (theme == Theme::Dark) {
        const QColor window(0x2b, 0x2d, 0x30), base(0x1f, 0x21, 0x23), text(0xdd, 0xdf, 0xe2);
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, QColor(0x3a, 0x3d, 0x41));
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::Highlight, QColor(0x4a, 0x6f, 0x8f));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::ToolTipBase, base);
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8d, 0x91));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x72, 0x75));
    }
    app.setPalette(p);
    QFont f = app.font();
    f.setPointSizeF(std::max(10.0, f.pointSizeF()));
    app.setFont(f);
    app.setStyleSheet(u"QDockWidget::title { padding: 4px; font-weight: bold; }"
                      "QHeaderView::section { padding: 3px; }"
                      "QTabBar::tab { padding: 5px 12px; }"_s);
}

} // namespace ui
} // namespace gl
