// SPDX-License-Identifier: Apache-2.0
// MQTT message payloads (plugins/mqtt, docs/telemetry.md): gl::mqtt::readPayload. The first byte picks
// the mapping (plain number or JSON; fixed tag or the tag from the payload; default or renamed fields),
// the rest is the payload.
#include "FuzzCommon.h"
#include "mqtt/MqttPayload.h"

#include <cmath>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    gl::fuzz::quiet();
    if (size == 0)
        return 0;
    static const QTimeZone shanghai("Asia/Shanghai");
    const uint8_t mode = data[0];
    gl::mqtt::Mapping map;
    map.filter = "site/+/value";
    map.json = mode & 1;
    if ((mode & 2) || !map.json) // configure() refuses a plain-number mapping without its tag
        map.tag = u"TT-101"_s;
    if (mode & 4) {
        map.valueField = u"v"_s;
        map.timeField = u"time"_s;
        map.tagField = u"name"_s;
    }
    if (mode & 8) {
        map.lo = -50.0;
        map.hi = 450.0;
    }
    const QByteArray payload = gl::fuzz::bytes(data + 1, size - 1);
    const QList<gl::mqtt::PayloadItem> items = gl::mqtt::readPayload(payload, map, shanghai, 1'700'000'000'000);
    for (const gl::mqtt::PayloadItem &item : items) {
        // What the connector relies on: a sample always has a tag, and a good one a finite value.
        if (item.sample && item.sample->tag.isEmpty())
            __builtin_trap();
        if (item.sample && item.sample->good && !std::isfinite(item.sample->value))
            __builtin_trap();
    }
    return 0;
}
