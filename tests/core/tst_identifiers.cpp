// SPDX-License-Identifier: Apache-2.0
#include "platform/domain/Identifiers.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;

class TestIdentifiers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void creditCode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::newRow("valid-public-example") << u"91350100M000100Y43"_s << true;
        QTest::newRow("valid-2") << u"91110000600037341L"_s << true;
        QTest::newRow("wrong-check") << u"91350100M000100Y44"_s << false;
        QTest::newRow("forbidden-letter-O") << u"91350100O000100Y43"_s << false;
        QTest::newRow("too-short") << u"9135010"_s << false;
    }
    void creditCode()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QCOMPARE(ids::checkCreditCode(code).isEmpty(), valid);
    }

    void residentId_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("valid-X") << u"11010519491231002X"_s << true << QString();
        QTest::newRow("valid-digit") << u"440524188001010014"_s << false << u"out of range"_s; // born 1880
        QTest::newRow("wrong-check") << u"110105194912310021"_s << false << u"check digit"_s;
        QTest::newRow("bad-date") << u"110105194902300025"_s << false << u"not a valid date"_s;
        QTest::newRow("letters") << u"1101051949123100AX"_s << false << u"digit"_s;
    }
    void residentId()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QFETCH(QString, reasonPart);
        const QString why = ids::checkResidentId(id, QDate(2026, 11, 28));
        QCOMPARE(why.isEmpty(), valid);
        if (!valid)
            QVERIFY2(why.contains(reasonPart), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestIdentifiers)
#include "tst_identifiers.moc"
