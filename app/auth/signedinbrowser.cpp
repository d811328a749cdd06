#include "auth/signedinbrowser.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Parlance::Auth {

void fetchLikeASignedInBrowser(QNetworkAccessManager *network, const QUrl &url, int hops)
{
    QNetworkRequest request(url);
    // Hop by hop, so each relative Location resolves against the page that sent it.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = network->get(request);
    QObject::connect(reply, &QNetworkReply::finished, network, [network, reply, url, hops] {
        reply->deleteLater();
        const QUrl next = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (next.isValid() && hops > 0)
            fetchLikeASignedInBrowser(network, url.resolved(next), hops - 1);
    });
}

} // namespace Parlance::Auth
