// SPDX-License-Identifier: Apache-2.0
#include "cli/Cli.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Quiet by default: warnings and errors on stderr; QT_LOGGING_RULES overrides (e.g. guardline.*.info=true).
    QLoggingCategory::setFilterRules(QStringLiteral("guardline.*.info=false\nguardline.*.debug=false"));
    QCoreApplication::setOrganizationName(QStringLiteral("Guardline"));
    QCoreApplication::setApplicationName(QStringLiteral("Guardline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GUARDLINE_VERSION));
    return gl::cli::run(app.arguments().mid(1));
}
