// SPDX-License-Identifier: Apache-2.0
// Registry verification through the admission connector plugin against registry servers started here:
// verified, name mismatch, revoked licence, not registered, retries after server errors, timeouts and an
// unreachable registry ("unverified" with the reason), cached answers with their time, and the GB 32100
// checksum checked before any call.
#include "AdmissionFixture.h"
#include "modules/admission/logic/AdmissionPlugins.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;
using namespace gl::test;

class TestContractorRegistry : public QObject {
    Q_OBJECT

    sdk::AdmissionFactory *factory = nullptr;
    QHttpServer server;
    quint16 port = 0;
    int requests = 0, flaky = 0;
    QHash<QString, QJsonObject> registry;

    std::unique_ptr<sdk::RegistryVerifier> verifier(int timeoutMs = 2000, int retries = 2, quint16 at = 0)
    {
        std::unique_ptr<sdk::RegistryVerifier> v(factory->createRegistryVerifier());
        const QString bad = v->configure({{u"url"_s, u"http://127.0.0.1:%1/registry"_s.arg(at ? at : port)}, {u"timeout_ms"_s, timeoutMs},
                                          {u"retries"_s, retries}});
        if (!bad.isEmpty())
            qFatal("%s", qPrintable(bad));
        return v;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        factory = admissionFactory(&why, QStringLiteral(GUARDLINE_BINARY_DIR "/plugins"));
        QVERIFY2(factory, qPrintable(why));
        server.route(u"/registry/<arg>"_s, [this](const QString &code) {
            ++requests;
            if (code == AdmissionFixture::creditCode(2) && flaky-- > 0)
                return QHttpServerResponse(QHttpServerResponse::StatusCode::ServiceUnavailable);
            if (!registry.contains(code))
                return QHttpServerResponse(QJsonObject{{u"error"_s, u"not found"_s}}, QHttpServerResponse::StatusCode::NotFound);
            return QHttpServerResponse(registry.value(code));
        });
        port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        std::unique_ptr<sdk::RegistryVerifier> v(factory->createRegistryVerifier());
        QVERIFY(!v->configure({}).isEmpty());
    }

    void answers()
    {
        registry.insert(AdmissionFixture::creditCode(1), {{u"credit_code"_s, AdmissionFixture::creditCode(1)}, {u"name"_s, u"Contractor One"_s},
                                                          {u"licence_status"_s, u"active"_s}});
        auto v = verifier();
        sdk::RegistryAnswer a = v->verify(AdmissionFixture::creditCode(1), u"Contractor One"_s);
        QCOMPARE(a.state, sdk::RegistryAnswer::State::Verified);
        QCOMPARE(a.licenceStatus, u"active"_s);
        a = v->verify(AdmissionFixture::creditCode(1), u"Contractor Uno"_s);
        QCOMPARE(a.state, sdk::RegistryAnswer::State::Mismatch);
        QVERIFY(a.detail.contains(u"Contractor One"_s));
        a = v->verify(AdmissionFixture::creditCode(7), u"Nobody"_s);
        QCOMPARE(a.state, sdk::RegistryAnswer::State::NotFound);
        // 503 twice, then an answer: the third attempt succeeds.
        registry.insert(AdmissionFixture::creditCode(2), {{u"credit_code"_s, AdmissionFixture::creditCode(2)}, {u"name"_s, u"Contractor Two"_s},
                                                          {u"licence_status"_s, u"active"_s}});
        flaky = 2;
        a = v->verify(AdmissionFixture::creditCode(2), u"Contractor Two"_s);
        QCOMPARE(a.state, sdk::RegistryAnswer::State::Verified);
        QCOMPARE(a.attempts, 3);
        flaky = 5;
        a = verifier(2000, 1)->verify(AdmissionFixture::creditCode(2), u"Contractor Two"_s);
        QCOMPARE(a.state, sdk::RegistryAnswer::State::Unverified);
        QVERIFY2(a.detail.contains(u"503"_s), qPrintable(a.detail));
        flaky = 0;
    }

