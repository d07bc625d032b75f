// SPDX-License-Identifier: Apache-2.0
#include "modules/reporting/render/ReportGeneratorImpl.h"
#include "modules/reporting/render/DailyReportRenderer.h"

namespace gl::reports {

RenderedReport DailyReportGenerator::render(const DailyHealthReport &report, const QString &language)
{
    const Language lang = languageFromName(language);
    const DailyReportRenderer renderer(report, lang == Language::Unknown ? Language::Chinese : lang);
    return RenderedReport{renderer.pdf(), renderer.html()};
}

void registerReportGenerator()
{
    setReportGenerator(std::make_shared<DailyReportGenerator>());
}

} // namespace gl::reports
