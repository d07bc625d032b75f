// SPDX-License-Identifier: Apache-2.0
#include "modules/video/decode/FeedTypes.h"

using namespace Qt::StringLiterals;

namespace gl::video {

QString stateName(FeedState state)
{
    switch (state) {
    case FeedState::Connecting: return u"connecting"_s;
    case FeedState::Live: return u"live"_s;
    case FeedState::Stalled: return u"stalled"_s;
    case FeedState::Offline: return u"offline"_s;
    case FeedState::Unknown: break;
    }
    return u"unknown"_s;
}

} // namespace gl::video
