// SPDX-License-Identifier: Apache-2.0
// A hot-work permit from draft to active with guardlinectl only (issue #17, CONTRACTS.md 6.3), on a fresh
// SQLite store without the demo: init, the plant's own small layout, the staff, a contractor with its four
// documents as real PDFs, certified and briefed workers on the whitelist and the shift roster, then
// permit create → check → submit → sign → approve (at the work site, with the place) → gas test → activate,
// and the refusals with their exit codes: bad input (2), a rule (1), a worker of a contractor whose
// insurance proof is short (1, naming the document). Every process runs at the same pinned time
// ($GUARDLINE_NOW, a Monday morning in Shanghai), so the test means the same on any day.
#include "../contractors/AdmissionFixture.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;
using namespace gl::test;

namespace {

constexpr auto kNow = "2026-03-02T09:00:00+08:00"; // a Monday: no grade raise for rest days or night
const QString kPassword = u"correct horse battery"_s;

// The plant's own layout (not the demo): a tank farm and a workshop.
const char kLayout[] = R"({
  "format": "guardline-site-layout", "version": 1,
  "site": {"code": "TANKS-2", "name": "Harbour tank farm", "timezone": "Asia/Shanghai", "origin": {"lat": 30.6, "lon": 122.1}},
  "areas": [
    {"code": "TF1", "name": "Tank farm 1", "kind": "storage", "risk": "red",
     "polygon": [[0, 0], [80, 0], [80, 60], [0, 60]], "z_min": 0, "z_max": 25},
    {"code": "WS1", "name": "Workshop", "kind": "workshop", "risk": "yellow",
     "polygon": [[200, 0], [260, 0], [260, 40], [200, 40]], "z_min": 0, "z_max": 10}
  ],
  "structures": [], "equipment": [], "cameras": [], "sensors": []
})";

struct Run {
    int code = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QStringList reasons() const
    {
        QStringList r;
        for (const QJsonValue &v : json().value(u"reasons"_s).toArray())
            r << v.toString();
        return r;
    }
};

bool anyContains(const QStringList &list, const QString &needle)
{
    return std::any_of(list.cbegin(), list.cend(), [&](const QString &s) { return s.contains(needle); });
}

} // namespace

class TestPermitCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    /// guardlinectl on the store at the pinned time; `user` signs in with the password in $GUARDLINE_PASSWORD.
    Run ctl(const QString &user, const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const char *v : {"GUARDLINE_DB", "GUARDLINE_USER", "GUARDLINE_PASSWORD", "GUARDLINE_NEW_PASSWORD"})
            e.remove(QString::fromLatin1(v));
        e.insert(u"GUARDLINE_NOW"_s, QString::fromLatin1(kNow));
        e.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        if (!user.isEmpty())
            e.insert(u"GUARDLINE_PASSWORD"_s, kPassword);
        p.setProcessEnvironment(e);
        QStringList all{u"--db"_s, m_db};
        if (!user.isEmpty())
            all << u"--user"_s << user;
        p.start(QStringLiteral(GUARDLINE_BINARY_DIR "/bin/guardlinectl"), all + args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120'000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }
    QString write(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(name));
        f.write(content);
        return f.fileName();
    }
    QVariant scalar(const QString &sql)
    {
        auto db = Database::open(DbUrl::parse(m_db));
        return db->scalar(sql);
    }
    /// P.json of a hot-work permit; `change` edits it before it is written.
    QString permitFile(const QString &name, const std::function<void(QJsonObject &)> &change = {})
    {
        QJsonObject o{{u"code"_s, u"HW-0001"_s}, {u"type"_s, u"hot_work"_s}, {u"grade"_s, u"level1"_s}, {u"contractor"_s, u"C-100"_s},
                      {u"area"_s, u"TF1"_s}, {u"title"_s, u"Weld a new nozzle on tank T-3"_s},
                      {u"polygon"_s, QJsonArray{QJsonArray{20, 20}, QJsonArray{26, 20}, QJsonArray{26, 26}, QJsonArray{20, 26}}},
                      {u"z_min"_s, 0}, {u"z_max"_s, 3}, {u"start"_s, u"2026-03-02T09:30:00+08:00"_s},
                      {u"end"_s, u"2026-03-02T15:30:00+08:00"_s}, {u"guardian"_s, u"G-101"_s},
                      {u"workers"_s, QJsonArray{u"W-101"_s, u"W-102"_s}},
                      {u"checks"_s, QJsonArray{u"isolated"_s, u"valves_blinded"_s, u"drains_covered"_s, u"no_release"_s, u"cylinders"_s,
                                               u"extinguishers"_s, u"welder_grounded"_s, u"spark_guard"_s}}};
        if (change)
            change(o);
        return write(name, QJsonDocument(o).toJson());
    }
    /// A document of `contractor` as a real PDF; the injury-insurance proof covers `from`..2026-02-28.
    Run document(const QString &contractor, const QString &kind, const QString &coversFrom = u"2025-08-01"_s)
    {
        QStringList args{u"contractors"_s, u"add-document"_s, u"--contractor"_s, contractor, u"--kind"_s, kind,
                         u"--file"_s, write(u"%1-%2.pdf"_s.arg(contractor, kind), makePdf()), u"--issued"_s, u"2025-06-01"_s,
                         u"--expires"_s, u"2027-06-01"_s, u"--json"_s};
        if (kind == u"injury_insurance"_s)
            args << u"--covers-from"_s << coversFrom << u"--covers-to"_s << u"2026-02-28"_s;
        return ctl(u"coord"_s, args);
    }
    void worker(const QString &contractor, const QString &code, int n, const QString &certificate)
    {
        Run r = ctl(u"coord"_s, {u"workers"_s, u"add"_s, u"--contractor"_s, contractor, u"--code"_s, code, u"--name"_s,
                                 u"工人 "_s + code, u"--id-number"_s, AdmissionFixture::residentId(n)});
        QVERIFY2(r.code == 0, r.err.constData());
        r = ctl(u"coord"_s, {u"workers"_s, u"certify"_s, code, u"--kind"_s, certificate, u"--number"_s, u"TZ-"_s + code,
                             u"--issued"_s, u"2025-01-10"_s, u"--valid-until"_s, u"2028-01-10"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        r = ctl(u"coord"_s, {u"workers"_s, u"brief"_s, code, u"--on"_s, u"2026-02-27"_s});
        QVERIFY2(r.code == 0, r.err.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"tanks.sqlite"_s);
    }

    /// The plant set up from nothing with the CLI, the shift kinds included.
    void setUpThePlant()
    {
        QCOMPARE(ctl({}, {u"init"_s}).code, 0);
        Run r = ctl({}, {u"users"_s, u"add"_s, u"--username"_s, u"root"_s, u"--role"_s, u"admin"_s}, kPassword.toUtf8() + '\n');
        QVERIFY2(r.code == 0, r.err.constData());
        r = ctl(u"root"_s, {u"site"_s, u"import"_s, write(u"tanks.json"_s, kLayout)});
        QVERIFY2(r.code == 0, r.err.constData());
        for (const auto &[user, role] : {std::pair{u"coord"_s, u"contractor_coordinator"_s}, {u"sup"_s, u"area_supervisor"_s},
                                         {u"ehs"_s, u"ehs_manager"_s}, {u"watcher"_s, u"viewer"_s}}) {
            r = ctl(u"root"_s, {u"users"_s, u"add"_s, u"--username"_s, user, u"--role"_s, role}, kPassword.toUtf8() + '\n');
            QVERIFY2(r.code == 0, r.err.constData());
        }
        QCOMPARE(scalar(u"SELECT count(*) FROM sites WHERE code = 'TANKS-2'"_s).toInt(), 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM areas"_s).toInt(), 2); // no demo data

        // C-100: its four documents on file, insurance paid from August to February: admitted.
        r = ctl(u"coord"_s, {u"contractors"_s, u"add"_s, u"--code"_s, u"C-100"_s, u"--name"_s, u"Donghai Welding"_s, u"--credit-code"_s,
                             AdmissionFixture::creditCode(41)});
        QVERIFY2(r.code == 0, r.err.constData());
        for (const QString &kind : {u"business_licence"_s, u"qualification"_s, u"hse_agreement"_s, u"injury_insurance"_s}) {
            r = document(u"C-100"_s, kind);
            QVERIFY2(r.code == 0, r.err.constData());
        }
        QCOMPARE(ctl({}, {u"contractors"_s, u"show"_s, u"C-100"_s, u"--json"_s}).json().value(u"admitted"_s).toBool(), true);
        // C-200: the same, but its insurance proof covers only December to February: stored, not admitted.
        r = ctl(u"coord"_s, {u"contractors"_s, u"add"_s, u"--code"_s, u"C-200"_s, u"--name"_s, u"Short Cover Scaffolding"_s,
                             u"--credit-code"_s, AdmissionFixture::creditCode(42)});
        QVERIFY2(r.code == 0, r.err.constData());
        for (const QString &kind : {u"business_licence"_s, u"qualification"_s, u"hse_agreement"_s})
            QCOMPARE(document(u"C-200"_s, kind).code, 0);
        QCOMPARE(document(u"C-200"_s, u"injury_insurance"_s, u"2025-12-01"_s).code, 0);
        QCOMPARE(ctl({}, {u"contractors"_s, u"show"_s, u"C-200"_s, u"--json"_s}).json().value(u"admitted"_s).toBool(), false);

        worker(u"C-100"_s, u"W-101"_s, 1, u"hot_work"_s);
        worker(u"C-100"_s, u"W-102"_s, 2, u"hot_work"_s);
        worker(u"C-100"_s, u"G-101"_s, 3, u"guardian"_s);
        worker(u"C-200"_s, u"W-201"_s, 4, u"hot_work"_s);
        r = ctl(u"coord"_s, {u"whitelist"_s, u"import"_s, u"--csv"_s,
                             write(u"whitelist.csv"_s, "worker,contractor,card,valid_until\nW-101,C-100,0101,\nW-102,C-100,0102,\n"
                                                       "G-101,C-100,0103,\nW-201,C-200,0201,\n")});
        QVERIFY2(r.code == 0, r.err.constData());
        r = ctl(u"coord"_s, {u"shifts"_s, u"define-kind"_s, u"--code"_s, u"DAY"_s, u"--name"_s, u"Day shift"_s, u"--name-zh"_s,
                             u"白班"_s, u"--start"_s, u"08:00"_s, u"--end"_s, u"16:00"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        r = ctl(u"coord"_s, {u"shifts"_s, u"import"_s, u"--csv"_s,
                             write(u"shifts.csv"_s, "date,shift,worker,area\n2026-03-02,DAY,W-101,TF1\n2026-03-02,DAY,W-102,TF1\n"
                                                    "2026-03-02,DAY,W-201,WS1\n")});
        QVERIFY2(r.code == 0, r.err.constData());
    }

    /// Bad input: exit 2, one line on stderr naming the field, nothing stored.
    void badInputIsRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown area") << u"area"_s << QJsonValue(u"TF9"_s) << u"field 'area': area 'TF9' does not exist"_s;
        QTest::newRow("unknown contractor") << u"contractor"_s << QJsonValue(u"C-999"_s) << u"field 'contractor': contractor 'C-999'"_s;
        QTest::newRow("unknown worker") << u"workers"_s << QJsonValue(QJsonArray{u"W-101"_s, u"W-777"_s})
                                        << u"field 'workers[1]': worker 'W-777' does not exist"_s;
        QTest::newRow("unknown guardian") << u"guardian"_s << QJsonValue(u"G-404"_s) << u"field 'guardian': person 'G-404'"_s;
        QTest::newRow("self-intersecting polygon")
            << u"polygon"_s << QJsonValue(QJsonArray{QJsonArray{20, 20}, QJsonArray{26, 26}, QJsonArray{26, 20}, QJsonArray{20, 26}})
            << u"field 'polygon': self-intersecting"_s;
        QTest::newRow("point not a pair") << u"polygon"_s << QJsonValue(QJsonArray{QJsonArray{20, 20}, QJsonArray{26}, QJsonArray{26, 26}})
                                          << u"field 'polygon[1]'"_s;
        // Issue #18 item 6: a typed corner off the site (the layout spans x 0..260, y 0..60; 50 m around it is allowed).
        QTest::newRow("corner off the site")
            << u"polygon"_s << QJsonValue(QJsonArray{QJsonArray{20, 20}, QJsonArray{26, 20}, QJsonArray{26, 150}, QJsonArray{20, 26}})
            << u"field 'polygon[2]': corner 3 (26.0, 150.0) is outside the site: x -50.0 to 310.0 m, y -50.0 to 110.0 m"_s;
        QTest::newRow("time without offset") << u"start"_s << QJsonValue(u"2026-03-02T09:30:00"_s) << u"field 'start'"_s;
        QTest::newRow("not a time") << u"end"_s << QJsonValue(u"half past three"_s) << u"field 'end'"_s;
        QTest::newRow("end before start") << u"end"_s << QJsonValue(u"2026-03-02T09:00:00+08:00"_s)
                                          << u"field 'end': must be after 'start'"_s;
        QTest::newRow("unknown type") << u"type"_s << QJsonValue(u"welding"_s) << u"field 'type': unknown type 'welding'"_s;
        QTest::newRow("unknown grade") << u"grade"_s << QJsonValue(u"level9"_s) << u"field 'grade'"_s;
        QTest::newRow("unknown checklist key") << u"checks"_s << QJsonValue(QJsonArray{u"isolated"_s, u"prayed"_s})
                                               << u"field 'checks[1]': 'prayed'"_s;
        QTest::newRow("misspelt key") << u"guardain"_s << QJsonValue(u"G-101"_s) << u"field 'guardain': unknown"_s;
    }
    void badInputIsRefused()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, named);
        const QString file = permitFile(u"bad.json"_s, [&](QJsonObject &o) { o.insert(key, value); });
        const Run r = ctl(u"coord"_s, {u"permit"_s, u"create"_s, u"--file"_s, file, u"--json"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(named.toUtf8()), r.err.constData());
        QStringList lines; // the reason is one line (the pinned clock's own warning aside)
        for (const QByteArray &l : r.err.split('\n'))
            if (l.startsWith("guardlinectl"))
                lines << QString::fromUtf8(l);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith(u"guardlinectl permit create: "_s) && lines.first().contains(named), qPrintable(lines.first()));
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QCOMPARE(scalar(u"SELECT count(*) FROM permits"_s).toInt(), 0);
    }

    void draftToActive()
    {
        // Changing data needs an account; a viewer lacks the permission (named).
        const QString incomplete = permitFile(u"HW-0001-draft.json"_s, [](QJsonObject &o) {
            o.remove(u"guardian"_s);
            o.insert(u"checks"_s, QJsonArray{u"valves_blinded"_s, u"drains_covered"_s, u"no_release"_s, u"cylinders"_s, u"extinguishers"_s,
                                              u"welder_grounded"_s, u"spark_guard"_s}); // the gas analysis item not confirmed
        });
        Run r = ctl({}, {u"permit"_s, u"create"_s, u"--file"_s, incomplete});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("sign-in required"), r.err.constData());
        r = ctl(u"watcher"_s, {u"permit"_s, u"create"_s, u"--file"_s, incomplete});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("permit.apply"), r.err.constData());
        QCOMPARE(scalar(u"SELECT count(*) FROM permits"_s).toInt(), 0);

        // A draft may be incomplete: stored, and `check` lists what blocks it (exit 1), without an account.
        r = ctl(u"coord"_s, {u"permit"_s, u"create"_s, u"--file"_s, incomplete, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json(), (QJsonObject{{u"code"_s, u"HW-0001"_s}, {u"version"_s, 1}})); // the row version (--expect-version)
        r = ctl({}, {u"permit"_s, u"check"_s, u"HW-0001"_s, u"--json"_s});
        QCOMPARE(r.code, 1);
        QCOMPARE(QStringList(r.json().keys()), (QStringList{u"code"_s, u"ok"_s, u"reasons"_s}));
        QCOMPARE(r.json().value(u"code"_s).toString(), u"HW-0001"_s);
        QCOMPARE(r.json().value(u"ok"_s).toBool(), false);
        QStringList reasons = r.reasons();
        QVERIFY2(reasons.contains(u"field 'guardian': no guardian named (a certified guardian is mandatory)"_s), qPrintable(reasons.join(u'\n')));
        QVERIFY2(anyContains(reasons, u"checklist: 'isolated'"_s), qPrintable(reasons.join(u'\n')));
        QVERIFY2(reasons.size() == 2, qPrintable(reasons.join(u'\n')));

        // Submitting it is refused by the rule (exit 1) with one reason per problem; it stays a draft.
        r = ctl(u"coord"_s, {u"permit"_s, u"act"_s, u"HW-0001"_s, u"submit"_s, u"--json"_s});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.json().value(u"ok"_s).toBool(), false);
        QCOMPARE(r.reasons(), QStringList{u"field 'guardian': no guardian named (a certified guardian is mandatory)"_s});
        QCOMPARE(scalar(u"SELECT state FROM permits WHERE code = 'HW-0001'"_s).toString(), u"draft"_s);

        // The same code again replaces the draft: the guardian named, every measure confirmed. Nothing blocks it now.
        r = ctl(u"coord"_s, {u"permit"_s, u"create"_s, u"--file"_s, permitFile(u"HW-0001.json"_s), u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        r = ctl({}, {u"permit"_s, u"check"_s, u"HW-0001"_s, u"--json"_s});
        QVERIFY2(r.code == 0, r.out.constData());
        QCOMPARE(r.json(), (QJsonObject{{u"code"_s, u"HW-0001"_s}, {u"ok"_s, true}, {u"reasons"_s, QJsonArray()}}));
        r = ctl({}, {u"permit"_s, u"check"_s, u"HW-0001"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("nothing blocks") && r.out.contains("next signature: applicant"), r.out.constData());

        // The life cycle, one signed-in step at a time.
        r = ctl(u"coord"_s, {u"permit"_s, u"act"_s, u"HW-0001"_s, u"submit"_s, u"--place"_s, u"gate"_s});
        QCOMPARE(r.code, 2); // a place without --on-site is bad usage
        QVERIFY2(r.err.contains("'--place'") && r.err.contains("--on-site"), r.err.constData());
        r = ctl(u"coord"_s, {u"permit"_s, u"act"_s, u"HW-0001"_s, u"submit"_s, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value(u"state"_s).toString(), u"submitted"_s);
        const qint64 submitted = r.json().value(u"version"_s).toInteger();
        QCOMPARE(submitted, scalar(u"SELECT row_version FROM permits WHERE code = 'HW-0001'"_s).toLongLong());
        QCOMPARE(ctl(u"coord"_s, {u"permit"_s, u"act"_s, u"HW-0001"_s, u"activate"_s, u"--on-site"_s}).code, 2); // not a signature

        // The guardian signs at the work site: without --on-site the rule refuses.
        r = ctl(u"coord"_s, {u"permit"_s, u"act"_s, u"HW-0001"_s, u"sign"_s, u"--json"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(anyContains(r.reasons(), u"'guardian' (Guardian) signs at the work site"_s), r.out.constData());
        // Signed on the version the submit printed (nothing changed since: accepted); the signature raises the version.
        r = ctl(u"coord"_s, {u"permit"_s, u"act"_s, u"HW-0001"_s, u"sign"_s, u"--on-site"_s, u"--place"_s, u"east manhole of T-3"_s,
                             u"--expect-version"_s, QString::number(submitted), u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value(u"step"_s).toString(), u"guardian"_s);
        const qint64 guardianSigned = r.json().value(u"version"_s).toInteger();
        QVERIFY2(guardianSigned > submitted, r.out.constData());
        // A step on a view from before the guardian's signature (--expect-version, as for orders act): refused,
        // exit 1, naming who changed the permit, and nothing signed; a version that is not a number is bad usage.
        r = ctl(u"sup"_s, {u"permit"_s, u"act"_s, u"HW-0001"_s, u"sign"_s, u"--on-site"_s, u"--expect-version"_s,
                           QString::number(submitted), u"--json"_s});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.json().value(u"ok"_s).toBool(true), false);
        QVERIFY2(anyContains(r.reasons(), u"Permit HW-0001 was changed by coord (permit.sign_off, "_s), r.out.constData());
        QVERIFY2(anyContains(r.reasons(), u"it is now submitted"_s), r.out.constData());
        QCOMPARE(scalar(u"SELECT count(*) FROM permit_signoffs s JOIN permits p ON p.id = s.permit_id "
                        "WHERE p.code = 'HW-0001' AND s.step = 'site_leader'"_s).toInt(), 0);
        r = ctl(u"sup"_s, {u"permit"_s, u"act"_s, u"HW-0001"_s, u"sign"_s, u"--on-site"_s, u"--expect-version"_s, u"x"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("option '--expect-version': 'x' is not a row version"), r.err.constData());
        r = ctl(u"coord"_s, {u"permit"_s, u"act"_s, u"HW-0001"_s, u"cancel"_s, u"--expect-version"_s, QString::number(submitted),
                             u"--reason"_s, u"stale view"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("was changed by coord (permit.sign_off, "), r.err.constData());
        QCOMPARE(scalar(u"SELECT state FROM permits WHERE code = 'HW-0001'"_s).toString(), u"submitted"_s);
        // The work-site leader: a coordinator may not sign it (exit 1, the rule), the area supervisor does.
        r = ctl(u"coord"_s, {u"permit"_s, u"act"_s, u"HW-0001"_s, u"sign"_s, u"--on-site"_s, u"--json"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(anyContains(r.reasons(), u"is signed by area_supervisor or ehs_manager, not by 'coord'"_s), r.out.constData());
        r = ctl(u"sup"_s, {u"permit"_s, u"act"_s, u"HW-0001"_s, u"sign"_s, u"--on-site"_s, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value(u"step"_s).toString(), u"site_leader"_s);
        // Next is the approval itself: `sign` says so.
        r = ctl(u"sup"_s, {u"permit"_s, u"act"_s, u"HW-0001"_s, u"sign"_s, u"--on-site"_s, u"--json"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(anyContains(r.reasons(), u"'approver'"_s) && anyContains(r.reasons(), u"approve the permit"_s), r.out.constData());
        // Level-1 hot work is approved by the EHS manager (Table B.1), at the work site, and where is recorded.
        r = ctl(u"sup"_s, {u"permit"_s, u"act"_s, u"HW-0001"_s, u"approve"_s, u"--on-site"_s, u"--json"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(anyContains(r.reasons(), u"level1 hot_work is approved by ehs_manager"_s), r.out.constData());
        r = ctl(u"ehs"_s, {u"permit"_s, u"act"_s, u"HW-0001"_s, u"approve"_s, u"--on-site"_s, u"--place"_s,
                           u"north gate of TF1, beside the welding set"_s, u"--reason"_s, u"checked the blinds myself"_s, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value(u"state"_s).toString(), u"approved"_s);
        r = ctl(u"ehs"_s, {u"permit"_s, u"act"_s, u"HW-0001"_s, u"sign"_s, u"--on-site"_s, u"--json"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(anyContains(r.reasons(), u"no sign-off is due"_s), r.out.constData());

        // Where each signer was: given, or nothing (never made up).
        auto db = Database::open(DbUrl::parse(m_db));
        QSqlQuery q = db->exec(u"SELECT step, on_site, place, signer FROM permit_signoffs s JOIN permits p ON p.id = s.permit_id "
                               "WHERE p.code = 'HW-0001' ORDER BY position"_s);
        QStringList rows;
        while (q.next())
            rows << u"%1|%2|%3|%4"_s.arg(q.value(0).toString()).arg(q.value(1).toInt()).arg(q.value(2).toString(), q.value(3).toString());
        QCOMPARE(rows, (QStringList{u"applicant|0||coord"_s, u"guardian|1|east manhole of T-3|coord"_s, u"site_leader|1||sup"_s,
                                    u"approver|1|north gate of TF1, beside the welding set|ehs"_s}));
        const QString approval = db->scalar(u"SELECT details FROM audit_log WHERE action = 'permit.approve' AND object_id = 'HW-0001'"_s).toString();
        QVERIFY2(approval.contains(u"north gate of TF1"_s) && approval.contains(u"checked the blinds myself"_s), qPrintable(approval));
        db.reset();

        // Hot work starts only after a passing gas test no more than 30 min old.
        r = ctl(u"coord"_s, {u"permit"_s, u"act"_s, u"HW-0001"_s, u"activate"_s, u"--json"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(anyContains(r.reasons(), u"gas: no gas test"_s), r.out.constData());
        QCOMPARE(ctl(u"sup"_s, {u"permit"_s, u"gas-test"_s, u"HW-0001"_s, u"--combustible"_s, u"0.1"_s, u"--o2"_s, u"20.8"_s}).code, 2); // who?
        r = ctl(u"sup"_s, {u"permit"_s, u"gas-test"_s, u"HW-0001"_s, u"--combustible"_s, u"0.1"_s, u"--o2"_s, u"20.8"_s, u"--tester"_s,
                           u"李娜"_s, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value(u"passed"_s).toBool(), true);
        r = ctl(u"coord"_s, {u"permit"_s, u"act"_s, u"HW-0001"_s, u"activate"_s, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const qint64 activated = r.json().value(u"version"_s).toInteger();
        QVERIFY2(activated > guardianSigned, r.out.constData());
        QCOMPARE(r.json(), (QJsonObject{{u"ok"_s, true}, {u"code"_s, u"HW-0001"_s}, {u"action"_s, u"activate"_s}, {u"state"_s, u"active"_s},
                                        {u"version"_s, activated}}));
        QCOMPARE(ctl({}, {u"permit"_s, u"check"_s, u"HW-0001"_s, u"--json"_s}).code, 0);

        // The ticket prints the sign-offs with where each signer was.
        const QString pdf = m_dir.filePath(u"HW-0001.pdf"_s);
        r = ctl(u"coord"_s, {u"permit"_s, u"ticket"_s, u"HW-0001"_s, u"--out"_s, pdf});
        QVERIFY2(r.code == 0, r.err.constData());
        QPdfDocument ticket;
        QCOMPARE(ticket.load(pdf), QPdfDocument::Error::None);
        QString text;
        for (int i = 0; i < ticket.pageCount(); ++i)
            text += ticket.getAllText(i).text();
        QVERIFY2(text.simplified().contains(u"east manhole of T-3"_s), qPrintable(text));
        QVERIFY2(text.simplified().contains(u"beside the welding set"_s), qPrintable(text));

        // A suspension on the view from before the activation: refused, still active.
        r = ctl(u"sup"_s, {u"permit"_s, u"act"_s, u"HW-0001"_s, u"suspend"_s, u"--reason"_s, u"wind over 5 m/s"_s, u"--expect-version"_s,
                           QString::number(guardianSigned), u"--json"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(anyContains(r.reasons(), u"was changed by coord (permit."_s) && anyContains(r.reasons(), u"it is now active"_s),
                 r.out.constData());
        QCOMPARE(scalar(u"SELECT state FROM permits WHERE code = 'HW-0001'"_s).toString(), u"active"_s);
        // Suspended, the permit gets no ticket: check says so; resumed and closed.
        QCOMPARE(ctl(u"sup"_s, {u"permit"_s, u"act"_s, u"HW-0001"_s, u"suspend"_s, u"--reason"_s, u"wind over 5 m/s"_s}).code, 0);
        r = ctl({}, {u"permit"_s, u"check"_s, u"HW-0001"_s, u"--json"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(anyContains(r.reasons(), u"is suspended"_s), r.out.constData());
        QCOMPARE(ctl(u"sup"_s, {u"permit"_s, u"act"_s, u"HW-0001"_s, u"resume"_s}).code, 0);
        QCOMPARE(ctl(u"sup"_s, {u"permit"_s, u"act"_s, u"HW-0001"_s, u"close"_s, u"--reason"_s, u"nozzle welded, area clean"_s}).code, 0);
        r = ctl(u"sup"_s, {u"permit"_s, u"act"_s, u"HW-0001"_s, u"cancel"_s, u"--json"_s});
        QCOMPARE(r.code, 1); // closed: nothing more
        QVERIFY2(anyContains(r.reasons(), u"is closed"_s), r.out.constData());
        QCOMPARE(scalar(u"SELECT state FROM permits WHERE code = 'HW-0001'"_s).toString(), u"closed"_s);
    }

    /// A worker of a contractor that is not admitted (its insurance proof is short) blocks the permit, the
    /// document named; cancelling the draft needs no such check.
    void workerOfAContractorNotAdmitted()
    {
        const QString file = permitFile(u"HW-0002.json"_s, [](QJsonObject &o) {
            o.insert(u"code"_s, u"HW-0002"_s);
            o.insert(u"area"_s, u"WS1"_s);
            o.insert(u"polygon"_s, QJsonArray{QJsonArray{210, 10}, QJsonArray{216, 10}, QJsonArray{216, 16}, QJsonArray{210, 16}});
            o.insert(u"workers"_s, QJsonArray{u"W-101"_s, u"W-201"_s});
        });
        Run r = ctl(u"coord"_s, {u"permit"_s, u"create"_s, u"--file"_s, file, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString why = u"worker 'W-201' (工人 W-201): contractor 'C-200' is not admitted: injury_insurance 'C-200-injury_insurance.pdf': "
                            "the payment proof covers from 2025-12-01, not the 6 months before today"_s;
        r = ctl({}, {u"permit"_s, u"check"_s, u"HW-0002"_s, u"--json"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.reasons().size() == 1, qPrintable(r.reasons().join(u'\n')));
        QVERIFY2(r.reasons().first().startsWith(why), qPrintable(r.reasons().join(u'\n')));
        r = ctl(u"coord"_s, {u"permit"_s, u"act"_s, u"HW-0002"_s, u"submit"_s, u"--json"_s});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.json().value(u"ok"_s).toBool(), false);
        QVERIFY2(r.reasons().size() == 1 && r.reasons().first().startsWith(why), r.out.constData());
        QVERIFY2(r.err.contains("refused") && r.err.contains("injury_insurance"), r.err.constData());
        QCOMPARE(scalar(u"SELECT state FROM permits WHERE code = 'HW-0002'"_s).toString(), u"draft"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'permit.submit' AND object_id = 'HW-0002'"_s).toInt(), 0);

        // Unknown permits and actions are bad usage.
        r = ctl({}, {u"permit"_s, u"check"_s, u"HW-9999"_s, u"--json"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("permit 'HW-9999' does not exist"), r.err.constData());
        QCOMPARE(ctl(u"coord"_s, {u"permit"_s, u"act"_s, u"HW-0002"_s, u"fly"_s}).code, 2);
        QCOMPARE(ctl(u"coord"_s, {u"permit"_s, u"act"_s, u"HW-0002"_s, u"cancel"_s, u"--reason"_s, u"crew replaced"_s}).code, 0);
        QCOMPARE(ctl({}, {u"audit"_s, u"verify"_s, u"--json"_s}).code, 0);
    }
};

QTEST_MAIN(TestPermitCli)
#include "tst_permit_cli.moc"
