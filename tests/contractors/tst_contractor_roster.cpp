// SPDX-License-Identifier: Apache-2.0
// Whitelist and shift roster imports through the admission connector plugin (CSV file, HTTP/JSON from a
// local server started here), the differences since the last import, malformed rows refused unless
// confirmed, and the work gate using what was imported.
#include "AdmissionFixture.h"
#include "modules/admission/logic/AdmissionPlugins.h"
#include "modules/permits/logic/WorkGate.h"
#include "modules/workspace/logic/QueryService.h"
#include "platform/util/Error.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace gl;
using namespace gl::test;

class TestContractorRoster : public QObject {
    Q_OBJECT

    sdk::AdmissionFactory *factory = nullptr;
    QTemporaryDir dir;

    QString write(const QString &name, const QByteArray &text)
    {
        QFile f(dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(text);
        return f.fileName();
    }
    sdk::RosterFetch csv(const QString &what, const QByteArray &text)
    {
        std::unique_ptr<sdk::RosterSource> s(factory->createRosterSource(u"csv"_s));
        const QString file = write(what + u".csv"_s, text);
        if (const QString bad = s->configure({{u"file"_s, file}}); !bad.isEmpty())
            qFatal("%s", qPrintable(bad));
        return s->fetch(what);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        factory = admissionFactory(&why, QStringLiteral(GUARDLINE_BINARY_DIR "/plugins"));
        QVERIFY2(factory, qPrintable(why));
        QCOMPARE(factory->kind(), u"admission-standard"_s);
        std::unique_ptr<sdk::RosterSource> s(factory->createRosterSource(u"csv"_s));
        QVERIFY(!s->configure({}).isEmpty()); // an empty configuration is refused with a reason
    }

    // Imports and device tokens have their own permissions: the coordinator holds them, an EHS manager
    // (contractor.edit only) and a viewer do not, and a refused attempt changes nothing.
    void admissionPermissions()
    {
        AdmissionFixture f(Backend::Sqlite);
        QVERIFY(f.available());
        const QList<sdk::RosterRow> rows = csv(u"whitelist"_s, "worker,card\nW-1,0001\n").rows;
        f.as(u"root"_s);
        UserService(*f.ctx).add(u"ehs"_s, u"EHS"_s, Role::EhsManager, u"a long enough password"_s);
        for (const QString &user : {u"viewer"_s, u"ehs"_s}) {
            f.as(user);
            RosterImport a(*f.ctx);
            GateDevices devices(*f.ctx);
            for (const auto &attempt : std::initializer_list<std::function<void()>>{
                     [&] { a.importRoster(u"whitelist"_s, u"acs.csv"_s, rows, true); },
                     [&] { devices.addDevice(u"TAB"_s, u"tablet"_s); },
                 }) {
                try {
                    attempt();
                    QFAIL(qPrintable(user + u" was allowed"_s));
                } catch (const Error &e) {
                    QCOMPARE(e.code(), ErrorCode::Forbidden);
                }
            }
            QVERIFY(a.previewRoster(u"whitelist"_s, rows).accepted == 1); // previewing is reading
        }
        QCOMPARE(f.count(u"roster_imports"_s) + f.count(u"checkin_devices"_s), 0);
        f.as(u"coord"_s);
        RosterImport(*f.ctx).importRoster(u"whitelist"_s, u"acs.csv"_s, rows, false);
        GateDevices a(*f.ctx);
        QVERIFY(a.addDevice(u"TAB"_s, u"tablet"_s).startsWith(u"gld_"_s));
        a.revokeDevice(u"TAB"_s);
        QCOMPARE(a.devices().rows.size(), 1);
        QVERIFY(!a.devices().rows[0][a.devices().column(u"revoked_at"_s)].isNull());
    }

    void shiftDefinitions()
    {
        // Issue #17: the shifts a roster names are defined in the app (Shifts…); bad input is refused with the reason.
        AdmissionFixture f(Backend::Sqlite);
        ContractorService cs(*f.ctx);
        auto refused = [&](const QString &code, const QString &name, const QString &start, const QString &end) {
            try {
                cs.addShift(code, name, start, end);
            } catch (const Error &e) {
                return e.message();
            }
            return u"NOT REFUSED"_s;
        };
        QCOMPARE(refused(u"DAY"_s, u"Day again"_s, u"08:00"_s, u"16:00"_s), u"shift kind 'DAY' already exists"_s);
        QCOMPARE(refused(u""_s, u"No code"_s, u"08:00"_s, u"16:00"_s), u"shift kind: field 'code': '' is not a code (letters, digits, '-' and '_', up to 20)"_s);
        QCOMPARE(refused(u"EVE"_s, u" "_s, u"16:00"_s, u"24:00"_s), u"shift kind 'EVE': field 'name' is required"_s);
        QCOMPARE(refused(u"EVE"_s, u"Evening"_s, u"4 pm"_s, u"24:00"_s), u"shift kind 'EVE': field 'start': '4 pm' is not a time HH:mm (00:00 to 23:59)"_s);
        QCOMPARE(refused(u"EVE"_s, u"Evening"_s, u"16:00"_s, u"24:30"_s), u"shift kind 'EVE': field 'end': '24:30' is not a time HH:mm (00:00 to 24:00)"_s);
        cs.addShift(u"EVE"_s, u"Evening"_s, u"16:00"_s, u"24:00"_s); // 24:00: the end of the day, as the demo's middle shift
        const Table shifts = QueryService(*f.ctx).shifts();
        QCOMPARE(shifts.rows.size(), 2);
        QCOMPARE(shifts.rows.last(), (QVariantList{u"EVE"_s, u"Evening"_s, u"16:00"_s, u"24:00"_s}));
        QCOMPARE(f.store->scalar(u"SELECT actor FROM audit_log WHERE action = 'shift.add' AND object_id = 'EVE'"_s).toString(), u"coord"_s);
    }

    void csvParsing()
    {
        const sdk::RosterFetch f = csv(u"whitelist"_s, "worker,contractor,card,valid_until\n"
                                                       "W-1,C-1,0001,2026-12-31\n"
                                                       "\"W-2\",C-1,\"00,02\",\n"
                                                       "W-3,C-2\n"
                                                       "W-9,C-2,0009,31/12/2026\n");
        QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        QCOMPARE(f.rows.size(), 4);
        QCOMPARE(f.rows[0].validUntil, QDate(2026, 12, 31));
        QCOMPARE(f.rows[1].card, u"00,02"_s);
        QCOMPARE(f.rows[2].line, 4);
        QVERIFY(f.rows[2].error.contains(u"2 cells"_s));
        QCOMPARE(f.rows[3].line, 5);
        QVERIFY(f.rows[3].error.contains(u"valid_until"_s));
        QVERIFY(csv(u"whitelist"_s, "name,card\nx,1\n").error.contains(u"'worker'"_s));
    }

    void whitelist_data() { addBackendRows(); }
    void whitelist()
    {
        QFETCH(Backend, backend);
        AdmissionFixture f(backend);
        GL_REQUIRE_BACKEND(f);
        RosterImport a(*f.ctx);
        // First import: everyone is new.
        RosterDiff d = a.importRoster(u"whitelist"_s, u"acs.csv"_s,
                                      csv(u"whitelist"_s, "worker,contractor,card,valid_until\nW-1,C-1,0001,2026-12-31\nW-2,C-1,0002,\n").rows,
                                      false);
        QCOMPARE(d.added, (QStringList{u"W-1"_s, u"W-2"_s}));
        QVERIFY(!d.hasPrevious);
        QCOMPARE(f.count(u"people"_s, u"whitelisted = 1 AND kind = 'contractor_worker'"_s), 2);
        QCOMPARE(f.store->scalar(u"SELECT card_no FROM people WHERE code = 'W-1'"_s).toString(), u"0001"_s);

        // A malformed row (line 3) and an unknown worker (line 4): refused, audited, nothing changed.
        const QList<sdk::RosterRow> bad = csv(u"whitelist"_s, "worker,contractor,card,valid_until\nW-1,C-1,0001,2026-12-31\n"
                                                              "W-3,C-2,0003,tomorrow\nW-404,C-1,0404,\nW-2,C-1,0022,\n").rows;
        try {
            a.importRoster(u"whitelist"_s, u"acs.csv"_s, bad, false);
            QFAIL("a whitelist with malformed rows was imported without confirmation");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::BadInput);
            QVERIFY2(e.message().contains(u"line 3: field 'valid_until'"_s), qPrintable(e.message()));
            QVERIFY2(e.message().contains(u"line 4: field 'worker': unknown worker 'W-404'"_s), qPrintable(e.message()));
        }
        QCOMPARE(f.audits(u"roster.import.refuse"_s), 1);
        QVERIFY(f.lastAuditDetails(u"roster.import.refuse"_s).contains(u"line 3"_s));
        QCOMPARE(f.store->scalar(u"SELECT card_no FROM people WHERE code = 'W-2'"_s).toString(), u"0002"_s);

        // Confirmed: the good rows are imported, the differences name what changed since the last import.
        d = a.importRoster(u"whitelist"_s, u"acs.csv"_s, bad, true);
        QCOMPARE(d.skipped.size(), 2);
        QCOMPARE(d.added, QStringList());
        QCOMPARE(d.removed, QStringList());
        QCOMPARE(d.changed.size(), 1);
        QVERIFY2(d.changed[0].startsWith(u"W-2: card 0002 → 0022"_s), qPrintable(d.changed[0]));
        QCOMPARE(f.audits(u"roster.import"_s), 2);

        // Removal: a worker off the list is no longer whitelisted.
        d = a.importRoster(u"whitelist"_s, u"acs.csv"_s, csv(u"whitelist"_s, "worker,card\nW-1,0001\nW-3,0003\n").rows, false);
        QCOMPARE(d.added, QStringList{u"W-3"_s});
        QCOMPARE(d.removed, QStringList{u"W-2"_s});
        QCOMPARE(f.store->scalar(u"SELECT whitelisted FROM people WHERE code = 'W-2'"_s).toInt(), 0);
        QCOMPARE(f.store->scalar(u"SELECT whitelisted FROM people WHERE code = 'W-3'"_s).toInt(), 1);
        QCOMPARE(a.rosterImports().rows.size(), 3);

        // The work gate reads what was imported: the whitelist, its valid-until day and the day's shift roster.
        a.importRoster(u"whitelist"_s, u"acs.csv"_s, csv(u"whitelist"_s, "worker,card,valid_until\nW-1,0001,2026-03-02\nW-2,0002,\n").rows, false);
        a.importRoster(u"shifts"_s, u"roster.csv"_s, csv(u"shifts"_s, "date,shift,worker\n2026-03-02,DAY,W-1\n2026-03-02,DAY,W-3\n").rows, false);
        permits::PermitRecord p;
        p.code = u"HW-T"_s;
        p.type = u"temporary_power"_s;
        p.startsAt = AdmissionFixture::at(u"2026-03-02T09:00"_s);
        p.endsAt = AdmissionFixture::at(u"2026-03-03T12:00"_s);
        p.workers = {u"W-1"_s, u"W-2"_s, u"W-3"_s};
        const QString problems = permits::WorkGate(*f.store, permits::Gb30871Rules::defaults()).check(p, QDate(2026, 3, 2)).join(u'\n');
        QVERIFY2(problems.contains(u"worker 'W-1' (Worker W-1): whitelist entry ends on 2026-03-02, before the end day 2026-03-03"_s), qPrintable(problems));
        QVERIFY2(problems.contains(u"worker 'W-2' (Worker W-2): not on a shift on 2026-03-02"_s), qPrintable(problems));
        QVERIFY2(problems.contains(u"worker 'W-3' (Worker W-3): not on the contractor whitelist"_s), qPrintable(problems));
        QVERIFY2(!problems.contains(u"'W-3' (Worker W-3): not on a shift"_s), qPrintable(problems));
    }

