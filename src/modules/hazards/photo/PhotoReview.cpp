// SPDX-License-Identifier: Apache-2.0
#include "modules/hazards/photo/PhotoReview.h"
#include "modules/hazards/logic/HazardService.h"
#include "modules/hazards/vision/ComparisonImages.h"
#include "modules/hazards/vision/ImageLoader.h"
#include "modules/hazards/vision/RectificationVerifier.h"
#include "platform/util/Error.h"

#include <QPainter>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace gl::hazards {

namespace {

QImage toQImage(const cv::Mat &bgr)
{
    if (bgr.empty())
        return {};
    cv::Mat c = bgr;
    if (c.channels() == 1)
        cv::cvtColor(bgr, c, cv::COLOR_GRAY2BGR);
    return QImage(c.data, c.cols, c.rows, int(c.step), QImage::Format_BGR888).copy();
}

std::optional<cv::Rect> cvRect(const QRect &r)
{
    if (r.isEmpty())
        return std::nullopt;
    return cv::Rect(r.x(), r.y(), r.width(), r.height());
}

void frame(QImage &img, const QRect &r, const QColor &colour, int widthDivisor, int minWidth)
{
    QPainter p(&img);
    p.setPen(QPen(colour, std::max(minWidth, img.width() / widthDivisor)));
    p.drawRect(r);
}

} // namespace

PhotoReview reviewPhotos(HazardService &svc, const QString &code, bool reinspection)
{
    const HazardDetail d = svc.detail(code);
    const HazardPhotoInfo *before = nullptr, *after = nullptr, *re = nullptr;
    for (const HazardPhotoInfo &p : d.photos) { // oldest first: the latest of each kind wins
        if (p.kind == u"defect"_s)
            before = &p;
        if (p.kind == u"after"_s)
            after = &p;
        if (p.kind == u"reinspection"_s)
            re = &p;
    }
    if (!before || !after)
        fail(ErrorCode::NotFound, u"hazard '%1' has no after-photo to compare"_s.arg(code));
    const vision::VisionConfig cfg = vision::VisionConfig::defaults();
    const vision::LoadLimits limits{cfg.maxPixels, cfg.maxFileBytes};
    const cv::Mat b = vision::decodeImage(svc.photo(after->sha256), u"after-photo %1"_s.arg(after->sha256.left(12)), limits).bgr;
    PhotoReview out;
    if (reinspection && re) {
        const cv::Mat r = vision::decodeImage(svc.photo(re->sha256), u"re-inspection photo %1"_s.arg(re->sha256.left(12)), limits).bgr;
        const QRect region = rectFromText(after->check.value(u"second_region"_s).toString());
        const vision::VerificationResult v = vision::verifyRectification(b, r, cvRect(region), cfg);
        out.kind = PhotoReview::Kind::Reinspection;
        out.left = toQImage(r);
        QRect failing = rectFromText(re->check.value(u"second_region"_s).toString());
        if (failing.isEmpty())
            failing = QRect(0, 0, out.left.width(), out.left.height()).adjusted(4, 4, -4, -4);
        frame(out.left, failing, QColor(0xe5, 0x39, 0x35), 120, 4);
        out.middle = toQImage(b);
        if (!region.isEmpty())
            frame(out.middle, region, QColor(0x43, 0xa0, 0x47), 160, 3);
        out.right = toQImage(vision::renderComparison(b, r, v).heatMap);
        out.leftPhoto = re->sha256;
        out.middlePhoto = after->sha256;
        out.reason = re->check.value(u"reason"_s).toString();
        return out;
    }
    const cv::Mat a = vision::decodeImage(svc.photo(before->sha256), u"defect photo %1"_s.arg(before->sha256.left(12)), limits).bgr;
    const vision::VerificationResult v = vision::verifyRectification(a, b, cvRect(d.defectRegion), cfg);
    const vision::ComparisonImages imgs = vision::renderComparison(a, b, v);
    out.left = toQImage(imgs.before);
    out.middle = toQImage(imgs.alignedAfter);
    out.right = toQImage(imgs.heatMap);
    out.leftPhoto = before->sha256;
    out.middlePhoto = after->sha256;
    out.reason = v.reason;
    out.sceneSimilarity = v.sceneSimilarity;
    out.regionChange = v.regionChange;
    return out;
}

} // namespace gl::hazards
