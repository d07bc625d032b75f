// SPDX-License-Identifier: Apache-2.0
// The check-in intake against hostile clients, over real HTTP(S) on 127.0.0.1 with real JPEG bytes:
// tiny and pixel-bomb photos are refused with a reason and the server keeps serving; a body over the
// limit and a request without a valid token are refused from the request head, before any body byte is
// sent; refusals are counted per reason, address and device (not audited); per-device and per-address
// token buckets answer 429 with Retry-After; plain HTTP only on loopback, HTTPS with a certificate made here.
#include "AdmissionFixture.h"
#include "modules/admission/intake/CheckinServer.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;
using namespace gl::test;

namespace {

struct Reply {
    int status = 0;
    QJsonObject body;
    QByteArray retryAfter;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

/// What a raw TCP client got back after sending `bytes` (and nothing more) within `ms`.
struct Raw {
    QByteArray data;
    bool closed = false;
    int status() const { return data.startsWith("HTTP/1.1 ") ? data.mid(9, 3).toInt() : 0; }
    QJsonObject body() const { return QJsonDocument::fromJson(data.mid(data.indexOf("\r\n\r\n") + 4)).object(); }
};

Raw raw(quint16 port, const QByteArray &bytes, int ms = 5000)
{
    QTcpSocket s;
    Raw out;
    QObject::connect(&s, &QTcpSocket::connected, &s, [&] { s.write(bytes); });
    QObject::connect(&s, &QTcpSocket::readyRead, &s, [&] { out.data += s.readAll(); });
    QObject::connect(&s, &QTcpSocket::disconnected, &s, [&] { out.closed = true; });
    s.connectToHost(QHostAddress::LocalHost, port);
    QElapsedTimer t;
    t.start();
    while (!out.closed && t.elapsed() < ms)
        QTest::qWait(10);
    return out;
}

/// Peak resident memory of this process (the server runs in it), in MiB.
double peakRssMiB()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    return 0;
}

QByteArray smallJpeg(int w, int h)
{
    QImage img(w, h, QImage::Format_RGB32);
    img.fill(QColor(90, 120, 160));
    QByteArray jpg;
    QBuffer b(&jpg);
    b.open(QIODevice::WriteOnly);
    img.save(&b, "JPEG", 80);
    return jpg;
}

/// `jpg` with its SOF0 frame size rewritten: a small file declaring a huge image.
QByteArray declareSize(QByteArray jpg, int w, int h)
{
    const qsizetype sof = jpg.indexOf("\xFF\xC0");
    if (sof < 0)
        return {};
    jpg[sof + 5] = char(h >> 8);
    jpg[sof + 6] = char(h & 0xFF);
    jpg[sof + 7] = char(w >> 8);
    jpg[sof + 8] = char(w & 0xFF);
    return jpg;
}

} // namespace

class TestIntakeHardening : public QObject {
    Q_OBJECT

    QNetworkAccessManager nam;

