// SPDX-License-Identifier: Apache-2.0
#include "demo/DemoAdmission.h"
#include "modules/admission/logic/CheckinService.h"
#include "modules/admission/logic/CheckinWatermark.h"
#include "modules/admission/logic/GateDevices.h"
#include "modules/site/layout/SiteLayout.h"
#include "modules/site/logic/SiteService.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"
#include "platform/util/Log.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace gl::demo {

namespace {

/// A 16×8 grey JPEG (ffmpeg, quality 8): the demo's stand-in for a gate panorama; EXIF is added per check-in.
const QByteArray &tinyJpeg()
{
    static const QByteArray jpg = QByteArray::fromHex("ffd8ffe000104a46494600010200000100010000fffe00104c61766335392e33372e31303000ffdb0043000810101310131616161616161a181a1b1b1b1a1a1a1a1b1b1b1d1d1d2222221d1d1d1b1b1d1d2020222225262523232223262628282830302e2e38383a454553ffc4004c0001010000000000000000000000000000000401010100000000000000000000000000000405100100000000000000000000000000000000110100000000000000000000000000000000ffc00011080008001003012200021100031100ffda000c03010002110311003f009402d3dfffd9");
    return jpg;
}

/// The JPEG with an APP1 EXIF block holding DateTimeOriginal ("YYYY:MM:DD HH:MM:SS", site time).
QByteArray withExifTime(const QByteArray &jpeg, const QByteArray &dateTime)
{
    QByteArray t("MM\0*", 4);
    auto u16 = [&t](quint16 v) { t.append(char(v >> 8)).append(char(v & 0xFF)); };
    auto u32 = [&](quint32 v) { u16(quint16(v >> 16)); u16(quint16(v & 0xFFFF)); };
    u32(8);
    u16(1);
    u16(0x8769); u16(4); u32(1); u32(8 + 2 + 12 + 4);
    u32(0);
    const quint32 dataAt = quint32(t.size()) + 2 + 12 + 4;
    u16(1);
    u16(0x9003); u16(2); u32(quint32(dateTime.size() + 1)); u32(dataAt);
    u32(0);
    t.append(dateTime).append('\0');
    const QByteArray payload = QByteArray("Exif\0\0", 6) + t;
    QByteArray seg("\xFF\xE1");
    const int len = int(payload.size()) + 2;
    seg.append(char(len >> 8)).append(char(len & 0xFF)).append(payload);
    return jpeg.left(2) + seg + jpeg.mid(2);
}

QByteArray pdfEscape(const QString &s)
{
    QByteArray out;
    for (const QChar c : s) {
        const char l = c.unicode() < 128 ? char(c.unicode()) : '?';
        if (l == '(' || l == ')' || l == '\\')
            out += '\\';
        out += l;
    }
    return out;
}

} // namespace

QByteArray documentPdf(const QString &contractor, const QString &kind, QDate issued, QDate expires)
{
    const QStringList lines = {u"Guardline demo plant - contractor document"_s, u"Contractor: %1"_s.arg(contractor),
                               u"Document: %1"_s.arg(kind), u"Issued: %1"_s.arg(issued.toString(Qt::ISODate)),
                               u"Expires: %1"_s.arg(expires.toString(Qt::ISODate)),
                               u"(Demo data: a stand-in for the scanned original.)"_s};
    QByteArray content = "BT /F1 16 Tf 72 760 Td 22 TL\n";
    for (const QString &l : lines)
        content += "(" + pdfEscape(l) + ") Tj T*\n";
    content += "ET\n";
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref)
        + "\n%%EOF\n";
    return pdf;
}

void loadAdmission(ServiceContext &ctx, ManualClock &clock, qint64 now, QDate today, const QTimeZone &tz)
{
    const Actor before = ctx.actor;
    ctx.actor = Actor::system(u"demo"_s);
    GateDevices tablets(ctx);
    CheckinService admission(ctx);
    const site::SiteLayout layout = SiteService(ctx).layout();
    const QStringList devices{u"GATE-1"_s, u"GATE-2"_s};
    for (const QString &gate : devices)
        tablets.addDevice(u"TAB-"_s + gate, u"Check-in tablet at "_s + gate); // tokens are not kept: the demo never posts
    // This morning's rostered contractor workers check in, from 3 h ago, two minutes apart.
    QStringList workers;
    {
        QSqlQuery q = ctx.db.exec(u"SELECT p.code FROM shift_assignments s JOIN people p ON p.id = s.person_id "
                                  "WHERE s.work_date = ? AND p.kind = 'contractor_worker' ORDER BY p.code"_s,
                                  {today.toString(Qt::ISODate)});
        while (q.next())
            workers << q.value(0).toString();
    }
    auto gatePos = [&](const QString &gate) {
        for (const site::Equipment &e : layout.equipment)
            if (e.code == gate)
                return QPointF(e.position.x, e.position.y);
        return QPointF();
    };
    auto fix = [&](QPointF p) {
        constexpr double R = 6371008.8;
        return std::pair{layout.originLat + p.y() / R * 180.0 / M_PI,
                         layout.originLon + p.x() / (R * std::cos(layout.originLat * M_PI / 180.0)) * 180.0 / M_PI};
    };
    const int n = int(std::min<qsizetype>(workers.size(), 36));
    const std::shared_ptr<const WatermarkReader> reader = watermarkReader();
    int accepted = 0;
    for (int i = 0; i < n; ++i) {
        const QString gate = devices[i % 3 == 2 ? 1 : 0];
        const qint64 at = now - 3 * 3600 * 1000 + i * 2 * 60 * 1000;
        clock.set(std::max(clock.nowMs(), at + 20 * 1000));
        const QPointF p = gatePos(gate) + QPointF((i % 6) * 1.5 - 4, (i / 6 % 4) * 1.5 - 2);
        const auto [lat, lon] = fix(p);
        CheckinInput in;
        in.worker = workers[i];
        in.gate = gate;
        in.lat = lat;
        in.lon = lon;
        in.accuracyM = 3 + (i % 5);
        in.at = at;
        in.watermarkAt = at + 15 * 1000;
        const QString local = QDateTime::fromMSecsSinceEpoch(at + 15 * 1000, tz).toString(u"yyyy:MM:dd HH:mm:ss"_s);
        // The panorama with its burnt-in timestamp (read back by OCR on check-in); without a watermark
        // reader in this program the check-ins are refused like any unreadable photo.
        const QString stamp = QDateTime::fromMSecsSinceEpoch(at + 15 * 1000, tz).toString(u"yyyy-MM-dd HH:mm:ss"_s);
        const QByteArray pano = reader ? reader->demoPanorama(stamp, i) : QByteArray();
        in.photo = withExifTime(pano.isEmpty() ? tinyJpeg() : pano, local.toLatin1());
        in.exifTime = QDateTime::fromMSecsSinceEpoch(at + 15 * 1000, tz).toString(u"yyyy-MM-ddTHH:mm:ss"_s);
        if (i == 5 || i == 11) { // refused: a poor GPS fix, then a photo without EXIF time
            if (i == 5)
                in.accuracyM = 40;
            else {
                in.exifTime.clear();
                in.photo = tinyJpeg();
            }
        }
        try {
            admission.checkIn(u"TAB-"_s + gate, in, layout);
            ++accepted;
        } catch (const Error &e) {
            qCInfo(lcDemo).noquote() << "demo check-in refused as intended:" << e.message();
        }
    }
    ctx.actor = before;
    qCInfo(lcDemo) << "demo check-ins:" << accepted << "on site";
}

} // namespace gl::demo
