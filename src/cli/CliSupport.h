// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/CliContext.h"
#include "core/auth/Roles.h"
#include "core/store/Database.h"

#include <QCommandLineParser>

#include <memory>

namespace gl::cli {

/// Opens the database named by --db/$GUARDLINE_DB. With `migrate`, creates or migrates the schema;
/// otherwise requires it to be current.
std::unique_ptr<Database> openStore(const Context &ctx, bool migrate);
/// The account that acts: --user/$GUARDLINE_USER with the password from $GUARDLINE_PASSWORD or the first
/// line of stdin. Throws Forbidden on a wrong password, BadInput when no user is named.
Actor signIn(const Context &ctx, Database &db);
/// Parses the command's own options; on error prints the reason and returns false (exit 2).
bool parseArgs(Context &ctx, QCommandLineParser &parser);

} // namespace gl::cli
