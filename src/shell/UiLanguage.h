// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace gl {
namespace ui {

/// The interface language chosen at start-up (`--lang`, the saved choice, or the system's). Texts that
/// come from configuration (GB 30871 safety measures and sign-off steps, hazard terms, procedures, area
/// names) follow it, not the system locale: a zh_CN interface on an English system shows them in Chinese.
void setUiLanguage(const QString &language);
/// Whether the interface is Chinese. Before setUiLanguage: the default QLocale's language.
bool chineseUi();
/// The text in the interface language: `zh` in a Chinese interface when it has one, else `en` (or `zh`
/// when there is no English text).
QString localized(const QString &en, const QString &zh);

} // namespace ui
} // namespace gl
