// SPDX-License-Identifier: Apache-2.0
#include "modules/admission/logic/ExpiryTasks.h"
#include "modules/admission/logic/AdmissionDocuments.h"
#include "modules/permits/gb30871/Gb30871Rules.h"
#include "platform/store/Database.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace gl {

QStringList ExpiryTasks::raiseExpiryTasks(QDate today)
{
    require(u"contractor.edit"_s);
    const QString horizon = iso(today.addDays(config().taskLeadDays));
    struct Due {
        QString key, kind, object, title, dueOn, contractorCode, personCode;
        QVariant contractorId, personId;
        QString titleZh; ///< the title in Chinese, shown in a zh interface (issue 16 item 9)
    };
    QList<Due> due;
    // The Chinese names of document kinds and of certificate kinds (the work types of GB 30871).
    auto documentZh = [](const QString &kind) {
        static const QHash<QString, QString> names{{u"business_licence"_s, u"营业执照"_s}, {u"qualification"_s, u"资质证书"_s},
                                                   {u"injury_insurance"_s, u"工伤保险缴费证明"_s}, {u"hse_agreement"_s, u"安全生产(HSE)协议"_s}};
        return names.value(kind, kind);
    };
    auto certificateZh = [](const QString &kind) { return permits::typeNameZh(kind); };
    {
        QSqlQuery q = db().exec(u"SELECT d.id, d.kind, d.expires_on, c.id, c.code, d.file_name FROM contractor_documents d "
                                "JOIN contractors c ON c.id = d.contractor_id WHERE d.superseded_at IS NULL AND d.expires_on IS NOT NULL "
                                "AND d.expires_on <= ? AND c.status <> 'suspended'"_s,
                                {horizon});
        while (q.next())
            due << Due{u"doc:%1:%2"_s.arg(q.value(0).toLongLong()).arg(q.value(2).toString()), u"document_expiry"_s, q.value(1).toString(),
                       u"Renew the %1 of %2 (%3 expires %4)"_s.arg(q.value(1).toString(), q.value(4).toString(), q.value(5).toString(),
                                                                   q.value(2).toString()),
                       q.value(2).toString(), q.value(4).toString(), {}, q.value(3), {},
                       u"更新 %2 的%1（%3 于 %4 到期）"_s.arg(documentZh(q.value(1).toString()), q.value(4).toString(), q.value(5).toString(),
                                                         q.value(2).toString())};
    }
    {
        QSqlQuery q = db().exec(u"SELECT c.id, c.code FROM contractors c WHERE c.status <> 'suspended' ORDER BY c.code"_s);
        QList<std::pair<qint64, QString>> cs;
        const AdmissionDocuments documents(m_ctx, config());
        while (q.next())
            cs << std::pair{q.value(0).toLongLong(), q.value(1).toString()};
        q.finish();
        for (const auto &[id, code] : cs)
            for (const QString &kind : documents.missingDocuments(code))
                due << Due{u"missing:%1:%2"_s.arg(code, kind), u"document_missing"_s, kind,
                           u"%1 has no %2 document: upload it before its workers may work"_s.arg(code, kind), iso(today), code, {}, id, {},
                           u"%1 缺少%2：上传后其人员方可作业"_s.arg(code, documentZh(kind))};
    }
    {
        QSqlQuery q = db().exec(u"SELECT ce.id, ce.kind, ce.number, ce.expires_on, p.id, p.code, c.id, c.code FROM certificates ce "
                                "JOIN people p ON p.id = ce.person_id JOIN contractors c ON c.id = p.contractor_id "
                                "WHERE ce.expires_on <= ? AND ce.expires_on >= ?"_s,
                                {horizon, iso(today.addDays(-config().taskLeadDays))});
        while (q.next())
            due << Due{u"cert:%1:%2"_s.arg(q.value(0).toLongLong()).arg(q.value(3).toString()), u"certificate_expiry"_s,
                       q.value(1).toString(),
                       u"Certificate %1 (%2) of %3 (%4) expires %5"_s.arg(q.value(2).toString(), q.value(1).toString(), q.value(5).toString(),
                                                                        q.value(7).toString(), q.value(3).toString()),
                       q.value(3).toString(), q.value(7).toString(), q.value(5).toString(), q.value(6), q.value(4),
                       u"%3（%4）的%2证书 %1 于 %5 到期"_s.arg(q.value(2).toString(), certificateZh(q.value(1).toString()), q.value(5).toString(),
                                                          q.value(7).toString(), q.value(3).toString())};
    }
    QStringList raised;
    for (const Due &d : std::as_const(due)) {
        if (db().scalar(u"SELECT count(*) FROM contractor_tasks WHERE task_key = ?"_s, {d.key}).toInt() > 0)
            continue;
        Transaction tx(db());
        db().insert(u"contractor_tasks"_s, {{u"task_key"_s, d.key}, {u"kind"_s, d.kind}, {u"contractor_id"_s, d.contractorId},
                                            {u"person_id"_s, d.personId}, {u"object_ref"_s, d.object}, {u"title"_s, d.title},
                                            {u"due_on"_s, d.dueOn}, {u"state"_s, u"open"_s}, {u"created_at"_s, now()},
                                            {u"title_zh"_s, d.titleZh.isEmpty() ? QVariant() : QVariant(d.titleZh)}});
        audit(u"contractor.task.raise"_s, d.personCode.isEmpty() ? u"contractor"_s : u"person"_s,
              d.personCode.isEmpty() ? d.contractorCode : d.personCode,
              {{u"kind"_s, d.kind}, {u"object"_s, d.object}, {u"due_on"_s, d.dueOn}, {u"title"_s, d.title}});
        tx.commit();
        raised << d.key;
    }
    return raised;
}

Table ExpiryTasks::tasks(bool openOnly) const
{
    require(u"data.read"_s);
    Table t{{u"id"_s, u"kind"_s, u"contractor"_s, u"person"_s, u"object"_s, u"title"_s, u"due_on"_s, u"state"_s, u"created_at"_s,
             u"title_zh"_s}, {}};
    QSqlQuery q = db().exec(u"SELECT t.id, t.kind, c.code, p.code, t.object_ref, t.title, t.due_on, t.state, t.created_at, t.title_zh "
                            "FROM contractor_tasks t LEFT JOIN contractors c ON c.id = t.contractor_id "
                            "LEFT JOIN people p ON p.id = t.person_id %1 ORDER BY t.due_on, t.id"_s
                                .arg(openOnly ? u"WHERE t.state = 'open'"_s : QString()));
    return tableOf(q, t.columns);
}

void ExpiryTasks::closeTask(qint64 id)
{
    require(u"contractor.edit"_s);
    Transaction tx(db());
    const QString key = db().scalar(u"SELECT task_key FROM contractor_tasks WHERE id = ?"_s, {id}).toString();
    if (key.isEmpty())
        fail(ErrorCode::NotFound, u"task %1 does not exist"_s.arg(id));
    db().exec(u"UPDATE contractor_tasks SET state = 'done', closed_at = ? WHERE id = ?"_s, {now(), id});
    audit(u"contractor.task.close"_s, u"task"_s, key, {});
    tx.commit();
}

} // namespace gl
