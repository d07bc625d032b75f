// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/permits/logic/PermitService.h"

#include <QTimeZone>
#include <QWidget>

#include <functional>

class QCheckBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace gl {
namespace ui {

/// One gas test as typed in the permit editor.
struct GasSampleEntry {
    qint64 sampledAt = 0; ///< ms since the epoch
    double combustible = 0, o2 = 0, toxic = 0, lel = 0;
    bool enriched = false;
    QString tester;
};

/// What the timing of a sample is judged against: the permit as the editor shows it now.
struct GasTestWork {
    QTimeZone tz = QTimeZone::utc(); ///< the site's
    qint64 startMs = 0;              ///< the planned start
    QString state, type, typeTitle;  ///< the permit's state, its type's key and title
};

/// The permit editor's gas-test page: the entry form (sample time in site time, combustible, O₂, toxic, the
/// gas of concern's LEL, oxygen-enriched air, analyst), what GB 30871 says about the sample as it is typed
/// (its age before the start or when resuming, the logging interval, pass or fail) and the tests on record.
class PermitGasTests : public QWidget {
    Q_OBJECT
public:
    explicit PermitGasTests(QWidget *parent = nullptr);

    /// Where the work the sample is for is read, each time the timing text is written.
    void setWorkSource(std::function<GasTestWork()> work) { m_work = std::move(work); }
    /// Writes the timing text again (the work changed).
    void updateTiming();
    /// The tests on record, `when` formatting a time for the table.
    void showTests(const QList<GasTestRecord> &tests, const std::function<QString(qint64)> &when);
    GasSampleEntry entry() const;
    QLabel *timingLabel() const { return m_timing; }

Q_SIGNALS:
    /// "Record gas test" was pressed.
    void recordRequested();

private:
    GasTestWork work() const { return m_work ? m_work() : GasTestWork{}; }

    std::function<GasTestWork()> m_work;
    QDateTimeEdit *m_at = nullptr;
    QDoubleSpinBox *m_comb = nullptr, *m_o2 = nullptr, *m_toxic = nullptr, *m_lel = nullptr;
    QCheckBox *m_enriched = nullptr;
    QLineEdit *m_tester = nullptr;
    QLabel *m_timing = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace ui
} // namespace gl
