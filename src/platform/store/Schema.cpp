// SPDX-License-Identifier: Apache-2.0
#include "platform/store/Schema.h"
#include "platform/audit/AuditLog.h"
#include "platform/store/Database.h"
#include "platform/store/Migrations.h"
#include "platform/util/Error.h"
#include "platform/util/Log.h"

using namespace Qt::StringLiterals;

namespace gl {
namespace {

QString dialect(const QString &sql, Backend backend)
{
    QString s = sql;
    const bool pg = backend == Backend::Postgres;
    s.replace(u"%PK%"_s, pg ? u"BIGSERIAL PRIMARY KEY"_s : u"INTEGER PRIMARY KEY AUTOINCREMENT"_s);
    s.replace(u"%I64%"_s, pg ? u"BIGINT"_s : u"INTEGER"_s);
    s.replace(u"%BLOB%"_s, pg ? u"BYTEA"_s : u"BLOB"_s);
    s.replace(u"%REAL%"_s, pg ? u"DOUBLE PRECISION"_s : u"REAL"_s);
    return s;
}

} // namespace

int Schema::latestVersion() { return migrations().constLast().version; }

int Schema::currentVersion(Database &db)
{
    if (!db.hasTable(u"schema_meta"_s)) {
        const int tables = db.backend() == Backend::Sqlite
            ? db.scalar(u"SELECT count(*) FROM sqlite_master WHERE type='table'"_s).toInt()
            : db.scalar(u"SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"_s)
                  .toInt();
        if (tables > 0)
            fail(ErrorCode::BadInput,
                 u"database %1 holds tables but is not a Guardline database (no schema_meta); nothing was changed"_s
                     .arg(db.describe()));
        return 0;
    }
    return db.scalar(u"SELECT value FROM schema_meta WHERE key = 'schema_version'"_s).toInt();
}

int Schema::migrate(Database &db, int upTo)
{
    if (upTo <= 0)
        upTo = latestVersion();
    const int current = currentVersion(db);
    if (current > latestVersion())
        fail(ErrorCode::NewerSchema,
             u"database %1 has schema version %2, newer than this Guardline (%3); it was not touched. "
             "Use a newer Guardline."_s.arg(db.describe())
                 .arg(current)
                 .arg(latestVersion()));
    if (db.backend() == Backend::Sqlite && current < upTo)
        db.exec(u"PRAGMA journal_mode = WAL"_s);
    int applied = 0;
    for (const Migration &m : migrations()) {
        if (m.version <= current || m.version > upTo)
            continue;
        Transaction tx(db);
        if (m.version == 1)
            db.exec(u"CREATE TABLE schema_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s);
        for (const QString &sql : m.common)
            db.exec(dialect(sql, db.backend()));
        for (const QString &sql : db.backend() == Backend::Sqlite ? m.sqlite : m.postgres)
            db.exec(sql);
        if (m.version == AuditLog::keyedSchemaVersion)
            AuditLog::keyChain(db);
        if (m.version == 1)
            db.exec(u"INSERT INTO schema_meta (key, value) VALUES ('schema_version', ?)"_s, {QString::number(1)});
        else
            db.exec(u"UPDATE schema_meta SET value = ? WHERE key = 'schema_version'"_s, {QString::number(m.version)});
        tx.commit();
        qCInfo(lcStore) << "migrated" << db.describe() << "to schema" << m.version << m.description;
        ++applied;
    }
    return applied;
}

void Schema::requireCurrent(Database &db)
{
    const int current = currentVersion(db);
    if (current > latestVersion())
        fail(ErrorCode::NewerSchema, u"database %1 has schema version %2, newer than this Guardline (%3); it was not touched"_s
                                         .arg(db.describe())
                                         .arg(current)
                                         .arg(latestVersion()));
    if (current < latestVersion())
        fail(ErrorCode::BadInput, u"database %1 has schema version %2; run 'guardlinectl init' to migrate it to %3"_s
                                      .arg(db.describe())
                                      .arg(current)
                                      .arg(latestVersion()));
}

} // namespace gl
