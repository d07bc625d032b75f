// SPDX-License-Identifier: Apache-2.0
#include "platform/util/Log.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>

#include <cstdio>

Q_LOGGING_CATEGORY(lcStore, "guardline.store")
Q_LOGGING_CATEGORY(lcAudit, "guardline.audit")
Q_LOGGING_CATEGORY(lcAuth, "guardline.auth")
Q_LOGGING_CATEGORY(lcDemo, "guardline.demo")
Q_LOGGING_CATEGORY(lcServices, "guardline.services")

using namespace Qt::StringLiterals;

namespace gl {
namespace {

struct FileSink {
    QMutex mutex;
    QString path;
    qint64 maxBytes = 0;
    int keep = 0;
    QFile file;

    void rotate()
    {
        file.close();
        for (int i = keep - 1; i >= 1; --i) {
            const QString from = path + u'.' + QString::number(i);
            const QString to = path + u'.' + QString::number(i + 1);
            QFile::remove(to);
            QFile::rename(from, to);
        }
        QFile::remove(path + u".1"_s);
        QFile::rename(path, path + u".1"_s);
        file.open(QIODevice::Append | QIODevice::Text);
    }
};

FileSink *g_sink = nullptr;

void handler(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    static const char *names[] = {"debug", "warning", "critical", "fatal", "info"};
    const QString line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + u' '
        + QString::fromLatin1(names[type]) + u' ' + QString::fromLatin1(ctx.category ? ctx.category : "default")
        + u": "_s + msg + u'\n';
    const QByteArray utf8 = line.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
    if (g_sink) {
        QMutexLocker lock(&g_sink->mutex);
        if (g_sink->file.isOpen()) {
            g_sink->file.write(utf8);
            g_sink->file.flush();
            if (g_sink->file.size() > g_sink->maxBytes)
                g_sink->rotate();
        }
    }
}

} // namespace

void installFileLogging(const QString &path, qint64 maxBytes, int keep)
{
    if (!path.isEmpty() && !g_sink) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        g_sink = new FileSink; // lives for the process: log calls may come from any thread until exit
        g_sink->path = path;
        g_sink->maxBytes = maxBytes;
        g_sink->keep = keep;
        g_sink->file.setFileName(path);
        g_sink->file.open(QIODevice::Append | QIODevice::Text);
    }
    qInstallMessageHandler(handler);
}

QString redactUrl(const QString &url)
{
    static const QRegularExpression re(u"^([a-z]+://[^:/@]+):[^@]*@"_s);
    QString out = url;
    out.replace(re, u"\\1:***@"_s);
    return out;
}

} // namespace gl