    void timeoutAndOffline()
    {
        // A registry that accepts connections and never answers.
        QTcpServer mute;
        QVERIFY(mute.listen(QHostAddress::LocalHost, 0));
        sdk::RegistryAnswer a = verifier(300, 1, mute.serverPort())->verify(AdmissionFixture::creditCode(1), {});
        QCOMPARE(a.state, sdk::RegistryAnswer::State::Unverified);
        QCOMPARE(a.attempts, 2);
        QVERIFY2(a.detail.contains(u"no answer within 300 ms"_s), qPrintable(a.detail));
        // Nobody listening.
        const quint16 closed = mute.serverPort();
        mute.close();
        a = verifier(300, 0, closed)->verify(AdmissionFixture::creditCode(1), {});
        QCOMPARE(a.state, sdk::RegistryAnswer::State::Unverified);
        QVERIFY2(a.detail.contains(u"unreachable"_s), qPrintable(a.detail));
    }

    void stored_data() { addBackendRows(); }
    void stored()
    {
        QFETCH(Backend, backend);
        AdmissionFixture f(backend);
        GL_REQUIRE_BACKEND(f);
        registry.insert(AdmissionFixture::creditCode(1), {{u"credit_code"_s, AdmissionFixture::creditCode(1)}, {u"name"_s, u"Contractor One"_s},
                                                          {u"licence_status"_s, u"active"_s}});
        registry.insert(AdmissionFixture::creditCode(2), {{u"credit_code"_s, AdmissionFixture::creditCode(2)}, {u"name"_s, u"Contractor Two"_s},
                                                          {u"licence_status"_s, u"revoked"_s}});
        RegistryCheck a(*f.ctx);
        auto v = verifier();
        const QString url = u"http://127.0.0.1:%1/registry"_s.arg(port);
        requests = 0;
        QJsonObject r = a.verifyContractor(u"C-1"_s, v.get(), url);
        QCOMPARE(r.value(u"state"_s).toString(), u"verified"_s);
        QCOMPARE(r.value(u"cached"_s).toBool(), false);
        QCOMPARE(requests, 1);
        // Within the cache time: the stored answer, with the time it was obtained, and no call.
        f.clock.advance(3600 * 1000);
        r = a.verifyContractor(u"C-1"_s, v.get(), url);
        QCOMPARE(r.value(u"cached"_s).toBool(), true);
        QCOMPARE(qint64(r.value(u"checked_at"_s).toDouble()), f.clock.nowMs() - 3600 * 1000);
        QCOMPARE(requests, 1);
        // A revoked licence is not "verified".
        r = a.verifyContractor(u"C-2"_s, v.get(), url);
        QCOMPARE(r.value(u"state"_s).toString(), u"mismatch"_s);
        QVERIFY(r.value(u"detail"_s).toString().contains(u"revoked"_s));
        // Offline (no verifier): a clear "unverified" with the reason and the time.
        f.clock.advance(25 * 3600 * 1000);
        r = a.verifyContractor(u"C-1"_s, nullptr, u"none"_s);
        QCOMPARE(r.value(u"state"_s).toString(), u"unverified"_s);
        QVERIFY(!r.value(u"detail"_s).toString().isEmpty());
        // A credit code failing GB 32100 is never sent to the registry.
        QString wrong = AdmissionFixture::creditCode(1);
        wrong[17] = wrong[17] == u'0' ? u'1' : u'0';
        f.store->exec(u"UPDATE contractors SET credit_code = ? WHERE code = 'C-2'"_s, {wrong});
        requests = 0;
        r = a.verifyContractor(u"C-2"_s, v.get(), url);
        QCOMPARE(r.value(u"state"_s).toString(), u"invalid"_s);
        QCOMPARE(requests, 0);
        const Table latest = a.registryChecks();
        QCOMPARE(latest.rows.size(), 2);
        QCOMPARE(latest.rows[0][latest.column(u"state"_s)].toString(), u"unverified"_s);
        QCOMPARE(latest.rows[1][latest.column(u"state"_s)].toString(), u"invalid"_s);
        QCOMPARE(f.audits(u"contractor.registry.check"_s), 4);
    }
};

QTEST_MAIN(TestContractorRegistry)
#include "tst_contractor_registry.moc"
