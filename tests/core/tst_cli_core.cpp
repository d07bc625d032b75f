// SPDX-License-Identifier: Apache-2.0
// guardlinectl's store commands as users and scripts call them: output, exit codes, refusals.
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run {
    int code;
    QByteArray out, err;
};
Run ctl(const QStringList &args, const QByteArray &stdinData = {}, const QMap<QString, QString> &env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(u"GUARDLINE_DB"_s);
    e.remove(u"GUARDLINE_USER"_s);
    e.remove(u"GUARDLINE_PASSWORD"_s);
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    e.insert(u"GUARDLINE_NOW"_s, u"2026-03-02T10:30:00+08:00"_s);
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(GUARDLINE_BINARY_DIR "/bin/guardlinectl"), args);
    p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(120'000))
        qFatal("guardlinectl did not finish");
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}
QByteArray sha(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestCliCore : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString db() const { return m_dir.path() + u"/site.sqlite"_s; }

private Q_SLOTS:
    void version()
    {
        const Run r = ctl({u"--version"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(QRegularExpression(u"^guardlinectl \\d+\\.\\d+\\.\\d+\\n$"_s).match(QString::fromUtf8(r.out)).hasMatch());
    }

    void workersCheckId()
    {
        const Run ok = ctl({u"workers"_s, u"check-id"_s, u"11010519491231002X"_s});
        QCOMPARE(ok.code, 0);
        QVERIFY(ok.out.contains("11010519491231002X: valid"));
        const Run bad = ctl({u"workers"_s, u"check-id"_s, u"11010519491231002X"_s, u"110105194912310021"_s, u"110105194902300025"_s});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.out.contains("110105194912310021: invalid: check digit"), bad.out.constData());
        QVERIFY2(bad.out.contains("110105194902300025: invalid: date of birth"), bad.out.constData());
        const Run json = ctl({u"workers"_s, u"check-id"_s, u"--json"_s, u"110105194912310021"_s});
        QCOMPARE(json.code, 1);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value(u"all_valid"_s).toBool(), false);
        QCOMPARE(o.value(u"results"_s).toArray().at(0).toObject().value(u"valid"_s).toBool(), false);
        QCOMPARE(ctl({u"workers"_s, u"check-id"_s}).code, 2);
    }

    void unknownCommandIsUsageError()
    {
        const Run r = ctl({u"frobnicate"_s});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("unknown command"));
    }

    void initDemoAndVerify()
    {
        QCOMPARE(ctl({u"--db"_s, db(), u"init"_s}).code, 0);
        const Run demo = ctl({u"--db"_s, db(), u"demo"_s});
        QCOMPARE(demo.code, 0);
        QVERIFY(demo.out.contains("30 permits"));
        QCOMPARE(ctl({u"--db"_s, db(), u"demo"_s}).code, 0); // idempotent
        const Run v = ctl({u"--db"_s, u"sqlite:"_s + db(), u"audit"_s, u"verify"_s, u"--json"_s});
        QCOMPARE(v.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(v.out).object();
        QCOMPARE(o.value(u"ok"_s).toBool(), true);
        QVERIFY(o.value(u"entries"_s).toInt() > 1000);
        QVERIFY2(!v.out.contains("guardline."), "logs must go to stderr, not stdout");
    }

    void headOutsideTheStore()
    {
        // The head printed by verify (and on the daily report) is what --expect-head takes back.
        const Run v = ctl({u"--db"_s, db(), u"audit"_s, u"verify"_s, u"--json"_s});
        QCOMPARE(v.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(v.out).object();
        QCOMPARE(o.keys(), (QStringList{u"entries"_s, u"head"_s, u"ok"_s}));
        const QString head = o.value(u"head"_s).toString();
        const QRegularExpressionMatch m = QRegularExpression(u"^(\\d+):([0-9a-f]{64})$"_s).match(head);
        QVERIFY2(m.hasMatch(), qPrintable(head));
        QCOMPARE(m.captured(1).toInt(), o.value(u"entries"_s).toInt());
        const Run text = ctl({u"--db"_s, db(), u"audit"_s, u"verify"_s, u"--expect-head"_s, head});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(head.toLatin1()), text.out.constData());
        const Run earlier = ctl({u"--db"_s, db(), u"audit"_s, u"verify"_s, u"--expect-head"_s, u"42:"_s + m.captured(2), u"--json"_s});
        QCOMPARE(earlier.code, 1); // entry 42 exists, with another hash
        const QJsonObject e = QJsonDocument::fromJson(earlier.out).object();
        QCOMPARE(e.value(u"ok"_s).toBool(), false);
        QCOMPARE(e.value(u"first_bad"_s).toInt(), 42);
        QVERIFY2(e.value(u"reason"_s).toString().contains(u"not the expected"_s), earlier.out.constData());
        const Run beyond = ctl({u"--db"_s, db(), u"audit"_s, u"verify"_s, u"--expect-head"_s,
                                QString::number(m.captured(1).toInt() + 5) + u':' + m.captured(2)});
        QCOMPARE(beyond.code, 1);
        QVERIFY2(beyond.out.contains("does not exist"), beyond.out.constData());
        const Run malformed = ctl({u"--db"_s, db(), u"audit"_s, u"verify"_s, u"--expect-head"_s, u"last"_s});
        QCOMPARE(malformed.code, 2);
        QVERIFY2(malformed.err.contains("--expect-head 'last'"), malformed.err.constData());
    }

    void tamperedChainExitsOne()
    {
        const QString copy = m_dir.path() + u"/tampered.sqlite"_s;
        QFile::copy(db(), copy);
        {
            QProcess sq; // an attacker with the file and the sqlite3 tool
            sq.start(u"sqlite3"_s, {copy, u"DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor='nobody' WHERE seq=42;"_s});
            QVERIFY(sq.waitForFinished());
            QCOMPARE(sq.exitCode(), 0);
        }
        const Run v = ctl({u"--db"_s, copy, u"audit"_s, u"verify"_s, u"--json"_s});
        QCOMPARE(v.code, 1);
        const QJsonObject o = QJsonDocument::fromJson(v.out).object();
        QCOMPARE(o.value(u"ok"_s).toBool(), false);
        QCOMPARE(o.value(u"first_bad"_s).toInt(), 42);
        QVERIFY(!o.value(u"reason"_s).toString().isEmpty());
    }

    void corruptDatabaseIsRefusedUntouched()
    {
        const QString bad = m_dir.path() + u"/report.pdf"_s;
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.7\n% not a database\n");
        f.close();
        const QByteArray before = sha(bad);
        const Run r = ctl({u"--db"_s, bad, u"init"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("not an SQLite database") && r.err.contains("report.pdf"), r.err.constData());
        QCOMPARE(sha(bad), before);
    }

    void newerSchemaIsRefused()
    {
        const QString copy = m_dir.path() + u"/future.sqlite"_s;
        QFile::copy(db(), copy);
        QProcess sq;
        sq.start(u"sqlite3"_s, {copy, u"UPDATE schema_meta SET value='42' WHERE key='schema_version';"_s});
        QVERIFY(sq.waitForFinished());
        const QByteArray before = sha(copy);
        for (const QStringList &cmd : {QStringList{u"init"_s}, QStringList{u"audit"_s, u"verify"_s}}) {
            const Run r = ctl(QStringList{u"--db"_s, copy} + cmd);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains("newer"), r.err.constData());
        }
        QCOMPARE(sha(copy), before);
    }

    void unreachablePostgresExitsThree()
    {
        const Run r = ctl({u"--db"_s, u"postgresql://gl:hunter2-secret@127.0.0.1:1/guardline"_s, u"init"_s});
        QCOMPARE(r.code, 3);
        QVERIFY(!r.err.contains("hunter2-secret"));
        QVERIFY(r.err.contains("127.0.0.1"));
    }

    void usersBootstrapAndSignIn()
    {
        const QString fresh = m_dir.path() + u"/users.sqlite"_s;
        QCOMPARE(ctl({u"--db"_s, fresh, u"init"_s}).code, 0);
        // The first account must be an admin; it needs no sign-in.
        QCOMPARE(ctl({u"--db"_s, fresh, u"users"_s, u"add"_s, u"--username"_s, u"ops"_s, u"--role"_s, u"viewer"_s}, "password-123\n").code, 2);
        QCOMPARE(ctl({u"--db"_s, fresh, u"users"_s, u"add"_s, u"--username"_s, u"root"_s, u"--role"_s, u"admin"_s}, "root-password-1\n").code, 0);
        // Then changes need a signed-in admin: the first stdin line is root's password, the second the new one.
        const Run add = ctl({u"--db"_s, fresh, u"--user"_s, u"root"_s, u"users"_s, u"add"_s, u"--username"_s, u"chen"_s,
                             u"--role"_s, u"dispatcher"_s, u"--name"_s, u"陈静"_s}, "root-password-1\ndispatch-pass-9\n");
        QCOMPARE(add.code, 0);
        const Run wrong = ctl({u"--db"_s, fresh, u"--user"_s, u"root"_s, u"users"_s, u"add"_s, u"--username"_s, u"li"_s, u"--role"_s,
                               u"viewer"_s}, "not-the-password\nviewer-pass-10\n");
        QCOMPARE(wrong.code, 2);
        QVERIFY2(wrong.err.contains("sign-in refused: wrong user name or password"), wrong.err.constData());
        // Listing needs no account (CONTRACTS.md section 6).
        const Run list = ctl({u"--db"_s, fresh, u"users"_s, u"list"_s, u"--json"_s});
        QCOMPARE(list.code, 0);
        const QJsonArray users = QJsonDocument::fromJson(list.out).object().value(u"users"_s).toArray();
        QCOMPARE(users.size(), 2);
        QCOMPARE(users.at(0).toObject().value(u"role"_s).toString(), u"dispatcher"_s);
        QCOMPARE(users.at(0).toObject().value(u"name"_s).toString(), u"陈静"_s);
        QCOMPARE(users.at(0).toObject().value(u"enabled"_s).toBool(), true);
        // A dispatcher cannot add users.
        const Run denied = ctl({u"--db"_s, fresh, u"--user"_s, u"chen"_s, u"users"_s, u"add"_s, u"--username"_s, u"eve"_s,
                                u"--role"_s, u"admin"_s}, "dispatch-pass-9\nsome-password-1\n");
        QCOMPARE(denied.code, 2); // a signed-in user without the permission: exit 2 naming it
        QVERIFY(denied.err.contains("user.manage"));
        // Passwords are stored as Argon2id hashes only.
        QProcess sq;
        sq.start(u"sqlite3"_s, {fresh, u"SELECT password_hash FROM users;"_s});
        QVERIFY(sq.waitForFinished());
        const QByteArray hashes = sq.readAllStandardOutput();
        QVERIFY(hashes.contains("$argon2id$"));
        QVERIFY(!hashes.contains("dispatch-pass-9"));
    }
};

QTEST_GUILESS_MAIN(TestCliCore)
#include "tst_cli_core.moc"