    Reply get(const QUrl &url, const QString &token = {}, const QSslConfiguration *tls = nullptr)
    {
        QNetworkRequest req(url);
        if (!token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        if (tls)
            req.setSslConfiguration(*tls);
        return finish(nam.get(req));
    }
    Reply post(quint16 port, const QString &token, const QByteArray &body)
    {
        QNetworkRequest req(QUrl(u"http://127.0.0.1:%1/api/v1/checkins"_s.arg(port)));
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        if (!token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        return finish(nam.post(req, body));
    }
    static Reply finish(QNetworkReply *r)
    {
        QSignalSpy done(r, &QNetworkReply::finished);
        if (!r->isFinished())
            done.wait(20000);
        Reply out{r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), QJsonDocument::fromJson(r->readAll()).object(),
                  r->rawHeader("Retry-After"), r->error()};
        r->deleteLater();
        return out;
    }
    static QUrl url(quint16 port, const QString &path, const char *scheme = "http")
    {
        return QUrl(u"%1://127.0.0.1:%2%3"_s.arg(QLatin1String(scheme)).arg(port).arg(path));
    }

    /// A complete, valid check-in of W-1 at GATE-1 (4 m east of it) with `photo`.
    static QByteArray checkin(AdmissionFixture &f, const QByteArray &photo)
    {
        const auto [lat, lon] = f.gps(609, 28);
        return QJsonDocument(QJsonObject{{u"worker"_s, u"W-1"_s}, {u"gate"_s, u"GATE-1"_s}, {u"time"_s, u"2026-03-02T08:00:00+08:00"_s},
                                         {u"lat"_s, lat}, {u"lon"_s, lon}, {u"accuracy_m"_s, 6.5},
                                         {u"photo_base64"_s, QString::fromLatin1(photo.toBase64())}})
            .toJson();
    }

private Q_SLOTS:
    void hostilePhotos()
    {
        AdmissionFixture f(Backend::Sqlite);
        f.admit(u"C-1"_s);
        const QString token = GateDevices(*f.ctx).addDevice(u"TAB"_s, u"Tablet"_s);
        admission::CheckinServer server(*f.store, f.clock);
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);

        // An 8x8 photo with a valid EXIF time: refused for its watermark, and the server goes on.
        const QByteArray tiny = withExif(smallJpeg(8, 8), "2026:03:02 08:01:30");
        Reply r = post(port, token, checkin(f, tiny));
        QVERIFY2(r.status == 422, qPrintable(QJsonDocument(r.body).toJson()));
        QVERIFY2(r.body.value(u"reason"_s).toString().contains(u"field 'photo'"_s), qPrintable(r.body.value(u"reason"_s).toString()));
        QCOMPARE(get(url(port, u"/api/v1/health"_s)).status, 200);

        // Photos of a few pixels in every odd shape, and garbage after the EXIF: refused, never a crash.
        for (const auto &[w, h] : {std::pair{1, 1}, {16, 16}, {17, 3}, {3, 40}, {4000, 15}, {33, 17}}) {
            r = post(port, token, checkin(f, withExif(smallJpeg(w, h), "2026:03:02 08:01:30")));
            QVERIFY2(r.status == 422, qPrintable(u"%1x%2: HTTP %3 %4"_s.arg(w).arg(h).arg(r.status).arg(r.body.value(u"reason"_s).toString())));
            QVERIFY(r.body.value(u"reason"_s).toString().contains(u"field 'photo'"_s));
        }
        QByteArray cut = withExif(smallJpeg(64, 64), "2026:03:02 08:01:30");
        cut = cut.left(cut.size() / 2) + QByteArray(500, '\xFF');
        r = post(port, token, checkin(f, cut));
        QCOMPARE(r.status, 422);
        QVERIFY(r.body.value(u"reason"_s).toString().contains(u"field 'photo'"_s));

        // A few hundred bytes declaring 16000x16000 pixels: refused from the header, nothing decoded.
        const QByteArray bomb = withExif(declareSize(smallJpeg(8, 8), 16000, 16000), "2026:03:02 08:01:30");
        QVERIFY(bomb.size() < 1000);
        const double before = peakRssMiB();
        r = post(port, token, checkin(f, bomb));
        QCOMPARE(r.status, 422);
        QVERIFY2(r.body.value(u"reason"_s).toString().contains(u"field 'photo': 16000x16000 pixels (256.0 MP) exceed the pixel limit of 40.0 MP"_s),
                 qPrintable(r.body.value(u"reason"_s).toString()));
        QVERIFY2(peakRssMiB() - before < 100, qPrintable(u"peak RSS grew by %1 MiB"_s.arg(peakRssMiB() - before)));
        QCOMPARE(get(url(port, u"/api/v1/health"_s)).status, 200);
        QCOMPARE(f.count(u"checkins"_s), 0);
        // Authenticated refusals are device-level events: audited.
        QCOMPARE(f.audits(u"checkin.refuse"_s), 9);
    }

    void refusedFromTheHead()
    {
        AdmissionFixture f(Backend::Sqlite);
        const QString token = GateDevices(*f.ctx).addDevice(u"TAB"_s, u"Tablet"_s);
        GateDevices(*f.ctx).addDevice(u"OLD"_s, u"Old tablet"_s);
        const QString revoked = GateDevices(*f.ctx).addDevice(u"OLD2"_s, u"Old tablet"_s);
        GateDevices(*f.ctx).revokeDevice(u"OLD2"_s);
        const int auditRows = f.count(u"audit_log"_s);
        admission::CheckinServer server(*f.store, f.clock);
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);

