// SPDX-License-Identifier: Apache-2.0
#include "modules/dispatch/ui/OrderProcedurePanel.h"
#include "modules/dispatch/logic/NotificationService.h"
#include "modules/dispatch/logic/ProcedureService.h"
#include "shell/TableModel.h"
#include "shell/UiLanguage.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

namespace {
constexpr int kSeqRole = Qt::UserRole + 1;
constexpr int kStateRole = Qt::UserRole + 2;
constexpr int kIdRole = Qt::UserRole + 3;
} // namespace

OrderProcedurePanel::OrderProcedurePanel(QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_header(new QLabel(this)), m_steps(new QListWidget(this)),
      m_reason(new QLineEdit(this)), m_done(new QPushButton(tr("&Done"), this)), m_skip(new QPushButton(tr("S&kip"), this)),
      m_status(new QLabel(this)), m_notifications(new QListWidget(this)), m_markRead(new QPushButton(tr("Mark read"), this))
{
    setObjectName(u"orderProcedure"_s);
    // Procedure of the selected order.
    auto *procedure = new QWidget(this);
    auto *pl = new QVBoxLayout(procedure);
    pl->setContentsMargins(2, 2, 2, 2);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_steps->setObjectName(u"procedureSteps"_s);
    m_steps->setWordWrap(true);
    m_steps->setAlternatingRowColors(true);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_reason->setObjectName(u"skipReason"_s);
    m_reason->setPlaceholderText(tr("Reason for skipping (required; reported to the area supervisor)"));
    m_reason->setClearButtonEnabled(true);
    m_done->setObjectName(u"stepDone"_s);
    m_skip->setObjectName(u"stepSkip"_s);
    m_done->setToolTip(tr("Mark the selected step done (Alt+D). Steps may be done out of order; that is recorded."));
    m_skip->setToolTip(tr("Skip the selected step with the reason typed beside it (Alt+K). The area supervisor is notified."));
    m_status->setObjectName(u"procedureStatus"_s);
    m_status->setWordWrap(true);
    pl->addWidget(m_header);
    pl->addWidget(m_steps, 1);
    // The reason and the two steps share a row: the board's height is the map's on a 1600x900 screen.
    auto *row = new QHBoxLayout;
    row->addWidget(m_reason, 1);
    row->addWidget(m_done);
    row->addWidget(m_skip);
    pl->addLayout(row);
    pl->addWidget(m_status);
    m_tabs->addTab(procedure, tr("Procedure"));

    // Skipped steps: what the supervisor and the EHS manager review.
    m_skipped = new TableModel({{u"marked_at"_s, tr("Skipped")}, {u"order"_s, tr("Order")}, {u"area"_s, tr("Area")},
                                {u"seq"_s, tr("Step")}, {u"text_en"_s, tr("Step text")}, {u"marked_by"_s, tr("By")},
                                {u"reason"_s, tr("Reason")}, {u"order_state"_s, tr("Order state")}},
                               this);
    m_skipped->setKey({u"order"_s, u"seq"_s});
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_skipped);
    proxy->setSortRole(Qt::UserRole);
    m_skippedView = new QTableView(this);
    m_skippedView->setObjectName(u"skippedSteps"_s);
    m_skippedView->setModel(proxy);
    m_skippedView->setSortingEnabled(true);
    m_skippedView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_skippedView->verticalHeader()->hide();
    m_skippedView->horizontalHeader()->setStretchLastSection(true);
    m_tabs->addTab(m_skippedView, tr("Skipped steps"));

    // The signed-in user's notifications.
    auto *notes = new QWidget(this);
    auto *nl = new QVBoxLayout(notes);
    nl->setContentsMargins(2, 2, 2, 2);
    m_notifications->setObjectName(u"notifications"_s);
    m_notifications->setWordWrap(true);
    m_markRead->setObjectName(u"markNotificationRead"_s);
    nl->addWidget(m_notifications, 1);
    nl->addWidget(m_markRead, 0, Qt::AlignRight);
    m_tabs->addTab(notes, tr("Notifications"));

    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(m_tabs);

    connect(m_steps, &QListWidget::currentRowChanged, this, &OrderProcedurePanel::updateButtons);
    connect(m_reason, &QLineEdit::textChanged, this, &OrderProcedurePanel::updateButtons);
    connect(m_reason, &QLineEdit::returnPressed, this, [this] {
        if (m_skip->isEnabled())
            mark(u"skipped"_s);
    });
    connect(m_done, &QPushButton::clicked, this, [this] { mark(u"done"_s); });
    connect(m_skip, &QPushButton::clicked, this, [this] { mark(u"skipped"_s); });
    connect(m_markRead, &QPushButton::clicked, this, &OrderProcedurePanel::markNotificationRead);
    showOrder({});
}

