// SPDX-License-Identifier: Apache-2.0
#include "modules/video/decode/FeedDecoder.h"

#include "modules/video/decode/VideoLog.h"
#include "platform/util/Error.h"
#include "platform/util/Log.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/hwcontext.h>
#include <libavutil/pixdesc.h>
}

using namespace Qt::StringLiterals;

namespace gl::video {
namespace {

constexpr char kRenderNode[] = "/dev/dri/renderD128";

QString avError(int err)
{
    char buf[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(err, buf, sizeof buf);
    return QString::fromUtf8(buf);
}

qint64 toMs(int64_t ts, AVRational tb)
{
    return ts == AV_NOPTS_VALUE ? -1 : av_rescale_q(ts, tb, AVRational{1, 1000});
}

AVPixelFormat pickHardwareFormat(AVCodecContext *ctx, const AVPixelFormat *formats)
{
    for (const AVPixelFormat *f = formats; *f != AV_PIX_FMT_NONE; ++f) {
        if (*f == AV_PIX_FMT_VAAPI)
            return *f;
    }
    return avcodec_default_get_format(ctx, formats); // the stream is not supported in hardware
}

void logOnce(const QString &message)
{
    static std::atomic<bool> logged{false};
    if (!logged.exchange(true))
        qCInfo(lcVideo).noquote() << message;
}

} // namespace

FeedDecoder::FeedDecoder(const FeedOptions &options, const std::atomic<bool> &stop, PollHook poll, WaitUntil wait)
    : m_opt(options), m_stop(stop), m_poll(std::move(poll)), m_wait(std::move(wait))
{
    installFfmpegLogBridge();
}

FeedDecoder::~FeedDecoder()
{
    close();
}

bool FeedDecoder::isFileUrl(const QString &url)
{
    static const QRegularExpression scheme(u"^[A-Za-z][A-Za-z0-9+.-]*://"_s);
    return url.startsWith(u"file://"_s, Qt::CaseInsensitive) || !scheme.match(url).hasMatch();
}

int FeedDecoder::interruptCallback(void *opaque)
{
    auto *self = static_cast<FeedDecoder *>(opaque);
    if (self->m_poll)
        self->m_poll();
    if (self->m_stop.load())
        return 1;
    if (Clock::now() > self->m_deadline) {
        self->m_timedOut = true;
        return 1;
    }
    return 0;
}

void FeedDecoder::close()
{
    av_frame_free(&m_frame);
    av_frame_free(&m_swFrame);
    av_packet_free(&m_pkt);
    avcodec_free_context(&m_dec);
    avformat_close_input(&m_fmt);
    av_buffer_unref(&m_hwDevice);
    m_hwActive = false;
    m_stream = -1;
}

void FeedDecoder::open()
{
    close();
    const QString shown = redactText(gl::redactUrl(m_opt.url));
    auto unreachable = [&](const QString &what, int err) {
        m_lastError = what + u": "_s + avError(err);
        if (m_stop.load())
            m_lastError = u"stopped"_s;
        else if (m_timedOut) // demuxers may turn the interrupt into another error code
            m_lastError = what + u": no answer within "_s + QString::number(m_opt.openTimeoutMs) + u" ms"_s;
        close();
        fail(ErrorCode::Unreachable, u"camera '"_s + m_opt.name + u"' ("_s + shown + u"): "_s + m_lastError);
    };

    m_isFile = isFileUrl(m_opt.url);
    const QString target = m_opt.url.startsWith(u"file://"_s, Qt::CaseInsensitive)
        ? QUrl(m_opt.url).toLocalFile() : m_opt.url;
    const bool rtsp = m_opt.url.startsWith(u"rtsp"_s, Qt::CaseInsensitive);

    m_fmt = avformat_alloc_context();
    m_fmt->interrupt_callback.callback = &FeedDecoder::interruptCallback;
    m_fmt->interrupt_callback.opaque = this;
    if (!m_isFile) {
        m_fmt->flags |= AVFMT_FLAG_NOBUFFER;
        m_fmt->probesize = m_opt.probeSizeBytes;
        m_fmt->max_analyze_duration = m_opt.analyzeDurationUs;
    }
    AVDictionary *dict = nullptr;
    // Only the protocols a camera feed needs (issue #18): never concat:, subfile:, pipe:, data: ..., even
    // from a stored URL that predates the registry's scheme check or from inside an HLS playlist.
    av_dict_set(&dict, "protocol_whitelist", "file,rtsp,rtsps,rtp,srtp,udp,tcp,tls,http,https,httpproxy,crypto", 0);
    if (rtsp) {
        if (m_opt.rtspTransport != RtspTransport::Auto)
            av_dict_set(&dict, "rtsp_transport", m_opt.rtspTransport == RtspTransport::Tcp ? "tcp" : "udp", 0);
        av_dict_set(&dict, "allowed_media_types", "video", 0);
    }
    m_deadline = Clock::now() + std::chrono::milliseconds(m_opt.openTimeoutMs);
    m_timedOut = false;
    int err = avformat_open_input(&m_fmt, target.toUtf8().constData(), nullptr, &dict);
    av_dict_free(&dict);
    if (err < 0) {
        m_fmt = nullptr; // freed by FFmpeg on failure
        unreachable(u"connect failed"_s, err);
    }
    if ((err = avformat_find_stream_info(m_fmt, nullptr)) < 0)
        unreachable(u"no stream information"_s, err);

    const AVCodec *codec = nullptr;
    m_stream = av_find_best_stream(m_fmt, AVMEDIA_TYPE_VIDEO, -1, -1, &codec, 0);
    if (m_stream < 0 || !codec)
        unreachable(u"no decodable video stream"_s, m_stream < 0 ? m_stream : AVERROR_DECODER_NOT_FOUND);
    AVStream *st = m_fmt->streams[m_stream];
    for (unsigned i = 0; i < m_fmt->nb_streams; ++i) {
        if (int(i) != m_stream)
            m_fmt->streams[i]->discard = AVDISCARD_ALL;
    }

    m_dec = avcodec_alloc_context3(codec);
    avcodec_parameters_to_context(m_dec, st->codecpar);
    m_dec->pkt_timebase = st->time_base;
    m_dec->thread_count = m_opt.decoderThreads;
    m_dec->flags |= AV_CODEC_FLAG_LOW_DELAY;
    if (m_opt.hardwareDecode)
        openHardware();
    if ((err = avcodec_open2(m_dec, codec, nullptr)) < 0)
        unreachable(u"decoder failed to open"_s, err);

    m_pkt = av_packet_alloc();
    m_frame = av_frame_alloc();
    m_swFrame = av_frame_alloc();
    m_codecName = QString::fromUtf8(avcodec_get_name(m_dec->codec_id));
    const AVRational rate = av_guess_frame_rate(m_fmt, st, nullptr);
    m_frameStepMs = rate.num > 0 && rate.den > 0 ? qMax<qint64>(1, av_rescale(1000, rate.den, rate.num)) : 40;
    m_firstPtsMs = m_lastPtsMs = -1;
    m_loopOffsetMs = 0;
    m_skippedBeforeKey = m_isFile ? -1 : 0;
    m_catchingUp = false;
    m_lastError.clear();
    qCInfo(lcVideo).noquote() << "camera" << m_opt.name << "opened" << shown << m_codecName
                              << m_dec->width << 'x' << m_dec->height << (m_hwActive ? "vaapi" : "software");
}

void FeedDecoder::openHardware()
{
    bool supported = false;
    for (int i = 0;; ++i) {
        const AVCodecHWConfig *cfg = avcodec_get_hw_config(m_dec->codec, i);
        if (!cfg)
            break;
        if (cfg->device_type == AV_HWDEVICE_TYPE_VAAPI && (cfg->methods & AV_CODEC_HW_CONFIG_METHOD_HW_DEVICE_CTX))
            supported = true;
    }
    if (!supported || !QFileInfo::exists(QString::fromLatin1(kRenderNode))) {
        logOnce(u"VAAPI not available (no render node or codec support): software decoding"_s);
        return;
    }
    if (av_hwdevice_ctx_create(&m_hwDevice, AV_HWDEVICE_TYPE_VAAPI, kRenderNode, nullptr, 0) < 0) {
        logOnce(u"VAAPI device failed to open: software decoding"_s);
        m_hwDevice = nullptr;
        return;
    }
    m_dec->hw_device_ctx = av_buffer_ref(m_hwDevice);
    m_dec->get_format = pickHardwareFormat;
    m_hwActive = true;
}

QSize FeedDecoder::size() const
{
    return m_dec ? QSize(m_dec->width, m_dec->height) : QSize();
}

FeedDecoder::Step FeedDecoder::readFailed(const QString &what, int averror)
{
    if (m_stop.load())
        m_lastError = u"stopped"_s;
    else if (m_timedOut || averror == AVERROR_EXIT)
        m_lastError = what + u": no data for "_s + QString::number(m_opt.readTimeoutMs) + u" ms"_s;
    else
        m_lastError = what + u": "_s + avError(averror);
    return Step::Failed;
}

bool FeedDecoder::restartFile()
{
    // A drill loop does not need the decoder's last held-back frames: flush and seek to the start.
    avcodec_flush_buffers(m_dec);
    const AVStream *st = m_fmt->streams[m_stream];
    const int64_t start = st->start_time != AV_NOPTS_VALUE ? st->start_time : 0;
    if (av_seek_frame(m_fmt, m_stream, start, AVSEEK_FLAG_BACKWARD) < 0)
        return false;
    if (m_lastPtsMs >= 0)
        m_loopOffsetMs += m_lastPtsMs - qMax<qint64>(0, toMs(start, st->time_base)) + m_frameStepMs;
    m_lastPtsMs = -1;
    return true;
}

FeedDecoder::Step FeedDecoder::step(const FrameSink &sink)
{
    m_deadline = Clock::now() + std::chrono::milliseconds(m_opt.readTimeoutMs);
    m_timedOut = false;
    int err = av_read_frame(m_fmt, m_pkt);
    if (err == AVERROR_EOF && m_isFile && m_opt.loopFiles) {
        if (!restartFile())
            return readFailed(u"cannot loop the file"_s, AVERROR(EIO));
        return Step::Packet;
    }
    if (err == AVERROR_EOF) {
        m_lastError = u"end of stream"_s;
        return Step::End;
    }
    if (err < 0)
        return readFailed(u"read failed"_s, err);
    if (m_pkt->stream_index != m_stream) {
        av_packet_unref(m_pkt);
        return Step::Packet;
    }
    m_bytes += m_pkt->size;
    // A live stream joined mid-GOP: skip to the first key frame instead of decoding broken pictures
    // (bounded, in case a source never flags key frames).
    if (m_skippedBeforeKey >= 0) {
        if (!(m_pkt->flags & AV_PKT_FLAG_KEY) && m_skippedBeforeKey < 250) {
            ++m_skippedBeforeKey;
            av_packet_unref(m_pkt);
            return Step::Packet;
        }
        m_skippedBeforeKey = -1;
    }

    const AVRational tb = m_fmt->streams[m_stream]->time_base;
    const int64_t ts = m_pkt->dts != AV_NOPTS_VALUE ? m_pkt->dts : m_pkt->pts;
    const qint64 rawMs = toMs(ts, tb);
    if (rawMs >= 0) {
        const qint64 ptsMs = rawMs + m_loopOffsetMs;
        const Clock::time_point now = Clock::now();
        const bool key = m_pkt->flags & AV_PKT_FLAG_KEY;
        auto anchor = [&] { // stream time ptsMs is due at wall time `now`
            m_firstPtsMs = ptsMs;
            m_paceStart = now;
        };
        if (m_firstPtsMs < 0)
            anchor();
        const Clock::time_point due = m_paceStart + std::chrono::milliseconds(ptsMs - m_firstPtsMs);
        const qint64 lagMs = std::chrono::duration_cast<std::chrono::milliseconds>(now - due).count();
        const bool behind = m_opt.catchUpMs > 0 && lagMs > m_opt.catchUpMs;
        // Decoding fell behind the stream (an overloaded machine, a burst): rather than showing ever older
        // video, drop packets up to the next key frame and start again from there.
        if (key && (m_catchingUp || behind)) {
            anchor();
            m_catchingUp = false;
        } else if (behind && !m_catchingUp) {
            m_catchingUp = true;
            qCDebug(lcVideo).noquote() << "camera" << m_opt.name << lagMs << "ms behind: skip to the next key frame";
        }
        m_lastPtsMs = qMax(m_lastPtsMs, rawMs);
        if (m_catchingUp) {
            ++m_skippedPackets;
            av_packet_unref(m_pkt);
            return Step::Packet;
        }
        if (m_isFile && m_opt.realTimeFiles
            && !m_wait(m_paceStart + std::chrono::milliseconds(ptsMs - m_firstPtsMs))) {
            av_packet_unref(m_pkt);
            return readFailed(u"stopped"_s, AVERROR_EXIT);
        }
    }
    const Clock::time_point arrival = Clock::now();
    m_dec->reordered_opaque = arrival.time_since_epoch().count();
    err = avcodec_send_packet(m_dec, m_pkt);
    av_packet_unref(m_pkt);
    if (err < 0 && err != AVERROR(EAGAIN)) {
        ++m_decodeErrors; // a corrupt packet: keep the connection, the next key frame recovers
        return Step::Packet;
    }
    return receiveFrames(sink);
}

FeedDecoder::Step FeedDecoder::receiveFrames(const FrameSink &sink)
{
    Step result = Step::Packet;
    for (;;) {
        const int err = avcodec_receive_frame(m_dec, m_frame);
        if (err == AVERROR(EAGAIN) || err == AVERROR_EOF)
            break;
        if (err < 0) {
            ++m_decodeErrors;
            break;
        }
        AVFrame *out = m_frame;
        if (m_frame->format == AV_PIX_FMT_VAAPI) {
            av_frame_unref(m_swFrame);
            if (av_hwframe_transfer_data(m_swFrame, m_frame, 0) < 0) {
                ++m_decodeErrors;
                av_frame_unref(m_frame);
                continue;
            }
            av_frame_copy_props(m_swFrame, m_frame);
            out = m_swFrame;
        }
        const Clock::time_point arrival{Clock::duration(m_frame->reordered_opaque)};
        const AVRational tb = m_fmt->streams[m_stream]->time_base;
        const qint64 ptsMs = toMs(m_frame->best_effort_timestamp, tb);
        sink(out, arrival, ptsMs < 0 ? -1 : ptsMs + m_loopOffsetMs);
        av_frame_unref(m_frame);
        av_frame_unref(m_swFrame);
        result = Step::Frame;
    }
    return result;
}

} // namespace gl::video
