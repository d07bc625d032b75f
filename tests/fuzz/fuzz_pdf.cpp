// SPDX-License-Identifier: Apache-2.0
// Contractor documents (business licence, qualification, insurance, HSE agreement; docs/contractors.md):
// inspectPdf, the header/trailer/encryption screening and the Qt PDF (pdfium) load behind it.
#include "FuzzCommon.h"
#include "modules/admission/intake/PdfCheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    gl::fuzz::quiet();
    const gl::PdfFacts f = gl::admission::inspectPdf(gl::fuzz::bytes(data, size));
    if (f.problem.isEmpty() && f.pages <= 0) // accepted means at least one page
        __builtin_trap();
    return 0;
}
