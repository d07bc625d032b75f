// SPDX-License-Identifier: Apache-2.0
#include "platform/auth/Password.h"
#include "platform/util/Error.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace gl::password {
namespace {
void initSodium()
{
    static const bool ok = sodium_init() >= 0;
    if (!ok)
        fail(ErrorCode::Unknown, u"libsodium could not be initialised"_s);
}
} // namespace

QString hash(const QString &password)
{
    initSodium();
    const QByteArray pw = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, pw.constData(), quint64(pw.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        fail(ErrorCode::Unknown, u"password hashing ran out of memory"_s);
    return QString::fromLatin1(out);
}

bool verify(const QString &storedHash, const QString &password)
{
    initSodium();
    const QByteArray h = storedHash.toLatin1();
    const QByteArray pw = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), pw.constData(), quint64(pw.size())) == 0;
}

} // namespace gl::password
