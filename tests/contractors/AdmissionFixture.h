// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "demo/DemoLayout.h"
#include "modules/admission/intake/WatermarkOcr.h"
#include "modules/admission/logic/AdmissionDocuments.h"
#include "modules/admission/logic/CheckinService.h"
#include "modules/admission/logic/ContractorService.h"
#include "modules/admission/logic/ExpiryTasks.h"
#include "modules/admission/logic/GateDevices.h"
#include "modules/admission/logic/RegistryCheck.h"
#include "modules/admission/logic/RosterImport.h"
#include "modules/site/layout/SiteLayout.h"
#include "modules/site/logic/SiteService.h"
#include "platform/auth/UserService.h"
#include "platform/domain/Identifiers.h"
#include "platform/store/Schema.h"
#include "platform/util/Error.h"
#include "TestDb.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTimeZone>

#include <cmath>
#include <memory>

namespace gl::test {

using namespace Qt::StringLiterals;

/// The demo layout (Asia/Shanghai, origin 31.95 N 120.88 E, gates GATE-1 and GATE-2), a coordinator and a
/// viewer, contractors C-1 and C-2 with workers W-1, W-2 (C-1) and W-3 (C-2), the DAY shift.
/// The clock stands at Monday 2026-03-02 08:00 site time.
class AdmissionFixture {
public:
    explicit AdmissionFixture(Backend backend) : m_db(backend)
    {
        admission::installWatermarkReader(); // check-ins read the panorama's timestamp watermark (Tesseract)
        if (!m_db.available())
            return;
        try {
            seed();
        } catch (const Error &e) {
            qFatal("fixture: %s", qPrintable(e.message()));
        }
    }
    void seed()
    {
        store = m_db.open();
        Schema::migrate(*store);
        clock.set(at(u"2026-03-02T08:00"_s));
        ctx = std::make_unique<ServiceContext>(ServiceContext{*store, Actor::system(u"test"_s), &clock});
        UserService users(*ctx);
        users.add(u"root"_s, u"Admin"_s, Role::Admin, u"a long enough password"_s);
        users.add(u"coord"_s, u"Coordinator"_s, Role::ContractorCoordinator, u"a long enough password"_s);
        users.add(u"viewer"_s, u"Viewer"_s, Role::Viewer, u"a long enough password"_s);
        const QByteArray json = demo::demoLayoutJson();
        layout = site::SiteLayout::parse(json, u"demo"_s);
        SiteService(*ctx).importLayout(layout, json);
        ContractorService cs(*ctx);
        cs.addShift(u"DAY"_s, u"Day shift"_s, u"08:00"_s, u"16:00"_s);
        cs.registerContractor({u"C-1"_s, u"Contractor One"_s, {}, creditCode(1), u"maintenance"_s, {}, QDate(2025, 1, 1)});
        cs.registerContractor({u"C-2"_s, u"Contractor Two"_s, {}, creditCode(2), u"lifting"_s, {}, QDate(2025, 1, 1)});
        int n = 0;
        for (const auto &[w, c] : {std::pair{u"W-1"_s, u"C-1"_s}, std::pair{u"W-2"_s, u"C-1"_s}, std::pair{u"W-3"_s, u"C-2"_s}})
            cs.addWorker({w, u"Worker "_s + w, c, residentId(++n), u"fitter"_s, {}, QDate(2026, 2, 1), false});
        as(u"coord"_s);
    }
    bool available() const { return m_db.available(); }
    QString url() const { return m_db.url(); }

