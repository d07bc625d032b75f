// SPDX-License-Identifier: Apache-2.0
// The check-in intake's request bodies (docs/contractors.md, "Check-in intake API"): parseCheckinBody.
// The input is the Content-Type header value, a line feed, then the body, so both are mutated.
#include "FuzzCommon.h"
#include "modules/admission/intake/CheckinBody.h"

#include <QTimeZone>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    gl::fuzz::quiet();
    static const QTimeZone shanghai("Asia/Shanghai");
    const QByteArray input = gl::fuzz::bytes(data, size);
    const qsizetype nl = input.indexOf('\n');
    const QByteArray contentType = nl < 0 ? input : input.left(nl);
    const QByteArray body = nl < 0 ? QByteArray() : input.mid(nl + 1);
    QString error;
    gl::fuzz::expectOnlyGlErrors([&] { (void)gl::admission::parseCheckinBody(contentType, body, shanghai, &error); });
    return 0;
}
