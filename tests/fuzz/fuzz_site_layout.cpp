// SPDX-License-Identifier: Apache-2.0
// The site layout import (docs/FORMATS.md, "Site layout"): SiteLayout::parse and the all-issues validator.
#include "FuzzCommon.h"
#include "modules/site/layout/SiteLayout.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    gl::fuzz::quiet();
    const QByteArray json = gl::fuzz::bytes(data, size);
    gl::fuzz::expectOnlyGlErrors([&] { gl::site::SiteLayout::parse(json, u"fuzz.json"_s); });
    gl::fuzz::expectOnlyGlErrors([&] { gl::site::SiteLayout::validate(json, u"fuzz.json"_s, QString()); });
    return 0;
}
