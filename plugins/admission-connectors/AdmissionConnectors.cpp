// SPDX-License-Identifier: Apache-2.0
// Contractor-admission connectors: roster sources (CSV file, HTTP/JSON endpoint) and a registry verifier
// (HTTP/JSON). Depends on the plugin SDK and Qt Network only. Blocking calls with a timeout and retries,
// meant to run off the UI thread; nothing throws across the interface.
#include "RosterParse.h"

#include <guardline/Admission.h>

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;
using gl::sdk::RegistryAnswer;
using gl::sdk::RosterFetch;
using gl::sdk::RosterRow;

namespace {

struct HttpResult {
    int status = 0;       ///< HTTP status, 0 when no answer
    QByteArray body;
    QString error;        ///< transport error or timeout
    int attempts = 0;
};

/// GET with a timeout per attempt and `retries` further attempts on transport errors and 5xx answers.
HttpResult httpGet(const QUrl &url, const QByteArray &bearer, int timeoutMs, int retries)
{
    HttpResult r;
    QNetworkAccessManager nam;
    for (int attempt = 0; attempt <= retries; ++attempt) {
        r = HttpResult{0, {}, {}, attempt + 1};
        QNetworkRequest req(url);
        req.setRawHeader("Accept", "application/json");
        if (!bearer.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + bearer);
        req.setTransferTimeout(timeoutMs);
        QNetworkReply *reply = nam.get(req);
        QEventLoop loop;
        QTimer guard;
        guard.setSingleShot(true);
        QObject::connect(&guard, &QTimer::timeout, reply, &QNetworkReply::abort);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        guard.start(timeoutMs + 1000);
        loop.exec();
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen())
            r.body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError && r.status == 0)
            r.error = reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError
                ? u"no answer within %1 ms"_s.arg(timeoutMs)
                : reply->errorString();
        delete reply;
        if (r.status != 0 && r.status < 500)
            return r;
        if (r.status >= 500)
            r.error = u"server error %1"_s.arg(r.status);
    }
    return r;
}

class CsvRosterSource : public gl::sdk::RosterSource {
public:
    QString configure(const QJsonObject &config) override
    {
        m_file = config.value(u"file"_s).toString();
        return m_file.isEmpty() ? u"field 'file': the CSV file to import is required"_s : QString();
    }
    RosterFetch fetch(const QString &what) override
    {
        QFile f(m_file);
        if (!f.open(QIODevice::ReadOnly)) {
            RosterFetch r;
            r.source = m_file;
            r.error = u"%1: cannot read (%2)"_s.arg(m_file, f.errorString());
            return r;
        }
        return gl::roster::parseCsv(what, f.readAll(), m_file);
    }

private:
    QString m_file;
};

class HttpRosterSource : public gl::sdk::RosterSource {
public:
    QString configure(const QJsonObject &config) override
    {
        m_url = QUrl(config.value(u"url"_s).toString());
        if (!m_url.isValid() || !(m_url.scheme() == u"http"_s || m_url.scheme() == u"https"_s))
            return u"field 'url': an http(s) URL of the access-control system is required"_s;
        m_token = config.value(u"token"_s).toString().toUtf8();
        m_timeout = config.value(u"timeout_ms"_s).toInt(5000);
        m_retries = config.value(u"retries"_s).toInt(1);
        return {};
    }
    RosterFetch fetch(const QString &what) override
    {
        QUrl url = m_url;
        url.setPath(url.path().endsWith(u'/') ? url.path() + what : url.path());
        const HttpResult h = httpGet(url, m_token, m_timeout, m_retries);
        const QString source = url.toString(QUrl::RemoveUserInfo);
        if (h.status != 200) {
            RosterFetch r;
            r.source = source;
            r.error = h.status ? u"%1: HTTP %2"_s.arg(source).arg(h.status) : u"%1: %2"_s.arg(source, h.error);
            return r;
        }
        return gl::roster::parseJson(what, h.body, source);
    }

private:
    QUrl m_url;
    QByteArray m_token;
    int m_timeout = 5000, m_retries = 1;
};

/// GET <url>/<credit code> → {"credit_code": "...", "name": "...", "licence_status": "active"}; 404 = not registered.
class HttpRegistryVerifier : public gl::sdk::RegistryVerifier {
public:
    QString configure(const QJsonObject &config) override
    {
        m_url = QUrl(config.value(u"url"_s).toString());
        if (!m_url.isValid() || !(m_url.scheme() == u"http"_s || m_url.scheme() == u"https"_s))
            return u"field 'url': an http(s) URL of the registry service is required"_s;
        m_timeout = config.value(u"timeout_ms"_s).toInt(5000);
        m_retries = config.value(u"retries"_s).toInt(2);
        m_token = config.value(u"token"_s).toString().toUtf8();
        if (m_timeout < 100 || m_retries < 0 || m_retries > 10)
            return u"fields 'timeout_ms' (>= 100) and 'retries' (0..10) are out of range"_s;
        return {};
    }
    RegistryAnswer verify(const QString &creditCode, const QString &companyName) override
    {
        RegistryAnswer a;
        QUrl url = m_url;
        url.setPath((url.path().endsWith(u'/') ? url.path() : url.path() + u'/') + creditCode);
        const HttpResult h = httpGet(url, m_token, m_timeout, m_retries);
        a.attempts = h.attempts;
        if (h.status == 404) {
            a.state = RegistryAnswer::State::NotFound;
            a.detail = u"the registry has no company with credit code %1"_s.arg(creditCode);
            return a;
        }
        if (h.status != 200) {
            a.state = RegistryAnswer::State::Unverified;
            a.detail = h.status ? u"registry answered HTTP %1 after %2 attempt(s)"_s.arg(h.status).arg(h.attempts)
                                : u"registry unreachable after %1 attempt(s): %2"_s.arg(h.attempts).arg(h.error);
            return a;
        }
        const QJsonObject o = QJsonDocument::fromJson(h.body).object();
        if (o.isEmpty()) {
            a.detail = u"the registry's answer is not a JSON object"_s;
            return a;
        }
        a.registeredName = o.value(u"name"_s).toString();
        a.licenceStatus = o.value(u"licence_status"_s).toString();
        if (o.value(u"credit_code"_s).toString() != creditCode) {
            a.state = RegistryAnswer::State::Mismatch;
            a.detail = u"the registry answered for credit code '%1'"_s.arg(o.value(u"credit_code"_s).toString());
        } else if (!companyName.isEmpty() && a.registeredName.trimmed() != companyName.trimmed()) {
            a.state = RegistryAnswer::State::Mismatch;
            a.detail = u"registered name '%1' differs from '%2'"_s.arg(a.registeredName, companyName);
        } else {
            a.state = RegistryAnswer::State::Verified;
        }
        return a;
    }

private:
    QUrl m_url;
    QByteArray m_token;
    int m_timeout = 5000, m_retries = 2;
};

class AdmissionConnectorsFactory : public QObject, public gl::sdk::AdmissionFactory {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GuardlineAdmissionFactory_iid FILE "admission-connectors.json")
    Q_INTERFACES(gl::sdk::AdmissionFactory)
public:
    QString kind() const override { return u"admission-standard"_s; }
    gl::sdk::RosterSource *createRosterSource(const QString &transport) override
    {
        if (transport == u"csv"_s)
            return new CsvRosterSource;
        if (transport == u"http"_s)
            return new HttpRosterSource;
        return nullptr;
    }
    gl::sdk::RegistryVerifier *createRegistryVerifier() override { return new HttpRegistryVerifier; }
};

} // namespace

#include "AdmissionConnectors.moc"
