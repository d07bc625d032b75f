// SPDX-License-Identifier: Apache-2.0
// The samples CSV (CONTRACTS.md section 4): SampleCsvReader streamed to the end, in a zone with
// daylight-saving changes, read in small chunks (16..76 bytes, from the input's size) so that lines
// and quoted fields cut at every place are exercised (the product reads 1 MiB at a time).
#include "FuzzCommon.h"
#include "modules/telemetry/rules/SampleCsvReader.h"

#include <QBuffer>
#include <QTimeZone>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    gl::fuzz::quiet();
    static const QTimeZone berlin("Europe/Berlin");
    QByteArray csv = gl::fuzz::bytes(data, size);
    QBuffer device(&csv);
    device.open(QIODevice::ReadOnly);
    gl::fuzz::expectOnlyGlErrors([&] {
        gl::rules::SampleCsvReader reader(device, u"fuzz.csv"_s, berlin, qsizetype(16 + size % 61));
        gl::rules::CsvSample row;
        qsizetype tagBytes = 0;
        while (reader.next(row))
            tagBytes += row.tag.size(); // touch the view: it must point into live memory
        (void)tagBytes;
    });
    return 0;
}
