// SPDX-License-Identifier: Apache-2.0
#include "modules/admission/logic/RegistryCheck.h"
#include "modules/admission/logic/AdmissionPlugins.h"
#include "platform/domain/Identifiers.h"
#include "platform/store/Database.h"

#include <QMetaObject>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace gl {

namespace {

QString registryStateKey(sdk::RegistryAnswer::State s)
{
    switch (s) {
    case sdk::RegistryAnswer::State::Verified: return u"verified"_s;
    case sdk::RegistryAnswer::State::Mismatch: return u"mismatch"_s;
    case sdk::RegistryAnswer::State::NotFound: return u"mismatch"_s;
    case sdk::RegistryAnswer::State::Unverified: break;
    }
    return u"unverified"_s;
}

} // namespace

RegistryRun RegistryCheck::verifyRegistry(QStringList codes, const QString &registryUrl)
{
    RegistryPlan plan = planRegistry(std::move(codes), registryUrl);
    lookUp(plan);
    return storeRegistry(plan);
}

RegistryPlan RegistryCheck::planRegistry(QStringList codes, const QString &registryUrl) const
{
    require(u"contractor.edit"_s);
    RegistryPlan plan;
    plan.settings = config().registry;
    if (!registryUrl.isEmpty())
        plan.settings.insert(u"url"_s, registryUrl);
    if (sdk::AdmissionFactory *factory = admissionFactory(&plan.offline)) {
        const std::unique_ptr<sdk::RegistryVerifier> verifier(factory->createRegistryVerifier());
        if (!verifier)
            plan.offline = u"the admission connector plugin '%1' has no registry verifier"_s.arg(factory->kind());
        else if (const QString bad = verifier->configure(plan.settings); !bad.isEmpty())
            plan.offline = bad;
        else
            plan.factory = factory;
    }
    if (codes.isEmpty())
        for (QSqlQuery q = db().exec(u"SELECT code FROM contractors ORDER BY code"_s); q.next();)
            codes << q.value(0).toString();
    const QString url = plan.settings.value(u"url"_s).toString();
    plan.source = url.isEmpty() ? u"none"_s : url;
    for (const QString &c : std::as_const(codes))
        plan.items << readContractor(c);
    return plan;
}

void RegistryCheck::lookUp(RegistryPlan &plan, int parallel)
{
    if (!plan.factory)
        return;
    QList<RegistryItem *> ask;
    for (RegistryItem &item : plan.items)
        if (item.invalid.isEmpty() && item.cached.isEmpty())
            ask << &item;
    if (ask.isEmpty())
        return;
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, parallel));
    for (RegistryItem *item : std::as_const(ask)) {
        std::shared_ptr<sdk::RegistryVerifier> verifier(plan.factory->createRegistryVerifier());
        verifier->configure(plan.settings); // accepted by planRegistry
        pool.start([verifier, item] {
            item->answer = verifier->verify(item->creditCode, item->name);
            item->asked = true;
        });
    }
    pool.waitForDone();
}

