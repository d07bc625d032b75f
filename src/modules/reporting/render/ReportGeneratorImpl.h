// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/reporting/logic/ReportArchiveService.h"

namespace gl::reports {

/// The Guardline::Reports implementation of the core's ReportGenerator: DailyReportRenderer's PDF and
/// HTML. Thread-safe (each call builds its own renderer); needs a QApplication in the process.
class DailyReportGenerator : public ReportGenerator {
public:
    RenderedReport render(const DailyHealthReport &report, const QString &language) override;
};

/// Registers DailyReportGenerator as the process's report renderer (the app and guardlinectl call this
/// at start-up, once a QApplication exists).
void registerReportGenerator();

} // namespace gl::reports
