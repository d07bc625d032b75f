// SPDX-License-Identifier: Apache-2.0
// The plant side of the Modbus tests: tests/telemetry/modbus_server (a real QModbusTcpServer) in its own
// process on a free loopback port, driven through its stdin/stdout; killed, paused (SIGSTOP: the TCP link
// stays up but nothing answers) and started again on the same port by the test.
#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>
#include <QTcpServer>
#include <QTest>

#include <csignal>
#include <functional>
#include <sys/types.h>

namespace gl::test {

class ModbusServer {
public:
    explicit ModbusServer(QStringList args = {}) : m_args(std::move(args)), m_port(freePort()) {}
    ~ModbusServer() { kill(); }
    static QString program() { return QStringLiteral(GUARDLINE_MODBUS_SERVER); }
    quint16 port() const { return m_port; }

    bool start()
    {
        m_out.clear();
        m_proc.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_proc.start(program(), QStringList{QStringLiteral("--port"), QString::number(m_port)} + m_args);
        if (!m_proc.waitForStarted(5000))
            return false;
        return waitLine([](const QString &l) { return l.startsWith(QStringLiteral("listening ")); }, 10000);
    }
    /// Kills the process (SIGKILL: the kernel closes its sockets, as when a PLC's runtime dies).
    void kill()
    {
        if (m_proc.state() == QProcess::NotRunning)
            return;
        resume();
        m_proc.kill();
        m_proc.waitForFinished(5000);
    }
    void pause()
    {
        ::kill(pid_t(m_proc.processId()), SIGSTOP);
        m_paused = true;
    }
    void resume()
    {
        if (m_paused)
            ::kill(pid_t(m_proc.processId()), SIGCONT);
        m_paused = false;
    }
    /// "set TABLE ADDRESS V..." (consecutive addresses); true when the server answered ok.
    bool set(const QString &table, int address, const QList<int> &values)
    {
        QString line = QStringLiteral("set %1 %2").arg(table).arg(address);
        for (int v : values)
            line += QStringLiteral(" %1").arg(v);
        m_proc.write((line + QLatin1Char('\n')).toUtf8());
        bool ok = false;
        waitLine([&](const QString &l) {
            ok = l == QStringLiteral("ok");
            return ok || l.startsWith(QStringLiteral("error"));
        }, 5000);
        return ok;
    }
    /// Waits for an output line the predicate accepts (lines already seen are looked at first).
    bool waitLine(const std::function<bool(const QString &)> &accept, int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        for (;;) {
            while (!m_lines.isEmpty())
                if (accept(m_lines.takeFirst()))
                    return true;
            if (t.elapsed() > timeoutMs || m_proc.state() == QProcess::NotRunning)
                return false;
            m_proc.waitForReadyRead(50);
            QCoreApplication::processEvents();
            m_out += m_proc.readAllStandardOutput();
            qsizetype nl;
            while ((nl = m_out.indexOf('\n')) >= 0) {
                const QString line = QString::fromUtf8(m_out.left(nl)).trimmed();
                m_seen << line;
                m_lines << line;
                m_out.remove(0, nl + 1);
            }
        }
    }
    /// Waits until the server has printed `line` (at any time since it started).
    bool waitSeen(const QString &line, int timeoutMs)
    {
        if (m_seen.contains(line))
            return true;
        return waitLine([&](const QString &l) { return l == line; }, timeoutMs) || m_seen.contains(line);
    }
    /// Every line printed so far (also the ones waitLine() consumed).
    QStringList seen()
    {
        waitLine([](const QString &) { return false; }, 0);
        return m_seen;
    }

    static quint16 freePort()
    {
        QTcpServer s;
        s.listen(QHostAddress::LocalHost, 0);
        return s.serverPort();
    }

private:
    QStringList m_args;
    quint16 m_port;
    QProcess m_proc;
    QByteArray m_out;
    QStringList m_lines, m_seen;
    bool m_paused = false;
};

} // namespace gl::test
