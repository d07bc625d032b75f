// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opencv2/core/mat.hpp>

#include <cstdint>

namespace gl::vision {

/// 64-bit DCT perceptual hash (pHash) of an image: robust to re-encoding, resizing and global
/// brightness/contrast changes, so near-identical copies have a small Hamming distance.
std::uint64_t perceptualHash(const cv::Mat &image);

/// Number of differing bits of two hashes (0..64).
int hammingDistance(std::uint64_t a, std::uint64_t b);

} // namespace gl::vision
