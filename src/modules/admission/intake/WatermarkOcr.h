// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/admission/logic/CheckinWatermark.h"

namespace gl::admission {

/// True when this build reads watermarks (Tesseract was found at build time).
bool watermarkOcrAvailable();

/// The Tesseract + OpenCV reader of check-in timestamp watermarks: the bottom and top strips of the
/// panorama, upscaled and binarised (bright text on any background, and dark text), recognised as one
/// block of digits and separators, then parsed (parseWatermarkTimes). Null when not built with Tesseract.
std::shared_ptr<const WatermarkReader> makeWatermarkReader();

/// Installs makeWatermarkReader() as the process's reader (once; a no-op when not available).
void installWatermarkReader();

} // namespace gl::admission
