// SPDX-License-Identifier: Apache-2.0
// CSV exports: UTF-8 with BOM, RFC 4180 quoting, CRLF; quotes, commas, line breaks and Chinese round-trip.
#include "platform/domain/Csv.h"
#include "platform/util/Error.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCsv : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void encodesForExcel()
    {
        const QByteArray bytes = gl::csv::encode({u"Code"_s, u"名称"_s}, {{u"C-001"_s, u"中化建设, \"一期\""_s}});
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(QString::fromUtf8(bytes.mid(3)), u"Code,名称\r\nC-001,\"中化建设, \"\"一期\"\"\"\r\n"_s);
        QCOMPARE(gl::csv::field(u"plain"_s), u"plain"_s);
        QCOMPARE(gl::csv::field(u"a\nb"_s), u"\"a\nb\""_s);
        QCOMPARE(gl::csv::field(u" padded"_s), u"\" padded\""_s);
        QCOMPARE(gl::csv::field(QString()), QString());
    }

    // Issue #18: a cell a spreadsheet would run as a formula (OWASP CSV injection) is exported as text.
    void neutralizesFormulas_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("=") << u"=HYPERLINK(\"http://x\",\"y\")"_s << u"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""_s;
        QTest::newRow("+") << u"+cmd|' /C calc'!A0"_s << u"'+cmd|' /C calc'!A0"_s;
        QTest::newRow("-") << u"-2+3+cmd|' /C calc'!A0"_s << u"'-2+3+cmd|' /C calc'!A0"_s;
        QTest::newRow("@") << u"@SUM(1+1)"_s << u"'@SUM(1+1)"_s;
        QTest::newRow("tab") << u"\t=1+1"_s << u"'\t=1+1"_s;
        QTest::newRow("CR") << u"\r=1+1"_s << u"\"'\r=1+1\""_s;
        QTest::newRow("negative number stays") << u"-12.5"_s << u"-12.5"_s;
        QTest::newRow("signed exponent stays") << u"+1e-3"_s << u"+1e-3"_s;
        QTest::newRow("inner = is text already") << u"a=b"_s << u"a=b"_s;
        QTest::newRow("Chinese") << u"=动火作业"_s << u"'=动火作业"_s;
    }
    void neutralizesFormulas()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(gl::csv::field(value), written);
        const QByteArray bytes = gl::csv::encode({u"h"_s}, {{value}});
        QCOMPARE(QString::fromUtf8(bytes.mid(3)), u"h\r\n"_s + written + u"\r\n"_s);
    }

    void roundTrips()
    {
        const QStringList header = {u"Hazard"_s, u"Description"_s, u"Area, zone"_s, u"隐患描述"_s};
        const QList<QStringList> rows = {
            {u"H-1"_s, u"Guard \"missing\" on pump P-101"_s, u"CA1, north"_s, u"泵P-101防护罩缺失"_s},
            {u"H-2"_s, u"line one\nline two\r\nline three"_s, QString(), u"整改期限：3天，复查\"合格\""_s},
            {u"H-3"_s, u","_s, u"\""_s, u" 前后空格 "_s},
            {QString(), QString(), QString(), QString()},
        };
        const QByteArray bytes = gl::csv::encode(header, rows);
        const QList<QStringList> back = gl::csv::parse(bytes);
        QCOMPARE(back.size(), rows.size() + 1);
        QCOMPARE(back.first(), header);
        for (qsizetype i = 0; i < rows.size(); ++i)
            QCOMPARE(back[i + 1], rows[i]);
    }

    void refusesAnOpenQuote()
    {
        try {
            gl::csv::parse("a,b\r\n\"open,c\r\n", u"x.csv"_s);
            QFAIL("an unterminated quote was accepted");
        } catch (const gl::Error &e) {
            QCOMPARE(e.code(), gl::ErrorCode::BadInput);
            QVERIFY2(e.message().contains(u"x.csv: line 2"_s), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
