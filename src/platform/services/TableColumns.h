// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "platform/services/Table.h"
#include "platform/util/Error.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace gl {

/// What every typed row's `fromTable` (issue #15: modules/workspace/logic/ViewRows.h and the modules' own rows) reads a
/// Table with: its columns looked up once by name, a column the table lacks being a gl::Error naming both the
/// table and the column (not an empty field in a view), and the values converted the same way everywhere.
class TableColumns {
public:
    /// `what`: the table as the error names it ("alarms", "gate devices").
    TableColumns(const Table &table, const QString &what) : m_table(table), m_what(what) {}
    int operator()(const QString &key) const
    {
        const int c = m_table.column(key);
        if (c < 0)
            fail(ErrorCode::Unknown, QStringLiteral("the %1 table has no column \"%2\" (columns: %3): its view rows cannot be built")
                                         .arg(m_what, key, m_table.columns.join(QStringLiteral(", "))));
        return c;
    }

    static QString str(const QVariantList &row, int c) { return row.value(c).toString(); }
    static qint64 number(const QVariantList &row, int c) { return row.value(c).toLongLong(); }
    /// Null (or absent) as no value.
    static std::optional<qint64> maybe(const QVariantList &row, int c)
    {
        const QVariant v = row.value(c);
        if (!v.isValid() || v.isNull())
            return std::nullopt;
        return v.toLongLong();
    }
    static std::optional<double> maybeReal(const QVariantList &row, int c)
    {
        const QVariant v = row.value(c);
        if (!v.isValid() || v.isNull())
            return std::nullopt;
        return v.toDouble();
    }

private:
    const Table &m_table;
    QString m_what;
};

} // namespace gl
