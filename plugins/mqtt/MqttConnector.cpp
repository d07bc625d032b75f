// SPDX-License-Identifier: Apache-2.0
// Connector plugin: subscribes to an MQTT broker through libmosquitto and turns messages into tag
// samples. Topics map to tags (fixed tag per topic, or the tag named in a JSON payload); payloads are
// plain numbers or JSON ({"tag", "ts", "value", "quality"} objects or arrays of them). TLS, user/password
// (the password from the config or an environment variable, never logged), reconnect with exponential
// backoff, and a command topic that instructions are published to (API 1.1).
//
// Bad input never crashes and never disappears: malformed payloads, unknown tags, out-of-range values,
// out-of-order and duplicate timestamps are counted in health(); samples that carry a tag but cannot be
// trusted are delivered with good = false, so the store shows a bad sample instead of a silent gap.
#include <guardline/Connector.h>

#include "MqttPayload.h"
#include "platform/util/Timestamp.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QTimeZone>
#include <QUuid>

#include <mosquitto.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <thread>
#include <cmath>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

using gl::mqtt::Mapping;

namespace {

struct TagInfo {
    std::optional<double> lo, hi;
};

constexpr qint64 kDegradedForMs = 60000; ///< a bad event keeps the health Degraded this long

class MqttConnector : public QObject, public gl::sdk::Connector {
public:
    MqttConnector(QObject *parent, std::function<void(const gl::sdk::Sample &)> sink)
        : QObject(parent), m_sink(std::move(sink))
    {
    }
    ~MqttConnector() override { stop(); }

    QString id() const override { return u"mqtt:%1:%2"_s.arg(m_host).arg(m_port); }

