// SPDX-License-Identifier: Apache-2.0
#include "modules/permits/ui/PermitGasTests.h"
#include "modules/permits/gb30871/Gb30871Rules.h"
#include "platform/util/Clock.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {
namespace {

const permits::Gb30871Rules &rules() { return permits::Gb30871Rules::defaults(); }

} // namespace

PermitGasTests::PermitGasTests(QWidget *parent) : QWidget(parent)
{
    auto *gasLayout = new QVBoxLayout(this);
    auto *gasForm = new QFormLayout;
    m_at = new QDateTimeEdit(processClock().now().toLocalTime());
    m_at->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_comb = new QDoubleSpinBox;
    m_comb->setDecimals(2);
    m_comb->setRange(0, 100);
    m_comb->setSuffix(u" % vol"_s);
    m_o2 = new QDoubleSpinBox;
    m_o2->setRange(0, 100);
    m_o2->setValue(20.8);
    m_o2->setSuffix(u" %"_s);
    m_toxic = new QDoubleSpinBox;
    m_toxic->setRange(0, 100000);
    m_toxic->setSuffix(u" ppm"_s);
    m_lel = new QDoubleSpinBox;
    m_lel->setRange(0.1, 100);
    m_lel->setValue(4.0);
    m_lel->setSuffix(u" % (LEL of the gas)"_s);
    m_enriched = new QCheckBox(tr("oxygen-enriched air"));
    m_tester = new QLineEdit;
    m_tester->setObjectName(u"gasTester"_s);
    gasForm->addRow(tr("Sampled at (site time)"), m_at);
    gasForm->addRow(tr("Combustible"), m_comb);
    gasForm->addRow(tr("Oxygen"), m_o2);
    gasForm->addRow(tr("Toxic"), m_toxic);
    gasForm->addRow(tr("Gas of concern"), m_lel);
    gasForm->addRow(QString(), m_enriched);
    gasForm->addRow(tr("Analyst"), m_tester);
    m_timing = new QLabel;
    m_timing->setObjectName(u"gasTiming"_s);
    m_timing->setWordWrap(true);
    auto *record = new QPushButton(tr("Record gas test"));
    record->setObjectName(u"gasRecord"_s);
    m_table = new QTableWidget(0, 6);
    m_table->setHorizontalHeaderLabels({tr("Sampled"), tr("Combustible % vol"), tr("O₂ %"), tr("Toxic ppm"), tr("Result"), tr("Analyst")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    gasLayout->addLayout(gasForm);
    gasLayout->addWidget(m_timing);
    gasLayout->addWidget(record);
    gasLayout->addWidget(m_table, 1);

    connect(record, &QPushButton::clicked, this, &PermitGasTests::recordRequested);
    connect(m_at, &QDateTimeEdit::dateTimeChanged, this, &PermitGasTests::updateTiming);
    for (QDoubleSpinBox *s : {m_comb, m_o2, m_lel})
        connect(s, &QDoubleSpinBox::valueChanged, this, &PermitGasTests::updateTiming);
    connect(m_enriched, &QCheckBox::toggled, this, &PermitGasTests::updateTiming);
}

GasSampleEntry PermitGasTests::entry() const
{
    GasSampleEntry e;
    e.sampledAt = QDateTime(m_at->date(), m_at->time(), work().tz).toMSecsSinceEpoch();
    e.combustible = m_comb->value();
    e.o2 = m_o2->value();
    e.toxic = m_toxic->value();
    e.lel = m_lel->value();
    e.enriched = m_enriched->isChecked();
    e.tester = m_tester->text().trimmed();
    return e;
}

void PermitGasTests::showTests(const QList<GasTestRecord> &tests, const std::function<QString(qint64)> &when)
{
    m_table->setRowCount(int(tests.size()));
    for (int i = 0; i < tests.size(); ++i) {
        const GasTestRecord &g = tests.at(i);
        const QStringList cells{when(g.sampledAt), QString::number(g.combustibleVolPct, 'f', 2), QString::number(g.o2Pct, 'f', 1),
                                QString::number(g.toxicPpm, 'f', 1), g.passed ? tr("pass") : tr("FAIL"), g.tester};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
        if (!g.passed)
            m_table->item(i, 4)->setForeground(QColor(0xe5, 0x39, 0x35));
    }
}

void PermitGasTests::updateTiming()
{
    const GasTestWork w = work();
    const qint64 sampled = QDateTime(m_at->date(), m_at->time(), w.tz).toMSecsSinceEpoch();
    const qint64 start = w.startMs;
    const qint64 now = processClock().nowMs();
    const bool running = w.state == u"active"_s || w.state == u"suspended"_s;
    const qint64 reference = running ? now : std::max(start, std::min(now, start));
    const int window = rules().sampleBeforeStartMin();
    QStringList lines;
    bool bad = false;
    const qint64 minutes = (reference - sampled) / 60'000;
    if (sampled > now + 60'000) {
        lines << tr("The sample time is in the future.");
        bad = true;
    } else if (!running && minutes > window) {
        lines << tr("Gas sample taken %1 min before start: GB 30871 allows %2 min.").arg(minutes).arg(window);
        bad = true;
    } else if (!running && minutes >= 0) {
        lines << tr("Sample %1 min before start (within %2 min).").arg(minutes).arg(window);
    } else if (running) {
        lines << tr("Resuming or logging: the sample must be no more than %1 min old when the work resumes.").arg(window);
    }
    if (const permits::TypeRules *t = rules().type(w.type); t && t->gasLogIntervalMin > 0)
        lines << tr("%1: the gas is logged at least every %2 min while the work runs.").arg(w.typeTitle).arg(t->gasLogIntervalMin);
    const bool passes = rules().gasPasses(m_comb->value(), m_o2->value(), m_lel->value(), m_enriched->isChecked());
    lines << (passes ? tr("These values pass (combustible ≤ %1 % vol, O₂ %2–%3 %).")
                     : tr("These values FAIL (combustible ≤ %1 % vol, O₂ %2–%3 %)."))
                 .arg(rules().combustibleLimit(m_lel->value()))
                 .arg(rules().o2Min())
                 .arg(rules().o2Max(m_enriched->isChecked()));
    m_timing->setText(lines.join(u"\n"_s));
    m_timing->setStyleSheet(bad || !passes ? u"QLabel { color: #e53935; }"_s : QString());
}

} // namespace ui
} // namespace gl
