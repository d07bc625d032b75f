// SPDX-License-Identifier: Apache-2.0
// Issue 16 item 9, the operator's language: a rule with a Chinese title (`name_zh`, the dispatch action's
// `text_zh`) raises an alarm whose message and order title are kept in both languages; the data thread's
// snapshot shows the Chinese texts in a zh interface and the English ones otherwise. Real store, the
// default rules file, the real data thread. The texts the services compose and store (an overdue hazard's
// dispatch order, a re-inspection task, a contractor document task, a rule's notification and
// instruction) follow it too, on data created through the services with a ManualClock.
#include "../telemetry/TelemetryFixture.h"
#include "demo/DemoLayout.h"
#include "demo/DemoPhotos.h"
#include "modules/admission/logic/ContractorService.h"
#include "modules/admission/logic/ExpiryTasks.h"
#include "modules/dispatch/logic/ProcedureService.h"
#include "modules/hazards/logic/HazardPhotos.h"
#include "modules/hazards/logic/HazardService.h"
#include "modules/hazards/photo/VisionInspector.h"
#include "modules/site/layout/SiteLayout.h"
#include "modules/telemetry/logic/TelemetryService.h"
#include "modules/telemetry/rules/Rule.h"
#include "platform/auth/UserService.h"
#include "platform/domain/Identifiers.h"
#include "shell/DataWorker.h"
#include "shell/UiLanguage.h"

#include <QFile>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <QTranslator>

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

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

/// Column `column` of every row of `t` whose column `key` is `value`.
QStringList cells(const Table &t, const QString &column, const QString &key, const QString &value)
{
    QStringList out;
    const int c = t.column(column), k = t.column(key);
    for (const QVariantList &r : t.rows)
        if (r.value(k).toString() == value)
            out << r.value(c).toString();
    return out;
}

/// The data thread, closed and stopped at the end of the scope (also when a check fails early).
struct Worker {
    QThread thread;
    ui::DataWorker *worker = new ui::DataWorker;
    ui::SnapshotPtr last;
    Worker()
    {
        worker->moveToThread(&thread);
        thread.start();
    }
    ~Worker()
    {
        QMetaObject::invokeMethod(worker, &ui::DataWorker::close, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
        delete worker;
    }
};
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

