// SPDX-License-Identifier: Apache-2.0
#pragma once
// guardline-server as a process for the tests (tst_site_server, tst_incident_ui): started on a store with a
// connectors file, its stderr read line by line ("guardline-server: active" / "standby").
#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

#include <functional>

namespace gl::test {

using namespace Qt::StringLiterals;

/// A guardline-server process whose stderr is collected line by line.
class Server {
public:
    Server(const QString &db, const QString &connectors)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GUARDLINE_PLUGIN_PATH"_s, QStringLiteral(GUARDLINE_BINARY_DIR "/plugins"));
        m_p.setProcessEnvironment(env);
        QStringList args{u"--db"_s, db};
        if (!connectors.isEmpty())
            args << u"--connectors"_s << connectors;
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

} // namespace gl::test