void RegistryCheck::lookUpInBackground(RegistryPlan plan, QObject *receiver, std::function<void(RegistryPlan)> done)
{
    QThread *thread = QThread::create([plan = std::move(plan), r = QPointer<QObject>(receiver), done = std::move(done)]() mutable {
        lookUp(plan);
        if (r)
            QMetaObject::invokeMethod(r.data(), [plan = std::move(plan), done = std::move(done)]() mutable { done(std::move(plan)); },
                                      Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

RegistryRun RegistryCheck::storeRegistry(const RegistryPlan &plan)
{
    require(u"contractor.edit"_s);
    RegistryRun run;
    run.offline = plan.offline;
    for (const RegistryItem &item : plan.items)
        run.results << storeItem(item, plan.source);
    return run;
}

QJsonObject RegistryCheck::verifyContractor(const QString &contractorCode, sdk::RegistryVerifier *verifier, const QString &source)
{
    require(u"contractor.edit"_s);
    RegistryItem item = readContractor(contractorCode);
    if (verifier && item.invalid.isEmpty() && item.cached.isEmpty()) {
        item.answer = verifier->verify(item.creditCode, item.name);
        item.asked = true;
    }
    return storeItem(item, source);
}

RegistryItem RegistryCheck::readContractor(const QString &contractorCode) const
{
    QSqlQuery q = db().exec(u"SELECT id, credit_code, name FROM contractors WHERE code = ?"_s, {contractorCode});
    if (!q.next())
        fail(ErrorCode::NotFound, u"contractor '%1' does not exist"_s.arg(contractorCode));
    RegistryItem item;
    item.code = contractorCode;
    item.contractorId = q.value(0).toLongLong();
    item.creditCode = q.value(1).toString();
    item.name = q.value(2).toString();
    q.finish();
    item.invalid = ids::checkCreditCode(item.creditCode);
    if (!item.invalid.isEmpty())
        return item;
    QSqlQuery c = db().exec(u"SELECT state, licence_status, registered_name, checked_at, detail FROM registry_checks "
                            "WHERE contractor_id = ? AND state IN ('verified','mismatch') AND checked_at >= ? ORDER BY checked_at DESC LIMIT 1"_s,
                            {item.contractorId, now() - qint64(config().registryCacheHours) * 3600000});
    if (c.next())
        item.cached = {{u"contractor"_s, contractorCode}, {u"credit_code"_s, item.creditCode}, {u"state"_s, c.value(0).toString()},
                       {u"licence_status"_s, c.value(1).toString()}, {u"registered_name"_s, c.value(2).toString()},
                       {u"checked_at"_s, c.value(3).toLongLong()}, {u"detail"_s, c.value(4).toString()}, {u"cached"_s, true}};
    return item;
}

QJsonObject RegistryCheck::storeItem(const RegistryItem &item, const QString &source)
{
    if (!item.cached.isEmpty())
        return item.cached;
    QJsonObject out{{u"contractor"_s, item.code}, {u"credit_code"_s, item.creditCode}};
    auto store = [&](const QString &state, const QString &licence, const QString &registered, const QString &detail, const QString &from) {
        Transaction tx(db());
        db().insert(u"registry_checks"_s, {{u"contractor_id"_s, item.contractorId}, {u"credit_code"_s, item.creditCode}, {u"state"_s, state},
                                           {u"licence_status"_s, licence}, {u"registered_name"_s, registered}, {u"source"_s, from},
                                           {u"checked_at"_s, now()}, {u"detail"_s, detail}});
        audit(u"contractor.registry.check"_s, u"contractor"_s, item.code,
              {{u"state"_s, state}, {u"licence_status"_s, licence}, {u"source"_s, from}, {u"detail"_s, detail}});
        tx.commit();
        out.insert(u"state"_s, state);
        out.insert(u"licence_status"_s, licence);
        out.insert(u"registered_name"_s, registered);
        out.insert(u"detail"_s, detail);
        out.insert(u"checked_at"_s, now());
        out.insert(u"cached"_s, false);
    };
    if (!item.invalid.isEmpty()) {
        store(u"invalid"_s, {}, {}, u"credit code fails GB 32100: %1 (the registry was not asked)"_s.arg(item.invalid), u"checksum"_s);
        return out;
    }
    if (!item.asked) {
        store(u"unverified"_s, {}, {}, u"no registry service is configured or reachable"_s, source);
        return out;
    }
    const sdk::RegistryAnswer &a = item.answer;
    QString state = registryStateKey(a.state), detail = a.detail;
    if (a.state == sdk::RegistryAnswer::State::Verified && !a.licenceStatus.isEmpty() && a.licenceStatus != u"active"_s) {
        state = u"mismatch"_s;
        detail = u"the registry lists the licence as '%1'"_s.arg(a.licenceStatus);
    }
    store(state, a.licenceStatus, a.registeredName, detail, source);
    out.insert(u"attempts"_s, a.attempts);
    return out;
}

Table RegistryCheck::registryChecks() const
{
    require(u"data.read"_s);
    Table t{{u"contractor"_s, u"state"_s, u"licence_status"_s, u"registered_name"_s, u"checked_at"_s, u"detail"_s}, {}};
    QSqlQuery q = db().exec(u"SELECT c.code, r.state, r.licence_status, r.registered_name, r.checked_at, r.detail FROM registry_checks r "
                            "JOIN contractors c ON c.id = r.contractor_id WHERE r.id = (SELECT max(r2.id) FROM registry_checks r2 "
                            "WHERE r2.contractor_id = r.contractor_id) ORDER BY c.code"_s);
    return tableOf(q, t.columns);
}

} // namespace gl
