// SPDX-License-Identifier: Apache-2.0
// Issue 16 item 9, the operator's language: a rule with a Chinese title (`name_zh`, the dispatch action's
// `text_zh`) raises an alarm whose message and order title are kept in both languages; the data thread's
// snapshot shows the Chinese texts in a zh interface and the English ones otherwise. Real store, the
// default rules file, the real data thread.
#include "../telemetry/TelemetryFixture.h"
#include "core/rules/Rule.h"
#include "core/services/TelemetryService.h"
#include "widgets/DataWorker.h"
#include "widgets/UiLanguage.h"

#include <QFile>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {
QString cell(const Table &t, const QString &column, const QString &key, const QString &value)
{
    const int c = t.column(column), k = t.column(key);
    for (const QVariantList &r : t.rows)
        if (r.value(k).toString() == value)
            return r.value(c).toString();
    return {};
}
} // namespace

class TestOperatorLanguage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void alarmAndOrderTextsFollowTheInterfaceLanguage()
    {
        test::TestDb t(Backend::Sqlite);
        QVERIFY(t.available());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        qint64 alarmId = 0;
        QString order;
        {
            auto db = t.open();
            test::loadTelemetrySite(*db, now);
            QFile f(QStringLiteral(GUARDLINE_SOURCE_DIR "/resources/config/rules-default.json"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const rules::RuleSet set = rules::parseRules(f.readAll(), u"rules-default.json"_s);
            const rules::Rule *silicon = nullptr;
            for (const rules::Rule &r : set.rules)
                if (r.id == u"ch2-hm-si-high"_s)
                    silicon = &r;
            QVERIFY(silicon);
            QCOMPARE(silicon->nameZh, u"铁水硅含量高于 0.80 %(质量随二号铸造车间通风变化)"_s);
            ManualClock clock(now);
            ServiceContext ctx{*db, Actor::system(u"rules"_s), &clock};
            const RuleAlarm a = TelemetryService(ctx).raiseFromRule(*silicon, now, u"CH2.CO_ppm"_s, 0.86);
            alarmId = a.alarmId;
            order = a.orderCode;
            QVERIFY(!order.isEmpty());
            QCOMPARE(db->scalar(u"SELECT message_zh FROM alarms WHERE id = ?"_s, {alarmId}).toString(),
                     u"铁水硅含量高于 0.80 %(质量随二号铸造车间通风变化):CH2.CO_ppm = 0.86 ppm"_s);
            QCOMPARE(db->scalar(u"SELECT title_zh FROM dispatch_orders WHERE code = ?"_s, {order}).toString(),
                     u"硅含量高:检查 CH2 排烟风机记录及近 2 小时 CO 趋势"_s);
            // Escalated: the order is a task in the inbox of whoever manages dispatch (root, the admin).
            db->exec(u"UPDATE dispatch_orders SET escalation_level = 2 WHERE code = ?"_s, {order});
        }

        QThread thread;
        auto *worker = new ui::DataWorker;
        worker->moveToThread(&thread);
        thread.start();
        struct Stop {
            QThread &thread;
            ui::DataWorker *worker;
            ~Stop()
            {
                QMetaObject::invokeMethod(worker, &ui::DataWorker::close, Qt::BlockingQueuedConnection);
                thread.quit();
                thread.wait();
                delete worker;
            }
        } stop{thread, worker};
        ui::SnapshotPtr last;
        connect(worker, &ui::DataWorker::snapshotReady, this, [&](const ui::SnapshotPtr &s) { last = s; });
        const QString url = t.url();

        ui::setUiLanguage(u"zh_CN"_s);
        QMetaObject::invokeMethod(worker, [worker, url] { worker->open(url, false, u"root"_s, u"a long enough password"_s); });
        QTRY_VERIFY_WITH_TIMEOUT(last, 20000);
        QVERIFY2(cell(last->alarms, u"message"_s, u"id"_s, QString::number(alarmId)).startsWith(u"铁水硅含量高于 0.80 %"_s),
                 qPrintable(cell(last->alarms, u"message"_s, u"id"_s, QString::number(alarmId))));
        QCOMPARE(cell(last->orders, u"title"_s, u"code"_s, order), u"硅含量高:检查 CH2 排烟风机记录及近 2 小时 CO 趋势"_s);
        // The inbox's task for the escalated order names it in the interface language too (it was English).
        QVERIFY2(cell(last->inbox, u"title"_s, u"object_id"_s, order).contains(u"硅含量高:检查 CH2 排烟风机记录及近 2 小时 CO 趋势"_s),
                 qPrintable(cell(last->inbox, u"title"_s, u"object_id"_s, order)));

        ui::setUiLanguage(u"en"_s);
        last.reset();
        QMetaObject::invokeMethod(worker, &ui::DataWorker::refresh);
        QTRY_VERIFY_WITH_TIMEOUT(last, 20000);
        QVERIFY(cell(last->alarms, u"message"_s, u"id"_s, QString::number(alarmId)).startsWith(u"Hot-metal silicon above 0.80 %"_s));
        QCOMPARE(cell(last->orders, u"title"_s, u"code"_s, order), u"Silicon high: check the CH2 fume fan log and CO trend of the last 2 h"_s);
        QVERIFY(cell(last->inbox, u"title"_s, u"object_id"_s, order).contains(u"Silicon high: check the CH2 fume fan log"_s));
    }
};

QTEST_MAIN(TestOperatorLanguage)
#include "tst_operator_language.moc"
