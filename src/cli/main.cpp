// SPDX-License-Identifier: Apache-2.0
#include "cli/Cli.h"

#include <QApplication>
#include <QLoggingCategory>

#include <algorithm>
#include <memory>

int main(int argc, char **argv)
{
    // 'report' and 'housekeeping' (scheduled reports) draw charts and PDFs: it needs a GUI application, headless unless a platform is named.
    const bool gui = std::any_of(argv + 1, argv + argc, [](const char *a) { return qstrcmp(a, "report") == 0 || qstrcmp(a, "housekeeping") == 0 || qstrcmp(a, "gates") == 0 || qstrcmp(a, "ticket") == 0; });
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        gui ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    // Quiet by default: warnings and errors on stderr; QT_LOGGING_RULES overrides (e.g. guardline.*.info=true).
    QLoggingCategory::setFilterRules(QStringLiteral("guardline.*.info=false\nguardline.*.debug=false"));
    QCoreApplication::setOrganizationName(QStringLiteral("Guardline"));
    QCoreApplication::setApplicationName(QStringLiteral("Guardline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GUARDLINE_VERSION));
    return gl::cli::run(app->arguments().mid(1));
}
