// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/admission/logic/CheckinService.h"

#include <QByteArray>
#include <QTimeZone>

namespace gl::admission {

/// Reads a check-in from an HTTP body (JSON or multipart/form-data); `error` names the field on failure.
/// `time` and `watermark_time` are read by gl::timestampFromJson, without an offset in `siteZone`.
CheckinInput parseCheckinBody(const QByteArray &contentType, const QByteArray &body, const QTimeZone &siteZone,
                              QString *error);

} // namespace gl::admission
