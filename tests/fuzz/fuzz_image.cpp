// SPDX-License-Identifier: Apache-2.0
// Uploaded photos (hazard photos, check-in panoramas, contractor portraits; docs/vision.md): the safe
// image loader (magic bytes, header size against the pixel limit, truncation, OpenCV decode, EXIF
// orientation) and the EXIF readers on their own.
#include "FuzzCommon.h"
#include "modules/hazards/vision/ImageLoader.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    gl::fuzz::quiet();
    const QByteArray image = gl::fuzz::bytes(data, size);
    (void)gl::vision::readJpegExif(image);
    (void)gl::vision::readTiffExif(image);
    // A small pixel limit keeps a campaign fast; the limit itself is what refuses decompression bombs.
    gl::fuzz::expectOnlyGlErrors([&] { (void)gl::vision::decodeImage(image, u"fuzz"_s, {4'000'000, 16 * 1024 * 1024}); });
    return 0;
}
