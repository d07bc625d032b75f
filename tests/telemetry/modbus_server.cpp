// SPDX-License-Identifier: Apache-2.0
// Test fixture: a real Modbus TCP server (Qt SerialBus QModbusTcpServer) standing in for a PLC.
//
//   modbus_server --port N [--address 127.0.0.1] [--unit 1] [--size 100] [--trace]
//                 [--holding A=V,A=V...] [--input ...] [--coil ...] [--discrete ...]
//
// Each table holds --size entries from address 0; reading past them is answered with the Modbus exception
// "illegal data address". Prints "listening PORT" once it accepts connections. Commands on stdin, one per
// line:  set TABLE ADDRESS VALUE [VALUE...]   (consecutive addresses; answers "ok")
//        get TABLE ADDRESS                    (answers "value TABLE ADDRESS V")
//        quit
// A write by a client prints "written TABLE ADDRESS VALUE" per register/coil; with --trace every read
// request prints "read TABLE START COUNT". Killed and started again on
// the same port, it serves again (the listening socket reuses the address).
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QModbusTcpServer>
#include <QSocketNotifier>
#include <QStringList>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

bool tableOf(const QString &name, QModbusDataUnit::RegisterType &t)
{
    if (name == u"holding"_s)
        t = QModbusDataUnit::HoldingRegisters;
    else if (name == u"input"_s)
        t = QModbusDataUnit::InputRegisters;
    else if (name == u"coil"_s)
        t = QModbusDataUnit::Coils;
    else if (name == u"discrete"_s)
        t = QModbusDataUnit::DiscreteInputs;
    else
        return false;
    return true;
}

QString nameOf(QModbusDataUnit::RegisterType t)
{
    switch (t) {
    case QModbusDataUnit::HoldingRegisters: return u"holding"_s;
    case QModbusDataUnit::InputRegisters: return u"input"_s;
    case QModbusDataUnit::Coils: return u"coil"_s;
    case QModbusDataUnit::DiscreteInputs: return u"discrete"_s;
    default: return u"invalid"_s;
    }
}

