// SPDX-License-Identifier: Apache-2.0
#include "modules/telemetry/ui/RulesDryRun.h"
#include "platform/store/Database.h"
#include "shell/PanelHost.h"
#include "shell/TableModel.h"
#include "shell/Theme.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

RulesDryRun::RulesDryRun(PanelHost *host, QWidget *parent) : QWidget(parent), m_host(host)
{
    auto *dryLayout = new QVBoxLayout(this);
    auto *dryRow = new QHBoxLayout;
    dryRow->addWidget(new QLabel(tr("Replay the stored samples of the last"), this));
    m_hours = new QSpinBox(this);
    m_hours->setRange(1, 168);
    m_hours->setValue(24);
    m_hours->setSuffix(tr(" h"));
    dryRow->addWidget(m_hours);
    m_run = new QPushButton(tr("Dry run"), this);
    m_run->setObjectName(u"rulesDryRun"_s);
    m_run->setToolTip(tr("Replays the stored samples through the edited rules and the rules in force, off the UI thread, "
                         "and compares how many alarms each rule would raise. Nothing is saved."));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->hide();
    dryRow->addWidget(m_run);
    dryRow->addWidget(m_cancel);
    dryRow->addWidget(m_progress, 1);
    dryLayout->addLayout(dryRow);
    m_summary = new QLabel(tr("The dry run shows how many alarms each rule would have raised on the stored samples."), this);
    m_summary->setObjectName(u"rulesDryRunSummary"_s);
    m_summary->setWordWrap(true);
    dryLayout->addWidget(m_summary);
    m_table = makeReadOnlyTable({tr("Rule"), tr("Alarms: edited"), tr("Alarms: in force"), tr("Difference")}, this);
    m_table->setObjectName(u"rulesDryRunTable"_s);
    dryLayout->addWidget(m_table, 1);
    connect(m_run, &QPushButton::clicked, this, [this] { Q_EMIT runRequested(m_hours->value()); });
    connect(m_cancel, &QPushButton::clicked, this, &RulesDryRun::cancel);
}

RulesDryRun::~RulesDryRun()
{
    if (m_thread) {
        if (m_cancelFlag)
            m_cancelFlag->store(true);
        m_thread->wait();
    }
}
void RulesDryRun::start(const QByteArray &json, int hours)
{
    if (m_thread)
        return;
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setValue(0);
    m_progress->show();
    m_summary->setText(tr("Dry run: replaying the last %1 h of stored samples…").arg(hours));
    auto finish = [this] {
        m_run->setEnabled(true);
        m_cancel->setEnabled(false);
        m_progress->hide();
    };
    // The data thread hands over the store and the signed-in user; the replay then runs on its own
    // thread and connection, so neither the UI nor the data thread waits for it.
    m_host->dataWorker()->call(
        this, [](ServiceContext &ctx) { return std::pair<DbUrl, Actor>(ctx.db.url(), ctx.actor); },
        [this, json, hours, finish](std::pair<DbUrl, Actor> who) {
            std::shared_ptr<std::atomic_bool> cancel = m_cancelFlag;
            QPointer<RulesDryRun> self(this);
            m_thread = QThread::create([self, cancel, json, hours, who, finish] {
                DryRunResult result;
                QString error;
                try {
                    auto db = Database::open(who.first, Database::Mode::ReadOnly);
                    const Clock &clock = processClock();
                    ServiceContext ctx{*db, who.second, &clock};
                    const qint64 to = clock.nowMs();
                    result = RuleSetService(ctx).dryRun(json, to - qint64(hours) * 3600'000, to, cancel.get(), [self](int percent) {
                        QMetaObject::invokeMethod(self.data(), [self, percent] { if (self) self->m_progress->setValue(percent); },
                                                  Qt::QueuedConnection);
                    });
                } catch (const Error &e) {
                    error = e.message();
                }
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, result, error, finish] {
                        if (!self)
                            return;
                        finish();
                        if (!error.isEmpty())
                            self->m_summary->setText(tr("Dry run not done: %1").arg(error));
                        else
                            self->showResult(result);
                        Q_EMIT self->finished();
                    },
                    Qt::QueuedConnection);
            });
            m_thread->setObjectName(u"guardline-rules-dry-run"_s);
            connect(m_thread, &QThread::finished, this, [this] {
                m_thread->deleteLater();
                m_thread = nullptr;
            });
            m_thread->start(QThread::LowPriority);
        },
        [this, finish](const QString &e) {
            finish();
            m_summary->setText(tr("Dry run not done: %1").arg(e));
            Q_EMIT finished();
        });
}

void RulesDryRun::cancel()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_cancel->setEnabled(false);
}

void RulesDryRun::showResult(const DryRunResult &r)
{
    const QTimeZone zone = m_host->lastSnapshot() ? m_host->lastSnapshot()->timeZone : QTimeZone::systemTimeZone();
    const auto when = [&zone](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(u"MM-dd HH:mm t"_s); };
    QString summary = tr("%1 samples replayed from %2 to %3: the edited rules raise %4 alarm(s), the rules in force (version %5) %6.")
                          .arg(r.samples).arg(when(r.from), when(r.to)).arg(r.candidateAlarms).arg(r.inForceVersion).arg(r.inForceAlarms);
    if (r.cancelled)
        summary = tr("Cancelled — partial result. ") + summary;
    if (r.samples == 0)
        summary += u' ' + tr("No samples are stored for these tags in that period: connect a broker or replay a drill CSV first.");
    m_summary->setText(summary);
    m_table->setRowCount(int(r.rules.size()));
    for (int i = 0; i < r.rules.size(); ++i) {
        const DryRunRule &d = r.rules.at(i);
        m_table->setItem(i, 0, tableCell(d.id));
        auto count = [](int n) { return n < 0 ? tr("(no such rule)") : QString::number(n); };
        auto *a = tableCell(count(d.candidate));
        auto *b = tableCell(count(d.inForce));
        a->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        b->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, 1, a);
        m_table->setItem(i, 2, b);
        const int delta = std::max(0, d.candidate) - std::max(0, d.inForce);
        m_table->setItem(i, 3, tableCell(delta > 0 ? u"▲ +%1"_s.arg(delta) : delta < 0 ? u"▼ −%1"_s.arg(-delta) : u"="_s,
                                     delta > 0 ? colours::severity(u"medium"_s) : delta < 0 ? colours::severity(u"low"_s) : QColor()));
    }
    m_table->resizeColumnsToContents();
}

} // namespace ui
} // namespace gl
