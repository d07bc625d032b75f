// SPDX-License-Identifier: Apache-2.0
#include "platform/services/Table.h"

#include <QSqlQuery>

namespace gl {

Table tableOf(QSqlQuery &query, QStringList columns)
{
    Table t{std::move(columns), {}};
    const qsizetype n = t.columns.size();
    while (query.next()) {
        QVariantList row;
        row.reserve(n);
        for (int i = 0; i < n; ++i)
            row << query.value(i);
        t.rows << row;
    }
    return t;
}

} // namespace gl