void OrderProcedurePanel::setSnapshot(const SnapshotPtr &s)
{
    m_snapshot = s;
    m_skipped->setTable(s->skippedSteps, s->timeZone, s->takenAt);
    m_tabs->setTabText(1, s->skippedSteps.rows.isEmpty() ? tr("Skipped steps") : tr("Skipped steps (%1)").arg(s->skippedSteps.rows.size()));
    if (m_skippedView->horizontalHeader()->sectionSize(0) == m_skippedView->horizontalHeader()->defaultSectionSize())
        m_skippedView->resizeColumnsToContents();

    const qint64 current = m_notifications->currentItem() ? m_notifications->currentItem()->data(kIdRole).toLongLong() : 0;
    m_notifications->clear();
    int unread = 0;
    for (const NotificationRow &r : s->notificationRows) {
        const bool isUnread = r.unread();
        unread += isUnread ? 1 : 0;
        const QString when = QDateTime::fromMSecsSinceEpoch(r.createdAt, s->timeZone).toString(u"MM-dd HH:mm"_s);
        auto *item = new QListWidgetItem(u"%1 %2  %3"_s.arg(isUnread ? u"●"_s : u"○"_s, when, r.text), m_notifications);
        item->setData(kIdRole, r.id);
        item->setData(kStateRole, isUnread);
        QFont f = item->font();
        f.setBold(isUnread);
        item->setFont(f);
        if (item->data(kIdRole).toLongLong() == current)
            m_notifications->setCurrentItem(item);
    }
    m_tabs->setTabText(2, unread ? tr("Notifications (%1 new)").arg(unread) : tr("Notifications"));
    m_markRead->setEnabled(unread > 0);
    rebuildSteps();
}

void OrderProcedurePanel::showOrder(const QString &code)
{
    const bool changed = code != m_order;
    m_order = code;
    if (changed) {
        m_reason->clear();
        m_status->clear();
    }
    rebuildSteps();
}

void OrderProcedurePanel::rebuildSteps()
{
    const int keepSeq = selectedSeq();
    m_steps->clear();
    if (m_order.isEmpty() || !m_snapshot) {
        m_header->setText(tr("Select an order on the board to see its procedure."));
        updateButtons();
        return;
    }
    // Chinese first when the interface is in Chinese (the translation of this tab title tells).
    const bool zhFirst = chineseUi();
    int done = 0, skipped = 0, total = 0;
    QString title;
    for (const OrderStepRow &r : m_snapshot->orderStepRows) {
        if (r.order != m_order)
            continue;
        ++total;
        title = zhFirst ? r.titleZh : r.titleEn;
        const QString &state = r.state;
        const int seq = r.seq;
        const QString &first = zhFirst ? r.textZh : r.textEn;
        const QString &second = zhFirst ? r.textEn : r.textZh;
        // The step in the workstation's language (issue 16 item 9); the other language in its tooltip.
        QString line = u"%1 %2. %3"_s.arg(state == u"done"_s ? u"☑"_s : state == u"skipped"_s ? u"⤼"_s : u"☐"_s).arg(seq).arg(first.isEmpty() ? second : first);
        if (state != u"pending"_s) {
            const QString at = QDateTime::fromMSecsSinceEpoch(r.markedAt.value_or(0), m_snapshot->timeZone).toString(u"HH:mm:ss"_s);
            line += u"\n      "_s
                + (state == u"done"_s ? tr("done %1 by %2").arg(at, r.markedBy)
                                      : tr("SKIPPED %1 by %2 — reason: %3").arg(at, r.markedBy, r.reason));
            if (r.outOfOrder)
                line += u" · "_s + tr("out of order");
        }
        auto *item = new QListWidgetItem(line, m_steps);
        item->setToolTip(second);
        item->setData(kSeqRole, seq);
        item->setData(kStateRole, state);
        if (state == u"done"_s)
            item->setForeground(QColor(0x66, 0xbb, 0x6a));
        else if (state == u"skipped"_s)
            item->setForeground(QColor(0xef, 0x6c, 0x00));
        done += state == u"done"_s;
        skipped += state == u"skipped"_s;
    }
    if (!total) {
        m_header->setText(tr("<b>%1</b>: no procedure is attached to this order's alarm type.").arg(m_order.toHtmlEscaped()));
    } else {
        m_header->setText(tr("<b>%1</b> — %2<br>%3 of %4 steps done, %5 skipped, %6 open")
                              .arg(m_order.toHtmlEscaped(), title.toHtmlEscaped())
                              .arg(done).arg(total).arg(skipped).arg(total - done - skipped));
    }
    // Keep the selection on the same step; else select the first open step.
    int select = -1;
    for (int i = 0; i < m_steps->count(); ++i) {
        if (m_steps->item(i)->data(kSeqRole).toInt() == keepSeq) {
            select = i;
            break;
        }
        if (select < 0 && m_steps->item(i)->data(kStateRole).toString() == u"pending"_s)
            select = i;
    }
    if (keepSeq > 0)
        for (int i = 0; i < m_steps->count(); ++i)
            if (m_steps->item(i)->data(kSeqRole).toInt() == keepSeq && m_steps->item(i)->data(kStateRole).toString() != u"pending"_s)
                select = -1; // marked meanwhile: move on to the first open step
    if (select < 0)
        for (int i = 0; i < m_steps->count(); ++i)
            if (m_steps->item(i)->data(kStateRole).toString() == u"pending"_s) {
                select = i;
                break;
            }
    m_steps->setCurrentRow(select);
    updateButtons();
}