    static qint64 at(const QString &isoLocal)
    {
        const QDateTime t = QDateTime::fromString(isoLocal, Qt::ISODate);
        return QDateTime(t.date(), t.time(), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch();
    }
    static QString creditCode(int n)
    {
        const QString first17 = u"91320581MA1%1"_s.arg(n * 7919 % 1000000, 6, 10, QLatin1Char('0'));
        return first17 + ids::creditCodeCheckChar(first17);
    }
    static QString residentId(int n)
    {
        const QString first17 = u"32058119850101%1"_s.arg(n % 1000, 3, 10, QLatin1Char('0'));
        return first17 + ids::residentIdCheckChar(first17);
    }
    void as(const QString &user) { ctx->actor = UserService::actorFor(*store, user); }
    /// Records the four documents of `contractor` (valid and paid from 2000 to 2099, whatever the day the test
    /// runs), so that it is admitted (issue #17) — for tests about check-ins and permits, not documents.
    void admit(const QString &contractor)
    {
        const Actor before = ctx->actor;
        ctx->actor = Actor::system(u"test"_s);
        for (const QString &kind : ContractorService::documentKinds())
            ContractorService(*ctx).addDocument(contractor, {kind, kind + u".pdf"_s, {}, QString(64, u'0'), QDate(2000, 1, 1),
                                                             QDate(2099, 12, 31), QDate(2000, 1, 1), QDate(2099, 12, 31)});
        ctx->actor = before;
    }
    int count(const QString &table, const QString &where = u"1 = 1"_s, const QVariantList &binds = {})
    {
        return store->scalar(u"SELECT count(*) FROM %1 WHERE %2"_s.arg(table, where), binds).toInt();
    }
    int audits(const QString &action) { return count(u"audit_log"_s, u"action = ?"_s, {action}); }
    QString lastAuditDetails(const QString &action)
    {
        return store->scalar(u"SELECT details FROM audit_log WHERE action = ? ORDER BY seq DESC LIMIT 1"_s, {action}).toString();
    }
    /// lat/lon of a site point (the inverse of SiteLayout::toSite).
    std::pair<double, double> gps(double x, double y) const
    {
        constexpr double R = 6371008.8;
        const double lat = layout.originLat + y / R * 180.0 / M_PI;
        const double lon = layout.originLon + x / (R * std::cos(layout.originLat * M_PI / 180.0)) * 180.0 / M_PI;
        return {lat, lon};
    }

    std::unique_ptr<Database> store;
    ManualClock clock;
    std::unique_ptr<ServiceContext> ctx;
    site::SiteLayout layout;

private:
    TestDb m_db;
};

/// A real PDF of `pages` pages, drawn with Qt's PDF writer.
inline QByteArray makePdf(int pages = 1)
{
    QByteArray pdf;
    QBuffer b(&pdf);
    b.open(QIODevice::WriteOnly);
    {
        QPdfWriter w(&b);
        QPainter p(&w);
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                w.newPage();
            p.drawRect(100, 100 + i * 10, 2000, 1200);
        }
    }
    return pdf;
}

/// The same PDF with a standard-security /Encrypt dictionary in its trailer (a user password is needed).
inline QByteArray encryptedPdf()
{
    QByteArray pdf = makePdf();
    const qsizetype t = pdf.lastIndexOf("trailer");
    const qsizetype open = pdf.indexOf("<<", t);
    pdf.insert(open + 2, "/Encrypt << /Filter /Standard /V 1 /R 2 /O <" + QByteArray(32, 'a').toHex() + "> /U <" + QByteArray(32, 'b').toHex()
                             + "> /P -4 >> /ID [<0123456789abcdef0123456789abcdef><0123456789abcdef0123456789abcdef>]\n");
    return pdf;
}

/// A gate panorama as a phone capture app takes it: a plant scene with the capture time burnt into the
/// bottom-right corner (white digits with a dark outline, the place above it). `stamp` empty: no watermark.
inline QImage panorama(const QString &stamp, int width = 1280)
{
    const int height = width / 2;
    QImage img(width, height, QImage::Format_RGB32);
    QPainter p(&img);
    QLinearGradient sky(0, 0, 0, height / 2);
    sky.setColorAt(0, QColor(120, 160, 210));
    sky.setColorAt(1, QColor(200, 215, 230));
    p.fillRect(0, 0, width, height / 2, sky);
    p.fillRect(0, height / 2, width, height / 2, QColor(96, 100, 92));
    p.setPen(Qt::NoPen);
    for (int i = 0; i < 6; ++i) { // tanks and a pipe rack
        p.setBrush(QColor(190 + i * 5, 192, 196));
        p.drawRect(width / 14 + i * width / 6, height / 4 + (i % 2) * 20, width / 9, height / 4 - (i % 2) * 20);
    }
    p.setBrush(QColor(170, 60, 40));
    p.drawRect(0, height / 2 + 10, width, height / 60 + 2);
    if (!stamp.isEmpty()) {
        QFont f(u"DejaVu Sans"_s);
        f.setBold(true);
        f.setPixelSize(std::max(14, width / 40));
        QPainterPath path;
        const QFontMetrics fm(f);
        const int x = width - fm.horizontalAdvance(stamp) - width / 40, y = height - height / 25;
        path.addText(x, y, f, stamp);
        path.addText(x, y - fm.height() * 1.2, f, u"Gate 1"_s);
        p.setRenderHint(QPainter::Antialiasing);
        p.strokePath(path, QPen(QColor(20, 20, 20), 4));
        p.fillPath(path, Qt::white);
    }
    p.end();
    return img;
}

/// "2026:03:02 08:01:30" (EXIF) → "2026-03-02 08:01:30" (what the capture app prints).
inline QString stampOf(const QByteArray &exifTime)
{
    QString s = QString::fromLatin1(exifTime);
    if (s.size() >= 10) {
        s[4] = u'-';
        s[7] = u'-';
    }
    return s;
}

inline constexpr char kSameAsExif[] = "=exif";

/// A JPEG panorama with an EXIF block holding DateTimeOriginal (and OffsetTimeOriginal when given); no
/// EXIF when `dateTime` is empty. The burnt-in watermark is the EXIF time (the capture app prints what it
/// records) unless `watermark` says otherwise; empty: no watermark.
/// `jpg` with an APP1 EXIF block holding DateTimeOriginal (and OffsetTimeOriginal when given) after its SOI.
inline QByteArray withExif(const QByteArray &jpg, const QByteArray &dateTime, const QByteArray &offset = {})
{
    QByteArray t("MM\0*", 4);
    auto u16 = [&t](quint16 v) { t.append(char(v >> 8)).append(char(v & 0xFF)); };
    auto u32 = [&](quint32 v) { u16(quint16(v >> 16)); u16(quint16(v & 0xFFFF)); };
    const int n = offset.isEmpty() ? 1 : 2;
    u32(8);
    u16(1);
    u16(0x8769); u16(4); u32(1); u32(8 + 2 + 12 + 4);
    u32(0);
    const quint32 exifIfd = quint32(t.size());
    const quint32 dataAt = exifIfd + 2 + quint32(n) * 12 + 4;
    u16(quint16(n));
    u16(0x9003); u16(2); u32(quint32(dateTime.size() + 1)); u32(dataAt);
    if (n == 2) {
        u16(0x9011); u16(2); u32(quint32(offset.size() + 1)); u32(dataAt + quint32(dateTime.size() + 1));
    }
    u32(0);
    t.append(dateTime).append('\0');
    if (n == 2)
        t.append(offset).append('\0');
    const QByteArray payload = QByteArray("Exif\0\0", 6) + t;
    QByteArray seg("\xFF\xE1");
    const int len = int(payload.size()) + 2;
    seg.append(char(len >> 8)).append(char(len & 0xFF)).append(payload);
    return jpg.left(2) + seg + jpg.mid(2);
}

/// A JPEG panorama with an EXIF block holding DateTimeOriginal (and OffsetTimeOriginal when given); no
/// EXIF when `dateTime` is empty. The burnt-in watermark is the EXIF time (the capture app prints what it
/// records) unless `watermark` says otherwise; empty: no watermark.
inline QByteArray jpeg(const QByteArray &dateTime, const QByteArray &offset = {}, const QString &watermark = QString::fromLatin1(kSameAsExif))
{
    const QImage img = panorama(watermark == QLatin1String(kSameAsExif) ? stampOf(dateTime) : watermark);
    QByteArray jpg;
    QBuffer b(&jpg);
    b.open(QIODevice::WriteOnly);
    img.save(&b, "JPEG", 80);
    if (dateTime.isEmpty())
        return jpg;
    return withExif(jpg, dateTime, offset);
}

} // namespace gl::test
