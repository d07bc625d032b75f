// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <stdexcept>

namespace gl {

/// Why an operation failed. Maps one-to-one onto guardlinectl's exit codes (CONTRACTS.md).
enum class ErrorCode {
    Unknown = 0,
    BadInput,     ///< a file, payload or user entry is malformed (exit 2)
    Unreachable,  ///< database, broker or camera cannot be reached (exit 3)
    Forbidden,    ///< sign-in refused, or the actor lacks the permission (exit 2)
    NotFound,     ///< the named object does not exist (exit 2)
    Conflict,     ///< the change breaks a rule (state machine, uniqueness) (exit 1)
    NewerSchema,  ///< the database was written by a newer Guardline (exit 2)
    Storage,      ///< the store refused the write: read-only, disk full, corrupt (exit 1)
};

/// The one exception type of the core. Errors carry their context (file, field, id) in the message,
/// which is meant for people: "permits.json: permit HW-0001: field 'end': must be after 'start'".
/// Exceptions never cross a thread or plugin boundary: workers catch and report them as signals.
class Error : public std::runtime_error {
public:
    Error(ErrorCode code, const QString &message)
        : std::runtime_error(message.toStdString()), m_code(code), m_message(message) {}
    ErrorCode code() const noexcept { return m_code; }
    const QString &message() const noexcept { return m_message; }

private:
    ErrorCode m_code;
    QString m_message;
};

[[noreturn]] inline void fail(ErrorCode code, const QString &message) { throw Error(code, message); }

/// guardlinectl's exit code for an error (0 success, 1 check failed, 2 bad input, 3 unreachable).
int exitCodeFor(ErrorCode code);

} // namespace gl
