// SPDX-License-Identifier: Apache-2.0
// The permit-set JSON of the conflict engine (docs/conflicts.md): parsePermits, with times without an
// offset read in a zone that has daylight-saving changes (gaps and repeated hours).
#include "FuzzCommon.h"
#include "modules/permits/simops/PermitLoader.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    gl::fuzz::quiet();
    static const QTimeZone berlin("Europe/Berlin");
    const QByteArray json = gl::fuzz::bytes(data, size);
    gl::fuzz::expectOnlyGlErrors([&] { gl::conflicts::parsePermits(json, u"fuzz.json"_s, berlin); });
    return 0;
}
