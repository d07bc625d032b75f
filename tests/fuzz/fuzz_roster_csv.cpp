// SPDX-License-Identifier: Apache-2.0
// The whitelist and shift-roster imports of the admission connectors (docs/contractors.md): CSV files
// and the HTTP endpoint's JSON. The first byte picks whitelist/shifts and CSV/JSON, the rest is the file.
#include "admission-connectors/RosterParse.h"
#include "FuzzCommon.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    gl::fuzz::quiet();
    if (size == 0)
        return 0;
    const QString what = data[0] & 1 ? u"shifts"_s : u"whitelist"_s;
    const QByteArray file = gl::fuzz::bytes(data + 1, size - 1);
    const gl::sdk::RosterFetch f = data[0] & 2 ? gl::roster::parseJson(what, file, u"fuzz.json"_s)
                                               : gl::roster::parseCsv(what, file, u"fuzz.csv"_s);
    for (const gl::sdk::RosterRow &r : f.rows)
        if (r.error.isEmpty() && r.worker.isEmpty()) // a row without its error must name its worker
            __builtin_trap();
    return 0;
}
