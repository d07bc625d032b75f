// SPDX-License-Identifier: Apache-2.0
// `guardlinectl alarms flood` (issue #16 item 4, ISA-18.2) as a process on a fresh store with a small site of its
// own: the defaults shown without options; a change needs a signed-in user with rules.edit (EHS manager,
// administrator), is audited under that user and shows what is now in effect; bad input (non-positive numbers,
// an unknown area, malformed JSON) exits 2 naming the option, the file and the position, and changes nothing.
#include "TestDb.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {
const QString kPassword = u"correct horse battery"_s;

struct Run {
    int rc = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

const char kLayout[] = R"({
  "format": "guardline-site-layout", "version": 1,
  "site": {"code": "MILL-3", "name": "Rolling mill 3", "timezone": "Asia/Shanghai", "origin": {"lat": 31.9, "lon": 120.9}},
  "areas": [
    {"code": "CH2", "name": "Casting house 2", "kind": "process", "risk": "red",
     "polygon": [[0, 0], [60, 0], [60, 40], [0, 40]], "z_min": 0, "z_max": 20},
    {"code": "WH1", "name": "Warehouse", "kind": "storage", "risk": "blue",
     "polygon": [[80, 0], [120, 0], [120, 40], [80, 40]], "z_min": 0, "z_max": 12}
  ],
  "structures": [], "equipment": [], "cameras": [], "sensors": []
})";
} // namespace

class TestAlarmFloodCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_store;

    Run ctl(const QString &user, const QStringList &args, const QString &newPassword = {}) const
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const char *v : {"GUARDLINE_DB", "GUARDLINE_USER", "GUARDLINE_PASSWORD", "GUARDLINE_NEW_PASSWORD", "GUARDLINE_LANG"})
            e.remove(QString::fromLatin1(v));
        e.insert(u"GUARDLINE_LANG"_s, u"en"_s);
        if (!user.isEmpty())
            e.insert(u"GUARDLINE_PASSWORD"_s, kPassword);
        if (!newPassword.isEmpty())
            e.insert(u"GUARDLINE_NEW_PASSWORD"_s, newPassword);
        p.setProcessEnvironment(e);
        QStringList all{u"--db"_s, m_store};
        if (!user.isEmpty())
            all << u"--user"_s << user;
        p.start(QStringLiteral(GUARDLINE_BINARY_DIR "/bin/guardlinectl"), all + args);
        p.closeWriteChannel();
        if (!p.waitForFinished(120'000))
            p.kill();
        return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }
    QString write(const QString &name, const QByteArray &content) const
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(name));
        f.write(content);
        return f.fileName();
    }
    int count(const QString &sql) const { return Database::open(DbUrl::parse(m_store))->scalar(sql).toInt(); }
    QJsonObject shown() const
    {
        const Run r = ctl({}, {u"alarms"_s, u"flood"_s, u"--json"_s});
        if (r.rc != 0)
            qWarning("alarms flood: %s", r.err.constData());
        return r.json();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(u"mill.sqlite"_s);
        QCOMPARE(ctl({}, {u"init"_s}).rc, 0);
        QCOMPARE(ctl({}, {u"users"_s, u"add"_s, u"--username"_s, u"root"_s, u"--role"_s, u"admin"_s}, kPassword).rc, 0);
        for (const auto &[user, role] : {std::pair{u"ehs"_s, u"ehs_manager"_s}, {u"disp"_s, u"dispatcher"_s}}) {
            const Run r = ctl(u"root"_s, {u"users"_s, u"add"_s, u"--username"_s, user, u"--role"_s, role}, kPassword);
            QVERIFY2(r.rc == 0, r.err.constData());
        }
        const Run r = ctl(u"root"_s, {u"site"_s, u"import"_s, write(u"mill.json"_s, kLayout)});
        QVERIFY2(r.rc == 0, r.err.constData());
    }

    /// Without options: the defaults (10 alarms in 600 s, the whole site one position), no account needed.
    void showsTheDefaults()
    {
        const QJsonObject s = shown();
        QCOMPARE(s.value(u"flood_alarms"_s).toInt(), 10);
        QCOMPARE(s.value(u"flood_window_s"_s).toInt(), 600);
        const QJsonArray positions = s.value(u"operator_positions"_s).toArray();
        QCOMPARE(positions.size(), 1);
        QCOMPARE(positions.first().toObject().value(u"code"_s).toString(), u"site"_s);
        QVERIFY(positions.first().toObject().value(u"areas"_s).toArray().isEmpty());
        const Run text = ctl({}, {u"alarms"_s, u"flood"_s});
        QCOMPARE(text.rc, 0);
        QVERIFY2(text.out.contains("more than 10 alarms within 600 s") && text.out.contains("the whole site"), text.out.constData());
    }

    /// A change needs an account with rules.edit; it is audited under that account.
    void changeSignedInAndAudited()
    {
        const QString positions = write(u"positions.json"_s, R"([{"code": "casting", "name": "Casting desk", "areas": ["CH2"]},
                                                                  {"code": "stores", "name": "Stores desk", "areas": ["WH1"]}])");
        const QStringList change{u"alarms"_s, u"flood"_s, u"--alarms"_s, u"5"_s, u"--window"_s, u"300"_s, u"--positions"_s, positions, u"--json"_s};
        Run r = ctl({}, change); // no account
        QCOMPARE(r.rc, 2);
        QVERIFY2(r.err.contains("sign-in required"), r.err.constData());
        r = ctl(u"disp"_s, change); // a dispatcher does not set the alarm philosophy
        QCOMPARE(r.rc, 2);
        QVERIFY2(r.err.contains("rules.edit"), r.err.constData());
        QCOMPARE(shown().value(u"flood_alarms"_s).toInt(), 10);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'telemetry.flood_settings'"_s), 0);

        r = ctl(u"ehs"_s, change);
        QVERIFY2(r.rc == 0, r.err.constData());
        QCOMPARE(r.json().value(u"flood_alarms"_s).toInt(), 5);
        const QJsonObject s = shown();
        QCOMPARE(s.value(u"flood_alarms"_s).toInt(), 5);
        QCOMPARE(s.value(u"flood_window_s"_s).toInt(), 300);
        const QJsonArray list = s.value(u"operator_positions"_s).toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].toObject().value(u"code"_s).toString(), u"casting"_s);
        QCOMPARE(list[0].toObject().value(u"name"_s).toString(), u"Casting desk"_s);
        QCOMPARE(list[1].toObject().value(u"areas"_s).toArray(), QJsonArray{u"WH1"_s});
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'telemetry.flood_settings' AND actor = 'ehs'"_s), 1);

        // One part alone keeps the others.
        r = ctl(u"root"_s, {u"alarms"_s, u"flood"_s, u"--window"_s, u"900"_s});
        QVERIFY2(r.rc == 0, r.err.constData());
        QVERIFY2(r.out.contains("within 900 s") && r.out.contains("Casting desk: CH2"), r.out.constData());
        QCOMPARE(shown().value(u"flood_alarms"_s).toInt(), 5);
        QCOMPARE(shown().value(u"operator_positions"_s).toArray().size(), 2);
    }

    /// Bad input: exit 2 with a message naming the option, the file and the position; nothing changed.
    void badInputChangesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("zero alarms") << QStringList{u"--alarms"_s, u"0"_s} << QByteArray() << QStringList{u"--alarms"_s, u"'0'"_s};
        QTest::newRow("negative window") << QStringList{u"--window"_s, u"-60"_s} << QByteArray() << QStringList{u"--window"_s, u"'-60'"_s};
        QTest::newRow("not a number") << QStringList{u"--alarms"_s, u"ten"_s} << QByteArray() << QStringList{u"--alarms"_s, u"'ten'"_s};
        QTest::newRow("unknown area") << QStringList{u"--alarms"_s, u"7"_s}
                                      << QByteArray(R"([{"code": "casting", "areas": ["CH2"]}, {"code": "tanks", "areas": ["TF9"]}])")
                                      << QStringList{u"bad.json"_s, u"position #2 ('tanks')"_s, u"unknown area 'TF9'"_s};
        QTest::newRow("malformed JSON") << QStringList{} << QByteArray(R"([{"code": "casting", "areas": ["CH2"]},)")
                                        << QStringList{u"bad.json"_s, u"not JSON"_s};
        QTest::newRow("position without code") << QStringList{} << QByteArray(R"([{"code": "a"}, {"name": "Nameless", "areas": ["CH2"]}])")
                                               << QStringList{u"bad.json"_s, u"position #2"_s, u"field 'code'"_s};
        QTest::newRow("areas not a list") << QStringList{} << QByteArray(R"([{"code": "casting", "areas": "CH2"}])")
                                          << QStringList{u"bad.json"_s, u"position #1 ('casting')"_s, u"field 'areas'"_s};
        QTest::newRow("missing file") << QStringList{u"--positions"_s, u"/nonexistent/positions.json"_s} << QByteArray()
                                      << QStringList{u"--positions"_s, u"/nonexistent/positions.json"_s};
    }
    void badInputChangesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, file);
        QFETCH(QStringList, expected);
        const QJsonObject before = shown();
        const int audits = count(u"SELECT count(*) FROM audit_log"_s);
        if (!file.isEmpty())
            args << u"--positions"_s << write(u"bad.json"_s, file);
        const Run r = ctl(u"root"_s, QStringList{u"alarms"_s, u"flood"_s} + args);
        QCOMPARE(r.rc, 2);
        for (const QString &e : expected)
            QVERIFY2(QString::fromUtf8(r.err).contains(e), qPrintable(u"missing '%1' in: %2"_s.arg(e, QString::fromUtf8(r.err))));
        QCOMPARE(shown(), before);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), audits);
    }
};

QTEST_GUILESS_MAIN(TestAlarmFloodCli)
#include "tst_alarm_flood_cli.moc"
