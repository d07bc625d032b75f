// SPDX-License-Identifier: Apache-2.0
#include "modules/video/decode/FrameSlot.h"

namespace gl::video {

void FrameSlot::setTargetSize(QSize size)
{
    QMutexLocker lock(&m_mutex);
    m_target = size;
}

QSize FrameSlot::targetSize() const
{
    QMutexLocker lock(&m_mutex);
    return m_target;
}

bool FrameSlot::put(VideoFrame frame)
{
    std::optional<VideoFrame> old; // released outside the lock
    bool wasEmpty = false;
    {
        QMutexLocker lock(&m_mutex);
        wasEmpty = !m_frame.has_value();
        if (!wasEmpty)
            ++m_dropped;
        old.swap(m_frame);
        m_frame = std::move(frame);
    }
    return wasEmpty;
}

std::optional<VideoFrame> FrameSlot::take()
{
    std::optional<VideoFrame> out;
    QMutexLocker lock(&m_mutex);
    out.swap(m_frame);
    if (out)
        ++m_delivered;
    return out;
}

} // namespace gl::video
