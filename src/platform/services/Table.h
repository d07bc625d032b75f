// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QStringList>
#include <QVariantList>

class QSqlQuery;

namespace gl {

/// A read-only snapshot of one list view: column keys (stable, untranslated) and rows of values.
/// Times are UTC epoch ms (qint64); the UI formats them in the site's time zone. Its own header so that a
/// service returning one does not depend on QueryService (which reads through the capability services).
struct Table {
    QStringList columns;
    QList<QVariantList> rows;
    int column(const QString &key) const { return int(columns.indexOf(key)); }
};

/// The rows a query has left, one per row with its first `columns.size()` values (the query may select
/// more, e.g. an id its caller reads on its own). With `ids`, each row's value after its columns as an id (ids[i] is
/// row i's): the rows' ids kept beside the view's rows (the workstation's partial reads merge by them).
Table tableOf(QSqlQuery &query, QStringList columns, QList<qint64> *ids = nullptr);

} // namespace gl
