// SPDX-License-Identifier: Apache-2.0
// The site check-in intake over real HTTP (QNetworkAccessManager → CheckinServer on a free port): device
// tokens, an accepted check-in (JSON and multipart) appearing among the people on site in site metres,
// and each refusal (token, accuracy, geofence, EXIF time missing or off, watermark, unknown worker, not a
// photo, malformed body) answered with its reason, audited (a refused token only counted), and nothing stored.
#include "AdmissionFixture.h"
#include "modules/admission/intake/CheckinServer.h"
#include "modules/workspace/logic/QueryService.h"

#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;
using namespace gl::test;

namespace {
struct Reply {
    int status = 0;
    QJsonObject body;
};
} // namespace

class TestCheckinIntake : public QObject {
    Q_OBJECT

    QNetworkAccessManager nam;

    Reply send(QNetworkRequest req, const QByteArray &body, QHttpMultiPart *multi = nullptr)
    {
        QNetworkReply *r = multi ? nam.post(req, multi) : nam.post(req, body);
        QSignalSpy done(r, &QNetworkReply::finished);
        if (!r->isFinished())
            done.wait(10000);
        Reply out{r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), QJsonDocument::fromJson(r->readAll()).object()};
        r->deleteLater();
        return out;
    }
    static QNetworkRequest request(quint16 port, const QString &token, const QByteArray &type = "application/json")
    {
        QNetworkRequest req(QUrl(u"http://127.0.0.1:%1/api/v1/checkins"_s.arg(port)));
        req.setHeader(QNetworkRequest::ContentTypeHeader, type);
        if (!token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        return req;
    }

private Q_SLOTS:
    void intake_data() { addBackendRows(); }
    void intake()
    {
        QFETCH(Backend, backend);
        AdmissionFixture f(backend);
        GL_REQUIRE_BACKEND(f);
        f.admit(u"C-1"_s);
        f.admit(u"C-2"_s);
        const QString token = GateDevices(*f.ctx).addDevice(u"GATE1-TAB"_s, u"Gate 1 tablet"_s);
        QVERIFY(token.size() > 40);
        QVERIFY(f.lastAuditDetails(u"checkin.device.add"_s).indexOf(token) < 0); // the token never reaches the audit chain
        QCOMPARE(f.count(u"checkin_devices"_s, u"token_hash = ?"_s, {token}), 0); // only its hash is stored

        admission::CheckinServer server(*f.store, f.clock);
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);

        // GATE-1 stands at (605, 28) site metres; the fix is 4 m east of it.
        const auto [lat, lon] = f.gps(609, 28);
        const QByteArray photo = jpeg("2026:03:02 08:01:30"); // site time, no offset tag: 90 s after the check-in
        auto body = [&](QJsonObject changes) {
            QJsonObject o{{u"worker"_s, u"W-1"_s}, {u"gate"_s, u"GATE-1"_s}, {u"time"_s, u"2026-03-02T08:00:00+08:00"_s},
                          {u"lat"_s, lat}, {u"lon"_s, lon}, {u"accuracy_m"_s, 6.5},
                          {u"watermark_time"_s, u"2026-03-02T08:01:30+08:00"_s}, // declared: what the app burnt in
                          {u"photo_base64"_s, QString::fromLatin1(photo.toBase64())}};
            for (auto it = changes.begin(); it != changes.end(); ++it)
                if (it.value().isNull())
                    o.remove(it.key());
                else
                    o.insert(it.key(), it.value());
            return QJsonDocument(o).toJson();
        };

        // Health needs no token.
        {
            QNetworkReply *r = nam.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/api/v1/health"_s.arg(port))));
            QSignalSpy done(r, &QNetworkReply::finished);
            QVERIFY(done.wait(10000));
            QCOMPARE(QJsonDocument::fromJson(r->readAll()).object().value(u"site"_s).toString(), u"DEMO"_s);
            r->deleteLater();
        }

        struct Refusal {
            const char *name;
            QString token;
            QJsonObject changes;
            int status;
            QString reason;
        };
        const auto [farLat, farLon] = f.gps(-400, 900);
        const QList<Refusal> refusals = {
            {"no token", {}, {}, 401, u"Authorization"_s},
            {"wrong token", u"gld_not-a-token"_s, {}, 401, u"unknown device token"_s},
            {"accuracy 40 m", token, {{u"accuracy_m"_s, 40}}, 422, u"GPS accuracy 40 m is worse than the 15 m required"_s},
            {"no accuracy", token, {{u"accuracy_m"_s, QJsonValue::Null}}, 422, u"accuracy_m"_s},
            {"outside the geofence", token, {{u"lat"_s, farLat}, {u"lon"_s, farLon}}, 422, u"outside the site geofence"_s},
            {"photo without EXIF", token, {{u"photo_base64"_s, QString::fromLatin1(jpeg({}).toBase64())}}, 422, u"no EXIF capture time"_s},
            {"EXIF 10 min late", token, {{u"photo_base64"_s, QString::fromLatin1(jpeg("2026:03:02 08:10:00").toBase64())}}, 422,
             u"600 s from the check-in time"_s},
            {"EXIF in another zone", token,
             {{u"photo_base64"_s, QString::fromLatin1(jpeg("2026:03:02 08:00:00", "+00:00").toBase64())}}, 422, u"from the check-in time"_s},
            {"declared watermark differs from the pixels", token, {{u"watermark_time"_s, u"2026-03-02T07:40:00+08:00"_s}}, 422,
             u"does not match the timestamp watermark 2026-03-02 08:01:30"_s},
            {"no watermark in the panorama", token, {{u"photo_base64"_s, QString::fromLatin1(jpeg("2026:03:02 08:01:30", {}, QString()).toBase64())}},
             422, u"no timestamp watermark found in the panorama"_s},
            {"watermark 5 min off", token,
             {{u"photo_base64"_s, QString::fromLatin1(jpeg("2026:03:02 08:01:30", {}, u"2026-03-02 08:06:40"_s).toBase64())}}, 422,
             u"the timestamp watermark 2026-03-02 08:06:40 is 400 s from the check-in time"_s},
            {"unknown worker", token, {{u"worker"_s, u"W-404"_s}}, 422, u"unknown worker"_s},
            {"unknown gate", token, {{u"gate"_s, u"GATE-9"_s}}, 422, u"unknown gate"_s},
            {"not a photo", token, {{u"photo_base64"_s, QString::fromLatin1(QByteArray("%PDF-1.4 nope").toBase64())}}, 422, u"not a JPEG"_s},
            {"no photo", token, {{u"photo_base64"_s, QJsonValue::Null}}, 422, u"photo is required"_s},
            {"time on 29 February of a common year", token, {{u"time"_s, u"2026-02-29T08:00:00+08:00"_s}}, 422,
             u"field 'time': '2026-02-29T08:00:00+08:00': 2026-02-29 is not a date"_s},
            {"time offset beyond +14:00", token, {{u"time"_s, u"2026-03-02T08:00:00+15:00"_s}}, 422,
             u"offset +15:00 is outside -12:00 to +14:00"_s},
            {"time that is not a time", token, {{u"time"_s, u"garbage"_s}}, 422, u"field 'time': 'garbage'"_s},
            {"epoch ms with a fraction", token, {{u"time"_s, 1772409600000.5}}, 422, u"field 'time'"_s},
        };
        int audited = 0;
        for (const Refusal &r : refusals) {
            const Reply reply = send(request(port, r.token), body(r.changes));
            QVERIFY2(reply.status == r.status, qPrintable(u"%1: HTTP %2 %3"_s.arg(QLatin1String(r.name)).arg(reply.status)
                                                              .arg(QString::fromUtf8(QJsonDocument(reply.body).toJson()))));
            QCOMPARE(reply.body.value(u"status"_s).toString(), u"refused"_s);
            QVERIFY2(reply.body.value(u"reason"_s).toString().contains(r.reason),
                     qPrintable(QLatin1String(r.name) + u": "_s + reply.body.value(u"reason"_s).toString()));
            // A refused token is counted, not audited (an unauthenticated client must not grow the audit chain);
            // a device's refused check-in is audited with its reason.
            if (r.status != 401)
                ++audited;
            QVERIFY2(f.audits(u"checkin.refuse"_s) + f.audits(u"checkin.auth.refuse"_s) == audited, r.name);
            if (r.status != 401)
                QVERIFY2(f.lastAuditDetails(u"checkin.refuse"_s).contains(r.reason.left(20)), r.name);
        }
        // Malformed JSON.
        Reply reply = send(request(port, token), "{\"worker\": ");
        QCOMPARE(reply.status, 422);
        QVERIFY(reply.body.value(u"reason"_s).toString().contains(u"not a JSON object"_s));
        QCOMPARE(f.count(u"checkins"_s), 0);
        QCOMPARE(f.count(u"content_blobs"_s), 0);
        QCOMPARE(QueryService(*f.ctx).onSite().rows.size(), 0);

        // Accepted: on site at the fix, in site metres.
        reply = send(request(port, token), body({}));
        QVERIFY2(reply.status == 201, qPrintable(QJsonDocument(reply.body).toJson()));
        QCOMPARE(reply.body.value(u"status"_s).toString(), u"accepted"_s);
        QCOMPARE(reply.body.value(u"watermark"_s).toString(), u"2026-03-02 08:01:30"_s); // read from the pixels
        QCOMPARE(f.store->scalar(u"SELECT watermark_text FROM checkins"_s).toString(), u"2026-03-02 08:01:30"_s);
        QVERIFY(f.lastAuditDetails(u"checkin.accept"_s).contains(u"2026-03-02 08:01:30"_s));
        QVERIFY(std::abs(reply.body.value(u"x"_s).toDouble() - 609) < 0.5);
        Table on = QueryService(*f.ctx).onSite();
        QCOMPARE(on.rows.size(), 1);
        QCOMPARE(on.rows[0][on.column(u"code"_s)].toString(), u"W-1"_s);
        QCOMPARE(on.rows[0][on.column(u"contractor"_s)].toString(), u"C-1"_s);
        QVERIFY(std::abs(on.rows[0][on.column(u"x"_s)].toDouble() - 609) < 0.5);
        QVERIFY(std::abs(on.rows[0][on.column(u"y"_s)].toDouble() - 28) < 0.5);
        QCOMPARE(f.audits(u"checkin.accept"_s), 1);

        // Multipart with the photo as a file part, for W-2, with an EXIF offset tag.
        {
            auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
            auto field = [&](const QString &name, const QByteArray &value) {
                QHttpPart p;
                p.setHeader(QNetworkRequest::ContentDispositionHeader, u"form-data; name=\"%1\""_s.arg(name));
                p.setBody(value);
                multi->append(p);
            };
            field(u"worker"_s, "W-2");
            field(u"gate"_s, "GATE-1");
            field(u"time"_s, "2026-03-02T08:02:00+08:00");
            field(u"lat"_s, QByteArray::number(lat, 'f', 8));
            field(u"lon"_s, QByteArray::number(lon, 'f', 8));
            field(u"accuracy_m"_s, "12");
            QHttpPart p;
            p.setHeader(QNetworkRequest::ContentTypeHeader, "image/jpeg");
            p.setHeader(QNetworkRequest::ContentDispositionHeader, u"form-data; name=\"photo\"; filename=\"pano.jpg\""_s);
            p.setBody(jpeg("2026:03:02 08:03:00", "+08:00", u"2026/03/02 08:02"_s)); // another app's format, no seconds
            multi->append(p);
            QNetworkRequest req(QUrl(u"http://127.0.0.1:%1/api/v1/checkins"_s.arg(port)));
            req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
            reply = send(req, {}, multi);
            delete multi;
            QVERIFY2(reply.status == 201, qPrintable(QJsonDocument(reply.body).toJson()));
            QCOMPARE(reply.body.value(u"watermark"_s).toString(), u"2026-03-02 08:02"_s);
        }
        QCOMPARE(QueryService(*f.ctx).onSite().rows.size(), 2);

        // Checking out takes W-1 off the site. The time has no offset: it is site time (Asia/Shanghai), so it
        // agrees with the watermark and the EXIF time, both site time.
        f.clock.advance(8 * 3600 * 1000);
        reply = send(request(port, token), body({{u"direction"_s, u"out"_s}, {u"time"_s, u"2026-03-02T16:00:00"_s},
                                                 {u"watermark_time"_s, u"2026-03-02T16:00:00+08:00"_s},
                                                 {u"photo_base64"_s, QString::fromLatin1(jpeg("2026:03:02 16:00:20").toBase64())}}));
        QVERIFY2(reply.status == 201, qPrintable(QJsonDocument(reply.body).toJson()));
        on = QueryService(*f.ctx).onSite();
        QCOMPARE(on.rows.size(), 1);
        QCOMPARE(on.rows[0][0].toString(), u"W-2"_s);

        // A revoked device is refused.
        GateDevices(*f.ctx).revokeDevice(u"GATE1-TAB"_s);
        reply = send(request(port, token), body({}));
        QCOMPARE(reply.status, 401);
        QVERIFY(reply.body.value(u"reason"_s).toString().contains(u"revoked"_s));
        QCOMPARE(f.audits(u"checkin.auth.refuse"_s), 0);
        const QJsonObject refused = server.stats().value(u"refused"_s).toObject();
        QCOMPARE(refused.value(u"by_reason"_s).toObject().value(u"unauthorized"_s).toInt(), 3);
        QCOMPARE(refused.value(u"by_device"_s).toObject().value(u"GATE1-TAB"_s).toObject().value(u"unauthorized"_s).toInt(), 1);
        QCOMPARE(server.stats().value(u"accepted"_s).toInt(), 3);
    }
};

QTEST_MAIN(TestCheckinIntake)
#include "tst_checkin_intake.moc"
