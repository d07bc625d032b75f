// SPDX-License-Identifier: Apache-2.0
// The contractor ledger import (UTF-8 or GB18030 CSV, docs/contractors.md): ContractorService::parseLedger
// and the credit-code check (GB 32100) every row then goes through.
#include "FuzzCommon.h"
#include "modules/admission/logic/ContractorService.h"
#include "platform/domain/Identifiers.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    gl::fuzz::quiet();
    const QByteArray file = gl::fuzz::bytes(data, size);
    gl::fuzz::expectOnlyGlErrors([&] {
        QString encoding;
        for (const gl::LedgerRow &r : gl::ContractorService::parseLedger(file, u"fuzz.csv"_s, &encoding))
            (void)gl::ids::checkCreditCode(r.contractor.creditCode);
    });
    return 0;
}
