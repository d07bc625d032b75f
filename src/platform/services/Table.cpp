// SPDX-License-Identifier: Apache-2.0
#include "platform/services/Table.h"

#include <QSqlQuery>

namespace gl {

Table tableOf(QSqlQuery &query, QStringList columns, QList<qint64> *ids)
{
    Table t{std::move(columns), {}};
    const int n = int(t.columns.size());
    if (ids)
        ids->clear();
    while (query.next()) {
        QVariantList row;
        row.reserve(n);
        for (int i = 0; i < n; ++i)
            row << query.value(i);
        t.rows << row;
        if (ids)
            *ids << query.value(n).toLongLong();
    }
    return t;
}

} // namespace gl
