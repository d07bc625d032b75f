// SPDX-License-Identifier: Apache-2.0
// Issue #15 part 2: a refresh updates a list view's rows in place. The rows that changed are updated, new rows
// inserted and rows gone removed, so the view keeps the operator's selection and scroll position; what it shows
// is always what a model given the new table shows.
#include "shell/TableModel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {
constexpr qint64 kNow = 1'772'409'600'000; // 2026-03-02T00:00Z
const QStringList kColumns{u"id"_s, u"state"_s, u"severity"_s, u"deadline_at"_s, u"message"_s};

QList<ui::ColumnSpec> specs()
{
    return {{u"state"_s, u"State"_s}, {u"severity"_s, u"Priority"_s}, {u"deadline_at"_s, u"Deadline"_s}, {u"message"_s, u"Alarm"_s}};
}

QVariantList row(qint64 id, const QString &state, qint64 deadline = 0, const QString &severity = u"high"_s)
{
    return {id, state, severity, deadline ? QVariant(deadline) : QVariant(), u"alarm %1"_s.arg(id)};
}

Table table(const QList<QVariantList> &rows) { return {kColumns, rows}; }

/// Every cell of `model` in the roles a view paints, row by row.
QList<QVariantList> cells(const QAbstractItemModel &model)
{
    QList<QVariantList> out;
    for (int r = 0; r < model.rowCount(); ++r) {
        QVariantList line;
        for (int c = 0; c < model.columnCount(); ++c)
            for (int role : {int(Qt::DisplayRole), int(Qt::ForegroundRole), int(Qt::ToolTipRole), int(Qt::UserRole)})
                line << model.index(r, c).data(role);
        out << line;
    }
    return out;
}

/// What a model that is given `t` (no earlier table) shows.
QList<QVariantList> fresh(const Table &t, qint64 now)
{
    ui::TableModel m(specs());
    m.setTable(t, QTimeZone("Asia/Shanghai"), now);
    return cells(m);
}
} // namespace

class TestTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aChangeUpdatesOnlyItsRowsAndTheSelectionStays()
    {
        ui::TableModel model(specs());
        model.setKey({u"id"_s});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setDynamicSortFilter(true);
        QTableView view;
        view.setModel(&proxy);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.setSelectionMode(QAbstractItemView::SingleSelection);
        view.resize(500, 120); // a few rows visible: the list scrolls
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QTimeZone zone("Asia/Shanghai");
        QList<QVariantList> rows;
        for (qint64 id = 40; id >= 1; --id)
            rows << row(id, u"unacknowledged"_s);
        model.setTable(table(rows), zone, kNow);
        QCOMPARE(model.resets(), 1); // the first table
        // The operator scrolls down and selects alarm 12.
        view.scrollTo(proxy.index(28, 0), QAbstractItemView::PositionAtTop);
        view.selectRow(28);
        QCOMPARE(proxy.index(28, 0).siblingAtColumn(3).data().toString(), u"alarm 12"_s);
        const int scrolled = view.verticalScrollBar()->value();
        QVERIFY(scrolled > 0);

        // A refresh: two new alarms on top, alarm 30 acknowledged, alarm 5 gone (cleared and out of the list).
        QList<QVariantList> next = rows;
        next.removeAt(35); // id 5
        next[10] = row(30, u"acknowledged"_s);
        next.prepend(row(41, u"unacknowledged"_s));
        next.prepend(row(42, u"unacknowledged"_s, 0, u"critical"_s));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset), inserted(&model, &QAbstractItemModel::rowsInserted),
            removed(&model, &QAbstractItemModel::rowsRemoved), changed(&model, &QAbstractItemModel::dataChanged);
        model.setTable(table(next), zone, kNow);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.resets(), 1);
        QCOMPARE(inserted.count(), 1); // one run of two rows
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 35);
        QCOMPARE(changed.count(), 1); // alarm 30 alone (now at row 12), every column
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 12);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 12);
        QCOMPARE(cells(model), fresh(table(next), kNow));
        // Alarm 12 is still the selected and current row, and the list did not jump to the top.
        const QModelIndexList selected = view.selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().siblingAtColumn(3).data().toString(), u"alarm 12"_s);
        QCOMPARE(view.currentIndex().siblingAtColumn(3).data().toString(), u"alarm 12"_s);
        QCOMPARE(view.verticalScrollBar()->value(), scrolled); // the list stays where the operator scrolled it
    }

    void timeMovesOnlyTheColoursThatDependOnIt()
    {
        ui::TableModel model(specs());
        model.setKey({u"id"_s});
        const QTimeZone zone("Asia/Shanghai");
        const Table t = table({row(2, u"rectifying"_s, kNow + 60'000), row(1, u"rectifying"_s, kNow + 120'000)});
        model.setTable(t, zone, kNow);
        QVERIFY(!model.index(0, 2).data(Qt::ToolTipRole).isValid());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset), changed(&model, &QAbstractItemModel::dataChanged);
        model.setTable(t, zone, kNow + 90'000); // the same rows 90 s later: hazard 2 is overdue
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        const auto roles = changed.at(0).at(2).value<QList<int>>();
        QVERIFY(roles.contains(Qt::ForegroundRole));
        QCOMPARE(model.index(0, 2).data(Qt::ToolTipRole).toString(), u"Overdue"_s);
        QVERIFY(!model.index(1, 2).data(Qt::ToolTipRole).isValid());
        QCOMPARE(cells(model), fresh(t, kNow + 90'000));
        changed.clear();
        model.setTable(t, zone, kNow + 90'000); // nothing at all moved: nothing to say
        QCOMPARE(changed.count(), 0);
        QCOMPARE(reset.count(), 0);
    }

    void whatCannotBeMatchedIsReset()
    {
        ui::TableModel model(specs());
        model.setKey({u"id"_s});
        const QTimeZone zone("Asia/Shanghai");
        model.setTable(table({row(3, u"a"_s), row(2, u"b"_s), row(1, u"c"_s)}), zone, kNow);
        QCOMPARE(model.resets(), 1);
        model.setTable(table({row(1, u"c"_s), row(2, u"b"_s), row(3, u"a"_s)}), zone, kNow); // sorted the other way
        QCOMPARE(model.resets(), 2);
        model.setTable(table({row(1, u"c"_s), row(1, u"d"_s)}), zone, kNow); // a key twice: no way to tell the rows apart
        QCOMPARE(model.resets(), 3);
        QCOMPARE(cells(model), fresh(table({row(1, u"c"_s), row(1, u"d"_s)}), kNow));
        model.setTable(table({row(1, u"c"_s)}), QTimeZone("UTC"), kNow); // another zone: every time reads differently
        QCOMPARE(model.resets(), 4);
        ui::TableModel keyless(specs()); // without a key, as before: every table resets
        keyless.setTable(table({row(1, u"c"_s)}), zone, kNow);
        keyless.setTable(table({row(1, u"d"_s)}), zone, kNow);
        QCOMPARE(keyless.resets(), 2);
    }

    /// Random refreshes (rows added anywhere, removed, changed, the order kept): after each, the model shows what
    /// a new model would, and QAbstractItemModelTester finds every signal consistent with the rows.
    void randomRefreshesShowWhatAFreshModelShows()
    {
        ui::TableModel model(specs());
        model.setKey({u"id"_s});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy; // sorted by state, as a view sorted by a column is
        proxy.setSourceModel(&model);
        proxy.setDynamicSortFilter(true);
        proxy.sort(0);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QTimeZone zone("Asia/Shanghai");
        QRandomGenerator random(20261207);
        QList<QVariantList> rows;
        qint64 nextId = 1;
        int inPlace = 0, reorders = 0;
        for (int round = 0; round < 300; ++round) {
            QList<QVariantList> next;
            for (const QVariantList &r : std::as_const(rows)) {
                const int dice = int(random.bounded(rows.size() > 40 ? 5 : 12)); // about 40 rows, as a short list has
                if (dice == 0)
                    continue; // gone
                if (dice == 1)
                    next << row(r.at(0).toLongLong(), u"state%1"_s.arg(random.bounded(4)), kNow + random.bounded(100'000));
                else
                    next << r;
                if (random.bounded(8) == 0)
                    next << row(nextId++, u"state%1"_s.arg(random.bounded(4)));
            }
            for (int n = int(random.bounded(3)); n > 0; --n)
                next.insert(int(random.bounded(next.size() + 1)), row(nextId++, u"state%1"_s.arg(random.bounded(4))));
            // Now and then a reordered list (a reset), so that the next refresh starts from a reset model's rows.
            auto shown = [&rows](const QVariantList &r) {
                return std::any_of(rows.cbegin(), rows.cend(), [&r](const QVariantList &o) { return o.at(0) == r.at(0); });
            };
            const bool reorder = round % 23 == 7 && next.size() >= 2 && shown(next.at(0)) && shown(next.at(1));
            if (reorder) {
                next.swapItemsAt(0, 1);
                ++reorders;
            }
            const qint64 now = kNow + round * 1000;
            const int resetsBefore = model.resets();
            const Table t = table(next);
            model.setTable(t, zone, now);
            inPlace += model.resets() == resetsBefore ? 1 : 0;
            if (reorder)
                QCOMPARE(model.resets(), resetsBefore + 1);
            QCOMPARE(cells(model), fresh(t, now));
            if (round % 19 == 3) { // the same rows again, shared, at a later time (a snapshot's time tick)
                const int resetsAfter = model.resets();
                model.setTable(t, zone, now + 500);
                QCOMPARE(model.resets(), resetsAfter);
                QCOMPARE(cells(model), fresh(t, now + 500));
            }
            QCOMPARE(proxy.rowCount(), next.size());
            rows = next;
        }
        QVERIFY2(reorders >= 5, qPrintable(QString::number(reorders)));
        QVERIFY2(inPlace > 240, qPrintable(u"%1 of 300 refreshes in place"_s.arg(inPlace)));
    }
};

QTEST_MAIN(TestTableModel)
#include "tst_table_model.moc"