void out(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

/// Prints the read requests it serves when tracing (the tests check that block reads are single requests).
class TracingServer : public QModbusTcpServer {
public:
    bool trace = false;

protected:
    QModbusResponse processRequest(const QModbusPdu &request) override
    {
        static const char16_t *names[] = {u"", u"coil", u"discrete", u"holding", u"input"};
        const int fc = int(request.functionCode());
        if (trace && fc >= 1 && fc <= 4 && request.dataSize() == 4) {
            quint16 start = 0, count = 0;
            request.decodeData(&start, &count);
            out(u"read %1 %2 %3"_s.arg(QString::fromUtf16(names[fc])).arg(start).arg(count));
        }
        return QModbusTcpServer::processRequest(request);
    }
};

/// Parses "A=V" or a plain integer value (negative allowed: two's complement).
bool parseValue(const QString &text, quint16 &v)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < -32768 || n > 65535)
        return false;
    v = quint16(n & 0xffff);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({u"port"_s, u"TCP port"_s, u"port"_s});
    p.addOption({u"address"_s, u"listen address"_s, u"address"_s, u"127.0.0.1"_s});
    p.addOption({u"unit"_s, u"server (unit) id"_s, u"unit"_s, u"1"_s});
    p.addOption({u"size"_s, u"entries per table"_s, u"size"_s, u"100"_s});
    p.addOption({u"trace"_s, u"print every read request"_s});
    for (const char16_t *t : {u"holding", u"input", u"coil", u"discrete"})
        p.addOption({QString::fromUtf16(t), u"initial values A=V,A=V"_s, u"values"_s});
    p.process(app);

    const int port = p.value(u"port"_s).toInt();
    const int size = p.value(u"size"_s).toInt();
    if (port <= 0 || size <= 0 || size > 65536) {
        std::fprintf(stderr, "modbus_server: --port and --size are required\n");
        return 2;
    }
    TracingServer server;
    server.trace = p.isSet(u"trace"_s);
    QModbusDataUnitMap map;
    for (auto t : {QModbusDataUnit::HoldingRegisters, QModbusDataUnit::InputRegisters, QModbusDataUnit::Coils, QModbusDataUnit::DiscreteInputs})
        map.insert(t, QModbusDataUnit(t, 0, quint16(size)));
    server.setMap(map);
    for (const char16_t *t : {u"holding", u"input", u"coil", u"discrete"}) {
        const QString name = QString::fromUtf16(t);
        QModbusDataUnit::RegisterType type = QModbusDataUnit::Invalid;
        tableOf(name, type);
        for (const QString &pair : p.value(name).split(u',', Qt::SkipEmptyParts)) {
            const QStringList kv = pair.split(u'=');
            quint16 v = 0;
            bool okA = false;
            const int a = kv.value(0).toInt(&okA);
            if (kv.size() != 2 || !okA || !parseValue(kv.at(1), v) || !server.setData(type, quint16(a), v)) {
                std::fprintf(stderr, "modbus_server: --%s: bad entry '%s'\n", qPrintable(name), qPrintable(pair));
                return 2;
            }
        }
    }
    bool local = false; // our own setData() also signals dataWritten: not a client write
    QObject::connect(&server, &QModbusServer::dataWritten, &server, [&](QModbusDataUnit::RegisterType table, int address, int count) {
        if (local)
            return;
        for (int i = 0; i < count; ++i) {
            quint16 v = 0;
            server.data(table, quint16(address + i), &v);
            if (table == QModbusDataUnit::Coils && v) // Qt keeps a written coil as the request's 0xFF00
                v = 1;
            out(u"written %1 %2 %3"_s.arg(nameOf(table)).arg(address + i).arg(v));
        }
    });
    server.setServerAddress(p.value(u"unit"_s).toInt());
    server.setConnectionParameter(QModbusDevice::NetworkAddressParameter, p.value(u"address"_s));
    server.setConnectionParameter(QModbusDevice::NetworkPortParameter, port);
    if (!server.connectDevice()) {
        std::fprintf(stderr, "modbus_server: cannot listen on %d: %s\n", port, qPrintable(server.errorString()));
        return 1;
    }
    out(u"listening %1"_s.arg(port));

    QByteArray buffer;
    QSocketNotifier stdinNotifier(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&stdinNotifier, &QSocketNotifier::activated, &app, [&] {
        char chunk[4096];
        const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (n <= 0) { // stdin closed: the test is gone
            app.quit();
            return;
        }
        buffer.append(chunk, n);
        qsizetype nl;
        while ((nl = buffer.indexOf('\n')) >= 0) {
            const QStringList w = QString::fromUtf8(buffer.left(nl)).simplified().split(u' ', Qt::SkipEmptyParts);
            buffer.remove(0, nl + 1);
            if (w.isEmpty())
                continue;
            QModbusDataUnit::RegisterType type = QModbusDataUnit::Invalid;
            bool okA = false;
            const int address = w.value(2).toInt(&okA);
            if (w.first() == u"quit"_s) {
                app.quit();
                return;
            }
            if (w.size() < 3 || !tableOf(w.at(1), type) || !okA) {
                out(u"error: bad command"_s);
                continue;
            }
            if (w.first() == u"get"_s) {
                quint16 v = 0;
                if (server.data(type, quint16(address), &v))
                    out(u"value %1 %2 %3"_s.arg(w.at(1)).arg(address).arg(type == QModbusDataUnit::Coils && v ? 1 : v));
                else
                    out(u"error: no %1 %2"_s.arg(w.at(1)).arg(address));
            } else if (w.first() == u"set"_s && w.size() >= 4) {
                bool ok = true;
                local = true;
                for (qsizetype i = 3; i < w.size() && ok; ++i) {
                    quint16 v = 0;
                    ok = parseValue(w.at(i), v) && server.setData(type, quint16(address + i - 3), v);
                }
                local = false;
                out(ok ? u"ok"_s : u"error: cannot set"_s);
            } else {
                out(u"error: bad command"_s);
            }
        }
    });
    return app.exec();
}
