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
/// line of stdin. Throws BadInput "sign-in required" when no user is named, Forbidden "sign-in refused"
/// (exit 2) on a wrong password, a disabled or a locked account.
Actor signIn(const Context &ctx, Database &db);
/// Who makes a change (CONTRACTS.md section 6): on a store with accounts, the signed-in user (signIn);
/// on a store without any account yet, the system actor `what`.
Actor changer(const Context &ctx, Database &db, const QString &what);
/// Who only reads: no account needed (a viewer-level system actor).
Actor reader(const Context &ctx, Database &db, const QString &what);
/// The password of the acting user ($GUARDLINE_PASSWORD, else the next line of stdin).
QString readPassword();
/// The next line of stdin, without its line end (empty at the end of input).
QString readStdinLine();
/// Parses the command's own options; on error prints the reason and returns false (exit 2).
bool parseArgs(Context &ctx, QCommandLineParser &parser);

} // namespace gl::cli
