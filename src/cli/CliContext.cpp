// SPDX-License-Identifier: Apache-2.0
#include "cli/CliContext.h"

namespace gl::cli {

void Context::printJson(const QJsonDocument &doc) const
{
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Compact)) << '\n';
    out.flush();
}

} // namespace gl::cli
