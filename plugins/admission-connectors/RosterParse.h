// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <guardline/Admission.h>

#include <QByteArray>
#include <QString>

namespace gl::roster {

/// Reads a whitelist (`what` "whitelist": worker,contractor,card,valid_until) or a shift roster ("shifts":
/// date,shift,worker,area) from CSV bytes (UTF-8, BOM optional, RFC 4180 quotes). A bad row is kept with
/// its `error`; a missing header column or an empty file sets the fetch's `error` naming `source`.
gl::sdk::RosterFetch parseCsv(const QString &what, const QByteArray &bytes, const QString &source);
/// The same from a JSON array of objects, or an object with a `what` array.
gl::sdk::RosterFetch parseJson(const QString &what, const QByteArray &bytes, const QString &source);

} // namespace gl::roster
