// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace gl::reports {

enum class Language { Unknown = 0, English, Chinese };

/// "en" / "zh_CN" -> Language; Unknown for anything else.
Language languageFromName(const QString &name);
/// zh_CN when the system locale is Chinese, English otherwise.
Language systemLanguage();

/// The report's user-visible text for `key` in `lang` (the key itself when unknown).
QString text(Language lang, const char *key);

/// A stored value shown in the report in `lang`: a hazard category (from the site's hazard rules),
/// a hazard or dispatch-order state. Unknown values are shown as stored.
QString valueText(Language lang, const QString &kind, const QString &value);

} // namespace gl::reports
