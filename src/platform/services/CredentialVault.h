// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace gl {

/// Camera credentials sealed with libsodium's crypto_secretbox (XSalsa20-Poly1305) under a 32-byte key
/// kept in a file outside the store and the layout: $GUARDLINE_CREDENTIAL_KEY if set, else
/// `<user config dir>/camera-credentials.key`, created on first use with mode 0600. The store holds only
/// the nonce, the ciphertext and the key's id (a BLAKE2b digest of the key), so a stolen database does
/// not reveal a password, and a store opened with another key says so instead of decrypting garbage.
class CredentialVault {
public:
    struct Sealed {
        QString keyId;      ///< 16 hex digits identifying the key that sealed it
        QByteArray nonce;   ///< crypto_secretbox_NONCEBYTES random bytes
        QByteArray ciphertext;
    };

    static QString defaultKeyPath();
    explicit CredentialVault(QString keyPath = defaultKeyPath());

    QString keyPath() const { return m_path; }
    /// Seals `plain` with a fresh random nonce; creates the key file (0600) when it does not exist.
    Sealed seal(const QByteArray &plain);
    /// Opens a sealed value. Throws gl::Error(Forbidden) when the key is missing or is not the one that
    /// sealed it, and gl::Error(Storage) when the ciphertext was altered.
    QByteArray open(const Sealed &sealed) const;
    /// The id of the key in the key file (creating it when `create`); empty when there is none.
    QString keyId(bool create = false);

private:
    QByteArray loadKey(bool create) const;
    QString m_path;
};

} // namespace gl
