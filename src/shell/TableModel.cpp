// SPDX-License-Identifier: Apache-2.0
#include "shell/TableModel.h"
#include "platform/util/Labels.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>

#include <QHeaderView>
#include <QTableWidget>
#include "shell/Theme.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <optional>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

TableModel::TableModel(QList<ColumnSpec> columns, QObject *parent) : QAbstractTableModel(parent), m_columns(std::move(columns)) {}

namespace {
/// Each row's key (the values of the `key` columns), or nothing when a key column is missing or a key repeats.
std::optional<QStringList> rowKeys(const Table &t, const QStringList &key)
{
    QList<int> columns;
    for (const QString &k : key) {
        const int c = t.column(k);
        if (c < 0)
            return std::nullopt;
        columns << c;
    }
    QStringList keys;
    keys.reserve(t.rows.size());
    QSet<QString> seen;
    seen.reserve(t.rows.size());
    for (const QVariantList &row : t.rows) {
        QString k;
        for (int c : std::as_const(columns))
            k += row.value(c).toString() + QChar(0x1f);
        if (seen.contains(k))
            return std::nullopt;
        seen.insert(k);
        keys << k;
    }
    return keys;
}
} // namespace

bool TableModel::updateInPlace(const Table &table, qint64 now)
{
    if (table.rows.constData() == m_table.rows.constData() && table.rows.size() == m_table.rows.size()) {
        updateTime(now); // the same rows, shared (a snapshot's time tick): nothing to compare
        return true;
    }
    // The shown rows' keys as the last update left them (after a reset they are built once).
    const std::optional<QStringList> before = m_rowKeys ? m_rowKeys : rowKeys(m_table, m_key);
    std::optional<QStringList> after = rowKeys(table, m_key);
    m_rowKeys.reset();
    if (!before || !after)
        return false;
    const QSet<QString> had(before->begin(), before->end()), has(after->begin(), after->end());
    // The rows kept keep their order (the lists are sorted by time or code); a reordered list is reset.
    QStringList keptBefore, keptAfter;
    for (const QString &k : *before)
        if (has.contains(k))
            keptBefore << k;
    for (const QString &k : *after)
        if (had.contains(k))
            keptAfter << k;
    if (keptBefore != keptAfter)
        return false;
    const qsizetype moves = (before->size() - keptBefore.size()) + (after->size() - keptAfter.size());
    if (moves > 64 && moves * 2 > after->size())
        return false; // mostly another list: one reset costs less than many small moves
    // The rows gone, from the end, a run at a time.
    QStringList keys = *before;
    for (qsizetype i = keys.size() - 1; i >= 0;) {
        if (has.contains(keys.at(i))) {
            --i;
            continue;
        }
        qsizetype first = i;
        while (first > 0 && !has.contains(keys.at(first - 1)))
            --first;
        beginRemoveRows({}, int(first), int(i));
        m_table.rows.remove(first, i - first + 1);
        keys.remove(first, i - first + 1);
        endRemoveRows();
        i = first - 1;
    }
    // The new rows where the table has them; the kept rows are in order, so row i is then the row of key i.
    for (qsizetype i = 0; i < after->size();) {
        if (had.contains(after->at(i))) {
            ++i;
            continue;
        }
        qsizetype last = i;
        while (last + 1 < after->size() && !had.contains(after->at(last + 1)))
            ++last;
        beginInsertRows({}, int(i), int(last));
        for (qsizetype j = i; j <= last; ++j)
            m_table.rows.insert(j, table.rows.at(j));
        endInsertRows();
        i = last + 1;
    }
    // The kept rows whose values changed, a run at a time (an unchanged row is shared with the new table).
    const int lastColumn = int(m_columns.size()) - 1;
    for (qsizetype i = 0; i < table.rows.size();) {
        if (m_table.rows.at(i) == table.rows.at(i)) {
            ++i;
            continue;
        }
        qsizetype last = i;
        m_table.rows[i] = table.rows.at(i);
        while (last + 1 < table.rows.size() && m_table.rows.at(last + 1) != table.rows.at(last + 1)) {
            ++last;
            m_table.rows[last] = table.rows.at(last);
        }
        if (lastColumn >= 0)
            Q_EMIT dataChanged(index(int(i), 0), index(int(last), lastColumn));
        i = last + 1;
    }
    m_table = table; // equal by now: share the new rows
    m_rowKeys = std::move(after);
    updateTime(now);
    return true;
}

void TableModel::updateTime(qint64 now)
{
    if (now == m_now)
        return;
    m_now = now; // overdue marks: the colours and tips that compare with the time
    const int lastColumn = int(m_columns.size()) - 1;
    if (!m_table.rows.isEmpty() && lastColumn >= 0)
        Q_EMIT dataChanged(index(0, 0), index(int(m_table.rows.size()) - 1, lastColumn), {Qt::ForegroundRole, Qt::ToolTipRole});
}

