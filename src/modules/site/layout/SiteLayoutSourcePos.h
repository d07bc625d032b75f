// SPDX-License-Identifier: Apache-2.0
// Private to the site layout's files: where a value sits in the layout's JSON text, for the issues' line numbers
// (SiteLayoutParse.cpp reads the file, SiteLayoutSourcePos.cpp scans it).
#pragma once

#include <QByteArray>
#include <QStringList>

namespace gl::site {

/// 1-based line of a byte offset.
int lineAt(const QByteArray &json, qsizetype offset);
/// The byte offset where the value at `path` (object keys and array indexes) starts in valid JSON text,
/// or -1. A small scanner: QJsonDocument keeps no positions.
qsizetype offsetOf(const QByteArray &json, const QStringList &path);

} // namespace gl::site