    QString configure(const QJsonObject &config) override
    {
        if (m_mosq)
            return u"the connector is running: stop it before configuring"_s;
        m_host = config.value(u"host"_s).toString();
        if (m_host.isEmpty())
            return u"field 'host': the broker host is required"_s;
        m_port = config.value(u"port"_s).toInt(1883);
        if (m_port <= 0 || m_port > 65535)
            return u"field 'port': must be 1..65535"_s;
        m_clientId = config.value(u"client_id"_s).toString();
        if (m_clientId.isEmpty())
            m_clientId = u"guardline-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
        m_keepalive = config.value(u"keepalive_s"_s).toInt(30);
        m_qos = config.value(u"qos"_s).toInt(1);
        if (m_qos < 0 || m_qos > 2)
            return u"field 'qos': must be 0, 1 or 2"_s;
        m_username = config.value(u"username"_s).toString();
        m_password = config.value(u"password"_s).toString();
        const QString pwEnv = config.value(u"password_env"_s).toString();
        if (!pwEnv.isEmpty()) {
            if (!qEnvironmentVariableIsSet(pwEnv.toLocal8Bit().constData()))
                return u"field 'password_env': environment variable %1 is not set"_s.arg(pwEnv);
            m_password = qEnvironmentVariable(pwEnv.toLocal8Bit().constData());
        }
        const QJsonObject reconnect = config.value(u"reconnect"_s).toObject();
        m_backoffMin = reconnect.value(u"min_s"_s).toInt(1);
        m_backoffMax = reconnect.value(u"max_s"_s).toInt(30);
        if (m_backoffMin < 1 || m_backoffMax < m_backoffMin)
            return u"field 'reconnect': need 1 <= min_s <= max_s"_s;
        m_commandTopic = config.value(u"command_topic"_s).toString();
        // A payload time without an offset is read in `time_zone` (the host fills in the site's zone), else UTC.
        bool knownZone = false;
        const QString zoneId = config.value(u"time_zone"_s).toString();
        m_zone = gl::timeZoneOrUtc(zoneId.toUtf8(), &knownZone);
        if (!zoneId.isEmpty() && !knownZone)
            return u"field 'time_zone': unknown IANA time zone '%1'"_s.arg(zoneId);

        m_tls = config.value(u"tls"_s).toObject();
        if (!m_tls.isEmpty() && m_tls.value(u"ca_file"_s).toString().isEmpty() && m_tls.value(u"ca_path"_s).toString().isEmpty())
            return u"field 'tls': 'ca_file' or 'ca_path' is required"_s;

        m_tags.clear();
        const QJsonValue tags = config.value(u"tags"_s);
        if (!tags.isUndefined() && !tags.isObject())
            return u"field 'tags': must be an object {\"TAG\": {\"min\": .., \"max\": ..}}"_s;
        const QJsonObject tagObject = tags.toObject();
        for (auto it = tagObject.begin(); it != tagObject.end(); ++it) {
            TagInfo info;
            const QJsonObject t = it.value().toObject();
            if (t.contains(u"min"_s))
                info.lo = t.value(u"min"_s).toDouble();
            if (t.contains(u"max"_s))
                info.hi = t.value(u"max"_s).toDouble();
            m_tags.insert(it.key(), info);
        }

        m_mappings.clear();
        const QJsonArray maps = config.value(u"mappings"_s).toArray();
        if (maps.isEmpty())
            return u"field 'mappings': at least one {\"topic\": ..., \"tag\" or \"format\": \"json\"} is required"_s;
        for (qsizetype i = 0; i < maps.size(); ++i) {
            const QJsonObject m = maps.at(i).toObject();
            const QString where = u"field 'mappings[%1]"_s.arg(i);
            Mapping map;
            map.filter = m.value(u"topic"_s).toString().toUtf8();
            if (map.filter.isEmpty() || mosquitto_sub_topic_check(map.filter.constData()) != MOSQ_ERR_SUCCESS)
                return where + u".topic': missing or not a valid MQTT topic filter"_s;
            map.tag = m.value(u"tag"_s).toString();
            const QString format = m.value(u"format"_s).toString(u"plain"_s);
            if (format != u"plain"_s && format != u"json"_s)
                return where + u".format': '%1' is not plain or json"_s.arg(format);
            map.json = format == u"json"_s;
            if (!map.json && map.tag.isEmpty())
                return where + u".tag': a plain payload needs the tag of its topic"_s;
            map.valueField = m.value(u"value_field"_s).toString(map.valueField);
            map.timeField = m.value(u"time_field"_s).toString(map.timeField);
            map.tagField = m.value(u"tag_field"_s).toString(map.tagField);
            if (m.contains(u"min"_s))
                map.lo = m.value(u"min"_s).toDouble();
            if (m.contains(u"max"_s))
                map.hi = m.value(u"max"_s).toDouble();
            m_mappings.push_back(map);
        }
        return {};
    }