void TableModel::setTable(const Table &table, const QTimeZone &zone, qint64 now)
{
    if (!m_key.isEmpty() && !m_table.columns.isEmpty() && table.columns == m_table.columns && zone == m_zone
        && updateInPlace(table, now))
        return;
    ++m_resets;
    beginResetModel();
    m_rowKeys.reset();
    m_table = table;
    m_zone = zone;
    m_now = now;
    m_source.clear();
    for (const ColumnSpec &c : m_columns)
        m_source << table.column(c.key);
    endResetModel();
}

int TableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_table.rows.size()); }
int TableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_columns.size()); }

QString TableModel::label(const QString &v) { return valueLabel(v); }

namespace {
/// Validity as a small shape: grey dot (valid), amber triangle (expiring), red cross (expired, missing).
QIcon validityIcon(const QString &state)
{
    static QHash<QString, QIcon> cache;
    if (const auto it = cache.constFind(state); it != cache.cend())
        return *it;
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    QColor c = colours::validity(state);
    if (state == u"expired"_s || state == u"missing"_s) {
        p.setPen(QPen(c, 2.6, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(3, 3), QPointF(11, 11));
        p.drawLine(QPointF(11, 3), QPointF(3, 11));
    } else if (state == u"expiring"_s) {
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawPolygon(QPolygonF{QPointF(7, 1.5), QPointF(13, 12.5), QPointF(1, 12.5)});
    } else if (state == u"valid"_s) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x9e, 0x9e, 0x9e));
        p.drawEllipse(QPointF(7, 7), 4, 4);
    }
    p.end();
    return cache.insert(state, QIcon(pm)).value();
}
} // namespace

QVariant TableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int src = m_source.value(index.column(), -1);
    if (src < 0)
        return {};
    const QVariant v = m_table.rows.at(index.row()).at(src);
    const QString &key = m_columns.at(index.column()).key;
    const bool isTime = key.endsWith(u"_at"_s);
    if (role == Qt::UserRole) // sort key: raw value
        return v;
    if (role == Qt::DisplayRole) {
        if (v.isNull())
            return QString();
        if (isTime)
            return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), m_zone).toString(u"yyyy-MM-dd HH:mm"_s);
        if (key == u"whitelisted"_s)
            return v.toBool() ? tr("yes") : tr("NO");
        if (key == u"severity"_s)
            return QString(severitySymbol(v.toString()) + u' ' + label(v.toString()));
        if (v.typeId() == QMetaType::QString)
            return label(v.toString());
        return v;
    }
    const bool isValidity = key == u"documents"_s || key == u"certificates"_s || key == u"company_documents"_s;
    if (role == Qt::DecorationRole && isValidity && !v.isNull())
        return validityIcon(v.toString()); // shape as well as colour
    if (role == Qt::ForegroundRole) {
        const QString s = v.toString();
        if (isValidity)
            if (QColor c = colours::validity(s); c.isValid())
                return c;
        if (key == u"severity"_s)
            return colours::severity(s);
        if (key == u"state"_s)
            if (QColor c = colours::state(s); c.isValid())
                return c;
        if (key == u"deadline_at"_s && !v.isNull() && v.toLongLong() < m_now) {
            const int st = m_table.column(u"state"_s);
            const QString state = st >= 0 ? m_table.rows.at(index.row()).at(st).toString() : QString();
            if (state != u"closed"_s && state != u"reinspected"_s)
                return colours::severity(u"critical"_s);
        }
        if (key == u"whitelisted"_s && !v.toBool())
            return colours::severity(u"critical"_s);
        if (key == u"due_at"_s && !v.isNull() && v.toLongLong() < m_now) // the task inbox: overdue
            return colours::severity(u"critical"_s);
        if (key == u"grade"_s && s == u"major"_s)
            return colours::severity(u"high"_s);
    }
    if (role == Qt::ToolTipRole && key == u"deadline_at"_s && !v.isNull() && v.toLongLong() < m_now)
        return tr("Overdue");
    return {};
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_columns.value(section).title;
    return QAbstractTableModel::headerData(section, orientation, role);
}

QTableWidgetItem *tableCell(const QString &text, const QColor &fg)
{
    auto *i = new QTableWidgetItem(text);
    if (fg.isValid())
        i->setForeground(fg);
    return i;
}

QTableView *makeTableView(QWidget *parent)
{
    auto *v = new QTableView(parent);
    v->setSortingEnabled(true);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setAlternatingRowColors(true);
    v->verticalHeader()->hide();
    v->horizontalHeader()->setStretchLastSection(true);
    v->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    v->setWordWrap(false);
    return v;
}

QTableWidget *makeReadOnlyTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    return t;
}

} // namespace ui
} // namespace gl