int OrderProcedurePanel::selectedSeq() const
{
    const QListWidgetItem *item = m_steps->currentItem();
    return item ? item->data(kSeqRole).toInt() : 0;
}

void OrderProcedurePanel::updateButtons()
{
    const QListWidgetItem *item = m_steps->currentItem();
    const bool pending = item && item->data(kStateRole).toString() == u"pending"_s;
    m_done->setEnabled(pending);
    m_skip->setEnabled(pending && !m_reason->text().trimmed().isEmpty());
    m_reason->setEnabled(pending);
}

void OrderProcedurePanel::mark(const QString &outcome)
{
    const int seq = selectedSeq();
    if (!seq || m_order.isEmpty())
        return;
    const QString reason = m_reason->text().trimmed();
    if (outcome == u"skipped"_s && reason.isEmpty()) {
        m_status->setText(tr("Type why the step is skipped: the area supervisor is told."));
        return;
    }
    if (!m_worker) {
        m_status->setText(tr("Not connected to a store: the step is not recorded."));
        return;
    }
    const QString order = m_order;
    m_done->setEnabled(false);
    m_skip->setEnabled(false);
    m_status->setText(tr("Recording step %1…").arg(seq));
    m_worker->call(
        this,
        [order, seq, outcome, reason](ServiceContext &ctx) { return ProcedureService(ctx).markStep(order, seq, outcome, reason); },
        [this, order, seq, outcome](const QStringList &notified) {
            if (outcome == u"skipped"_s) {
                m_reason->clear();
                m_status->setText(notified.isEmpty() ? tr("Step %1 skipped. No supervisor or EHS manager to notify: tell them yourself.").arg(seq)
                                                     : tr("Step %1 skipped; reported to %2.").arg(seq).arg(notified.join(u", "_s)));
            } else {
                m_status->setText(tr("Step %1 done.").arg(seq));
            }
            Q_EMIT stepMarked(order, seq, outcome, notified);
        },
        [this](const QString &error) {
            m_status->setText(tr("Not recorded: %1").arg(error));
            updateButtons();
        },
        true);
}

void OrderProcedurePanel::markNotificationRead()
{
    QListWidgetItem *item = m_notifications->currentItem();
    if (!item || !item->data(kStateRole).toBool()) // none selected: the newest unread
        for (int i = 0; i < m_notifications->count(); ++i)
            if (m_notifications->item(i)->data(kStateRole).toBool()) {
                item = m_notifications->item(i);
                break;
            }
    if (!item || !m_worker)
        return;
    const qint64 id = item->data(kIdRole).toLongLong();
    m_worker->call(
        this, [id](ServiceContext &ctx) { NotificationService(ctx).markRead(id); }, [] {},
        [this](const QString &error) { m_status->setText(error); }, true);
}

} // namespace ui
} // namespace gl
