// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <opencv2/core/mat.hpp>

namespace gl::vision {

/// The Haar cascade used for frontal faces: $GUARDLINE_FACE_CASCADE when set, else Debian's opencv-data
/// haarcascade_frontalface_alt.xml.
QString defaultFaceCascade();

/// Number of frontal faces in a photo (OpenCV Haar cascade on an equalised grey copy at most 1000 px
/// wide; faces smaller than 1/12 of the short side are ignored). Throws gl::Error(BadInput) when the
/// cascade file cannot be loaded.
int countFrontalFaces(const cv::Mat &image, const QString &cascadePath = QString());

/// For the responsible person's photo: refuses (gl::Error BadInput naming `name`) unless exactly one
/// frontal face is found.
void requireOneFrontalFace(const cv::Mat &image, const QString &name, const QString &cascadePath = QString());

} // namespace gl::vision
