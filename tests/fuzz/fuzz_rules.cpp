// SPDX-License-Identifier: Apache-2.0
// The alarm rules JSON (docs/rules.md): parseRules.
#include "FuzzCommon.h"
#include "modules/telemetry/rules/Rule.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    gl::fuzz::quiet();
    const QByteArray json = gl::fuzz::bytes(data, size);
    gl::fuzz::expectOnlyGlErrors([&] { gl::rules::parseRules(json, u"fuzz.json"_s); });
    return 0;
}
