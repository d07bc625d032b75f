// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/admission/logic/AdmissionDocuments.h"

namespace gl::admission {

/// Opens the bytes with Qt PDF (pdfium) and says whether they are a real document: a PDF header, an
/// end-of-file marker (a truncated upload lacks it), no encryption dictionary (password-protected or
/// rights-restricted files cannot be archived as evidence), loadable, at least one page.
PdfFacts inspectPdf(const QByteArray &content);
/// inspectPdf as the services' PdfInspector.
PdfInspector pdfInspector();

} // namespace gl::admission