        auto head = [](const QByteArray &auth, qint64 length) -> QByteArray {
            return "POST /api/v1/checkins HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" + auth
                   + "Content-Length: " + QByteArray::number(length) + "\r\n\r\n";
        };
        // 300 MB declared, no token: 413 at once, though not one body byte was sent.
        Raw a = raw(port, head({}, 300'000'000));
        QVERIFY2(a.status() == 413, a.data.constData());
        QVERIFY(a.closed);
        QVERIFY(a.body().value(u"reason"_s).toString().contains(u"'Content-Length': 300000000 bytes is over the intake's limit of 20971520 bytes"_s));
        // The same with a valid token.
        a = raw(port, head("Authorization: Bearer " + token.toLatin1() + "\r\n", 300'000'000));
        QVERIFY2(a.status() == 413, a.data.constData());
        // 1 MB declared without a token, with a wrong one, with a revoked one: 401 before the body.
        a = raw(port, head({}, 1'000'000));
        QVERIFY2(a.status() == 401, a.data.constData());
        QVERIFY(a.body().value(u"reason"_s).toString().contains(u"Authorization: Bearer"_s));
        a = raw(port, head("Authorization: Bearer gld_nope\r\n", 1'000'000));
        QCOMPARE(a.status(), 401);
        QCOMPARE(a.body().value(u"reason"_s).toString(), u"unknown device token"_s);
        a = raw(port, head("Authorization: Bearer " + revoked.toLatin1() + "\r\n", 1'000'000));
        QCOMPARE(a.status(), 401);
        QVERIFY(a.body().value(u"reason"_s).toString().contains(u"revoked"_s));
        // A chunked body (no length to check) and an endless head are refused too.
        a = raw(port, "POST /api/v1/checkins HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
        QCOMPARE(a.status(), 411);
        a = raw(port, "GET /api/v1/health HTTP/1.1\r\nX-Pad: " + QByteArray(20000, 'a'));
        QCOMPARE(a.status(), 431);
        // Through an ordinary client too: no token, 401.
        Reply r = post(port, {}, "{}");
        QCOMPARE(r.status, 401);

        // Nothing of that reached the audit chain; it is counted, per reason, address and device.
        QCOMPARE(f.count(u"audit_log"_s), auditRows);
        const Reply stats = get(url(port, u"/api/v1/stats"_s));
        QCOMPARE(stats.status, 200);
        const QJsonObject refused = stats.body.value(u"refused"_s).toObject();
        QCOMPARE(refused.value(u"total"_s).toInt(), 8);
        QCOMPARE(refused.value(u"by_reason"_s).toObject().value(u"too_large"_s).toInt(), 2);
        QCOMPARE(refused.value(u"by_reason"_s).toObject().value(u"unauthorized"_s).toInt(), 4);
        QCOMPARE(refused.value(u"by_reason"_s).toObject().value(u"malformed"_s).toInt(), 2);
        QCOMPARE(refused.value(u"by_address"_s).toObject().value(u"127.0.0.1"_s).toObject().value(u"unauthorized"_s).toInt(), 4);
        QCOMPARE(refused.value(u"by_device"_s).toObject().value(u"OLD2"_s).toObject().value(u"unauthorized"_s).toInt(), 1);
        QCOMPARE(get(url(port, u"/api/v1/health"_s)).body.value(u"refused"_s).toInt(), 8);

        // A valid request still goes through.
        QCOMPARE(get(url(port, u"/api/v1/gates"_s), token).status, 200);
    }

