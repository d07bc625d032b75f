// SPDX-License-Identifier: Apache-2.0
#include "platform/audit/AuditKey.h"
#include "platform/util/Error.h"
#include "platform/util/Log.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <sodium.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace gl {
namespace {
void initSodium()
{
    static const bool ok = sodium_init() >= 0;
    if (!ok)
        fail(ErrorCode::Unknown, u"libsodium could not be initialised"_s);
}

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
constexpr int kKeyBytes = int(crypto_auth_hmacsha256_KEYBYTES);
} // namespace

QString AuditKey::defaultPath()
{
    const QString env = qEnvironmentVariable("GUARDLINE_AUDIT_KEY");
    if (!env.isEmpty())
        return env;
    // One file for every Guardline program of the user (the command center, guardlinectl, guardline-server
    // and the tests have different application names, so not their AppConfigLocation). Resolved once per
    // process: a program that switches QStandardPaths to test mode later still signs with the key it
    // started with.
    static const QString standard = []() -> QString {
        QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        if (dir.isEmpty())
            dir = QDir::homePath() + u"/.config"_s;
        return dir + u"/Guardline/audit.key"_s;
    }();
    return standard;
}

AuditKey::AuditKey(QString path) : m_path(std::move(path)) { initSodium(); }

QByteArray AuditKey::load(bool create) const
{
    QFile f(m_path);
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly))
            fail(ErrorCode::Storage, u"audit key %1: cannot be read: %2"_s.arg(m_path, f.errorString()));
        const QByteArray key = f.read(kKeyBytes + 1);
        if (key.size() != kKeyBytes)
            fail(ErrorCode::Storage, u"audit key %1: not a key (%2 bytes, expected %3)"_s.arg(m_path).arg(key.size()).arg(kKeyBytes));
        if ((QFileInfo(m_path).permissions() & ~(kOwnerOnly | QFile::ReadUser | QFile::WriteUser)) != 0) {
            qCWarning(lcAudit).noquote() << "audit key" << m_path << "was readable by others; set to 0600";
            QFile::setPermissions(m_path, kOwnerOnly);
        }
        return key;
    }
    if (!create)
        return {};
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(dir))
        fail(ErrorCode::Storage, u"audit key %1: cannot create its folder"_s.arg(m_path));
    // Written to a private temporary file, then hard-linked under its name: link() never replaces an existing
    // file, so of two processes creating the key at once one wins and the other reads the winner's key.
    QTemporaryFile tmp(dir + u"/.audit.key.XXXXXX"_s);
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    crypto_auth_hmacsha256_keygen(reinterpret_cast<unsigned char *>(key.data()));
    const bool written = tmp.open() && tmp.setPermissions(kOwnerOnly) && tmp.write(key) == key.size() && tmp.flush()
        && ::fsync(tmp.handle()) == 0;
    sodium_memzero(key.data(), size_t(key.size()));
    if (!written)
        fail(ErrorCode::Storage, u"audit key %1: cannot be written: %2"_s.arg(m_path, tmp.errorString()));
    if (::link(QFile::encodeName(tmp.fileName()).constData(), QFile::encodeName(m_path).constData()) != 0) {
        const int err = errno;
        if (err != EEXIST)
            fail(ErrorCode::Storage, u"audit key %1: cannot be created: %2"_s.arg(m_path, QString::fromLocal8Bit(std::strerror(err))));
    } else {
        qCInfo(lcAudit).noquote() << "created audit key" << m_path;
    }
    return load(false);
}

QString AuditKey::idOf(const QByteArray &key)
{
    initSodium();
    unsigned char digest[8];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char *>(key.constData()), size_t(key.size()),
                       nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

QString AuditKey::mac(const QByteArray &key, const QByteArray &message)
{
    if (key.size() != kKeyBytes)
        fail(ErrorCode::Unknown, u"audit key: wrong size"_s);
    unsigned char out[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256(out, reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                           reinterpret_cast<const unsigned char *>(key.constData()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex());
}

bool AuditKey::check(const QByteArray &key, const QByteArray &message, const QString &macHex)
{
    const QByteArray given = QByteArray::fromHex(macHex.toLatin1());
    if (key.size() != kKeyBytes || given.size() != int(crypto_auth_hmacsha256_BYTES))
        return false;
    return crypto_auth_hmacsha256_verify(reinterpret_cast<const unsigned char *>(given.constData()),
                                         reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                                         reinterpret_cast<const unsigned char *>(key.constData()))
        == 0;
}

} // namespace gl