    void start() override
    {
        if (m_mosq || m_host.isEmpty())
            return;
        libInit();
        m_mosq = mosquitto_new(m_clientId.toUtf8().constData(), true, this);
        if (!m_mosq) {
            setError(u"cannot create the MQTT client (out of memory)"_s);
            return;
        }
        mosquitto_int_option(m_mosq, MOSQ_OPT_PROTOCOL_VERSION, MQTT_PROTOCOL_V311);
        // Alarms and instructions are small messages: no Nagle delay on our side of the socket (the broker's
        // side needs `set_tcp_nodelay true`, docs/telemetry.md).
        mosquitto_int_option(m_mosq, MOSQ_OPT_TCP_NODELAY, 1);
        mosquitto_connect_callback_set(m_mosq, &MqttConnector::onConnect);
        mosquitto_disconnect_callback_set(m_mosq, &MqttConnector::onDisconnect);
        mosquitto_message_callback_set(m_mosq, &MqttConnector::onMessage);
        mosquitto_reconnect_delay_set(m_mosq, unsigned(m_backoffMin), unsigned(m_backoffMax), true);
        if (!m_username.isEmpty())
            mosquitto_username_pw_set(m_mosq, m_username.toUtf8().constData(),
                                      m_password.isEmpty() ? nullptr : m_password.toUtf8().constData());
        if (!m_tls.isEmpty()) {
            auto opt = [&](const char16_t *key) {
                return m_tls.value(QString::fromUtf16(key)).toString().toLocal8Bit();
            };
            const QByteArray ca = opt(u"ca_file"), caPath = opt(u"ca_path"), cert = opt(u"cert_file"), key = opt(u"key_file");
            const int rc = mosquitto_tls_set(m_mosq, ca.isEmpty() ? nullptr : ca.constData(),
                                             caPath.isEmpty() ? nullptr : caPath.constData(),
                                             cert.isEmpty() ? nullptr : cert.constData(),
                                             key.isEmpty() ? nullptr : key.constData(), nullptr);
            if (rc != MOSQ_ERR_SUCCESS)
                setError(u"TLS setup refused: %1"_s.arg(QString::fromUtf8(mosquitto_strerror(rc))));
            const QByteArray version = opt(u"version");
            if (!version.isEmpty())
                mosquitto_tls_opts_set(m_mosq, 1, version.constData(), nullptr);
            mosquitto_tls_insecure_set(m_mosq, m_tls.value(u"insecure"_s).toBool(false));
        }
        {
            QMutexLocker lock(&m_mutex);
            m_state = gl::sdk::ConnectorState::Connecting;
        }
        // Once a first connection attempt is under way, libmosquitto's network thread reconnects by itself
        // with the backoff above. An attempt that fails at once (connection refused, unknown host) leaves
        // it waiting, so a small thread of ours retries the first attempt with the same backoff.
        mosquitto_loop_start(m_mosq);
        m_stopping = false;
        m_firstConnect = std::thread([this] {
            int delay = m_backoffMin;
            const QByteArray host = m_host.toUtf8();
            while (!m_stopping) {
                const int rc = mosquitto_connect_async(m_mosq, host.constData(), m_port, m_keepalive);
                if (rc == MOSQ_ERR_SUCCESS)
                    return;
                setError(u"connect to %1:%2: %3; retrying in %4 s"_s.arg(m_host).arg(m_port)
                             .arg(rc == MOSQ_ERR_ERRNO ? QString::fromLocal8Bit(strerror(errno)) : QString::fromUtf8(mosquitto_strerror(rc)))
                             .arg(delay));
                std::unique_lock lock(m_waitMutex);
                m_wake.wait_for(lock, std::chrono::seconds(delay), [this] { return bool(m_stopping); });
                delay = std::min(delay * 2, m_backoffMax);
            }
        });
    }

