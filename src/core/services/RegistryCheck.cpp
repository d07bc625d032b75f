// SPDX-License-Identifier: Apache-2.0
#include "core/services/RegistryCheck.h"
#include "core/domain/Identifiers.h"
#include "core/plugins/AdmissionPlugins.h"
#include "core/store/Database.h"

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
    require(u"contractor.edit"_s);
    QJsonObject settings = config().registry;
    if (!registryUrl.isEmpty())
        settings.insert(u"url"_s, registryUrl);
    RegistryRun run;
    std::unique_ptr<sdk::RegistryVerifier> verifier;
    if (sdk::AdmissionFactory *factory = admissionFactory(&run.offline)) {
        verifier.reset(factory->createRegistryVerifier());
        if (const QString bad = verifier->configure(settings); !bad.isEmpty()) {
            run.offline = bad;
            verifier.reset();
        }
    }
    if (codes.isEmpty())
        for (QSqlQuery q = db().exec(u"SELECT code FROM contractors ORDER BY code"_s); q.next();)
            codes << q.value(0).toString();
    const QString source = settings.value(u"url"_s).toString();
    for (const QString &c : std::as_const(codes))
        run.results << verifyContractor(c, verifier.get(), source.isEmpty() ? u"none"_s : source);
    return run;
}

QJsonObject RegistryCheck::verifyContractor(const QString &contractorCode, sdk::RegistryVerifier *verifier, const QString &source)
{
    require(u"contractor.edit"_s);
    QSqlQuery q = db().exec(u"SELECT id, credit_code, name FROM contractors WHERE code = ?"_s, {contractorCode});
    if (!q.next())
        fail(ErrorCode::NotFound, u"contractor '%1' does not exist"_s.arg(contractorCode));
    const qint64 cid = q.value(0).toLongLong();
    const QString credit = q.value(1).toString(), name = q.value(2).toString();
    q.finish();
    QJsonObject out{{u"contractor"_s, contractorCode}, {u"credit_code"_s, credit}};
    auto store = [&](const QString &state, const QString &licence, const QString &registered, const QString &detail, const QString &from) {
        Transaction tx(db());
        db().insert(u"registry_checks"_s, {{u"contractor_id"_s, cid}, {u"credit_code"_s, credit}, {u"state"_s, state},
                                           {u"licence_status"_s, licence}, {u"registered_name"_s, registered}, {u"source"_s, from},
                                           {u"checked_at"_s, now()}, {u"detail"_s, detail}});
        audit(u"contractor.registry.check"_s, u"contractor"_s, contractorCode,
              {{u"state"_s, state}, {u"licence_status"_s, licence}, {u"source"_s, from}, {u"detail"_s, detail}});
        tx.commit();
        out.insert(u"state"_s, state);
        out.insert(u"licence_status"_s, licence);
        out.insert(u"registered_name"_s, registered);
        out.insert(u"detail"_s, detail);
        out.insert(u"checked_at"_s, now());
        out.insert(u"cached"_s, false);
    };
    if (const QString why = ids::checkCreditCode(credit); !why.isEmpty()) {
        store(u"invalid"_s, {}, {}, u"credit code fails GB 32100: %1 (the registry was not asked)"_s.arg(why), u"checksum"_s);
        return out;
    }
    QSqlQuery c = db().exec(u"SELECT state, licence_status, registered_name, checked_at, detail FROM registry_checks "
                            "WHERE contractor_id = ? AND state IN ('verified','mismatch') AND checked_at >= ? ORDER BY checked_at DESC LIMIT 1"_s,
                            {cid, now() - qint64(config().registryCacheHours) * 3600000});
    if (c.next()) {
        out.insert(u"state"_s, c.value(0).toString());
        out.insert(u"licence_status"_s, c.value(1).toString());
        out.insert(u"registered_name"_s, c.value(2).toString());
        out.insert(u"checked_at"_s, c.value(3).toLongLong());
        out.insert(u"detail"_s, c.value(4).toString());
        out.insert(u"cached"_s, true);
        return out;
    }
    c.finish();
    if (!verifier) {
        store(u"unverified"_s, {}, {}, u"no registry service is configured or reachable"_s, source);
        return out;
    }
    const sdk::RegistryAnswer a = verifier->verify(credit, name);
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
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < 6; ++i)
            row << q.value(i);
        t.rows << row;
    }
    return t;
}

} // namespace gl
