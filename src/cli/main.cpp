// SPDX-License-Identifier: Apache-2.0
#include "cli/Cli.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Guardline"));
    QCoreApplication::setApplicationName(QStringLiteral("Guardline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GUARDLINE_VERSION));
    return gl::cli::run(app.arguments().mid(1));
}
