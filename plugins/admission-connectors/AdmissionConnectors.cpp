// SPDX-License-Identifier: Apache-2.0
// Contractor-admission connectors: roster sources (CSV file, HTTP/JSON endpoint) and a registry verifier
// (HTTP/JSON). Depends on the plugin SDK and Qt Network only. Blocking calls with a timeout and retries,
// meant to run off the UI thread; nothing throws across the interface.
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

QDate parseDate(const QString &s, bool *ok)
{
    const QDate d = QDate::fromString(s.trimmed(), Qt::ISODate);
    *ok = s.trimmed().isEmpty() || d.isValid();
    return d;
}

/// Splits one CSV line (RFC 4180 quotes). Returns false on an unterminated quote.
bool splitCsv(const QString &line, QStringList *out)
{
    out->clear();
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            *out << cell.trimmed();
            cell.clear();
        } else {
            cell += c;
        }
    }
    *out << cell.trimmed();
    return !quoted;
}

const QStringList &columnsOf(const QString &what)
{
    static const QStringList whitelist{u"worker"_s, u"contractor"_s, u"card"_s, u"valid_until"_s};
    static const QStringList shifts{u"date"_s, u"shift"_s, u"worker"_s, u"area"_s};
    return what == u"shifts"_s ? shifts : whitelist;
}

/// One row from named fields (CSV cells or JSON members); sets `error` naming the field.
RosterRow rowFrom(const QString &what, int line, const std::function<QString(const QString &)> &field)
{
    RosterRow r;
    r.line = line;
    r.worker = field(u"worker"_s);
    bool ok = true;
    if (r.worker.isEmpty())
        r.error = u"field 'worker': empty"_s;
    if (what == u"shifts"_s) {
        r.day = parseDate(field(u"date"_s), &ok);
        r.shift = field(u"shift"_s);
        r.area = field(u"area"_s);
        if (r.error.isEmpty() && (!ok || !r.day.isValid()))
            r.error = u"field 'date': '%1' is not a date (YYYY-MM-DD)"_s.arg(field(u"date"_s));
        if (r.error.isEmpty() && r.shift.isEmpty())
            r.error = u"field 'shift': empty"_s;
    } else {
        r.contractor = field(u"contractor"_s);
        r.card = field(u"card"_s);
        r.validUntil = parseDate(field(u"valid_until"_s), &ok);
        if (r.error.isEmpty() && !ok)
            r.error = u"field 'valid_until': '%1' is not a date (YYYY-MM-DD)"_s.arg(field(u"valid_until"_s));
    }
    return r;
}

RosterFetch parseCsv(const QString &what, const QByteArray &bytes, const QString &source)
{
    RosterFetch f;
    f.source = source;
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(u'\n');
    QStringList header;
    int lineNo = 0;
    for (QString line : lines) {
        ++lineNo;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        QStringList cells;
        const bool closed = splitCsv(line, &cells);
        if (header.isEmpty()) {
            header = cells;
            for (QString &h : header)
                h = h.toLower();
            for (const QString &need : columnsOf(what))
                if (need != u"area"_s && need != u"card"_s && need != u"valid_until"_s && need != u"contractor"_s && !header.contains(need)) {
                    f.error = u"%1: line %2: the header has no '%3' column (expected %4)"_s.arg(source).arg(lineNo).arg(need,
                                                                                                                 columnsOf(what).join(u","_s));
                    return f;
                }
            continue;
        }
        if (!closed || cells.size() != header.size()) {
            RosterRow bad;
            bad.line = lineNo;
            bad.error = closed ? u"%1 cells where the header has %2"_s.arg(cells.size()).arg(header.size()) : u"unterminated quote"_s;
            f.rows << bad;
            continue;
        }
        f.rows << rowFrom(what, lineNo, [&](const QString &name) {
            const qsizetype i = header.indexOf(name);
            return i < 0 ? QString() : cells[i];
        });
    }
    if (header.isEmpty())
        f.error = u"%1: empty file (expected a header %2)"_s.arg(source, columnsOf(what).join(u","_s));
    return f;
}

RosterFetch parseJson(const QString &what, const QByteArray &bytes, const QString &source)
{
    RosterFetch f;
    f.source = source;
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &e);
    if (e.error != QJsonParseError::NoError) {
        f.error = u"%1: not JSON (%2 at offset %3)"_s.arg(source, e.errorString()).arg(e.offset);
        return f;
    }
    const QJsonArray items = doc.isArray() ? doc.array() : doc.object().value(what).toArray();
    if (!doc.isArray() && !doc.object().value(what).isArray()) {
        f.error = u"%1: expected an array or an object with a '%2' array"_s.arg(source, what);
        return f;
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items[i].toObject();
        if (!items[i].isObject()) {
            RosterRow bad;
            bad.line = int(i + 1);
            bad.error = u"element %1 is not an object"_s.arg(i + 1);
            f.rows << bad;
            continue;
        }
        f.rows << rowFrom(what, int(i + 1), [&](const QString &name) {
            const QJsonValue v = o.value(name);
            return v.isDouble() ? QString::number(v.toDouble(), 'f', 0) : v.toString().trimmed();
        });
    }
    return f;
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
        return parseCsv(what, f.readAll(), m_file);
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
        return parseJson(what, h.body, source);
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
