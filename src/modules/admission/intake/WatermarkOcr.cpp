// SPDX-License-Identifier: Apache-2.0
// Reads the timestamp that a check-in capture app burns into its panorama (docs/contractors.md, "What is
// verified"): Tesseract on the likely bands, prepared with OpenCV.
#include "modules/admission/intake/WatermarkOcr.h"
#include "modules/hazards/vision/ImageLoader.h"

#include <QLoggingCategory>
#include <QMutex>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#ifdef GUARDLINE_HAVE_TESSERACT
#include <tesseract/baseapi.h>
#endif

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWatermark, "guardline.admission.watermark")

namespace gl::admission {

namespace {

#ifdef GUARDLINE_HAVE_TESSERACT

/// The reader's own pixel limit (the intake applies its configured one before; this guards other callers).
constexpr qint64 kMaxWatermarkPixels = 40'000'000;

/// One Tesseract engine per thread (TessBaseAPI is not thread-safe; initialising costs ~50 ms).
tesseract::TessBaseAPI *engine()
{
    thread_local std::unique_ptr<tesseract::TessBaseAPI> api;
    thread_local bool failed = false;
    if (!api && !failed) {
        auto a = std::make_unique<tesseract::TessBaseAPI>();
        const QByteArray prefix = qgetenv("TESSDATA_PREFIX");
        if (a->Init(prefix.isEmpty() ? nullptr : prefix.constData(), "eng", tesseract::OEM_LSTM_ONLY) != 0) {
            qCWarning(lcWatermark) << "Tesseract: cannot load the 'eng' language data (install tesseract-ocr-eng)";
            failed = true;
            return nullptr;
        }
        a->SetVariable("tessedit_char_whitelist", "0123456789-/:. ");
        a->SetVariable("debug_file", "/dev/null");
        a->SetPageSegMode(tesseract::PSM_SINGLE_BLOCK);
        api = std::move(a);
    }
    return api.get();
}

QString recognise(const cv::Mat &binary)
{
    tesseract::TessBaseAPI *api = engine();
    if (!api)
        return {};
    api->SetImage(binary.data, binary.cols, binary.rows, 1, int(binary.step));
    api->SetSourceResolution(300);
    std::unique_ptr<char[]> text(api->GetUTF8Text());
    api->Clear();
    return text ? QString::fromUtf8(text.get()).simplified() : QString();
}

/// The brightness of each pixel as the maximum of its channels: white, yellow and orange stamps are all bright.
cv::Mat valueOf(const cv::Mat &bgr)
{
    std::vector<cv::Mat> ch;
    cv::split(bgr, ch);
    cv::Mat value = ch[0].clone();
    for (size_t i = 1; i < ch.size(); ++i)
        value = cv::max(value, ch[i]);
    return value;
}

/// Text pixels (255) of a band: `bright` keeps what is within reach of the band's brightest pixels (a
/// stamp is the brightest thing in its corner), otherwise the dark side of Otsu (dark stamps).
cv::Mat textMask(const cv::Mat &value, bool bright)
{
    cv::Mat mask;
    if (bright) {
        double maxV = 0;
        cv::minMaxLoc(value, nullptr, &maxV);
        cv::threshold(value, mask, std::max(150.0, maxV - 45), 255, cv::THRESH_BINARY);
    } else {
        cv::threshold(value, mask, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    }
    return mask;
}

/// Black text on white for Tesseract: the band cropped to its character-sized blobs and upscaled so that
/// they are about 40 px tall (Tesseract's sweet spot). Empty when nothing looks like text.
cv::Mat prepare(const cv::Mat &band, bool bright)
{
    const cv::Mat value = valueOf(band);
    const cv::Mat mask = textMask(value, bright);
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(mask, labels, stats, centroids, 8, CV_32S);
    std::vector<int> heights;
    std::vector<cv::Rect> boxes;
    for (int i = 1; i < n; ++i) {
        const cv::Rect r(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP), stats.at<int>(i, cv::CC_STAT_WIDTH),
                         stats.at<int>(i, cv::CC_STAT_HEIGHT));
        if (r.height < 5 || r.height > band.rows * 0.8 || r.width > band.cols / 4 || stats.at<int>(i, cv::CC_STAT_AREA) < 6)
            continue;
        heights.push_back(r.height);
        boxes.push_back(r);
    }
    if (boxes.size() < 6) // a timestamp has at least a dozen characters
        return {};
    std::nth_element(heights.begin(), heights.begin() + long(heights.size() / 2), heights.end());
    const int med = heights[heights.size() / 2];
    cv::Rect roi;
    for (const cv::Rect &r : boxes)
        if (r.height >= med / 2 && r.height <= med * 2)
            roi = roi.empty() ? r : (roi | r);
    roi.x -= med;
    roi.y -= med / 2;
    roi.width += 2 * med;
    roi.height += med;
    roi &= cv::Rect(0, 0, band.cols, band.rows);
    if (roi.width < 2 || roi.height < 2)
        return {};
    const double scale = std::clamp(40.0 / med, 1.0, 5.0);
    cv::Mat big;
    cv::resize(value(roi), big, cv::Size(), scale, scale, cv::INTER_CUBIC);
    cv::Mat bin = textMask(big, bright);
    cv::bitwise_not(bin, bin);
    cv::copyMakeBorder(bin, bin, 12, 12, 12, 12, cv::BORDER_CONSTANT, cv::Scalar(255));
    return bin;
}

class TesseractWatermarkReader final : public WatermarkReader {
public:
    WatermarkReading read(const QByteArray &photo) const override
    {
        // Whatever OpenCV or Tesseract throw on a hostile photo ends here: no watermark was read, and the
        // check-in is refused for it; the intake keeps serving.
        try {
            return readBands(photo);
        } catch (const std::exception &e) {
            qCWarning(lcWatermark) << "watermark OCR failed on a" << photo.size() << "byte photo:" << e.what();
        } catch (...) {
            qCWarning(lcWatermark) << "watermark OCR failed on a" << photo.size() << "byte photo (unknown exception)";
        }
        return {};
    }

