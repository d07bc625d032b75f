// SPDX-License-Identifier: Apache-2.0
#include "modules/admission/intake/PdfCheck.h"

#include <QPdfDocument>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace gl::admission {

PdfFacts inspectPdf(const QByteArray &content)
{
    PdfFacts f;
    if (!content.startsWith("%PDF-")) {
        f.problem = u"not a PDF (it does not start with %PDF-)"_s;
        return f;
    }
    // A complete PDF ends with %%EOF (possibly followed by a line end); uploads cut short do not.
    if (!content.right(1024).contains("%%EOF")) {
        f.problem = u"truncated PDF (no %%EOF end marker)"_s;
        return f;
    }
    // The trailer's /Encrypt entry (a name followed by a dictionary or a reference), anywhere in the file.
    bool encrypted = false;
    for (qsizetype i = content.indexOf("/Encrypt"); i >= 0 && !encrypted; i = content.indexOf("/Encrypt", i + 8)) {
        const char next = i + 8 < content.size() ? content.at(i + 8) : ' ';
        encrypted = next == ' ' || next == '<' || next == '\r' || next == '\n' || next == '\t' || (next >= '0' && next <= '9');
    }
    if (encrypted) {
        f.problem = u"encrypted or password-protected PDF: upload an unprotected copy"_s;
        return f;
    }
    // QPdfDocument::load(QString) is synchronous; load(QIODevice*) is not.
    QTemporaryFile tmp;
    if (!tmp.open() || tmp.write(content) != content.size() || !tmp.flush()) {
        f.problem = u"cannot stage the file for checking (%1)"_s.arg(tmp.errorString());
        return f;
    }
    tmp.close();
    QPdfDocument doc;
    const QPdfDocument::Error e = doc.load(tmp.fileName());
    switch (e) {
    case QPdfDocument::Error::None:
        break;
    case QPdfDocument::Error::IncorrectPassword:
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        f.problem = u"encrypted or password-protected PDF: upload an unprotected copy"_s;
        return f;
    case QPdfDocument::Error::InvalidFileFormat:
        f.problem = u"corrupted or truncated PDF (the PDF engine cannot read it)"_s;
        return f;
    default:
        f.problem = u"unreadable PDF (error %1)"_s.arg(int(e));
        return f;
    }
    f.pages = doc.pageCount();
    if (f.pages <= 0)
        f.problem = u"the PDF has no pages"_s;
    doc.close();
    return f;
}

PdfInspector pdfInspector()
{
    return [](const QByteArray &content) { return inspectPdf(content); };
}

} // namespace gl::admission
