// SPDX-License-Identifier: Apache-2.0
#include "UiLanguage.h"

#include <QLocale>

#include <atomic>

namespace gl {
namespace ui {

namespace {
std::atomic_int g_language{0}; // 0 unset, 1 English, 2 Chinese
}

void setUiLanguage(const QString &language)
{
    g_language = language.startsWith(QLatin1String("zh")) ? 2 : 1;
}

bool chineseUi()
{
    const int l = g_language.load();
    return l == 0 ? QLocale().language() == QLocale::Chinese : l == 2;
}

QString localized(const QString &en, const QString &zh)
{
    if (chineseUi() && !zh.isEmpty())
        return zh;
    return en.isEmpty() ? zh : en;
}

} // namespace ui
} // namespace gl
