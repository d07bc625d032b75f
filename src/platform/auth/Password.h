// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace gl::password {
/// Argon2id (libsodium crypto_pwhash_str, interactive limits). The result embeds salt and parameters.
QString hash(const QString &password);
bool verify(const QString &storedHash, const QString &password);
} // namespace gl::password
