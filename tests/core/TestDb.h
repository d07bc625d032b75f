// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "platform/store/Database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace gl::test {

/// A throwaway database on one backend: a file in a temporary folder for SQLite, a fresh database on
/// the test cluster for PostgreSQL ($GUARDLINE_TEST_PG_URL, started by scripts/test.sh). Dropped on destruction.
class TestDb {
public:
    explicit TestDb(Backend backend);
    ~TestDb();
    /// False when the backend is not available here (PostgreSQL without $GUARDLINE_TEST_PG_URL).
    bool available() const { return m_available; }
    QString url() const { return m_url; }
    std::unique_ptr<Database> open() const;

private:
    Backend m_backend;
    bool m_available = false;
    QString m_url, m_dbName;
    QTemporaryDir m_dir;
};

/// Adds the "backend" column with rows "sqlite" and "postgresql" to a data-driven test.
void addBackendRows();
/// Skips (or fails, when $GUARDLINE_REQUIRE_PG is 1) a PostgreSQL row without a test cluster.
#define GL_REQUIRE_BACKEND(testDb)                                                                        \
    do {                                                                                                  \
        if (!(testDb).available()) {                                                                      \
            if (qEnvironmentVariableIntValue("GUARDLINE_REQUIRE_PG") == 1)                                \
                QFAIL("GUARDLINE_TEST_PG_URL is not set but GUARDLINE_REQUIRE_PG=1");                     \
            QSKIP("no PostgreSQL test cluster (set GUARDLINE_TEST_PG_URL; scripts/test.sh does)");        \
        }                                                                                                 \
    } while (0)

QString pgAdminUrl(); ///< $GUARDLINE_TEST_PG_URL (a URL whose user may CREATE DATABASE)

} // namespace gl::test

Q_DECLARE_METATYPE(gl::Backend)