    // Issue #18: the dry run shows what the import would do to the live table. Workers whitelisted since the
    // last import (another path, a manual fix) are named as removed by a truncated file; the preview used to
    // diff against the last import's rows and said "removed: []" right before the import cut them off.
    void dryRunDiffsAgainstTheLiveTable()
    {
        AdmissionFixture f(Backend::Sqlite);
        QVERIFY(f.available());
        f.as(u"coord"_s);
        RosterImport a(*f.ctx);
        a.importRoster(u"whitelist"_s, u"acs.csv"_s, csv(u"whitelist"_s, "worker,card\nW-1,0001\n").rows, false);
        f.store->exec(u"UPDATE people SET whitelisted = 1, card_no = '0002' WHERE code IN ('W-2', 'W-3')"_s);
        const int live = f.count(u"people"_s, u"whitelisted = 1 AND kind = 'contractor_worker'"_s);
        QVERIFY(live >= 3);
        const QList<sdk::RosterRow> truncated = csv(u"whitelist"_s, "worker,card\nW-1,0001\nW-2,0222\n").rows;
        const RosterDiff preview = a.previewRoster(u"whitelist"_s, truncated);
        QVERIFY(preview.removed.contains(u"W-3"_s));
        QCOMPARE(preview.removed.size(), live - 2);
        QCOMPARE(preview.added, QStringList());
        QCOMPARE(preview.changed, QStringList{u"W-2: card 0002 → 0222"_s});
        const RosterDiff done = a.importRoster(u"whitelist"_s, u"acs.csv"_s, truncated, false);
        QCOMPARE(done.removed, preview.removed);
        QCOMPARE(f.count(u"people"_s, u"whitelisted = 1 AND kind = 'contractor_worker'"_s), 2);
    }