    WatermarkReading readBands(const QByteArray &photo) const
    {
        WatermarkReading out;
        // The pixel limit before decoding: a few hundred bytes can declare 16000x16000 pixels (~768 MB).
        const vision::ImageFormat format = vision::sniffFormat(photo.left(32));
        const auto size = format == vision::ImageFormat::Unknown ? std::nullopt : vision::readHeaderSize(photo, format);
        if (!size || size->width <= 0 || size->height <= 0 || qint64(size->width) * size->height > kMaxWatermarkPixels) {
            qCWarning(lcWatermark) << "watermark OCR: photo header missing or over" << kMaxWatermarkPixels << "pixels; not decoded";
            return out;
        }
        const std::vector<uchar> buf(photo.begin(), photo.end());
        cv::Mat img = cv::imdecode(buf, cv::IMREAD_COLOR);
        if (img.empty() || img.rows < 16 || img.cols < 16) // nothing a stamp could be burnt into
            return out;
        if (img.cols > 3200) { // very wide panoramas: the stamp scales with the image
            const double f = 3200.0 / img.cols;
            cv::resize(img, img, cv::Size(), f, f, cv::INTER_AREA);
        }
        if (img.rows < 16)
            return out;
        const int h = img.rows, bandH = std::max(16, h / 6);
        struct Band {
            const char16_t *name;
            cv::Rect rect;
        };
        const Band bands[] = {{u"bottom", cv::Rect(0, h - bandH, img.cols, bandH)}, {u"top", cv::Rect(0, 0, img.cols, bandH)}};
        QStringList texts;
        for (const Band &b : bands) {
            for (const bool bright : {true, false}) {
                const cv::Mat prepared = prepare(img(b.rect), bright);
                if (prepared.empty())
                    continue;
                const QString text = recognise(prepared);
                if (text.isEmpty())
                    continue;
                texts << text;
                const QList<WatermarkTime> times = parseWatermarkTimes(text);
                if (!times.isEmpty()) {
                    out.times = times;
                    out.band = QString::fromUtf16(b.name);
                    out.ocrText = texts.join(u" | "_s);
                    return out;
                }
            }
        }
        out.ocrText = texts.join(u" | "_s);
        return out;
    }

    QByteArray demoPanorama(const QString &stamp, int variant) const override
    {
        // A plausible site panorama: sky, a tank row and a pipe rack, ground; the stamp bottom-right in
        // the orange with a dark outline that phone camera apps use.
        cv::Mat img(400, 1000, CV_8UC3);
        const int sky = 150 + (variant * 37) % 60;
        for (int y = 0; y < img.rows; ++y)
            img.row(y).setTo(y < 200 ? cv::Scalar(sky + y / 4, sky - 20 + y / 5, 120) : cv::Scalar(70 + y / 10, 80 + y / 10, 85 + y / 10));
        for (int i = 0; i < 5; ++i) {
            const int x = 60 + i * 180 + (variant * 23) % 40;
            cv::rectangle(img, cv::Rect(x, 110 + (i % 2) * 20, 110, 110 - (i % 2) * 20), cv::Scalar(185, 190, 195), cv::FILLED);
            cv::ellipse(img, cv::Point(x + 55, 110 + (i % 2) * 20), cv::Size(55, 14), 0, 180, 360, cv::Scalar(200, 205, 210), cv::FILLED);
        }
        cv::rectangle(img, cv::Rect(0, 232, 1000, 8), cv::Scalar(40, 60, 160), cv::FILLED);
        for (int x = 30; x < 1000; x += 90)
            cv::rectangle(img, cv::Rect(x, 232, 6, 60), cv::Scalar(60, 60, 60), cv::FILLED);
        const std::string text = stamp.toStdString();
        int base = 0;
        const cv::Size sz = cv::getTextSize(text, cv::FONT_HERSHEY_SIMPLEX, 1.0, 2, &base);
        const cv::Point at(img.cols - sz.width - 24, img.rows - 22);
        cv::putText(img, text, at, cv::FONT_HERSHEY_SIMPLEX, 1.0, cv::Scalar(20, 20, 20), 5, cv::LINE_AA);
        cv::putText(img, text, at, cv::FONT_HERSHEY_SIMPLEX, 1.0, cv::Scalar(40, 170, 255), 2, cv::LINE_AA);
        std::vector<uchar> jpg;
        cv::imencode(".jpg", img, jpg, {cv::IMWRITE_JPEG_QUALITY, 85});
        return QByteArray(reinterpret_cast<const char *>(jpg.data()), qsizetype(jpg.size()));
    }
};

#endif

} // namespace

bool watermarkOcrAvailable()
{
#ifdef GUARDLINE_HAVE_TESSERACT
    return true;
#else
    return false;
#endif
}

std::shared_ptr<const WatermarkReader> makeWatermarkReader()
{
#ifdef GUARDLINE_HAVE_TESSERACT
    return std::make_shared<TesseractWatermarkReader>();
#else
    return {};
#endif
}

void installWatermarkReader()
{
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    static bool done = false;
    if (done)
        return;
    done = true;
    if (auto r = makeWatermarkReader())
        gl::installWatermarkReader(std::move(r));
    else
        qCWarning(lcWatermark) << "built without Tesseract: check-ins are refused (the timestamp watermark cannot be read)";
}

} // namespace gl::admission
