// SPDX-License-Identifier: Apache-2.0
// guardlinectl rectification verify --before A --after B [--region x,y,w,h] [--config FILE]
//                                   [--heatmap FILE.png] [--aligned FILE.png] [--json]
#include "cli/Commands.h"
#include "modules/hazards/vision/ComparisonImages.h"
#include "modules/hazards/vision/ImageLoader.h"
#include "modules/hazards/vision/RectificationVerifier.h"
#include "modules/hazards/vision/VisionConfig.h"
#include "platform/util/Error.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace gl::cli {

int runRectificationVerify(Context &ctx)
{
    static const QString usage = u"usage: rectification verify --before A --after B [--region x,y,w,h] "
                                 "[--config FILE] [--heatmap FILE.png] [--aligned FILE.png] [--json]"_s;
    QString before, after, regionText, configPath, heatmapPath, alignedPath;
    bool json = false;
    const QStringList &a = ctx.args;
    for (int i = 0; i < a.size(); ++i) {
        const QString &arg = a.at(i);
        auto value = [&]() -> QString {
            if (i + 1 >= a.size())
                fail(ErrorCode::BadInput, u"option '"_s + arg + u"': needs a value ("_s + usage + u")"_s);
            return a.at(++i);
        };
        if (arg == u"--json"_s)
            json = true;
        else if (arg == u"--before"_s)
            before = value();
        else if (arg == u"--after"_s)
            after = value();
        else if (arg == u"--region"_s)
            regionText = value();
        else if (arg == u"--config"_s)
            configPath = value();
        else if (arg == u"--heatmap"_s)
            heatmapPath = value();
        else if (arg == u"--aligned"_s)
            alignedPath = value();
        else
            fail(ErrorCode::BadInput, u"unexpected argument '"_s + arg + u"' ("_s + usage + u")"_s);
    }
    if (before.isEmpty() || after.isEmpty())
        fail(ErrorCode::BadInput, u"--before and --after are required ("_s + usage + u")"_s);

    const vision::VisionConfig config =
        configPath.isEmpty() ? vision::VisionConfig::defaults() : vision::VisionConfig::fromFile(configPath);
    const std::optional<cv::Rect> region =
        regionText.isEmpty() ? std::nullopt : std::optional<cv::Rect>(vision::parseRegion(regionText));
    const vision::LoadLimits limits{config.maxPixels, config.maxFileBytes};
    const vision::LoadedImage imgA = vision::loadImage(before, limits);
    const vision::LoadedImage imgB = vision::loadImage(after, limits);

    const vision::VerificationResult r = vision::verifyRectification(imgA.bgr, imgB.bgr, region, config);
    if (!heatmapPath.isEmpty() || !alignedPath.isEmpty()) {
        const vision::ComparisonImages images = vision::renderComparison(imgA.bgr, imgB.bgr, r);
        if (!heatmapPath.isEmpty() && !images.heatMap.empty())
            vision::writeImage(heatmapPath, images.heatMap);
        if (!alignedPath.isEmpty() && !images.alignedAfter.empty())
            vision::writeImage(alignedPath, images.alignedAfter);
        if (images.heatMap.empty())
            ctx.err << "rectification verify: photos not aligned, no heat map or aligned image written\n";
    }

    if (json) {
        ctx.printJson(QJsonDocument(r.toJson()));
    } else {
        ctx.out << (r.passed ? "PASSED" : "REJECTED") << ": " << r.reason << '\n'
                << "  same scene " << (r.sameScene ? "yes" : "no") << " (similarity "
                << QString::number(r.sceneSimilarity, 'f', 3) << "), region change "
                << QString::number(r.regionChange, 'f', 3) << ", aligned " << (r.aligned ? "yes" : "no") << '\n';
    }
    return r.passed ? 0 : 1;
}

} // namespace gl::cli
