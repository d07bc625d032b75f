// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "platform/util/Error.h"

#include <QStringList>

namespace gl {

/// A step refused by a safety rule (ErrorCode::Conflict) with one reason per problem, for CONTRACTS.md
/// section 6's `{"ok": false, "reasons": [...]}`. Caught as gl::Error like any other; `message()` is the
/// whole text for people.
class Refusal : public Error {
public:
    Refusal(const QString &message, const QStringList &reasons) : Error(ErrorCode::Conflict, message), m_reasons(reasons) {}
    const QStringList &reasons() const noexcept { return m_reasons; }

private:
    QStringList m_reasons;
};

/// The reasons of an error: a Refusal's list, else its message as the one reason.
inline QStringList reasonsOf(const Error &e)
{
    if (const auto *r = dynamic_cast<const Refusal *>(&e); r && !r->reasons().isEmpty())
        return r->reasons();
    return {e.message()};
}

} // namespace gl