    void shiftsOverHttp_data() { addBackendRows(); }
    void shiftsOverHttp()
    {
        QFETCH(Backend, backend);
        AdmissionFixture f(backend);
        GL_REQUIRE_BACKEND(f);
        QHttpServer server;
        QByteArray roster = R"({"shifts": [{"date": "2026-03-02", "shift": "DAY", "worker": "W-1", "area": "CA1"},
                                           {"date": "2026-03-02", "shift": "DAY", "worker": "W-2"}]})";
        QByteArray seenAuth;
        server.route(u"/acs/shifts"_s, [&](const QHttpServerRequest &r) {
            seenAuth = r.value("Authorization");
            return QHttpServerResponse("application/json", roster);
        });
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        std::unique_ptr<sdk::RosterSource> src(factory->createRosterSource(u"http"_s));
        QVERIFY(!src->configure({{u"url"_s, u"ftp://x"_s}}).isEmpty());
        QCOMPARE(src->configure({{u"url"_s, u"http://127.0.0.1:%1/acs/"_s.arg(port)}, {u"token"_s, u"s3cret"_s}, {u"timeout_ms"_s, 2000}}),
                 QString());
        sdk::RosterFetch fetched = src->fetch(u"shifts"_s);
        QVERIFY2(fetched.error.isEmpty(), qPrintable(fetched.error));
        QCOMPARE(seenAuth, QByteArray("Bearer s3cret"));
        RosterImport a(*f.ctx);
        RosterDiff d = a.importRoster(u"shifts"_s, fetched.source, fetched.rows, false);
        QCOMPARE(d.added.size(), 2);
        QCOMPARE(f.count(u"shift_assignments"_s, u"work_date = '2026-03-02'"_s), 2);

        // The next roster for the day replaces it; the diff shows who left and who joined.
        roster = R"({"shifts": [{"date": "2026-03-02", "shift": "DAY", "worker": "W-1", "area": "CA1"},
                                {"date": "2026-03-02", "shift": "DAY", "worker": "W-3"},
                                {"date": "2026-03-02", "shift": "SWING", "worker": "W-2"}]})";
        fetched = src->fetch(u"shifts"_s);
        d = a.importRoster(u"shifts"_s, fetched.source, fetched.rows, true);
        QCOMPARE(d.added, QStringList{u"W-3 @ 2026-03-02"_s});
        QCOMPARE(d.removed, QStringList{u"W-2 @ 2026-03-02"_s});
        QCOMPARE(d.skipped.size(), 1);
        QVERIFY(d.skipped[0].contains(u"unknown shift 'SWING'"_s));
        QCOMPARE(f.count(u"shift_assignments"_s, u"work_date = '2026-03-02'"_s), 2);

        // An unreachable endpoint is a source error, not an empty roster.
        server.disconnect();
        std::unique_ptr<sdk::RosterSource> dead(factory->createRosterSource(u"http"_s));
        dead->configure({{u"url"_s, u"http://127.0.0.1:1/acs/"_s}, {u"timeout_ms"_s, 500}, {u"retries"_s, 0}});
        QVERIFY(!dead->fetch(u"whitelist"_s).error.isEmpty());
    }
};

QTEST_MAIN(TestContractorRoster)
#include "tst_contractor_roster.moc"
