// SPDX-License-Identifier: Apache-2.0
// guardlinectl conflicts end to end: the contract's JSON, --at, --rules, the table, and every bad input
// exiting 2 with one line naming the permit and the field.
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run guardlinectl(const QStringList &args)
{
    QProcess p;
    p.setProgram(QStringLiteral(GUARDLINE_BINARY_DIR "/bin/guardlinectl"));
    p.setArguments(QStringList{u"conflicts"_s} + args);
    p.start();
    Run r;
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString data(const QString &name)
{
    return QStringLiteral(GUARDLINE_TEST_DATA "/conflicts/") + name;
}

QByteArray row(const char *a, const char *b, const char *kind, const char *d, const char *start, const char *end)
{
    return QByteArray("{\"a\":\"") + a + "\",\"b\":\"" + b + "\",\"kind\":\"" + kind + "\",\"distance_m\":" + d
        + ",\"overlap\":{\"start\":\"" + start + "\",\"end\":\"" + end + "\"}}";
}

} // namespace

class TestConflictsCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void json_data()
    {
        QTest::addColumn<QStringList>("extraArgs");
        QTest::addColumn<QByteArray>("expected");
        const char *h8 = "2026-03-02T08:00:00+08:00";
        const QByteArray bpHw = row("BP-0005", "HW-0001", "incompatible", "25", h8, "2026-03-02T09:00:00+08:00");
        const QByteArray csHw = row("CS-0002", "HW-0001", "incompatible", "10", "2026-03-02T10:00:00+08:00",
                                    "2026-03-02T14:00:00+08:00");
        const QByteArray csLf = row("CS-0002", "LF-0007", "overhead", "0", "2026-03-02T10:00:00+08:00",
                                    "2026-03-02T04:00:00Z");
        const QByteArray csTp = row("CS-0002", "TP-0003", "cross_work", "15.21", "2026-03-02T12:00:00+08:00",
                                    "2026-03-02T14:00:00+08:00");
        const QByteArray exHw = row("EX-0004", "HW-0001", "incompatible", "4.24", h8, "2026-03-02T10:00:00+08:00");
        const QByteArray exLf = row("EX-0004", "LF-0007", "overhead", "3", "2026-03-02T01:00:00Z",
                                    "2026-03-02T10:00:00+08:00");
        const QByteArray hwLf = row("HW-0001", "LF-0007", "overhead", "2", "2026-03-02T01:00:00Z",
                                    "2026-03-02T04:00:00Z");
        const QByteArray hwTp = row("HW-0001", "TP-0003", "cross_work", "2.5", "2026-03-02T12:00:00+08:00",
                                    "2026-03-02T16:00:00+08:00");
        QTest::newRow("whole set") << QStringList()
                                   << "{\"permits\":7,\"conflicts\":[" + bpHw + ',' + csHw + ',' + csLf + ',' + exHw
                + ',' + exLf + ',' + hwLf + ',' + hwTp + "]}\n";
        QTest::newRow("--at 09:30 local")
            << QStringList{u"--at"_s, u"2026-03-02T09:30:00+08:00"_s}
            << "{\"permits\":4,\"conflicts\":[" + exHw + ',' + exLf + ',' + hwLf + "]}\n";
        QTest::newRow("--at a start is inside, an end is not")
            << QStringList{u"--at"_s, u"2026-03-02T02:00:00Z"_s}
            << "{\"permits\":4,\"conflicts\":[" + csHw + ',' + csLf + ',' + hwLf + "]}\n";
        QTest::newRow("--at before everything")
            << QStringList{u"--at"_s, u"2026-01-01T00:00:00Z"_s} << QByteArray("{\"permits\":0,\"conflicts\":[]}\n");
        QTest::newRow("--rules with a wider power clearance")
            << QStringList{u"--rules"_s, data(u"rules-wide-power.json"_s)}
            << "{\"permits\":7,\"conflicts\":[" + bpHw + ',' + csHw + ',' + csLf + ',' + csTp + ',' + exHw + ','
                + exLf + ',' + hwLf + ',' + hwTp + "]}\n";
    }

    void json()
    {
        QFETCH(QStringList, extraArgs);
        QFETCH(QByteArray, expected);
        const Run r = guardlinectl(QStringList{u"--permits"_s, data(u"basic.json"_s), u"--json"_s} + extraArgs);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, expected);
    }

    void table()
    {
        const Run r = guardlinectl({u"--permits"_s, data(u"basic.json"_s)});
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(u"EX-0004  HW-0001  incompatible        4.24  2026-03-02T08:00:00+08:00 .. "
                              u"2026-03-02T10:00:00+08:00"_s),
                 qPrintable(out));
        QVERIFY(out.endsWith(u"7 permits, 7 conflicts\n"_s));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("field");
        QTest::newRow("missing field") << u"bad-missing-field.json"_s << u"LF-0101"_s << u"contractor"_s;
        QTest::newRow("missing z_max") << u"bad-missing-z-max.json"_s << u"LF-0109"_s << u"area.z_max"_s;
        QTest::newRow("unknown type") << u"bad-unknown-type.json"_s << u"HX-0102"_s << u"type"_s;
        QTest::newRow("self-intersecting polygon") << u"bad-self-intersecting.json"_s << u"HW-0103"_s << u"area.polygon"_s;
        QTest::newRow("end before start") << u"bad-end-before-start.json"_s << u"HW-0104"_s << u"end"_s;
        QTest::newRow("end equals start") << u"bad-end-equals-start.json"_s << u"HW-0105"_s << u"end"_s;
        QTest::newRow("duplicate id") << u"bad-duplicate-id.json"_s << u"HW-0001"_s << u"id"_s;
        QTest::newRow("unparsable time") << u"bad-unparsable-time.json"_s << u"HW-0107"_s << u"start"_s;
        QTest::newRow("polygon of two points") << u"bad-two-points.json"_s << u"HW-0108"_s << u"area.polygon"_s;
        // Issue #18: finite but absurd coordinates once made the conflict grid throw (exit 1, "internal error").
        QTest::newRow("coordinate beyond 1e6 m") << u"bad-huge-coordinate.json"_s << u"HW-0110"_s << u"area.polygon[1][0]"_s;
    }

    void badInput()
    {
        QFETCH(QString, file);
        QFETCH(QString, id);
        QFETCH(QString, field);
        for (const bool json : {false, true}) {
            QStringList args{u"--permits"_s, data(file)};
            if (json)
                args << u"--json"_s;
            const Run r = guardlinectl(args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.out.isEmpty(), r.out.constData());
            const QString err = QString::fromUtf8(r.err);
            QCOMPARE(err.count(u'\n'), 1);
            QVERIFY2(err.contains(file), qPrintable(err));
            QVERIFY2(err.contains(u"permit "_s % id % u':'), qPrintable(err));
            QVERIFY2(err.contains(u"field '"_s % field % u"'"_s), qPrintable(err));
        }
    }

    void timesWithoutOffsetAreUtc()
    {
        // No database, so no site: a time without an offset is UTC, and the overlap is written so.
        QTemporaryDir dir;
        QFile f(dir.filePath(u"local.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"permits": [
            {"id": "HW-1", "type": "hot_work", "contractor": "own", "area": {"polygon": [[0,0],[4,0],[4,4]], "z_min": 0, "z_max": 2},
             "start": "2026-03-02T08:00:00", "end": "2026-03-02T16:00:00"},
            {"id": "CS-1", "type": "confined_space", "contractor": "own", "area": {"polygon": [[0,0],[4,0],[4,4]], "z_min": 0, "z_max": 2},
             "start": "2026-03-02T09:30:00.250", "end": "2026-03-02T23:00:00+08:00"}]})");
        f.close();
        const Run r = guardlinectl({u"--permits"_s, f.fileName(), u"--at"_s, u"2026-03-02T09:30:00.250"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("{\"permits\":2,\"conflicts\":[")
                            + row("CS-1", "HW-1", "incompatible", "0", "2026-03-02T09:30:00.250+00:00",
                                  "2026-03-02T23:00:00+08:00")
                            + "]}\n");
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no --permits") << QStringList{u"--json"_s} << u"--permits FILE is required"_s;
        QTest::newRow("missing file") << QStringList{u"--permits"_s, data(u"no-such-file.json"_s)}
                                      << u"no-such-file.json: cannot read"_s;
        QTest::newRow("bad --at") << QStringList{u"--permits"_s, data(u"basic.json"_s), u"--at"_s, u"noon"_s}
                                  << u"--at: 'noon'"_s;
        QTest::newRow("unknown option") << QStringList{u"--permits"_s, data(u"basic.json"_s), u"--fast"_s}
                                        << u"'--fast'"_s;
        QTest::newRow("bad rules file")
            << QStringList{u"--permits"_s, data(u"basic.json"_s), u"--rules"_s, data(u"rules-bad.json"_s)}
            << u"rules-bad.json: field 'clearance_m.temporary_power'"_s;
    }

    void badUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = guardlinectl(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestConflictsCli)
#include "tst_conflicts_cli.moc"
