// SPDX-License-Identifier: Apache-2.0
// Evidence snapshots end to end on both backends: a full-resolution JPEG with the time (site zone) and
// camera burned in, stored with its SHA-256 in the audit chain, read back intact, attached to a hazard and a permit.
#include "modules/video/decode/EvidenceSnapshot.h"
#include "modules/video/logic/EvidenceService.h"
#include "platform/audit/AuditLog.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"
#include "VideoDbFixture.h"

#include <QCryptographicHash>
#include <QGuiApplication>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {
QImage testFrame(int w, int h)
{
    QImage img(w, h, QImage::Format_RGB32);
    img.fill(QColor(40, 90, 160));
    QPainter p(&img);
    p.fillRect(QRect(w / 4, h / 4, w / 2, h / 2), Qt::yellow);
    return img;
}

QString firstCode(Database &db, const QString &table)
{
    return db.scalar(u"SELECT code FROM %1 ORDER BY code LIMIT 1"_s.arg(table)).toString();
}
} // namespace

class TestEvidence : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void burnsTimeAndZone()
    {
        const QTimeZone zone("Asia/Shanghai");
        const QDateTime at = QDateTime(QDate(2026, 3, 2), QTime(10, 30, 5), zone);
        const video::EvidenceSnapshot s = video::makeEvidenceSnapshot(testFrame(1280, 720), u"CAM-05 Tank farm dike A"_s, at);
        QCOMPARE(s.size, QSize(1280, 720));
        QVERIFY(s.caption.contains(u"2026-03-02T10:30:05+08:00"_s));
        QVERIFY(s.caption.contains(u"Asia/Shanghai"_s));
        QVERIFY(s.caption.startsWith(u"CAM-05 Tank farm dike A"_s));
        const QImage decoded = QImage::fromData(s.jpeg, "JPEG");
        QCOMPARE(decoded.size(), QSize(1280, 720));
        // The band at the bottom is dark with light text; the picture above is untouched.
        const QColor band = decoded.pixelColor(1275, 715), above = decoded.pixelColor(10, 10);
        QVERIFY(band.value() < 80);
        QVERIFY(qAbs(above.blue() - 160) < 12);
    }

    void storeAttachList_data() { test::addBackendRows(); }
    void storeAttachList()
    {
        QFETCH(Backend, backend);
        test::VideoDb f(backend);
        GL_REQUIRE_BACKEND(f.db);
        f.as(u"disp"_s);
        EvidenceService ev(*f.ctx);

        const QTimeZone zone("Asia/Shanghai");
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(1772418605123, zone);
        const video::EvidenceSnapshot s = video::makeEvidenceSnapshot(testFrame(1920, 1080), u"CAM-05"_s, at);
        const qint64 id = ev.store({u"CAM-05"_s, s.jpeg, QString::fromLatin1(s.sha256Hex), at.toMSecsSinceEpoch(),
                                    QString::fromUtf8(zone.id()), s.size.width(), s.size.height()});
        QVERIFY(id > 0);

        // Read back: the same bytes, a JPEG at full resolution, and the audit entry's hash is the file's.
        const QByteArray bytes = ev.content(id);
        QCOMPARE(bytes, s.jpeg);
        QCOMPARE(QImage::fromData(bytes, "JPEG").size(), QSize(1920, 1080));
        QSqlQuery q = f.store->exec(u"SELECT actor, details, area FROM audit_log WHERE action = 'evidence.capture' AND object_id = ?"_s,
                                    {QString::number(id)});
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"disp"_s);
        const QJsonObject d = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        QCOMPARE(d.value(u"sha256"_s).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(d.value(u"camera"_s).toString(), u"CAM-05"_s);
        QCOMPARE(d.value(u"taken_at"_s).toString(), u"2026-03-02T10:30:05.123+08:00"_s);
        QCOMPARE(q.value(2).toString(), u"TF1"_s);
        const EvidenceRecord r = ev.get(id);
        QCOMPARE(r.cameraName, u"Tank farm dike A"_s);
        QCOMPARE(r.width, 1920);
        QCOMPARE(r.timeZone, u"Asia/Shanghai"_s);

        // Attach to a hazard and a permit; listed under each; audited on the object with the hash.
        const QString hazard = firstCode(*f.store, u"hazards"_s), permit = firstCode(*f.store, u"permits"_s);
        ev.attach(id, u"hazard"_s, hazard, u"leak at the flange"_s);
        ev.attach(id, u"permit"_s, permit);
        QCOMPARE(ev.list(u"hazard"_s, hazard).size(), 1);
        QCOMPARE(ev.list(u"permit"_s, permit).first().id, id);
        QCOMPARE(ev.list(u"camera"_s, u"CAM-05"_s).first().links.size(), 2);
        QSqlQuery a = f.store->exec(u"SELECT details FROM audit_log WHERE action = 'evidence.attach' AND object_type = 'hazard' "
                                    "AND object_id = ?"_s, {hazard});
        QVERIFY(a.next());
        QVERIFY(a.value(0).toString().contains(QString::fromLatin1(s.sha256Hex)));

        // Refusals change nothing.
        const qint64 entries = f.store->scalar(u"SELECT count(*) FROM audit_log"_s).toLongLong();
        const auto refused = [&](auto fn, ErrorCode code, const QString &text) {
            try {
                fn();
                QFAIL(qPrintable(u"accepted: "_s + text));
            } catch (const Error &e) {
                QCOMPARE(e.code(), code);
                QVERIFY2(e.message().contains(text), qPrintable(e.message()));
            }
        };
        refused([&] { ev.attach(id, u"hazard"_s, hazard); }, ErrorCode::Conflict, u"already attached"_s);
        refused([&] { ev.attach(id, u"hazard"_s, u"HZ-NOPE"_s); }, ErrorCode::NotFound, u"HZ-NOPE"_s);
        refused([&] { ev.attach(id, u"worker"_s, hazard); }, ErrorCode::BadInput, u"object_type"_s);
        refused([&] { ev.attach(999999, u"hazard"_s, hazard); }, ErrorCode::NotFound, u"999999"_s);
        QByteArray altered = s.jpeg;
        altered[altered.size() / 2] = char(altered[altered.size() / 2] ^ 0x20);
        refused([&] { ev.store({u"CAM-05"_s, altered, QString::fromLatin1(s.sha256Hex), at.toMSecsSinceEpoch(), u"Asia/Shanghai"_s, 1920, 1080}); },
                ErrorCode::BadInput, u"field 'sha256'"_s);
        refused([&] { ev.store({u"CAM-05"_s, "not a jpeg", {}, at.toMSecsSinceEpoch(), u"Asia/Shanghai"_s, 1, 1}); },
                ErrorCode::BadInput, u"not a JPEG"_s);
        refused([&] { ev.store({u"CAM-99"_s, s.jpeg, {}, at.toMSecsSinceEpoch(), u"Asia/Shanghai"_s, 1920, 1080}); },
                ErrorCode::NotFound, u"CAM-99"_s);
        QCOMPARE(f.store->scalar(u"SELECT count(*) FROM audit_log"_s).toLongLong(), entries);
        QCOMPARE(f.store->scalar(u"SELECT count(*) FROM evidence_snapshots"_s).toInt(), 1);

        // A viewer may look but not capture.
        f.as(u"viewer"_s);
        QCOMPARE(EvidenceService(*f.ctx).list().size(), 1);
        refused([&] { EvidenceService(*f.ctx).store({u"CAM-05"_s, s.jpeg, {}, at.toMSecsSinceEpoch(), {}, 1920, 1080}); },
                ErrorCode::Forbidden, u"evidence.capture"_s);

        // Bytes altered in the store are caught on read.
        f.store->exec(u"UPDATE evidence_snapshots SET content = ? WHERE id = ?"_s, {altered, id});
        refused([&] { (void)EvidenceService(*f.ctx).content(id); }, ErrorCode::Storage, u"SHA-256"_s);
        QVERIFY(AuditLog::verify(*f.store).ok);
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // text is burned in with QPainter
    TestEvidence t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_evidence.moc"
