// SPDX-License-Identifier: Apache-2.0
// Going live on a real site with guardlinectl only (issue #17), from an empty store and without the demo:
// init, the first administrator, a dispatcher and a coordinator, the site layout, a contractor with its
// four documents as real PDFs and two certified, briefed workers; a contractor whose insurance proof is
// short is stored but not admitted, with that reason. Sign-in required / refused / disabled, permissions,
// user management, the sign-in lockout, a GB18030 ledger import (all rows or none) and the demo refused on
// the plant's store. Dates are relative to the day the test runs (site time).
#include "AdmissionFixture.h"
#include "demo/DemoLayout.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;
using namespace gl::test;

namespace {
constexpr auto kRootPw = "root-password-1";
constexpr auto kDispPw = "dispatch-pass-9";
constexpr auto kCoordPw = "coordinate-it-7";
} // namespace

class TestGoLiveCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QDate m_today;
    QString m_lang; ///< $LANG of the next runs; empty: English forced ($GUARDLINE_LANG=en), whatever the machine's locale
    struct Run {
        int code = -1;
        QByteArray out, err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };
    /// guardlinectl on the store; `user` signs in with `password` from $GUARDLINE_PASSWORD; `input` is stdin.
    Run ctl(const QStringList &args, const QString &user = {}, const QString &password = {}, const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const char *v : {"GUARDLINE_DB", "GUARDLINE_USER", "GUARDLINE_PASSWORD", "GUARDLINE_NEW_PASSWORD", "GUARDLINE_DEMO_NOW"})
            e.remove(QString::fromLatin1(v));
        e.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        for (const char *v : {"GUARDLINE_LANG", "LC_ALL", "LC_MESSAGES"})
            e.remove(QString::fromLatin1(v));
        if (m_lang.isEmpty())
            e.insert(u"GUARDLINE_LANG"_s, u"en"_s);
        else
            e.insert(u"LANG"_s, m_lang);
        if (!password.isEmpty())
            e.insert(u"GUARDLINE_PASSWORD"_s, password);
        p.setProcessEnvironment(e);
        QStringList all{u"--db"_s, m_db};
        if (!user.isEmpty())
            all << u"--user"_s << user;
        p.start(QStringLiteral(GUARDLINE_BINARY_DIR "/bin/guardlinectl"), all + args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }
    Run root(const QStringList &args, const QByteArray &input = {}) { return ctl(args, u"root"_s, QString::fromLatin1(kRootPw), input); }
    Run coord(const QStringList &args) { return ctl(args, u"coord"_s, QString::fromLatin1(kCoordPw)); }
    QString write(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(name));
        f.write(content);
        return f.fileName();
    }
    int count(const QString &sql)
    {
        auto db = Database::open(DbUrl::parse(m_db));
        return db->scalar(sql).toInt();
    }
    QString d(int days) const { return m_today.addDays(days).toString(Qt::ISODate); }
    QString m(int months) const { return m_today.addMonths(months).toString(Qt::ISODate); }
    /// Stores a document (a real PDF) of `contractor`; the insurance proof with its covered period.
    Run document(const QString &contractor, const QString &kind, const QString &from, const QString &to, int pages = 1)
    {
        const QString pdf = write(u"%1-%2.pdf"_s.arg(contractor, kind), makePdf(pages));
        QStringList args{u"contractors"_s, u"add-document"_s, u"--contractor"_s, contractor, u"--kind"_s, kind, u"--file"_s, pdf,
                         u"--issued"_s, kind == u"injury_insurance"_s ? from : m(-12), u"--expires"_s, kind == u"injury_insurance"_s ? d(400) : to,
                         u"--json"_s};
        if (kind == u"injury_insurance"_s)
            args << u"--covers-from"_s << from << u"--covers-to"_s << to;
        return coord(args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"plant.sqlite"_s);
        m_today = QDateTime::currentDateTime().toTimeZone(QTimeZone("Asia/Shanghai")).date(); // the site's day
        QByteArray json = demo::demoLayoutJson();
        json.replace("\"code\": \"DEMO\"", "\"code\": \"PLANT-9\"");
        write(u"plant.json"_s, json);
        QFile mesh(u":/guardline/demo/meshes/cooling-tower.obj"_s); // the plant's own mesh file, next to its layout
        QVERIFY(mesh.open(QIODevice::ReadOnly));
        QVERIFY(QDir(m_dir.path()).mkpath(u"meshes"_s));
        write(u"meshes/cooling-tower.obj"_s, mesh.readAll());
    }

    void goLive()
    {
        QCOMPARE(ctl({u"init"_s}).code, 0);
        // The first account needs no sign-in; it must be an admin, its password at least 10 characters.
        Run r = ctl({u"users"_s, u"add"_s, u"--username"_s, u"root"_s, u"--role"_s, u"admin"_s}, {}, {}, "too-short\n");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("at least 10 characters"), r.err.constData());
        r = ctl({u"users"_s, u"add"_s, u"--username"_s, u"root"_s, u"--role"_s, u"admin"_s, u"--name"_s, u"王芳"_s}, {}, {}, "root-password-1\n");
        QVERIFY2(r.code == 0, r.err.constData());
        // From now on every change signs in.
        r = ctl({u"site"_s, u"import"_s, m_dir.filePath(u"plant.json"_s)});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("sign-in required"), r.err.constData());
        QCOMPARE(count(u"SELECT count(*) FROM sites"_s), 0);
        r = root({u"site"_s, u"import"_s, m_dir.filePath(u"plant.json"_s)});
        QVERIFY2(r.code == 0, r.err.constData());
        // The admin adds the staff: its own password from $GUARDLINE_PASSWORD, the new one on stdin.
        r = root({u"users"_s, u"add"_s, u"--username"_s, u"disp"_s, u"--role"_s, u"dispatcher"_s}, "dispatch-pass-9\n");
        QVERIFY2(r.code == 0, r.err.constData());
        r = root({u"users"_s, u"add"_s, u"--username"_s, u"coord"_s, u"--role"_s, u"contractor_coordinator"_s}, "coordinate-it-7\n");
        QVERIFY2(r.code == 0, r.err.constData());

        // A dispatcher may not register contractors: exit 2 naming the permission, nothing stored.
        const QStringList add{u"contractors"_s, u"add"_s, u"--code"_s, u"C-100"_s, u"--name"_s, u"Huaxin Maintenance"_s, u"--name-zh"_s,
                              u"华信检修有限公司"_s, u"--credit-code"_s, AdmissionFixture::creditCode(11), u"--trade"_s, u"maintenance"_s, u"--json"_s};
        r = ctl(add, u"disp"_s, QString::fromLatin1(kDispPw));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("contractor.edit"), r.err.constData());
        // A credit code that fails GB 32100 is bad input.
        QString bad = AdmissionFixture::creditCode(11);
        bad[17] = bad[17] == u'0' ? u'1' : u'0';
        r = coord({u"contractors"_s, u"add"_s, u"--code"_s, u"C-100"_s, u"--name"_s, u"X"_s, u"--credit-code"_s, bad});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("credit_code"), r.err.constData());
        QCOMPARE(count(u"SELECT count(*) FROM contractors"_s), 0);
        // Registered, and not admitted until its four documents are on file.
        r = coord(add);
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value(u"admitted"_s).toBool(), false);
        QCOMPARE(r.json().value(u"reasons"_s).toArray().size(), 4);
        QVERIFY(r.json().value(u"reasons"_s).toArray().contains(u"hse_agreement: no document on file"_s));

        // Bad input is refused: not a PDF, expiry before issue, a covered period that ends before it starts.
        const QString notPdf = write(u"scan.pdf"_s, "this is not a PDF\n");
        r = coord({u"contractors"_s, u"add-document"_s, u"--contractor"_s, u"C-100"_s, u"--kind"_s, u"business_licence"_s, u"--file"_s, notPdf,
                   u"--issued"_s, d(-10), u"--expires"_s, d(700)});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("scan.pdf: field 'file'"), r.err.constData());
        r = document(u"C-100"_s, u"qualification"_s, {}, d(-400));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("field 'expires_on'") && r.err.contains("before the issue date"), r.err.constData());
        r = document(u"C-100"_s, u"injury_insurance"_s, m(-7), m(-8));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("field 'covers_to'"), r.err.constData());
        QCOMPARE(count(u"SELECT count(*) FROM contractor_documents"_s), 0);

        // The four documents, real PDFs; insurance paid for the past seven months up to the end of last month.
        const QDate lastMonthEnd = QDate(m_today.year(), m_today.month(), 1).addDays(-1);
        QCOMPARE(document(u"C-100"_s, u"business_licence"_s, {}, d(700), 2).code, 0);
        QCOMPARE(document(u"C-100"_s, u"qualification"_s, {}, d(500)).code, 0);
        QCOMPARE(document(u"C-100"_s, u"hse_agreement"_s, {}, d(20)).code, 0); // expiring: still admitted
        r = document(u"C-100"_s, u"injury_insurance"_s, m(-7), lastMonthEnd.toString(Qt::ISODate));
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value(u"contractor_admitted"_s).toBool(), true);

        r = ctl({u"contractors"_s, u"show"_s, u"C-100"_s, u"--json"_s}); // reading needs no account
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject show = r.json();
        QCOMPARE(QStringList(show.keys()), (QStringList{u"admitted"_s, u"code"_s, u"credit_code"_s, u"documents"_s, u"name"_s, u"reasons"_s}));
        QCOMPARE(show.value(u"code"_s).toString(), u"C-100"_s);
        QCOMPARE(show.value(u"name"_s).toString(), u"Huaxin Maintenance"_s);
        QCOMPARE(show.value(u"credit_code"_s).toString(), AdmissionFixture::creditCode(11));
        QCOMPARE(show.value(u"admitted"_s).toBool(), true);
        QCOMPARE(show.value(u"reasons"_s).toArray(), QJsonArray());
        const QJsonArray docs = show.value(u"documents"_s).toArray();
        QCOMPARE(docs.size(), 4);
        QStringList states;
        for (const QJsonValue &v : docs) {
            const QJsonObject o = v.toObject();
            QCOMPARE(QStringList(o.keys()), (QStringList{u"expires_on"_s, u"file_name"_s, u"issued_on"_s, u"kind"_s, u"sha256"_s, u"state"_s}));
            QFile f(m_dir.filePath(o.value(u"file_name"_s).toString()));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(o.value(u"sha256"_s).toString(), QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()));
            states << o.value(u"kind"_s).toString() + u':' + o.value(u"state"_s).toString();
        }
        states.sort();
        QCOMPARE(states, (QStringList{u"business_licence:valid"_s, u"hse_agreement:expiring"_s, u"injury_insurance:valid"_s,
                                      u"qualification:valid"_s}));

        // Two workers: ID numbers checked (GB 11643), certificates and the site briefing recorded.
        r = coord({u"workers"_s, u"add"_s, u"--contractor"_s, u"C-100"_s, u"--code"_s, u"W-101"_s, u"--name"_s, u"张伟"_s, u"--id-number"_s,
                   u"110105194912310021"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("id_number"), r.err.constData());
        for (int i = 1; i <= 2; ++i) {
            const QString w = u"W-10%1"_s.arg(i);
            r = coord({u"workers"_s, u"add"_s, u"--contractor"_s, u"C-100"_s, u"--code"_s, w, u"--name"_s, u"工人"_s + QString::number(i),
                       u"--id-number"_s, AdmissionFixture::residentId(40 + i), u"--job"_s, u"welder"_s, u"--json"_s});
            QVERIFY2(r.code == 0, r.err.constData());
            QCOMPARE(r.json().value(u"contractor"_s).toString(), u"C-100"_s);
            r = coord({u"workers"_s, u"certify"_s, w, u"--kind"_s, u"hot_work"_s, u"--number"_s, u"TZ-" + w, u"--valid-until"_s, d(900)});
            QVERIFY2(r.code == 0, r.err.constData());
            r = coord({u"workers"_s, u"brief"_s, w, u"--on"_s, d(-1)});
            QVERIFY2(r.code == 0, r.err.constData());
        }
        QCOMPARE(coord({u"workers"_s, u"brief"_s, u"W-101"_s, u"--on"_s, d(3)}).code, 2); // not yet given

        // A worker edited after creation: a bad ID number is bad input naming the field, nothing stored; the name
        // and job change, audited by who did it (the ID number never in the audit entry).
        r = coord({u"workers"_s, u"edit"_s, u"W-102"_s, u"--id-number"_s, u"110105194912310021"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("field 'id_number'"), r.err.constData());
        QCOMPARE(coord({u"workers"_s, u"edit"_s, u"W-102"_s}).code, 2); // nothing to change
        QCOMPARE(coord({u"workers"_s, u"edit"_s, u"W-102"_s, u"--name"_s, u""_s}).code, 2);
        QCOMPARE(coord({u"workers"_s, u"edit"_s, u"W-999"_s, u"--job"_s, u"rigger"_s}).code, 2);
        QCOMPARE(ctl({u"workers"_s, u"edit"_s, u"W-102"_s, u"--job"_s, u"rigger"_s}).code, 2); // sign-in required
        r = coord({u"workers"_s, u"edit"_s, u"W-102"_s, u"--name"_s, u"王芳"_s, u"--job"_s, u"rigger"_s, u"--id-number"_s,
                   AdmissionFixture::residentId(45).toLower(), u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value(u"name"_s).toString(), u"王芳"_s);
        QCOMPARE(r.json().value(u"job"_s).toString(), u"rigger"_s);
        QCOMPARE(r.json().value(u"contractor"_s).toString(), u"C-100"_s);
        QCOMPARE(count(u"SELECT count(*) FROM people WHERE code = 'W-102' AND id_number = '%1'"_s.arg(AdmissionFixture::residentId(45))), 1);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE actor = 'coord' AND action = 'person.edit' AND object_id = 'W-102' "
                       "AND details NOT LIKE '%%1%'"_s.arg(AdmissionFixture::residentId(45))),
                 1);
        // A worker who left: not after today; kept on record; back again.
        r = coord({u"workers"_s, u"leave"_s, u"W-102"_s, u"--on"_s, d(1)});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("left_on"), r.err.constData());
        r = coord({u"workers"_s, u"leave"_s, u"W-102"_s, u"--reason"_s, u"contract ended"_s, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value(u"left_on"_s).toString(), d(0));
        QCOMPARE(r.json().value(u"left_reason"_s).toString(), u"contract ended"_s);
        QCOMPARE(coord({u"workers"_s, u"leave"_s, u"W-102"_s, u"--undo"_s}).code, 0);
        QCOMPARE(coord({u"workers"_s, u"leave"_s, u"W-102"_s, u"--undo"_s}).code, 1); // not left: a conflict (exit 1), named
        QCOMPARE(count(u"SELECT count(*) FROM people WHERE code = 'W-102' AND left_on IS NULL"_s), 1);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE actor = 'coord' AND action IN ('person.leave', 'person.return')"_s), 2);
        QCOMPARE(count(u"SELECT count(*) FROM certificates WHERE kind = 'hot_work'"_s), 2);
        QCOMPARE(count(u"SELECT count(*) FROM people WHERE briefing_on = '%1'"_s.arg(d(-1))), 2);

        // Shift kinds defined on site (no demo created them): bad input names the field; the roster can then
        // name them.
        r = ctl({u"shifts"_s, u"kinds"_s, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value(u"kinds"_s).toArray().size(), 0);
        const QStringList day{u"shifts"_s, u"define-kind"_s, u"--code"_s, u"DAY"_s, u"--name"_s, u"Day shift"_s, u"--name-zh"_s, u"白班"_s,
                              u"--start"_s, u"08:00"_s, u"--end"_s, u"16:00"_s, u"--json"_s};
        QCOMPARE(ctl(day).code, 2); // sign-in required
        r = coord(QStringList(day).replaceInStrings(u"08:00"_s, u"8h"_s));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("field 'start'") && r.err.contains("8h"), r.err.constData());
        r = coord(QStringList(day).replaceInStrings(u"16:00"_s, u"24:30"_s));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("field 'end'"), r.err.constData());
        r = coord(QStringList(day).replaceInStrings(u"DAY"_s, u"day shift!"_s));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("field 'code'"), r.err.constData());
        QCOMPARE(coord({u"shifts"_s, u"define-kind"_s, u"--code"_s, u"X"_s, u"--name"_s, u"X"_s, u"--start"_s, u"08:00"_s}).code, 2); // no --end
        r = coord(day);
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value(u"name_zh"_s).toString(), u"白班"_s);
        QCOMPARE(coord(day).code, 1); // already defined: a conflict
        r = coord({u"shifts"_s, u"define-kind"_s, u"--code"_s, u"NIGHT"_s, u"--name"_s, u"Night shift"_s, u"--start"_s, u"22:00"_s, u"--end"_s,
                   u"06:00"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        r = ctl({u"shifts"_s, u"kinds"_s, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray kinds = r.json().value(u"kinds"_s).toArray();
        QCOMPARE(kinds.size(), 2);
        QCOMPARE(kinds[0].toObject().value(u"code"_s).toString(), u"DAY"_s);
        QCOMPARE(kinds[0].toObject().value(u"name_zh"_s).toString(), u"白班"_s);
        QCOMPARE(kinds[1].toObject().value(u"end"_s).toString(), u"06:00"_s);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE actor = 'coord' AND action = 'shift.add'"_s), 2);

        // A contractor whose insurance proof starts three months ago: stored (exit 0), not admitted, that reason.
        r = coord({u"contractors"_s, u"add"_s, u"--code"_s, u"C-200"_s, u"--name"_s, u"Short Cover Ltd"_s, u"--credit-code"_s,
                   AdmissionFixture::creditCode(12)});
        QVERIFY2(r.code == 0, r.err.constData());
        for (const QString &kind : {u"business_licence"_s, u"qualification"_s, u"hse_agreement"_s})
            QCOMPARE(document(u"C-200"_s, kind, {}, d(600)).code, 0);
        r = document(u"C-200"_s, u"injury_insurance"_s, m(-3), lastMonthEnd.toString(Qt::ISODate));
        QVERIFY2(r.code == 0, r.err.constData());
        r = ctl({u"contractors"_s, u"show"_s, u"C-200"_s, u"--json"_s});
        QCOMPARE(r.json().value(u"admitted"_s).toBool(), false);
        const QJsonArray reasons = r.json().value(u"reasons"_s).toArray();
        QCOMPARE(reasons.size(), 1);
        QVERIFY2(reasons[0].toString().startsWith(u"injury_insurance 'C-200-injury_insurance.pdf': the payment proof covers from %1, not the 6 "
                                                  "months before today"_s.arg(m(-3))),
                 qPrintable(reasons[0].toString()));
        // The reasons in the user's language (CONTRACTS.md section 6): Chinese under a Chinese $LANG, the
        // document named as the Chinese office knows it; English under an English one.
        m_lang = u"zh_CN.UTF-8"_s;
        r = ctl({u"contractors"_s, u"show"_s, u"C-200"_s, u"--json"_s});
        const QString zhReason = r.json().value(u"reasons"_s).toArray().first().toString();
        QVERIFY2(zhReason.startsWith(u"工伤保险缴费证明“C-200-injury_insurance.pdf”：缴费证明自 %1 起，未覆盖今天之前的 6 个月"_s.arg(m(-3))),
                 qPrintable(zhReason));
        const Run refusedZh = ctl({u"contractors"_s, u"suspend"_s, u"C-200"_s, u"--reason"_s, u"x"_s}, u"coord"_s, u"not-the-password"_s);
        QCOMPARE(refusedZh.code, 2);
        QVERIFY2(QString::fromUtf8(refusedZh.err).contains(u"sign-in refused: 用户名或密码错误"_s), refusedZh.err.constData());
        m_lang = u"en_US.UTF-8"_s;
        r = ctl({u"contractors"_s, u"show"_s, u"C-200"_s, u"--json"_s});
        QVERIFY2(r.json().value(u"reasons"_s).toArray().first().toString().startsWith(u"injury_insurance 'C-200-injury_insurance.pdf'"_s),
                 r.out.constData());
        m_lang.clear();
        // An expired document is stored too, and named.
        QCOMPARE(document(u"C-200"_s, u"hse_agreement"_s, {}, d(-1)).code, 0);
        r = ctl({u"contractors"_s, u"show"_s, u"C-200"_s, u"--json"_s});
        QVERIFY(r.json().value(u"reasons"_s).toArray().contains(u"hse_agreement 'C-200-hse_agreement.pdf': expired on %1"_s.arg(d(-1))));

        // Suspension overrides the documents, and is lifted again.
        QCOMPARE(coord({u"contractors"_s, u"suspend"_s, u"C-100"_s, u"--reason"_s, u"serious violation on 3 May"_s}).code, 0);
        r = ctl({u"contractors"_s, u"show"_s, u"C-100"_s, u"--json"_s});
        QCOMPARE(r.json().value(u"admitted"_s).toBool(), false);
        QCOMPARE(r.json().value(u"reasons"_s).toArray(), QJsonArray{u"contractor suspended: serious violation on 3 May"_s});
        QCOMPARE(coord({u"contractors"_s, u"unsuspend"_s, u"C-100"_s}).code, 0);
        QCOMPARE(ctl({u"contractors"_s, u"show"_s, u"C-100"_s, u"--json"_s}).json().value(u"admitted"_s).toBool(), true);

        // All of it stands in the audit chain, by the people who did it.
        r = ctl({u"audit"_s, u"verify"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE actor = 'coord' AND action = 'contractor.document.add'"_s), 9);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE actor = 'coord' AND action = 'contractor.suspend'"_s), 1);
    }

    void signIn()
    {
        const int contractors = count(u"SELECT count(*) FROM contractors"_s);
        const QStringList add{u"contractors"_s, u"add"_s, u"--code"_s, u"C-900"_s, u"--name"_s, u"N"_s, u"--credit-code"_s,
                              AdmissionFixture::creditCode(19)};
        // Wrong password, unknown name: the same refusal, exit 2, nothing changed.
        Run wrong = ctl(add, u"coord"_s, u"not-the-password"_s);
        QCOMPARE(wrong.code, 2);
        QVERIFY2(wrong.err.contains("sign-in refused: wrong user name or password"), wrong.err.constData());
        Run unknown = ctl(add, u"nobody"_s, u"whatever-password"_s);
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains("sign-in refused: wrong user name or password"), unknown.err.constData());
        // The password may come from the first line of stdin instead of the environment.
        QCOMPARE(ctl({u"users"_s, u"set-role"_s, u"disp"_s, u"ehs_manager"_s}, u"root"_s, {}, "wrong-password-x\n").code, 2);
        QCOMPARE(ctl({u"users"_s, u"set-role"_s, u"disp"_s, u"ehs_manager"_s}, u"root"_s, {}, "root-password-1\n").code, 0);
        QCOMPARE(count(u"SELECT count(*) FROM contractors"_s), contractors);

        // A disabled account is refused everywhere (here and in the app's UserService::authenticate).
        QCOMPARE(root({u"users"_s, u"disable"_s, u"coord"_s}).code, 0);
        Run disabled = coord(add);
        QCOMPARE(disabled.code, 2);
        QVERIFY2(disabled.err.contains("sign-in refused") && disabled.err.contains("disabled"), disabled.err.constData());
        {
            auto db = Database::open(DbUrl::parse(m_db));
            try {
                UserService::authenticate(*db, u"coord"_s, QString::fromLatin1(kCoordPw));
                QFAIL("a disabled account signed in");
            } catch (const Error &e) {
                QCOMPARE(e.code(), ErrorCode::Forbidden);
            }
        }
        Run list = ctl({u"users"_s, u"list"_s, u"--json"_s});
        QCOMPARE(list.code, 0);
        QHash<QString, QJsonObject> users;
        for (const QJsonValue &v : list.json().value(u"users"_s).toArray())
            users.insert(v.toObject().value(u"username"_s).toString(), v.toObject());
        QCOMPARE(users.size(), 3);
        QCOMPARE(users[u"coord"_s].value(u"enabled"_s).toBool(), false);
        QCOMPARE(users[u"disp"_s].value(u"role"_s).toString(), u"ehs_manager"_s);
        QCOMPARE(users[u"root"_s].value(u"name"_s).toString(), u"王芳"_s);
        QCOMPARE(root({u"users"_s, u"enable"_s, u"coord"_s}).code, 0);
        QCOMPARE(coord(add).code, 0);

        // A new password: the old one no longer signs in. Too short is refused.
        QCOMPARE(root({u"users"_s, u"reset-password"_s, u"coord"_s}, "short\n").code, 2);
        QCOMPARE(root({u"users"_s, u"reset-password"_s, u"coord"_s}, "a-brand-new-password\n").code, 0);
        QCOMPARE(coord({u"contractors"_s, u"suspend"_s, u"C-900"_s, u"--reason"_s, u"x"_s}).code, 2);
        QCOMPARE(ctl({u"contractors"_s, u"suspend"_s, u"C-900"_s, u"--reason"_s, u"x"_s}, u"coord"_s, u"a-brand-new-password"_s).code, 0);
        // Only user.manage changes accounts; the last administrator stays.
        Run denied = ctl({u"users"_s, u"disable"_s, u"root"_s}, u"coord"_s, u"a-brand-new-password"_s);
        QCOMPARE(denied.code, 2);
        QVERIFY2(denied.err.contains("user.manage"), denied.err.constData());
        Run last = root({u"users"_s, u"disable"_s, u"root"_s});
        QCOMPARE(last.code, 1);
        QVERIFY2(last.err.contains("last enabled administrator"), last.err.constData());
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action IN ('user.disable', 'user.enable', 'user.role', 'user.password.reset') "
                       "AND actor = 'root'"_s), 4);
    }

    void throttling()
    {
        // Five failures in a row lock the name: then even the right password is refused for a while.
        for (int i = 0; i < UserService::lockAfterFailures; ++i) {
            const Run r = ctl({u"contractors"_s, u"unsuspend"_s, u"C-900"_s}, u"disp"_s, u"guess-number-%1"_s.arg(i));
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains("wrong user name or password"), r.err.constData());
        }
        Run locked = ctl({u"users"_s, u"list"_s}); // reading is unaffected
        QCOMPARE(locked.code, 0);
        locked = ctl({u"contractors"_s, u"unsuspend"_s, u"C-900"_s}, u"disp"_s, QString::fromLatin1(kDispPw));
        QCOMPARE(locked.code, 2);
        QVERIFY2(locked.err.contains("sign-in refused: too many failed sign-ins for 'disp'"), locked.err.constData());
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'user.signin.fail' AND object_id = 'disp'"_s), 4);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'user.signin.lock' AND object_id = 'disp'"_s), 1);
        QCOMPARE(count(u"SELECT count(*) FROM contractors WHERE status = 'suspended'"_s), 1);
        // The administrator's new password clears the lock.
        QCOMPARE(root({u"users"_s, u"reset-password"_s, u"disp"_s}, "dispatch-pass-10\n").code, 0);
        QCOMPARE(ctl({u"contractors"_s, u"unsuspend"_s, u"C-900"_s}, u"disp"_s, u"dispatch-pass-10"_s).code, 0);

        // An unknown name takes as long to refuse as a wrong password (it is checked against a dummy hash).
        auto db = Database::open(DbUrl::parse(m_db));
        auto timeOf = [&](const QString &user) {
            qint64 best = std::numeric_limits<qint64>::max();
            for (int i = 0; i < 3; ++i) {
                QElapsedTimer t;
                t.start();
                try {
                    UserService::authenticate(*db, user, u"not-this-one-%1"_s.arg(i));
                } catch (const Error &) {
                }
                best = std::min(best, t.nsecsElapsed());
            }
            return best;
        };
        const qint64 wrongPassword = timeOf(u"root"_s), unknownName = timeOf(u"no.such.user"_s);
        QVERIFY2(unknownName * 3 > wrongPassword, qPrintable(u"unknown %1 ns, wrong password %2 ns"_s.arg(unknownName).arg(wrongPassword)));
        db->exec(u"DELETE FROM sign_in_failures"_s);
    }

    void ledgerImportGb18030()
    {
        const QString header = u"code,name,name_zh,credit_code,trade,contact\n"_s;
        const QString good = header + u"C-301,Dongfang Lifting,东方起重吊装有限公司,%1,lifting,张经理 13912345678\n"_s.arg(AdmissionFixture::creditCode(31))
            + u"C-302,Xinghe Tank Cleaning,星河储罐清洗有限公司,%1,tank_cleaning,\n"_s.arg(AdmissionFixture::creditCode(32));
        QString broken = good;
        broken.replace(AdmissionFixture::creditCode(32), AdmissionFixture::creditCode(32).left(17) + u"I"_s);
        auto gb18030 = [&](const QString &text, const QString &name) {
            QProcess iconv; // the C library's converter: Qt 6.4 may have no GB18030 codec of its own
            iconv.start(u"iconv"_s, {u"-f"_s, u"UTF-8"_s, u"-t"_s, u"GB18030"_s});
            iconv.write(text.toUtf8());
            iconv.closeWriteChannel();
            if (!iconv.waitForFinished() || iconv.exitCode() != 0)
                qFatal("iconv failed");
            const QByteArray bytes = iconv.readAllStandardOutput();
            if (bytes == text.toUtf8())
                qFatal("not re-encoded");
            return write(name, bytes);
        };
        const int before = count(u"SELECT count(*) FROM contractors"_s);
        // One bad row: nothing imported, the row named.
        Run r = ctl({u"contractors"_s, u"import"_s, u"--csv"_s, gb18030(broken, u"ledger-bad.csv"_s), u"--json"_s}, u"coord"_s,
                    u"a-brand-new-password"_s);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("ledger-bad.csv: line 3: field 'credit_code'"), r.err.constData());
        QCOMPARE(r.json().value(u"imported"_s).toBool(), false);
        QCOMPARE(count(u"SELECT count(*) FROM contractors"_s), before);
        // A dry run changes nothing (and needs no account).
        const QString ledger = gb18030(good, u"ledger.csv"_s);
        r = ctl({u"contractors"_s, u"import"_s, u"--csv"_s, ledger, u"--dry-run"_s, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value(u"encoding"_s).toString(), u"GB18030"_s);
        QCOMPARE(r.json().value(u"added"_s).toArray(), (QJsonArray{u"C-301"_s, u"C-302"_s}));
        QCOMPARE(count(u"SELECT count(*) FROM contractors"_s), before);
        // Importing changes data: it signs in.
        QCOMPARE(ctl({u"contractors"_s, u"import"_s, u"--csv"_s, ledger}).code, 2);
        r = ctl({u"contractors"_s, u"import"_s, u"--csv"_s, ledger, u"--json"_s}, u"coord"_s, u"a-brand-new-password"_s);
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value(u"imported"_s).toBool(), true);
        QCOMPARE(count(u"SELECT count(*) FROM contractors"_s), before + 2);
        auto db = Database::open(DbUrl::parse(m_db));
        QCOMPARE(db->scalar(u"SELECT name_zh FROM contractors WHERE code = 'C-301'"_s).toString(), u"东方起重吊装有限公司"_s);
        QCOMPARE(db->scalar(u"SELECT contact FROM contractors WHERE code = 'C-301'"_s).toString(), u"张经理 13912345678"_s);
        // The same ledger in UTF-8 again: already registered, nothing new.
        r = ctl({u"contractors"_s, u"import"_s, u"--csv"_s, write(u"ledger-utf8.csv"_s, "\xEF\xBB\xBF" + good.toUtf8()), u"--json"_s}, u"coord"_s,
                u"a-brand-new-password"_s);
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value(u"encoding"_s).toString(), u"UTF-8"_s);
        QCOMPARE(r.json().value(u"existing"_s).toArray().size(), 2);
    }

    void demoRefusedOnThePlantsStore()
    {
        const Run r = ctl({u"demo"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("PLANT-9") && r.err.contains("not the demo plant"), r.err.constData());
        QCOMPARE(count(u"SELECT count(*) FROM users WHERE username LIKE 'demo.%'"_s), 0);
    }
};

QTEST_MAIN(TestGoLiveCli)
#include "tst_golive_cli.moc"
