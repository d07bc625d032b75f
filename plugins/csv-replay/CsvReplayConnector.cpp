// SPDX-License-Identifier: Apache-2.0
// Connector plugin: replays a recorded samples CSV (the format of 'guardlinectl rules replay') at real
// speed or faster, for drills and training. Depends on the plugin SDK and Guardline::Timestamp only.
#include <guardline/Connector.h>

#include "platform/util/Timestamp.h"

#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QTimeZone>
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
        // A time without an offset is read in `time_zone` (the host fills in the site's zone), else UTC.
        bool knownZone = false;
        const QString zoneId = config.value(u"time_zone"_s).toString();
        const QTimeZone zone = gl::timeZoneOrUtc(zoneId.toUtf8(), &knownZone);
        if (!zoneId.isEmpty() && !knownZone)
            return u"field 'time_zone': unknown IANA time zone '%1'"_s.arg(zoneId);
        QFile f(m_file);
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            return u"field 'file': cannot read %1 (%2)"_s.arg(m_file, f.errorString());
        m_rows.clear();
        m_bad = 0;
        m_lastError.clear();
        int line = 0;
        qint64 lastGoodTs = -1;
        size_t undated = 0; // leading rows with a bad time, dated by the first good one
        while (!f.atEnd()) {
            const QString text = QString::fromUtf8(f.readLine()).trimmed();
            ++line;
            if (text.isEmpty() || (line == 1 && text.startsWith(u"timestamp"_s)))
                continue;
            const QStringList cols = text.split(u',');
            bool okValue = cols.size() == 3;
            bool okTime = false;
            gl::sdk::Sample s;
            if (okValue) {
                const gl::TimestampResult t =
                    gl::parseTimestamp(QStringView(cols[0]).trimmed(), zone, gl::EpochMillis::Accepted);
                okTime = t.ok();
                if (okTime)
                    s.timestampMs = lastGoodTs = t->msecs;
                else
                    m_lastError = u"line %1: field 'timestamp': %2"_s.arg(line).arg(t.error);
                s.tag = cols[1].trimmed();
                s.value = cols[2].trimmed().toDouble(&okValue);
                if (!okValue)
                    m_lastError = u"line %1: field 'value': '%2' is not a number"_s.arg(line).arg(cols[2]);
            } else {
                m_lastError = u"line %1: expected 3 fields (timestamp,tag,value), found %2"_s.arg(line).arg(cols.size());
            }
            if (!okTime) // kept in place, at the time of the row before it
                s.timestampMs = lastGoodTs;
            if (!okValue || !okTime || s.tag.isEmpty()) {
                // Bad rows are counted and delivered as bad data, never silently dropped or used as good.
                s.good = false;
                ++m_bad;
            }
            if (lastGoodTs < 0)
                ++undated;
            m_rows.push_back(s);
        }
        if (lastGoodTs < 0 && !m_rows.empty())
            return u"field 'file': %1 holds no row with a readable time (%2)"_s.arg(m_file, m_lastError);
        for (size_t i = 0; i < undated; ++i)
            m_rows[i].timestampMs = m_rows[undated].timestampMs;
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
                {u"loops"_s, m_loops}, {u"last_error"_s, m_lastError}};
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
    QString m_lastError; ///< the last row refused at configure(), naming its line
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
