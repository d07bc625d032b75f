// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace gl::cli {

/// What every guardlinectl command gets: its own arguments (after the command words), the streams,
/// and the global options. Commands print results to `out` (one JSON document with --json) and
/// human messages to `err`, and return the exit code of CONTRACTS.md.
struct Context {
    QStringList args;      ///< arguments after the command words, e.g. {"--permits", "f.json"}
    QString dbUrl;         ///< --db URL or $GUARDLINE_DB (empty: the platform default)
    QString user;          ///< --user NAME or $GUARDLINE_USER, for commands that change data
    QTextStream &out;
    QTextStream &err;

    void printJson(const QJsonDocument &doc) const;
};

/// A subcommand: its words ("audit verify"), a one-line summary and its entry point.
struct Command {
    QStringList words;
    QString summary;
    int (*run)(Context &ctx);
};

/// Every command guardlinectl knows, in help order.
const QList<Command> &commands();

} // namespace gl::cli
