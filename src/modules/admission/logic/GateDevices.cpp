// SPDX-License-Identifier: Apache-2.0
#include "modules/admission/logic/GateDevices.h"
#include "platform/store/Database.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace gl {

QString GateDevices::addDevice(const QString &code, const QString &name)
{
    require(u"admission.devices"_s);
    if (code.trimmed().isEmpty())
        fail(ErrorCode::BadInput, u"device: field 'code' is required"_s);
    QByteArray raw(32, '\0');
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(raw.data()), reinterpret_cast<quint32 *>(raw.data() + raw.size()));
    const QString token = u"gld_"_s + QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    Transaction tx(db());
    if (db().scalar(u"SELECT count(*) FROM checkin_devices WHERE code = ?"_s, {code}).toInt() > 0)
        fail(ErrorCode::Conflict, u"device '%1' already exists (revoke it and add a new code)"_s.arg(code));
    db().insert(u"checkin_devices"_s, {{u"code"_s, code}, {u"name"_s, name.isEmpty() ? code : name},
                                       {u"token_hash"_s, sha256Hex(token.toUtf8())}, {u"created_at"_s, now()}});
    audit(u"checkin.device.add"_s, u"device"_s, code, {{u"name"_s, name}}); // never the token
    tx.commit();
    return token;
}

void GateDevices::revokeDevice(const QString &code)
{
    require(u"admission.devices"_s);
    Transaction tx(db());
    idOf(u"checkin_devices"_s, code, u"device"_s);
    db().exec(u"UPDATE checkin_devices SET revoked_at = ? WHERE code = ? AND revoked_at IS NULL"_s, {now(), code});
    audit(u"checkin.device.revoke"_s, u"device"_s, code, {});
    tx.commit();
}

Table GateDevices::devices() const
{
    require(u"data.read"_s);
    Table t{{u"code"_s, u"name"_s, u"created_at"_s, u"revoked_at"_s, u"last_seen_at"_s, u"checkins"_s}, {}};
    QSqlQuery q = db().exec(u"SELECT d.code, d.name, d.created_at, d.revoked_at, d.last_seen_at, "
                            "(SELECT count(*) FROM checkins k WHERE k.device_id = d.id) FROM checkin_devices d ORDER BY d.code"_s);
    while (q.next())
        t.rows << QVariantList{q.value(0).toString(), q.value(1).toString(), q.value(2), q.value(3), q.value(4), q.value(5).toInt()};
    return t;
}

QString GateDevices::authenticateDevice(const QString &token)
{
    QSqlQuery q = db().exec(u"SELECT code, revoked_at FROM checkin_devices WHERE token_hash = ?"_s, {sha256Hex(token.toUtf8())});
    if (!q.next() || !q.value(1).isNull()) {
        const bool revoked = q.isValid() && !q.value(1).isNull();
        const QString code = q.isValid() ? q.value(0).toString() : u"unknown"_s;
        q.finish();
        refuse(u"checkin.auth.refuse"_s, u"device"_s, code, {}, ErrorCode::Forbidden,
               revoked ? u"device '%1': its token was revoked"_s.arg(code) : u"unknown device token"_s);
    }
    return q.value(0).toString();
}

QString GateDevices::deviceOfToken(const QString &token, QString *why, QString *revoked) const
{
    QSqlQuery q = db().exec(u"SELECT code, revoked_at FROM checkin_devices WHERE token_hash = ?"_s, {sha256Hex(token.toUtf8())});
    if (!q.next()) {
        *why = u"unknown device token"_s;
        return {};
    }
    const QString code = q.value(0).toString();
    if (!q.value(1).isNull()) {
        *why = u"device '%1': its token was revoked"_s.arg(code);
        if (revoked)
            *revoked = code;
        return {};
    }
    return code;
}

} // namespace gl
