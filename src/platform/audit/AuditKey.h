// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace gl {

/// The key of the audit chain's HMACs (HMAC-SHA-256, libsodium's crypto_auth_hmacsha256), kept in a file
/// outside the store like the camera credential key: $GUARDLINE_AUDIT_KEY if set, else
/// `<user config dir>/audit.key`, 32 random bytes created on first use with mode 0600 (atomically: two
/// processes creating it at once end up with the same key). Someone who can write the store but cannot
/// read this file cannot append or rewrite an entry that `audit verify` accepts (docs/SECURITY.md).
class AuditKey {
public:
    static QString defaultPath();
    explicit AuditKey(QString path = defaultPath());

    QString path() const { return m_path; }
    /// The key, or an empty array when the file does not exist and `create` is false. Throws
    /// gl::Error(Storage) when the file cannot be read, written or is not a key.
    QByteArray load(bool create) const;
    /// 16 hex digits identifying a key (a BLAKE2b digest; never the key).
    static QString idOf(const QByteArray &key);
    /// HMAC-SHA-256 of `message` under `key`, in hex.
    static QString mac(const QByteArray &key, const QByteArray &message);
    /// Constant-time check of a hex MAC.
    static bool check(const QByteArray &key, const QByteArray &message, const QString &macHex);

private:
    QString m_path;
};

} // namespace gl
