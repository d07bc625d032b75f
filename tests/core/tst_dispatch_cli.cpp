// SPDX-License-Identifier: Apache-2.0
// CONTRACTS.md 6.4 through guardlinectl as a process on a fresh store: init, users, a small site of our own
// (`site import`), then a whole incident by hand — a phone call raised as an alarm, acknowledged, assigned,
// accepted, on scene, resolved, confirmed — with `orders show` phases equal to the audited times; refusals
// (confirm before resolve, steps by the wrong person) exit 1 with the reason; an instruction pushed by hand.
#include "TestDb.h"

#include <QDateTime>
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

class Ctl {
public:
    explicit Ctl(QString store) : m_store(std::move(store)) {}
    /// guardlinectl --db STORE [--user USER] ARGS, the password in $GUARDLINE_PASSWORD.
    Run operator()(const QString &user, const QStringList &args, const QString &newPassword = {}) const
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const char *v : {"GUARDLINE_DB", "GUARDLINE_USER", "GUARDLINE_PASSWORD", "GUARDLINE_NEW_PASSWORD"})
            e.remove(QString::fromLatin1(v));
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
            qFatal("guardlinectl did not finish");
        return Run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private:
    QString m_store;
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

qint64 ms(const QJsonValue &iso) { return QDateTime::fromString(iso.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch(); }
} // namespace

class TestDispatchCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wholeIncidentByHand()
    {
        QTemporaryDir dir;
        const QString store = dir.path() + u"/mill.sqlite"_s;
        const Ctl ctl(store);
        QCOMPARE(ctl({}, {u"init"_s}).rc, 0);
        QCOMPARE(ctl({}, {u"users"_s, u"add"_s, u"--username"_s, u"root"_s, u"--role"_s, u"admin"_s}, kPassword).rc, 0);
        for (const auto &[user, role] : {std::pair{u"disp"_s, u"dispatcher"_s}, {u"sup.ch2"_s, u"area_supervisor"_s},
                                         {u"sup.wh1"_s, u"area_supervisor"_s}, {u"watcher"_s, u"viewer"_s}}) {
            const Run r = ctl(u"root"_s, {u"users"_s, u"add"_s, u"--username"_s, user, u"--role"_s, role}, kPassword);
            QVERIFY2(r.rc == 0, r.err.constData());
        }
        QFile layout(dir.path() + u"/mill.json"_s);
        QVERIFY(layout.open(QIODevice::WriteOnly));
        layout.write(kLayout);
        layout.close();
        Run r = ctl(u"root"_s, {u"site"_s, u"import"_s, layout.fileName()});
        QVERIFY2(r.rc == 0, r.err.constData());

        // Without an account nothing is raised.
        r = ctl({}, {u"alarms"_s, u"raise"_s, u"--area"_s, u"CH2"_s, u"--priority"_s, u"high"_s, u"--text"_s, u"x"_s});
        QCOMPARE(r.rc, 2);
        // Bad input names the field.
        r = ctl(u"disp"_s, {u"alarms"_s, u"raise"_s, u"--area"_s, u"ZZ9"_s, u"--priority"_s, u"high"_s, u"--text"_s, u"x"_s});
        QCOMPARE(r.rc, 2);
        QVERIFY2(r.err.contains("'area'") && r.err.contains("ZZ9"), r.err.constData());

        // A phone call: seen 42.5 s ago, raised now as a manual alarm with its order.
        const QDateTime observed = QDateTime::currentDateTimeUtc().addMSecs(-42'500);
        r = ctl(u"disp"_s, {u"alarms"_s, u"raise"_s, u"--area"_s, u"CH2"_s, u"--priority"_s, u"critical"_s, u"--text"_s,
                            u"caller: smoke above ladle 2"_s, u"--observed-at"_s, observed.toString(Qt::ISODateWithMs), u"--json"_s});
        QVERIFY2(r.rc == 0, r.err.constData());
        const qint64 alarm = r.json().value(u"id"_s).toInteger();
        const QString order = r.json().value(u"order"_s).toString();
        QVERIFY(alarm > 0);
        QVERIFY(!order.isEmpty());

        r = ctl({}, {u"alarms"_s, u"list"_s, u"--open"_s, u"--json"_s});
        QCOMPARE(r.rc, 0);
        const QJsonArray alarms = r.json().value(u"alarms"_s).toArray();
        QCOMPARE(alarms.size(), 1);
        const QJsonObject a = alarms.first().toObject();
        QCOMPARE(a.value(u"id"_s).toInteger(), alarm);
        QVERIFY(a.value(u"rule"_s).isNull()); // manual
        QCOMPARE(a.value(u"area"_s).toString(), u"CH2"_s);
        QCOMPARE(a.value(u"priority"_s).toString(), u"critical"_s);
        QCOMPARE(a.value(u"state"_s).toString(), u"unacknowledged"_s);
        QCOMPARE(a.value(u"text"_s).toString(), u"caller: smoke above ladle 2"_s);
        QVERIFY(a.value(u"raised_at"_s).toString().endsWith(u"+08:00"_s)); // site-local

        r = ctl({}, {u"orders"_s, u"list"_s, u"--open"_s, u"--json"_s});
        QCOMPARE(r.rc, 0);
        QCOMPARE(r.json().value(u"orders"_s).toArray().size(), 1);
        const QJsonObject o = r.json().value(u"orders"_s).toArray().first().toObject();
        QCOMPARE(o.value(u"code"_s).toString(), order);
        QCOMPARE(o.value(u"state"_s).toString(), u"open"_s);
        QCOMPARE(o.value(u"alarm"_s).toInteger(), alarm);
        QVERIFY(o.value(u"assignee"_s).isNull());
        QVERIFY(o.contains(u"opened_at"_s) && o.contains(u"area"_s));

        // Before acknowledgement: only the detection phase is known.
        r = ctl({}, {u"orders"_s, u"show"_s, order, u"--json"_s});
        QCOMPARE(r.rc, 0);
        QJsonObject phases = r.json().value(u"phases"_s).toObject();
        QVERIFY(phases.value(u"detect_s"_s).toDouble() >= 42.5);
        for (const char16_t *k : {u"verify_s", u"respond_s", u"confirm_s", u"total_s"})
            QVERIFY2(phases.value(QString::fromUtf16(k)).isNull(), qPrintable(QString::fromUtf16(k)));

        // Confirm before resolve: refused by the state machine, exit 1 with the reason.
        r = ctl(u"disp"_s, {u"orders"_s, u"act"_s, order, u"confirm"_s, u"--json"_s});
        QCOMPARE(r.rc, 1);
        QCOMPARE(r.json().value(u"ok"_s).toBool(true), false);
        QCOMPARE(r.json().value(u"reasons"_s).toArray().size(), 1);
        QVERIFY2(r.json().value(u"reasons"_s).toArray().first().toString().contains(u"confirm"_s), r.out.constData());

        // The dispatcher verifies the alarm, then assigns the CH2 supervisor.
        r = ctl(u"disp"_s, {u"alarms"_s, u"ack"_s, QString::number(alarm)});
        QVERIFY2(r.rc == 0, r.err.constData());
        r = ctl(u"disp"_s, {u"alarms"_s, u"ack"_s, QString::number(alarm), u"--json"_s}); // twice: nothing to acknowledge
        QCOMPARE(r.rc, 1);
        QCOMPARE(r.json().value(u"ok"_s).toBool(true), false);
        // A viewer cannot be assigned (no role to respond); the supervisor can.
        r = ctl(u"disp"_s, {u"orders"_s, u"act"_s, order, u"assign"_s, u"--to"_s, u"watcher"_s});
        QCOMPARE(r.rc, 1);
        QVERIFY2(r.err.contains("dispatch.respond"), r.err.constData());
        r = ctl(u"disp"_s, {u"orders"_s, u"act"_s, order, u"assign"_s, u"--to"_s, u"sup.ch2"_s, u"--json"_s});
        QVERIFY2(r.rc == 0, r.err.constData());
        QCOMPARE(r.json().value(u"state"_s).toString(), u"assigned"_s);
        // Issue #15: a step on what an older list showed (--expect-version, the list's "version") is refused naming who
        // changed the order since, and changes nothing; a malformed version is bad usage.
        const qint64 listed = o.value(u"version"_s).toInteger();
        QVERIFY(listed > 0);
        r = ctl(u"disp"_s, {u"orders"_s, u"act"_s, order, u"assign"_s, u"--to"_s, u"sup.wh1"_s, u"--expect-version"_s,
                            QString::number(listed), u"--json"_s});
        QCOMPARE(r.rc, 1);
        QVERIFY2(r.json().value(u"reasons"_s).toArray().first().toString().contains(u"was changed by disp (order.assign, "_s),
                 r.out.constData());
        QCOMPARE(ctl(u"disp"_s, {u"orders"_s, u"act"_s, order, u"assign"_s, u"--to"_s, u"sup.wh1"_s, u"--expect-version"_s, u"x"_s}).rc, 2);
        r = ctl({}, {u"orders"_s, u"show"_s, order, u"--json"_s});
        QCOMPARE(r.json().value(u"assignee"_s).toString(), u"sup.ch2"_s);
        QVERIFY(r.json().value(u"version"_s).toInteger() > listed);
        QCOMPARE(ctl(u"disp"_s, {u"alarms"_s, u"ack"_s, QString::number(alarm), u"--expect-version"_s,
                                 QString::number(a.value(u"version"_s).toInteger())}).rc, 1); // acknowledged since it was listed

        // Steps by the wrong person: another supervisor accepting, the dispatcher arriving.
        r = ctl(u"sup.wh1"_s, {u"orders"_s, u"act"_s, order, u"accept"_s, u"--json"_s});
        QCOMPARE(r.rc, 1);
        QVERIFY2(r.json().value(u"reasons"_s).toArray().first().toString().contains(u"sup.ch2"_s), r.out.constData());
        r = ctl(u"disp"_s, {u"orders"_s, u"act"_s, order, u"arrive"_s});
        QCOMPARE(r.rc, 1);
        QVERIFY2(r.err.contains("sup.ch2"), r.err.constData());

        QCOMPARE(ctl(u"sup.ch2"_s, {u"orders"_s, u"act"_s, order, u"accept"_s}).rc, 0);
        QTest::qWait(120); // distinct times for each phase
        QCOMPARE(ctl(u"sup.ch2"_s, {u"orders"_s, u"act"_s, order, u"arrive"_s}).rc, 0);
        // resolve needs a note (bad usage), and is the assignee's step.
        QCOMPARE(ctl(u"sup.ch2"_s, {u"orders"_s, u"act"_s, order, u"resolve"_s}).rc, 2);
        QCOMPARE(ctl(u"sup.ch2"_s, {u"orders"_s, u"act"_s, order, u"resolve"_s, u"--note"_s, u"ladle cover fire put out"_s}).rc, 0);
        // The supervisor cannot confirm their own work: the dispatcher does.
        r = ctl(u"sup.ch2"_s, {u"orders"_s, u"act"_s, order, u"confirm"_s, u"--json"_s});
        QCOMPARE(r.rc, 1);
        QVERIFY2(r.json().value(u"reasons"_s).toArray().first().toString().contains(u"dispatch.manage"_s), r.out.constData());
        QTest::qWait(120);
        r = ctl(u"disp"_s, {u"orders"_s, u"act"_s, order, u"confirm"_s});
        QVERIFY2(r.rc == 0, r.err.constData());

        // orders show: the steps with actors and times, the phases equal to the audited times.
        r = ctl({}, {u"orders"_s, u"show"_s, order, u"--json"_s});
        QCOMPARE(r.rc, 0);
        const QJsonObject shown = r.json();
        QCOMPARE(shown.value(u"state"_s).toString(), u"confirmed"_s);
        QCOMPARE(shown.value(u"assignee"_s).toString(), u"sup.ch2"_s);
        QHash<QString, QJsonObject> step;
        QStringList actions;
        for (const QJsonValue &v : shown.value(u"steps"_s).toArray()) {
            actions << v.toObject().value(u"action"_s).toString();
            step.insert(actions.last(), v.toObject());
        }
        QCOMPARE(actions, (QStringList{u"alarm.raise"_s, u"order.open"_s, u"alarm.acknowledge"_s, u"order.assign"_s, u"order.accept"_s,
                                       u"order.arrive"_s, u"order.resolve"_s, u"order.confirm"_s}));
        QCOMPARE(step[u"alarm.acknowledge"_s].value(u"actor"_s).toString(), u"disp"_s);
        QCOMPARE(step[u"order.arrive"_s].value(u"actor"_s).toString(), u"sup.ch2"_s);
        QCOMPARE(step[u"order.resolve"_s].value(u"note"_s).toString(), u"ladle cover fire put out"_s);

        // The audited times, read from the store itself.
        auto db = Database::open(DbUrl::parse(store), Database::Mode::ReadOnly);
        auto audited = [&](const QString &action, const QString &object) {
            return db->scalar(u"SELECT ts_utc FROM audit_log WHERE action = ? AND object_id = ?"_s, {action, object}).toLongLong();
        };
        const qint64 raised = audited(u"alarm.raise"_s, QString::number(alarm)), acked = audited(u"alarm.acknowledge"_s, QString::number(alarm)),
                     arrived = audited(u"order.arrive"_s, order), confirmed = audited(u"order.confirm"_s, order);
        QCOMPARE(ms(step[u"order.arrive"_s].value(u"at"_s)), arrived);
        phases = shown.value(u"phases"_s).toObject();
        const double detect = (raised - observed.toMSecsSinceEpoch()) / 1000.0, verify = (acked - raised) / 1000.0,
                     respond = (arrived - acked) / 1000.0, confirm = (confirmed - arrived) / 1000.0;
        QCOMPARE(phases.value(u"detect_s"_s).toDouble(), detect);
        QCOMPARE(phases.value(u"verify_s"_s).toDouble(), verify);
        QCOMPARE(phases.value(u"respond_s"_s).toDouble(), respond);
        QCOMPARE(phases.value(u"confirm_s"_s).toDouble(), confirm);
        QCOMPARE(phases.value(u"total_s"_s).toDouble(), detect + verify + respond + confirm);
        QVERIFY(respond >= 0.1 && confirm >= 0.1);

        // After confirmation nothing more can happen but the record.
        r = ctl(u"disp"_s, {u"orders"_s, u"act"_s, order, u"reopen"_s, u"--reason"_s, u"smoke again"_s});
        QCOMPARE(r.rc, 1);
        r = ctl({}, {u"orders"_s, u"list"_s, u"--open"_s, u"--json"_s});
        QCOMPARE(r.json().value(u"orders"_s).toArray().size(), 0);

        // An instruction by hand: stored queued (no site service runs here to send it).
        r = ctl(u"disp"_s, {u"instructions"_s, u"push"_s, u"--target"_s, u"casting-house-2"_s, u"--kind"_s, u"halt_pour"_s,
                            u"--reason"_s, u"smoke above ladle 2"_s, u"--json"_s});
        QVERIFY2(r.rc == 0, r.err.constData());
        const qint64 instruction = r.json().value(u"id"_s).toInteger();
        QVERIFY(instruction > 0);
        QCOMPARE(ctl(u"disp"_s, {u"instructions"_s, u"push"_s, u"--target"_s, u"x"_s, u"--kind"_s, u"dance"_s, u"--reason"_s, u"y"_s}).rc, 2);
        QCOMPARE(ctl(u"sup.ch2"_s, {u"instructions"_s, u"push"_s, u"--target"_s, u"x"_s, u"--kind"_s, u"evacuate"_s, u"--reason"_s, u"y"_s}).rc
                     == 0, false); // not a dispatcher
        r = ctl({}, {u"instructions"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.rc, 0);
        const QJsonArray list = r.json().value(u"instructions"_s).toArray();
        QCOMPARE(list.size(), 1);
        const QJsonObject i = list.first().toObject();
        QCOMPARE(i.value(u"id"_s).toInteger(), instruction);
        QCOMPARE(i.value(u"target"_s).toString(), u"casting-house-2"_s);
        QCOMPARE(i.value(u"kind"_s).toString(), u"halt_pour"_s);
        QCOMPARE(i.value(u"state"_s).toString(), u"queued"_s);
        QVERIFY(i.value(u"sent_at"_s).isNull() && i.value(u"acknowledged_at"_s).isNull() && !i.value(u"issued_at"_s).isNull());

        r = ctl({}, {u"audit"_s, u"verify"_s, u"--json"_s});
        QVERIFY2(r.rc == 0, r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestDispatchCli)
#include "tst_dispatch_cli.moc"
