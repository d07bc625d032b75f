// SPDX-License-Identifier: Apache-2.0
#include "cli/Cli.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QTranslator>

#include <algorithm>
#include <memory>

namespace {
/// The language of the messages: $GUARDLINE_LANG (e.g. "en" to force English), else the POSIX order
/// $LC_ALL, $LC_MESSAGES, $LANG. English unless one of them names Chinese (zh...).
QString messageLanguage()
{
    for (const char *name : {"GUARDLINE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"})
        if (const QString v = qEnvironmentVariable(name); !v.isEmpty())
            return v;
    return {};
}
} // namespace

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
    // Core's user-facing texts (admission reasons, refusals) in the user's language (CONTRACTS.md section 6).
    QTranslator zh;
    if (messageLanguage().startsWith(QStringLiteral("zh")) && zh.load(QStringLiteral(":/i18n/guardline_zh_CN.qm")))
        QCoreApplication::installTranslator(&zh);
    return gl::cli::run(app->arguments().mid(1));
}
