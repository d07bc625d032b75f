// SPDX-License-Identifier: Apache-2.0
#include "TestDb.h"
#include "modules/admission/intake/WatermarkOcr.h"
#include "modules/hazards/photo/VisionInspector.h"

#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace gl::test {

QString pgAdminUrl() { return qEnvironmentVariable("GUARDLINE_TEST_PG_URL"); }

TestDb::TestDb(Backend backend) : m_backend(backend)
{
    hazards::installVisionInspector(); // the demo's hazards and the hazard tests check real photos
    admission::installWatermarkReader(); // as in the app: the demo's check-ins are read from their photos
    if (backend == Backend::Sqlite) {
        m_url = m_dir.path() + u"/test.sqlite"_s;
        m_available = true;
        return;
    }
    const QString admin = pgAdminUrl();
    if (admin.isEmpty())
        return;
    m_dbName = u"gltest_"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    auto db = Database::open(DbUrl::parse(admin));
    db->exec(u"CREATE DATABASE "_s + m_dbName);
    m_url = admin.left(admin.lastIndexOf(u'/') + 1) + m_dbName;
    m_available = true;
}

TestDb::~TestDb()
{
    if (m_backend == Backend::Postgres && m_available) {
        try {
            auto db = Database::open(DbUrl::parse(pgAdminUrl()));
            db->exec(u"DROP DATABASE IF EXISTS "_s + m_dbName + u" WITH (FORCE)"_s);
        } catch (...) {
        }
    }
}

std::unique_ptr<Database> TestDb::open() const { return Database::open(DbUrl::parse(m_url)); }

void addBackendRows()
{
    QTest::addColumn<Backend>("backend");
    QTest::newRow("sqlite") << Backend::Sqlite;
    QTest::newRow("postgresql") << Backend::Postgres;
}

} // namespace gl::test
