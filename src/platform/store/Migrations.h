// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QStringList>

namespace gl {

/// One schema step. Statements use portable SQL with tokens replaced per backend:
/// %PK% (auto id primary key), %I64% (64-bit integer), %BLOB%, %REAL%. `sqlite` and `postgres` hold
/// backend-only statements (triggers).
struct Migration {
    int version;
    const char *description;
    QStringList common;
    QStringList sqlite;
    QStringList postgres;
};

/// All migrations, in order. Never edit a released step: add a new one.
const QList<Migration> &migrations();

} // namespace gl
