// SPDX-License-Identifier: Apache-2.0
#pragma once
// guardline-server as a process for the tests (tst_site_server, tst_incident_ui): started on a store with a
// connectors file, its stderr read line by line ("guardline-server: active" / "standby").
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <algorithm>
#include <functional>

namespace gl::test {

using namespace Qt::StringLiterals;

/// A guardline-server process whose stderr is collected line by line.
class Server {
public:
    Server(const QString &db, const QString &connectors, const QStringList &extra = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GUARDLINE_PLUGIN_PATH"_s, QStringLiteral(GUARDLINE_BINARY_DIR "/plugins"));
        m_p.setProcessEnvironment(env);
        QStringList args{u"--db"_s, db};
        if (!connectors.isEmpty())
            args << u"--connectors"_s << connectors;
        args << extra;
        m_p.start(QStringLiteral(GUARDLINE_BINARY_DIR "/bin/guardline-server"), args);
    }
    ~Server()
    {
        if (m_p.state() != QProcess::NotRunning) {
            m_p.kill();
            m_p.waitForFinished(10000);
        }
    }
    QStringList lines()
    {
        m_err += m_p.readAllStandardError();
        return QString::fromLocal8Bit(m_err).split(u'\n', Qt::SkipEmptyParts);
    }
    bool said(const QString &line) { return lines().contains(u"guardline-server: "_s + line); }
    QString log() { return lines().join(u" | "_s); }
    QProcess &process() { return m_p; }

private:
    QProcess m_p;
    QByteArray m_err;
};

inline bool waitFor(const std::function<bool()> &cond, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!cond()) {
        if (t.elapsed() > ms)
            return false;
        QTest::qWait(100);
    }
    return true;
}

/// The casting-house drill for a csv-replay connector, written to `dir`: CO +62 ppm in 30 s while the fan
/// drops (the default rules' casting-co-fan, critical), replayed at 4x from when the server becomes active.
/// Returns the connectors file to pass to the server, or an empty string when a file cannot be written.
inline QString writeCoFanDrill(const QString &dir)
{
    QFile csv(dir + u"/drill.csv"_s);
    if (!csv.open(QIODevice::WriteOnly))
        return {};
    csv.write("timestamp,tag,value\n");
    const qint64 t0 = 1767225600000;
    for (int s = 0; s <= 40; ++s) {
        const double co = s < 10 ? 8 : std::min(70.0, 8 + (s - 10) * 2.1);
        const double fan = s < 10 ? 48 : std::max(38.0, 48 - (s - 10) * 0.4);
        csv.write(QByteArray::number(t0 + s * 1000) + ",CH2.CO_ppm," + QByteArray::number(co) + "\n");
        csv.write(QByteArray::number(t0 + s * 1000) + ",CH2.FAN_HZ," + QByteArray::number(fan) + "\n");
    }
    csv.close();
    QFile conf(dir + u"/connectors.json"_s);
    if (!conf.open(QIODevice::WriteOnly))
        return {};
    conf.write(QJsonDocument(QJsonObject{{u"connectors"_s, QJsonArray{QJsonObject{
                                 {u"kind"_s, u"csv-replay"_s},
                                 {u"config"_s, QJsonObject{{u"file"_s, csv.fileName()}, {u"speed"_s, 4.0}}}}}}})
                   .toJson());
    return conf.fileName();
}

} // namespace gl::test
