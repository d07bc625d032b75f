// SPDX-License-Identifier: Apache-2.0
// Connector plugin: replays a recorded samples CSV (the format of 'guardlinectl rules replay') at real
// speed or faster, for drills and training. Depends on the plugin SDK only.
#include <guardline/Connector.h>

#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QTimer>

#include <vector>

using namespace Qt::StringLiterals;

namespace {

class CsvReplayConnector : public QObject, public gl::sdk::Connector {
public:
    CsvReplayConnector(QObject *parent, std::function<void(const gl::sdk::Sample &)> sink)
        : QObject(parent), m_sink(std::move(sink))
    {
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { emitDue(); });
    }

    QString id() const override { return u"csv-replay:"_s + m_file; }

    QString configure(const QJsonObject &config) override
    {
        m_file = config.value(u"file"_s).toString();
        if (m_file.isEmpty())
            return u"field 'file': the samples CSV to replay is required"_s;
        m_speed = config.value(u"speed"_s).toDouble(1.0);
        if (!(m_speed > 0))
            return u"field 'speed': must be a positive factor"_s;
        m_loop = config.value(u"loop"_s).toBool(false);
        QFile f(m_file);
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            return u"field 'file': cannot read %1 (%2)"_s.arg(m_file, f.errorString());
        m_rows.clear();
        m_bad = 0;
        int line = 0;
        while (!f.atEnd()) {
            const QString text = QString::fromUtf8(f.readLine()).trimmed();
            ++line;
            if (text.isEmpty() || (line == 1 && text.startsWith(u"timestamp"_s)))
                continue;
            const QStringList cols = text.split(u',');
            bool okValue = cols.size() == 3;
            gl::sdk::Sample s;
            if (okValue) {
                bool okTs = false;
                s.timestampMs = cols[0].toLongLong(&okTs);
                if (!okTs)
                    s.timestampMs = QDateTime::fromString(cols[0], Qt::ISODateWithMs).toMSecsSinceEpoch();
                s.tag = cols[1];
                s.value = cols[2].toDouble(&okValue);
            }
            if (!okValue || s.tag.isEmpty()) {
                // Bad rows are counted and delivered as bad data, never silently dropped or used as good.
                s.good = false;
                ++m_bad;
            }
            m_rows.push_back(s);
        }
        if (m_rows.empty())
            return u"field 'file': %1 holds no samples"_s.arg(m_file);
        return {};
    }

    void start() override
    {
        m_next = 0;
        m_state = gl::sdk::ConnectorState::Online;
        m_startedAt = QDateTime::currentMSecsSinceEpoch();
        m_firstTs = m_rows.front().timestampMs;
        emitDue();
    }

    void stop() override
    {
        m_timer.stop();
        m_state = gl::sdk::ConnectorState::Offline;
    }

    gl::sdk::ConnectorState state() const override { return m_state; }

    QJsonObject health() const override
    {
        return {{u"delivered"_s, qint64(m_delivered)}, {u"bad"_s, m_bad}, {u"rows"_s, qint64(m_rows.size())},
                {u"loops"_s, m_loops}};
    }

private:
    void emitDue()
    {
        const qint64 elapsed = qint64(double(QDateTime::currentMSecsSinceEpoch() - m_startedAt) * m_speed);
        while (m_next < m_rows.size() && m_rows[m_next].timestampMs - m_firstTs <= elapsed) {
            gl::sdk::Sample s = m_rows[m_next++];
            s.timestampMs = m_startedAt + qint64(double(s.timestampMs - m_firstTs) / m_speed); // replayed "now"
            m_sink(s);
            ++m_delivered;
        }
        if (m_next >= m_rows.size()) {
            if (!m_loop) {
                m_state = gl::sdk::ConnectorState::Offline;
                return;
            }
            ++m_loops;
            start();
            return;
        }
        const qint64 wait = qint64(double(m_rows[m_next].timestampMs - m_firstTs - elapsed) / m_speed);
        m_timer.start(int(std::clamp<qint64>(wait, 0, 1000)));
    }

    std::function<void(const gl::sdk::Sample &)> m_sink;
    QTimer m_timer;
    QString m_file;
    double m_speed = 1.0;
    bool m_loop = false;
    std::vector<gl::sdk::Sample> m_rows;
    size_t m_next = 0;
    qint64 m_startedAt = 0, m_firstTs = 0;
    size_t m_delivered = 0;
    int m_bad = 0, m_loops = 0;
    gl::sdk::ConnectorState m_state = gl::sdk::ConnectorState::Offline;
};

class CsvReplayFactory : public QObject, public gl::sdk::ConnectorFactory {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GuardlineConnectorFactory_iid FILE "csv-replay.json")
    Q_INTERFACES(gl::sdk::ConnectorFactory)
public:
    QString kind() const override { return u"csv-replay"_s; }
    gl::sdk::Connector *create(QObject *parent, std::function<void(const gl::sdk::Sample &)> sink) override
    {
        return new CsvReplayConnector(parent, std::move(sink));
    }
};

} // namespace

#include "CsvReplayConnector.moc"