    void composedTextsFollowTheInterfaceLanguage()
    {
        test::TestDb t(Backend::Sqlite);
        QVERIFY(t.available());
        constexpr qint64 kHour = 3600'000;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 start = now - 100 * kHour; // the hazards are reported 100 h ago, on the ManualClock
        qint64 notifyAlarm = 0, instruction = 0;
        QString contractorTask, expires, skippedOrder, stepEn, stepZh;
        {
            auto db = t.open();
            test::loadTelemetrySite(*db, now);
            ManualClock clock(start);
            ServiceContext ctx{*db, Actor::system(u"test"_s), &clock};
            auto as = [&](const QString &user) { ctx.actor = UserService::actorFor(*db, user); };
            const site::SiteLayout layout = site::SiteLayout::parse(demo::demoLayoutJson(), u"demo"_s);
            db->exec(u"INSERT INTO people (code, name, kind, job) VALUES ('P-001', 'P-001', 'employee', 'fitter')"_s);
            hazards::installVisionInspector();
            QVERIFY(photoInspector());
            const QByteArray face = readFile(QStringLiteral(GUARDLINE_TEST_DATA "/vision/face.jpg"));
            auto input = [&](const QString &code, int variant, int eq, const QString &description) {
                HazardInput in;
                in.code = code;
                in.category = u"equipment"_s;
                in.description = description;
                in.equipmentQr = layout.equipment.at(eq).qr;
                in.responsibleCode = u"P-001"_s;
                in.defectRegion = demo::demoDefectRegion(variant);
                in.panorama = {demo::demoPhoto(u"panorama"_s, variant, layout.equipment.at(eq).area, true, start - 60000), u"pano.jpg"_s};
                in.defect = {demo::demoPhoto(u"defect"_s, variant, layout.equipment.at(eq).qr, true, start - 30000), u"defect.jpg"_s};
                in.face = {face, u"face.jpg"_s};
                return in;
            };
            // HZ-1 past its deadline: escalated to a dispatch order. HZ-2 closed: re-inspected by its reporter (root) 72 h later.
            as(u"root"_s);
            HazardService(ctx).report(input(u"HZ-1"_s, 3, 2, u"Coupling guard missing"_s));
            HazardService(ctx).assign(u"HZ-1"_s, u"P-001"_s, start + 2 * kHour);
            HazardService(ctx).report(input(u"HZ-2"_s, 2, 1, u"Handrail loose"_s));
            HazardService(ctx).assign(u"HZ-2"_s, u"P-001"_s);
            as(u"demo.supervisor.ch2"_s);
            HazardService(ctx).apply(u"HZ-2"_s, u"start"_s);
            const PhotoCheck fixed = HazardService(ctx).submitRectification(
                u"HZ-2"_s, {demo::demoPhoto(u"after"_s, 2, layout.equipment.at(1).qr, false, clock.nowMs()), u"after.jpg"_s});
            QVERIFY2(fixed.passed, qPrintable(fixed.reason));
            as(u"demo.ehs"_s);
            QCOMPARE(HazardService(ctx).apply(u"HZ-2"_s, u"accept"_s), u"closed"_s);
            clock.set(now);
            ctx.actor = Actor::system(u"hazard-overdue"_s);
            QCOMPARE(HazardService(ctx).escalateOverdue(), QStringList{u"HZ-1"_s});
            QCOMPARE(HazardService(ctx).createReinspectionTasks(), QStringList{u"HZ-2"_s});

            // A contractor whose business licence expires in 10 days (on the site's calendar): the coordinator's task.
            ctx.actor = Actor::system(u"test"_s);
            const QDate today = QDateTime::fromMSecsSinceEpoch(now, QTimeZone("Asia/Shanghai")).date();
            const QString first17 = u"91320581MA1000001"_s;
            ContractorService(ctx).registerContractor({u"C-1"_s, u"Contractor One"_s, {}, first17 + ids::creditCodeCheckChar(first17),
                                                       u"maintenance"_s, {}, today.addYears(-1)});
            ContractorService(ctx).addDocument(u"C-1"_s, {u"business_licence"_s, u"licence.pdf"_s, {}, QString(64, u'0'), today.addDays(-300),
                                                          today.addDays(10), {}, {}});
            ctx.actor = Actor::system(u"contractor-expiry"_s);
            ExpiryTasks(ctx).raiseExpiryTasks(today);
            expires = today.addDays(10).toString(Qt::ISODate);
            contractorTask = u"Renew the business_licence of C-1 (licence.pdf expires %1)"_s.arg(expires);
            QCOMPARE(db->scalar(u"SELECT count(*) FROM contractor_tasks WHERE title = ?"_s, {contractorTask}).toInt(), 1);

            // A rule's notify action to root and its instruction, each with text and text_zh.
            // (Its id is one the casting procedure is attached to: a step of it is skipped below.)
            const rules::RuleSet set = rules::parseRules(R"({"rules":[{"id":"casting-co-fan","severity":"high",
                "all_of":[{"tag":"CH2.CO_ppm","op":"gt","value":50}],
                "actions":[{"type":"notify","to":"root","text":"CO high in casting house 2","text_zh":"二号铸造车间一氧化碳偏高"},
                           {"type":"instruction","target":"casting-house-2","text":"HALT POUR","text_zh":"停止浇注"}]}]})",
                                                         u"rules.json"_s);
            ctx.actor = Actor::system(u"rules"_s);
            const RuleAlarm a = TelemetryService(ctx).raiseFromRule(set.rules.first(), now, u"CH2.CO_ppm"_s, 60);
            notifyAlarm = a.alarmId;
            QCOMPARE(a.commands.size(), 1);
            instruction = a.commands.first().instructionId;
            // A skipped procedure step: the skipped-steps table shows its text in the interface language.
            as(u"demo.dispatcher"_s);
            ProcedureService(ctx).markStep(a.orderCode, 2, u"skipped"_s, u"ladle already empty"_s);
            skippedOrder = a.orderCode;
            QSqlQuery q = db->exec(u"SELECT s.text_en, s.text_zh FROM order_steps s JOIN dispatch_orders o ON o.id = s.order_id "
                                   "WHERE o.code = ? AND s.seq = 2"_s, {a.orderCode});
            QVERIFY(q.next());
            stepEn = q.value(0).toString();
            stepZh = q.value(1).toString();
            QVERIFY(!stepEn.isEmpty() && !stepZh.isEmpty() && stepEn != stepZh);
        }

        Worker w;
        connect(w.worker, &ui::DataWorker::snapshotReady, this, [&](const ui::SnapshotPtr &s) { w.last = s; });
        const QString url = t.url();
        // The zh interface: its translator (the inbox's words) and its language (the stored Chinese texts).
        auto *zh = new QTranslator(this);
        QVERIFY(zh->load(u":/i18n/guardline_zh_CN.qm"_s));
        QCoreApplication::installTranslator(zh);
        ui::setUiLanguage(u"zh_CN"_s);
        QMetaObject::invokeMethod(w.worker, [worker = w.worker, url] { worker->open(url, false, u"root"_s, u"a long enough password"_s); });
        QTRY_VERIFY_WITH_TIMEOUT(w.last, 20000);
        ui::SnapshotPtr s = w.last;
        const QString alarm = QString::number(notifyAlarm);
        QCOMPARE(cell(s->orders, u"title"_s, u"code"_s, u"ESC-HZ-1"_s), u"逾期隐患 HZ-1（一般）：Coupling guard missing"_s);
        QCOMPARE(cell(s->inbox, u"title"_s, u"object_id"_s, u"HZ-2"_s), u"复查：Handrail loose"_s);
        // C-1's tasks: the licence to renew, and the three documents it lacks.
        QStringList c1 = cells(s->inbox, u"title"_s, u"object_id"_s, u"C-1"_s);
        QVERIFY2(c1.contains(u"更新 C-1 的营业执照（licence.pdf 于 %1 到期）"_s.arg(expires)), qPrintable(c1.join(u" | "_s)));
        QVERIFY2(c1.contains(u"C-1 缺少资质证书：上传后其人员方可作业"_s), qPrintable(c1.join(u" | "_s)));
        QCOMPARE(cell(s->inbox, u"title"_s, u"object_id"_s, alarm), u"二号铸造车间一氧化碳偏高（高）"_s);
        QCOMPARE(cell(s->inbox, u"kind"_s, u"object_id"_s, alarm), u"alarm"_s);
        QCOMPARE(cell(s->notifications, u"text"_s, u"object_id"_s, alarm), u"二号铸造车间一氧化碳偏高（高）"_s);
        QCOMPARE(cell(s->instructions, u"text"_s, u"id"_s, QString::number(instruction)), u"停止浇注"_s);
        QCOMPARE(cell(s->skippedSteps, u"text_en"_s, u"order"_s, skippedOrder), stepZh);

        // The en interface: the same rows in English (the overdue order's grade in English too).
        QCoreApplication::removeTranslator(zh);
        ui::setUiLanguage(u"en"_s);
        w.last.reset();
        QMetaObject::invokeMethod(w.worker, &ui::DataWorker::refresh);
        QTRY_VERIFY_WITH_TIMEOUT(w.last, 20000);
        s = w.last;
        QCOMPARE(cell(s->orders, u"title"_s, u"code"_s, u"ESC-HZ-1"_s), u"Overdue hazard HZ-1 (general): Coupling guard missing"_s);
        QCOMPARE(cell(s->inbox, u"title"_s, u"object_id"_s, u"HZ-2"_s), u"re-inspection: Handrail loose"_s);
        c1 = cells(s->inbox, u"title"_s, u"object_id"_s, u"C-1"_s);
        QVERIFY2(c1.contains(contractorTask), qPrintable(c1.join(u" | "_s)));
        QVERIFY2(c1.contains(u"C-1 has no qualification document: upload it before its workers may work"_s), qPrintable(c1.join(u" | "_s)));
        QCOMPARE(cell(s->inbox, u"title"_s, u"object_id"_s, alarm), u"CO high in casting house 2 (high)"_s);
        QCOMPARE(cell(s->notifications, u"text"_s, u"object_id"_s, alarm), u"CO high in casting house 2 (high)"_s);
        QCOMPARE(cell(s->instructions, u"text"_s, u"id"_s, QString::number(instruction)), u"HALT POUR"_s);
        QCOMPARE(cell(s->skippedSteps, u"text_en"_s, u"order"_s, skippedOrder), stepEn);
    }
};

QTEST_MAIN(TestOperatorLanguage)
#include "tst_operator_language.moc"
