#include "net/replyfailure.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Parlance::Net {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Net::GatewayCall)
};

QByteArray contentEncoding(const Core::HttpHeaders &headers)
{
    for (const Core::HttpHeader &h : headers) {
        if (h.first.compare("content-encoding", Qt::CaseInsensitive) == 0) {
            const QByteArray value = h.second.trimmed().toLower();
            return value == "identity" ? QByteArray() : value;
        }
    }
    return {};
}

// The part of one of Qt's own messages before its "%1", as Qt would show it: Qt's text is
// translated when a Qt translator is installed, so it is looked up rather than spelt out.
QString qtMessagePrefix(const char *source)
{
    const QString text = QCoreApplication::translate("QHttp", source);
    return text.left(text.indexOf(QLatin1String("%1")));
}
} // namespace

QString decompressionFailure(const QNetworkReply *reply, const Core::HttpHeaders &headers)
{
    const QByteArray encoding = contentEncoding(headers);
    // UnknownContentError is also what Qt makes of an unusual 4xx status: the message tells.
    if (encoding.isEmpty() || reply->error() != QNetworkReply::UnknownContentError)
        return {};
    const QString qtError = reply->errorString();
    bool decompression = false;
    QString detail;
    for (const char *source :
         {"Decompression failed: %1", "Failed to initialize decompression: %1"}) {
        const QString prefix = qtMessagePrefix(source);
        if (!prefix.isEmpty() && qtError.startsWith(prefix)) {
            decompression = true;
            detail = qtError.mid(prefix.size()).trimmed();
            break;
        }
    }
    if (!decompression)
        return {};
    if (detail.isEmpty()) {
        const double limitMb
            = double(QNetworkRequest().decompressedSafetyCheckThreshold()) / (1024.0 * 1024.0);
        detail = Tr::tr("either the compressed data is corrupt, or it expands past "
                        "%1 MB at many times its size, which is refused as a likely "
                        "decompression bomb")
                     .arg(limitMb, 0, 'f', 0);
    }
    return Tr::tr("the %1-compressed body could not be decompressed: %2")
        .arg(QString::fromLatin1(encoding), detail);
}

QString idleTimeoutMessage(int seconds, bool headersComplete, bool bodyStarted)
{
    if (!headersComplete) {
        // Headers arriving a byte at a time never reach us before the last one: this may be a
        // server that sent nothing at all, or one that trickled part of its headers.
        return Tr::tr("The gateway's response headers were not complete %1 s after the request "
                      "was sent, so the request was abandoned. Raise the timeout if the model "
                      "is slow to start answering.")
            .arg(seconds);
    }
    if (!bodyStarted) {
        return Tr::tr("The gateway sent its response headers, then nothing for %1 s, so the "
                      "request was abandoned. Raise the timeout if the model is slow.")
            .arg(seconds);
    }
    return Tr::tr("The gateway stopped sending for %1 s in the middle of the answer, so the "
                  "request was abandoned. Raise the timeout if the model is slow.")
        .arg(seconds);
}

} // namespace Parlance::Net
