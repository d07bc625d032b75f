// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QString>

namespace gl::ids {

/// GB 32100-2015 unified social credit code (18 characters, mod-31 check character).
/// Returns an empty string when valid, else the reason.
QString checkCreditCode(const QString &code);
/// The check character for the first 17 characters of a credit code.
QChar creditCodeCheckChar(const QString &first17);

/// GB 11643-1999 resident identity number (18 characters, ISO 7064 MOD 11-2, date of birth).
/// Returns an empty string when valid, else the reason.
/// `today` defaults to the process clock's local date.
QString checkResidentId(const QString &id, QDate today = {});
QChar residentIdCheckChar(const QString &first17);

} // namespace gl::ids