    void rateLimits()
    {
        AdmissionFixture f(Backend::Sqlite);
        const QString token = GateDevices(*f.ctx).addDevice(u"TAB"_s, u"Tablet"_s);
        admission::IntakeOptions o;
        o.devicePerMinute = 3;
        o.addressPerMinute = 5;
        admission::CheckinServer server(*f.store, f.clock, o);
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(get(url(port, u"/api/v1/gates"_s), token).status, 200);
        Reply r = get(url(port, u"/api/v1/gates"_s), token); // the device's 4th within the minute
        QCOMPARE(r.status, 429);
        QCOMPARE(r.retryAfter, QByteArray("20"));
        QVERIFY(r.body.value(u"reason"_s).toString().contains(u"device 'TAB': too many requests (limit 3 a minute)"_s));
        QCOMPARE(get(url(port, u"/api/v1/health"_s)).status, 200); // the address's 5th
        r = get(url(port, u"/api/v1/health"_s));                   // its 6th
        QCOMPARE(r.status, 429);
        QCOMPARE(r.retryAfter, QByteArray("12"));
        QVERIFY(r.body.value(u"reason"_s).toString().contains(u"too many requests from 127.0.0.1 (limit 5 a minute)"_s));
        f.clock.advance(20'000); // 1.67 address tokens and one device token back
        QCOMPARE(get(url(port, u"/api/v1/gates"_s), token).status, 200);
        r = get(url(port, u"/api/v1/gates"_s), token); // 0.67 address tokens left
        QCOMPARE(r.status, 429);
        QVERIFY(r.body.value(u"reason"_s).toString().contains(u"from 127.0.0.1"_s));
        const QJsonObject refused = server.stats().value(u"refused"_s).toObject();
        QCOMPARE(refused.value(u"by_device"_s).toObject().value(u"TAB"_s).toObject().value(u"rate_limited"_s).toInt(), 1);
        QCOMPARE(refused.value(u"by_address"_s).toObject().value(u"127.0.0.1"_s).toObject().value(u"rate_limited"_s).toInt(), 3);
    }

    void transport()
    {
        AdmissionFixture f(Backend::Sqlite);
        // Plain HTTP on a non-loopback address is refused with the reason.
        {
            admission::CheckinServer server(*f.store, f.clock);
            try {
                server.listen(QHostAddress::AnyIPv4, 0);
                QFAIL("plain HTTP on 0.0.0.0 was accepted");
            } catch (const Error &e) {
                QVERIFY2(e.message().contains(u"refusing plain HTTP on 0.0.0.0, which is not a loopback address"_s), qPrintable(e.message()));
                QVERIFY(e.message().contains(u"--tls-cert"_s));
            }
            admission::IntakeOptions half;
            half.tlsCert = u"/nonexistent/cert.pem"_s;
            admission::CheckinServer server2(*f.store, f.clock, half);
            QVERIFY_THROWS_EXCEPTION(Error, server2.listen(QHostAddress::LocalHost, 0));
        }
        // HTTPS with a self-signed certificate made here.
        const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
        if (openssl.isEmpty())
            QSKIP("no openssl to make a test certificate");
        QTemporaryDir dir;
        QProcess p;
        p.start(openssl, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
                          u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s, dir.filePath(u"key.pem"_s), u"-out"_s,
                          dir.filePath(u"cert.pem"_s)});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        admission::IntakeOptions o;
        o.tlsCert = dir.filePath(u"cert.pem"_s);
        o.tlsKey = dir.filePath(u"key.pem"_s);
        {
            admission::CheckinServer bad(*f.store, f.clock, admission::IntakeOptions{.tlsCert = o.tlsKey, .tlsKey = o.tlsKey});
            try {
                bad.listen(QHostAddress::LocalHost, 0);
                QFAIL("a key file was taken for a certificate");
            } catch (const Error &e) {
                QVERIFY2(e.message().contains(u"--tls-cert"_s), qPrintable(e.message()));
            }
        }
        admission::CheckinServer server(*f.store, f.clock, o);
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        QVERIFY(server.tls());
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(o.tlsCert));
        Reply r = get(url(port, u"/api/v1/health"_s, "https"), {}, &tls);
        QVERIFY2(r.status == 200, qPrintable(u"error %1"_s.arg(int(r.error))));
        QCOMPARE(r.body.value(u"tls"_s).toBool(), true);
        // No token over HTTPS: 401 as over HTTP.
        QCOMPARE(get(url(port, u"/api/v1/gates"_s, "https"), {}, &tls).status, 401);
        // Plain HTTP to the HTTPS port gets no answer.
        QCOMPARE(get(url(port, u"/api/v1/health"_s)).status, 0);
        // With TLS, a non-loopback address is allowed.
        admission::CheckinServer wide(*f.store, f.clock, o);
        QVERIFY(wide.listen(QHostAddress::AnyIPv4, 0));
    }
};

QTEST_MAIN(TestIntakeHardening)
#include "tst_intake_hardening.moc"
