// SPDX-License-Identifier: Apache-2.0
#include "modules/hazards/vision/VisionLog.h"

Q_LOGGING_CATEGORY(lcVision, "guardline.vision", QtInfoMsg)
