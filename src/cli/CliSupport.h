// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/CliContext.h"
#include "platform/auth/Roles.h"
#include "platform/services/ServiceContext.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"

#include <QCommandLineParser>

#include <memory>
#include <optional>

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
/// The one positional argument of a command ("permit check CODE"); otherwise prints "give one WHAT" and
/// returns false (exit 2).
bool oneArgument(Context &ctx, const QCommandLineParser &parser, const QString &command, const QString &what, QString *value);

/// `--expect-version N` (issue #15): the row version the caller's view showed (`version` in the lists, `orders
/// show`, the JSON a permit step prints); a row changed since is refused by the service (Conflict, exit 1) naming
/// who changed it. Nothing in `out` when the option is not given; false (after a message, exit 2) when it is not
/// a positive number. `shownIn`: where the caller finds the version, for that message.
bool expectedVersion(Context &ctx, const QCommandLineParser &parser, const char *command, std::optional<qint64> *out,
                     const char *shownIn = "the list");

/// Whether a command changes data (signs in, CONTRACTS.md section 6) or only reads (no account needed;
/// a user named with --user still signs in).
enum class CommandAccess { Read, Change };

/// What a command works with: the store, the acting user and one frozen clock reading for the whole
/// command (so that the times it stores equal the times it audits).
struct CommandSession {
    std::unique_ptr<Database> db;
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<ServiceContext> services;
    ServiceContext &sc() { return *services; }
};
/// Opens the store and the account for `access`: a change signs in (changer, the system actor `what` on a
/// store without accounts), a read runs as a reader unless --user names an account.
CommandSession openSession(const Context &ctx, const QString &what, CommandAccess access);

/// A refusal by a safety rule (CONTRACTS.md section 6): exit 1, the message on stderr and, with --json,
/// {"ok": false, "reasons": [...]} on stdout, one reason per problem.
int printRefusal(Context &ctx, const QString &command, bool json, const Error &refusal);
/// Runs `fn`; a Conflict (a rule or the state machine forbids it) becomes printRefusal. Other errors keep
/// their exit codes.
template<class Fn>
int refusable(Context &ctx, const QString &command, bool json, Fn &&fn)
{
    try {
        return fn();
    } catch (const Error &e) {
        if (e.code() != ErrorCode::Conflict)
            throw;
        return printRefusal(ctx, command, json, e);
    }
}

} // namespace gl::cli