    void stop() override
    {
        if (!m_mosq)
            return;
        {
            std::lock_guard lock(m_waitMutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        if (m_firstConnect.joinable())
            m_firstConnect.join();
        mosquitto_disconnect(m_mosq);
        mosquitto_loop_stop(m_mosq, false);
        mosquitto_destroy(m_mosq);
        m_mosq = nullptr;
        m_stopping = false;
        QMutexLocker lock(&m_mutex);
        m_state = gl::sdk::ConnectorState::Offline;
        m_connected = false;
    }

    gl::sdk::ConnectorState state() const override
    {
        QMutexLocker lock(&m_mutex);
        return stateLocked();
    }

    QJsonObject health() const override
    {
        QMutexLocker lock(&m_mutex);
        static const char16_t *names[] = {u"unknown", u"connecting", u"online", u"degraded", u"offline"};
        return {{u"state"_s, QString::fromUtf16(names[int(stateLocked())])},
                {u"broker"_s, u"%1:%2"_s.arg(m_host).arg(m_port)},
                {u"received"_s, m_received},
                {u"delivered"_s, m_delivered},
                {u"bad_payload"_s, m_badPayload},
                {u"unknown_tag"_s, m_unknownTag},
                {u"out_of_range"_s, m_outOfRange},
                {u"out_of_order"_s, m_outOfOrder},
                {u"duplicate"_s, m_duplicate},
                {u"connects"_s, m_connects},
                {u"reconnects"_s, std::max<qint64>(0, m_connects - 1)},
                {u"disconnects"_s, m_disconnects},
                {u"commands_sent"_s, m_commands},
                {u"last_message_at"_s, m_lastMessageAt},
                {u"last_error"_s, m_lastError}};
    }

    QString sendCommand(const QString &target, const QJsonObject &command) override
    {
        if (m_commandTopic.isEmpty())
            return u"no 'command_topic' is configured for %1"_s.arg(id());
        if (!m_mosq)
            return u"the connector is not started"_s;
        QString topic = m_commandTopic;
        topic.replace(u"{target}"_s, target);
        const QByteArray payload = QJsonDocument(command).toJson(QJsonDocument::Compact);
        const int rc = mosquitto_publish(m_mosq, nullptr, topic.toUtf8().constData(), int(payload.size()),
                                         payload.constData(), 1, false);
        if (rc != MOSQ_ERR_SUCCESS)
            return u"publish to %1: %2"_s.arg(topic, QString::fromUtf8(mosquitto_strerror(rc)));
        QMutexLocker lock(&m_mutex);
        ++m_commands;
        return {};
    }

private:
    static void libInit()
    {
        static const int once = mosquitto_lib_init();
        Q_UNUSED(once);
    }

    gl::sdk::ConnectorState stateLocked() const
    {
        if (m_state == gl::sdk::ConnectorState::Online && m_lastBadAt
            && QDateTime::currentMSecsSinceEpoch() - m_lastBadAt < kDegradedForMs)
            return gl::sdk::ConnectorState::Degraded;
        return m_state;
    }

    void setError(const QString &text)
    {
        QMutexLocker lock(&m_mutex);
        m_lastError = text;
    }

    static void onConnect(mosquitto *mosq, void *obj, int rc)
    {
        auto *self = static_cast<MqttConnector *>(obj);
        if (rc != 0) {
            QMutexLocker lock(&self->m_mutex);
            self->m_lastError = u"broker refused the connection: %1"_s.arg(QString::fromUtf8(mosquitto_connack_string(rc)));
            self->m_state = gl::sdk::ConnectorState::Connecting;
            return;
        }
        for (const Mapping &m : self->m_mappings)
            mosquitto_subscribe(mosq, nullptr, m.filter.constData(), self->m_qos);
        QMutexLocker lock(&self->m_mutex);
        ++self->m_connects;
        self->m_connected = true;
        self->m_state = gl::sdk::ConnectorState::Online;
    }

    static void onDisconnect(mosquitto *, void *obj, int rc)
    {
        auto *self = static_cast<MqttConnector *>(obj);
        QMutexLocker lock(&self->m_mutex);
        if (self->m_connected)
            ++self->m_disconnects;
        self->m_connected = false;
        if (self->m_stopping) {
            self->m_state = gl::sdk::ConnectorState::Offline;
            return;
        }
        self->m_state = gl::sdk::ConnectorState::Connecting; // the loop reconnects with backoff
        self->m_lastError = u"connection to the broker lost (%1); reconnecting"_s.arg(QString::fromUtf8(mosquitto_strerror(rc)));
    }

    static void onMessage(mosquitto *, void *obj, const mosquitto_message *msg)
    {
        static_cast<MqttConnector *>(obj)->handle(msg);
    }

    /// Counts a bad event (under the lock) and keeps the health degraded for a while.
    void bad(qint64 &counter, qint64 now, const QString &why)
    {
        ++counter;
        m_lastBadAt = now;
        m_lastError = why;
    }

    void handle(const mosquitto_message *msg)
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const Mapping *map = nullptr;
        for (const Mapping &m : m_mappings) {
            bool match = false;
            if (mosquitto_topic_matches_sub(m.filter.constData(), msg->topic, &match) == MOSQ_ERR_SUCCESS && match) {
                map = &m;
                break;
            }
        }
        const QByteArray payload(static_cast<const char *>(msg->payload), msg->payloadlen);
        QList<gl::sdk::Sample> out;
        {
            QMutexLocker lock(&m_mutex);
            ++m_received;
            m_lastMessageAt = now;
            if (!map) {
                bad(m_unknownTag, now, u"message on unmapped topic %1"_s.arg(QString::fromUtf8(msg->topic)));
                return;
            }
            // The payload is read apart from the connection (MqttPayload.cpp, fuzzed alone); each item
            // in order: a bad event counted first, then the sample (if any) through the checks.
            const QString topic = QString::fromUtf8(msg->topic);
            for (const gl::mqtt::PayloadItem &item : gl::mqtt::readPayload(payload, *map, m_zone, now)) {
                if (!item.problem.isEmpty())
                    bad(m_badPayload, now, u"topic %1: %2"_s.arg(topic, item.problem));
                if (item.sample)
                    check(*item.sample, *map, now, out);
            }
            m_delivered += out.size();
        }
        for (const gl::sdk::Sample &s : std::as_const(out))
            m_sink(s);
    }

    /// Tag whitelist, range, time order (under the lock); appends what is to be delivered.
    void check(gl::sdk::Sample s, const Mapping &map, qint64 now, QList<gl::sdk::Sample> &out)
    {
        std::optional<double> lo = map.lo, hi = map.hi;
        if (!m_tags.isEmpty()) {
            const auto it = m_tags.constFind(s.tag);
            if (it == m_tags.constEnd()) {
                bad(m_unknownTag, now, u"unknown tag %1"_s.arg(s.tag));
                return;
            }
            if (!lo)
                lo = it->lo;
            if (!hi)
                hi = it->hi;
        }
        if (s.good && ((lo && s.value < *lo) || (hi && s.value > *hi))) {
            s.good = false;
            bad(m_outOfRange, now, u"tag %1: %2 is outside its range"_s.arg(s.tag).arg(s.value));
        }
        auto last = m_lastTs.find(s.tag);
        if (last != m_lastTs.end()) {
            if (s.timestampMs == *last) {
                bad(m_duplicate, now, u"tag %1: duplicate timestamp %2"_s.arg(s.tag).arg(s.timestampMs));
                return;
            }
            if (s.timestampMs < *last) {
                // Stored as bad (the record shows it arrived), never fed to the rules as good.
                s.good = false;
                bad(m_outOfOrder, now, u"tag %1: timestamp %2 older than %3"_s.arg(s.tag).arg(s.timestampMs).arg(*last));
                out.append(s);
                return;
            }
        }
        m_lastTs.insert(s.tag, s.timestampMs);
        out.append(s);
    }

    std::function<void(const gl::sdk::Sample &)> m_sink;
    mosquitto *m_mosq = nullptr;
    QString m_host, m_clientId, m_username, m_password, m_commandTopic;
    QTimeZone m_zone = QTimeZone::utc(); ///< payload times without an offset are read in it (config 'time_zone')
    int m_port = 1883, m_keepalive = 30, m_qos = 1, m_backoffMin = 1, m_backoffMax = 30;
    QJsonObject m_tls;
    QList<Mapping> m_mappings;
    QHash<QString, TagInfo> m_tags;

    mutable QMutex m_mutex; // guards everything below (the network thread writes, health() reads)
    QHash<QString, qint64> m_lastTs;
    gl::sdk::ConnectorState m_state = gl::sdk::ConnectorState::Offline;
    bool m_connected = false;
    std::atomic<bool> m_stopping{false};
    std::thread m_firstConnect;
    std::mutex m_waitMutex;
    std::condition_variable m_wake;
    qint64 m_received = 0, m_delivered = 0, m_badPayload = 0, m_unknownTag = 0, m_outOfRange = 0, m_outOfOrder = 0,
           m_duplicate = 0, m_connects = 0, m_disconnects = 0, m_commands = 0, m_lastMessageAt = 0, m_lastBadAt = 0;
    QString m_lastError;
};

class MqttFactory : public QObject, public gl::sdk::ConnectorFactory {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GuardlineConnectorFactory_iid FILE "mqtt.json")
    Q_INTERFACES(gl::sdk::ConnectorFactory)
public:
    QString kind() const override { return u"mqtt"_s; }
    gl::sdk::Connector *create(QObject *parent, std::function<void(const gl::sdk::Sample &)> sink) override
    {
        return new MqttConnector(parent, std::move(sink));
    }
};

} // namespace

#include "MqttConnector.moc"
