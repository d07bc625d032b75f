// SPDX-License-Identifier: Apache-2.0
// A real mosquitto broker on a free loopback port, started and stopped by the test, and mosquitto_pub /
// mosquitto_sub as the plant side.
#pragma once

#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace gl::test {

inline quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

class Mosquitto {
public:
    explicit Mosquitto(quint16 port = 0) : m_port(port ? port : freePort()) {}
    ~Mosquitto() { stop(); }
    static bool installed()
    {
        return !QStandardPaths::findExecutable(QStringLiteral("mosquitto"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")}).isEmpty()
            && !QStandardPaths::findExecutable(QStringLiteral("mosquitto_pub")).isEmpty();
    }
    quint16 port() const { return m_port; }

    bool start()
    {
        const QString conf = m_dir.path() + QStringLiteral("/mosquitto.conf");
        QFile f(conf);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(QStringLiteral("listener %1 127.0.0.1\nallow_anonymous true\npersistence false\n").arg(m_port).toUtf8());
        f.close();
        const QString exe = QStandardPaths::findExecutable(QStringLiteral("mosquitto"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
        m_proc.setProcessChannelMode(QProcess::MergedChannels);
        m_proc.start(exe, {QStringLiteral("-c"), conf});
        if (!m_proc.waitForStarted(5000))
            return false;
        for (int i = 0; i < 100; ++i) { // until it accepts connections
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, m_port);
            if (s.waitForConnected(100))
                return true;
            QTest::qWait(50);
        }
        return false;
    }
    void stop()
    {
        if (m_proc.state() == QProcess::NotRunning)
            return;
        m_proc.terminate();
        if (!m_proc.waitForFinished(5000)) {
            m_proc.kill();
            m_proc.waitForFinished(2000);
        }
    }
    /// Publishes one message with mosquitto_pub; true when it exited 0.
    bool publish(const QString &topic, const QByteArray &payload, int qos = 1) const
    {
        QProcess p;
        p.start(QStringLiteral("mosquitto_pub"), {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                                  QString::number(m_port), QStringLiteral("-q"), QString::number(qos),
                                                  QStringLiteral("-t"), topic, QStringLiteral("-m"), QString::fromUtf8(payload)});
        return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }
    /// Starts mosquitto_sub for `count` messages on `topic`; read its output with waitForFinished().
    void subscribe(QProcess &p, const QString &topic, int count) const
    {
        p.start(QStringLiteral("mosquitto_sub"), {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                                  QString::number(m_port), QStringLiteral("-t"), topic, QStringLiteral("-C"),
                                                  QString::number(count), QStringLiteral("-v")});
        p.waitForStarted(5000);
    }

private:
    quint16 m_port;
    QTemporaryDir m_dir;
    QProcess m_proc;
};

} // namespace gl::test
