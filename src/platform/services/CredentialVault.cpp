// SPDX-License-Identifier: Apache-2.0
#include "platform/services/CredentialVault.h"
#include "platform/util/Error.h"
#include "platform/util/Log.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace gl {
namespace {
void initSodium()
{
    static const bool ok = sodium_init() >= 0;
    if (!ok)
        fail(ErrorCode::Unknown, u"libsodium could not be initialised"_s);
}

QString idOfKey(const QByteArray &key)
{
    unsigned char digest[8];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char *>(key.constData()), size_t(key.size()),
                       nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
} // namespace

QString CredentialVault::defaultKeyPath()
{
    const QString env = qEnvironmentVariable("GUARDLINE_CREDENTIAL_KEY");
    if (!env.isEmpty())
        return env;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + u"/.config/Guardline"_s;
    return dir + u"/camera-credentials.key"_s;
}

CredentialVault::CredentialVault(QString keyPath) : m_path(std::move(keyPath)) { initSodium(); }

QByteArray CredentialVault::loadKey(bool create) const
{
    QFile f(m_path);
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly))
            fail(ErrorCode::Storage, u"camera credential key %1: cannot be read: %2"_s.arg(m_path, f.errorString()));
        const QByteArray key = f.read(crypto_secretbox_KEYBYTES + 1);
        if (key.size() != int(crypto_secretbox_KEYBYTES))
            fail(ErrorCode::Storage, u"camera credential key %1: not a key (%2 bytes, expected %3)"_s
                                         .arg(m_path).arg(key.size()).arg(crypto_secretbox_KEYBYTES));
        // Nobody but the owner may read it: tighten a key file copied with lax permissions.
        if ((QFileInfo(m_path).permissions() & ~(kOwnerOnly | QFile::ReadUser | QFile::WriteUser)) != 0) {
            qCWarning(lcServices).noquote() << "camera credential key" << m_path << "was readable by others; set to 0600";
            QFile::setPermissions(m_path, kOwnerOnly);
        }
        return key;
    }
    if (!create)
        return {};
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        fail(ErrorCode::Storage, u"camera credential key %1: cannot create its folder"_s.arg(m_path));
    QByteArray key(int(crypto_secretbox_KEYBYTES), Qt::Uninitialized);
    crypto_secretbox_keygen(reinterpret_cast<unsigned char *>(key.data()));
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(kOwnerOnly) || out.write(key) != key.size() || !out.commit())
        fail(ErrorCode::Storage, u"camera credential key %1: cannot be written: %2"_s.arg(m_path, out.errorString()));
    QFile::setPermissions(m_path, kOwnerOnly);
    sodium_memzero(key.data(), size_t(key.size()));
    qCInfo(lcServices).noquote() << "created camera credential key" << m_path;
    return loadKey(false);
}

QString CredentialVault::keyId(bool create)
{
    const QByteArray key = loadKey(create);
    return key.isEmpty() ? QString() : idOfKey(key);
}

CredentialVault::Sealed CredentialVault::seal(const QByteArray &plain)
{
    QByteArray key = loadKey(true);
    Sealed s;
    s.keyId = idOfKey(key);
    s.nonce.resize(int(crypto_secretbox_NONCEBYTES));
    randombytes_buf(s.nonce.data(), size_t(s.nonce.size()));
    s.ciphertext.resize(plain.size() + int(crypto_secretbox_MACBYTES));
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(s.ciphertext.data()),
                          reinterpret_cast<const unsigned char *>(plain.constData()), size_t(plain.size()),
                          reinterpret_cast<const unsigned char *>(s.nonce.constData()),
                          reinterpret_cast<const unsigned char *>(key.constData()));
    sodium_memzero(key.data(), size_t(key.size()));
    return s;
}

QByteArray CredentialVault::open(const Sealed &s) const
{
    QByteArray key = loadKey(false);
    if (key.isEmpty())
        fail(ErrorCode::Forbidden, u"camera credentials cannot be opened: no key file %1 on this workstation "
                                   "(copy it from the workstation that set them, mode 0600, or set the credentials again)"_s
                                       .arg(m_path));
    if (idOfKey(key) != s.keyId) {
        sodium_memzero(key.data(), size_t(key.size()));
        fail(ErrorCode::Forbidden, u"camera credentials were sealed with key %1, but %2 holds key %3"_s
                                       .arg(s.keyId, m_path, idOfKey(loadKey(false))));
    }
    if (s.nonce.size() != int(crypto_secretbox_NONCEBYTES) || s.ciphertext.size() < int(crypto_secretbox_MACBYTES))
        fail(ErrorCode::Storage, u"camera credentials: malformed sealed value"_s);
    QByteArray plain(s.ciphertext.size() - int(crypto_secretbox_MACBYTES), Qt::Uninitialized);
    const int rc = crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()),
                                              reinterpret_cast<const unsigned char *>(s.ciphertext.constData()),
                                              size_t(s.ciphertext.size()),
                                              reinterpret_cast<const unsigned char *>(s.nonce.constData()),
                                              reinterpret_cast<const unsigned char *>(key.constData()));
    sodium_memzero(key.data(), size_t(key.size()));
    if (rc != 0)
        fail(ErrorCode::Storage, u"camera credentials: the sealed value was altered (authentication failed)"_s);
    return plain;
}

} // namespace gl
