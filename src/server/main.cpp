// SPDX-License-Identifier: Apache-2.0
// guardline-server: the site's safety engine (CONTRACTS.md section 7, docs/OPERATIONS.md). One active per
// site: the holder of the site lock runs the engine; the others wait as standbys and take over within a
// couple of seconds when it dies. SIGTERM/SIGINT stop it cleanly (exit 0).
#include "modules/engine/logic/SiteLock.h"
#include "platform/plugins/PluginRegistry.h"
#include "platform/store/DbUrl.h"
#include "platform/util/Error.h"
#include "server/SiteEngine.h"
#ifdef GUARDLINE_HAVE_REPORTS
#include "modules/reporting/render/ReportGeneratorImpl.h"
#include <QApplication>
#endif

#include <QCommandLineParser>
#include <QDateTime>
#include <QHash>
#include <QCoreApplication>
#include <QHostAddress>
#include <QHostInfo>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    // Only an async-signal-safe write: the event loop reads the pipe and quits.
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &c, 1);
}

void say(const QString &line)
{
    std::fprintf(stderr, "guardline-server: %s\n", line.toLocal8Bit().constData());
    std::fflush(stderr);
}

} // namespace

int main(int argc, char **argv)
{
    // The scheduled daily report draws its charts with Qt Charts, which needs a QApplication: headless on
    // the offscreen platform unless QT_QPA_PLATFORM names one. No window is ever shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef GUARDLINE_HAVE_REPORTS
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    QCoreApplication::setOrganizationName(u"Guardline"_s);
    QCoreApplication::setApplicationName(u"Guardline"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(GUARDLINE_VERSION));

    QCommandLineParser p;
    p.setApplicationDescription(u"Guardline site service: telemetry connectors, alarm rules, alarms, dispatch, housekeeping"_s);
    p.addHelpOption();
    p.addVersionOption();
    p.addOption({u"db"_s, u"the site's store: a file path, sqlite:PATH or postgresql://user[:pass]@host[:port]/db"_s, u"url"_s});
    p.addOption({u"connectors"_s, u"the connectors file {\"connectors\": [...]} (docs/telemetry.md)"_s, u"file"_s});
    p.addOption({u"intake-port"_s, u"run the check-in intake on this port (the active server only)"_s, u"port"_s});
    p.addOption({u"intake-listen"_s, u"the intake's address (default 127.0.0.1; 0.0.0.0 with TLS); plain HTTP only on loopback"_s, u"addr"_s});
    p.addOption({u"intake-tls-cert"_s, u"serve the intake over HTTPS with this PEM certificate"_s, u"file"_s});
    p.addOption({u"intake-tls-key"_s, u"the intake certificate's PEM private key"_s, u"file"_s});
    p.addOption({u"outbox"_s, u"where alarms detected while the store is down wait (default: beside an SQLite store; "
                              "$STATE_DIRECTORY or the local data folder for PostgreSQL)"_s, u"file"_s});
    if (!p.parse(app.arguments())) {
        say(p.errorText());
        return 2;
    }
    if (p.isSet(u"help"_s))
        p.showHelp(0);
    if (p.isSet(u"version"_s))
        p.showVersion();
    if (!p.positionalArguments().isEmpty()) {
        say(u"unexpected argument '%1'"_s.arg(p.positionalArguments().first()));
        return 2;
    }
    if (!p.isSet(u"db"_s)) {
        say(u"option '--db' is required (the site's store)"_s);
        return 2;
    }
    gl::SiteEngineOptions options;
    try {
        options.db = gl::DbUrl::parse(p.value(u"db"_s));
        if (p.isSet(u"connectors"_s))
            options.connectors = gl::SiteEngine::readConnectorsFile(p.value(u"connectors"_s));
    } catch (const gl::Error &e) {
        say(e.message());
        return 2;
    }
    if (p.isSet(u"intake-port"_s)) {
        bool ok = false;
        options.intakePort = p.value(u"intake-port"_s).toInt(&ok);
        if (!ok || options.intakePort < 1 || options.intakePort > 65535) {
            say(u"option '--intake-port': '%1' is not a port (1-65535)"_s.arg(p.value(u"intake-port"_s)));
            return 2;
        }
    }
    options.outboxFile = p.isSet(u"outbox"_s) ? p.value(u"outbox"_s) : gl::defaultOutboxFile(options.db);
    // The engine's sessions carry this server's name: a server that takes over ends them (SiteLock).
    options.db.applicationName = gl::SiteLock::engineSessionName(QHostInfo::localHostName(), QCoreApplication::applicationPid());
    options.intakeListen = p.value(u"intake-listen"_s);
    options.intakeTlsCert = p.value(u"intake-tls-cert"_s);
    options.intakeTlsKey = p.value(u"intake-tls-key"_s);
    // The intake's transport, checked before anything starts (docs/SECURITY.md): plain HTTP only on loopback.
    if (options.intakeTlsCert.isEmpty() != options.intakeTlsKey.isEmpty()) {
        say(u"options '--intake-tls-cert' and '--intake-tls-key' go together (the certificate and its private key)"_s);
        return 2;
    }
    if (!options.intakeListen.isEmpty()) {
        const QHostAddress address(options.intakeListen);
        if (address.isNull()) {
            say(u"option '--intake-listen': '%1' is not an IP address"_s.arg(options.intakeListen));
            return 2;
        }
        if (!address.isLoopback() && options.intakeTlsCert.isEmpty()) {
            say(u"option '--intake-listen': refusing plain HTTP on %1, which is not a loopback address: give "
                "--intake-tls-cert and --intake-tls-key, or listen on 127.0.0.1 behind a TLS-terminating proxy"_s.arg(options.intakeListen));
            return 2;
        }
    }
    options.pluginFolders = gl::PluginRegistry::defaultFolders();
#ifdef GUARDLINE_HAVE_REPORTS
    gl::reports::registerReportGenerator();
#endif

    // SIGTERM/SIGINT through a self-pipe: the handler only writes a byte.
    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        say(u"cannot create the signal pipe"_s);
        return 1;
    }
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &sa, nullptr);
    ::sigaction(SIGINT, &sa, nullptr);
    QSocketNotifier signalNotifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, [] {
        char buf[16];
        while (::read(g_signalPipe[0], buf, sizeof buf) > 0) {
        }
        QCoreApplication::quit();
    });

    gl::SiteLock lock(options.db);
    gl::SiteEngine engine(options);
    int exitCode = 0;
    bool saidStandby = false;
    bool unconfirmed = false; // active, but the store cannot be reached to confirm the site lock
    QString lastLockError;
    // A problem that repeats (the store down: every heartbeat and duty fails the same way) is said once a minute.
    QHash<QString, qint64> lastSaid;
    QObject::connect(&engine, &gl::SiteEngine::problem, &app, [&lastSaid](const QString &m) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        qint64 &last = lastSaid[m];
        if (last && now - last < 60'000)
            return;
        last = now;
        if (lastSaid.size() > 1000)
            lastSaid.clear();
        say(m);
    });
    // Each alarm raised, once it is committed (the service's journal; the crash-safety test holds it to them).
    QObject::connect(&engine, &gl::SiteEngine::alarmRaised, &app, [](qint64 id, const QString &rule, const QString &severity, const QString &area) {
        say(u"alarm %1 raised: rule %2, %3, area %4"_s.arg(id).arg(rule, severity, area.isEmpty() ? u"-"_s : area));
    });
    QObject::connect(&engine, &gl::SiteEngine::failed, &app, [&](const QString &m) {
        // Could not start as the active one (store unreachable, intake port taken): give the site to a standby.
        say(u"cannot run the site service: %1"_s.arg(m));
        exitCode = 1;
        QCoreApplication::quit();
    });
    auto poll = [&] {
        if (lock.held()) {
            switch (lock.confirm()) {
            case gl::SiteLock::Health::Held:
                if (!lock.fenced().isEmpty())
                    say(lock.fenced());
                if (unconfirmed)
                    say(u"the store answers again: still the active service"_s);
                unconfirmed = false;
                return;
            case gl::SiteLock::Health::Unconfirmed:
                // Nobody can take the lock while the store is down: the engine runs on, and alarms it cannot
                // store wait in its outbox (docs/OPERATIONS.md, "Store outages").
                if (!unconfirmed)
                    say(u"store unreachable, still the active service; alarms are kept in the outbox until it returns (%1)"_s.arg(lock.lastError()));
                unconfirmed = true;
                return;
            case gl::SiteLock::Health::Lost: // another server holds it now
                unconfirmed = false;
                engine.stop();
                say(u"lost the site lock (%1)"_s.arg(lock.lastError()));
                say(u"standby"_s);
                saidStandby = true;
                return;
            }
            return;
        }
        if (lock.tryAcquire()) {
            if (!lock.fenced().isEmpty())
                say(lock.fenced());
            say(u"active"_s);
            saidStandby = false;
            engine.start();
            return;
        }
        if (!lock.lastError().isEmpty() && lock.lastError() != lastLockError)
            say(u"site lock: %1"_s.arg(lock.lastError()));
        lastLockError = lock.lastError();
        if (!saidStandby) {
            say(u"standby"_s);
            saidStandby = true;
        }
    };
    QTimer timer;
    timer.setInterval(1000);
    QObject::connect(&timer, &QTimer::timeout, &app, poll);
    timer.start();
    QTimer::singleShot(0, &app, poll);
    const int rc = app.exec();
    timer.stop();
    engine.stop();
    lock.release();
    return exitCode ? exitCode : rc;
}
