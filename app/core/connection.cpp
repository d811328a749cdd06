#include "core/connection.h"

#include "core/sensitiveheader.h"

#include <algorithm>

namespace Parlance::Core {

static QUrl joinPath(QUrl base, const QString &path)
{
    // Work on the encoded path so a percent-encoded segment (an endpoint name with '/' or
    // spaces) is not encoded a second time.
    QString joined = base.path(QUrl::FullyEncoded);
    while (joined.endsWith(QLatin1Char('/')))
        joined.chop(1);
    if (!path.isEmpty() && !path.startsWith(QLatin1Char('/')))
        joined += QLatin1Char('/');
    joined += path;
    base.setPath(joined, QUrl::TolerantMode);
    return base;
}

QUrl Connection::apiBase() const
{
    if (kind == Kind::OpenAiCompatible)
        return baseUrl;
    return joinPath(host, gatewayPath.isEmpty() ? defaultGatewayPath() : gatewayPath);
}

QUrl Connection::urlFor(ApiKind api, const QString &model) const
{
    switch (api) {
    case ApiKind::ChatCompletions:
        return joinPath(apiBase(), QStringLiteral("/chat/completions"));
    case ApiKind::Responses:
        return joinPath(apiBase(), QStringLiteral("/responses"));
    case ApiKind::Invocations: {
        // Invocations are a Databricks serving route; for other servers the base's origin is
        // the closest thing to a workspace host.
        QUrl root = kind == Kind::Databricks ? host : baseUrl.adjusted(QUrl::RemovePath);
        return joinPath(root, QStringLiteral("/serving-endpoints/")
                                  + QString::fromLatin1(QUrl::toPercentEncoding(model))
                                  + QStringLiteral("/invocations"));
    }
    }
    return {};
}

QUrl Connection::modelsUrl() const
{
    if (kind == Kind::Databricks)
        return restUrl(QStringLiteral("/serving-endpoints"));
    return joinPath(apiBase(), QStringLiteral("/models"));
}

QUrl Connection::restUrl(const QString &path) const
{
    const QUrl root = kind == Kind::Databricks ? host : baseUrl.adjusted(QUrl::RemovePath);
    return joinPath(root, QStringLiteral("/api/2.0") + path);
}

QString Connection::authority() const
{
    return urlAuthority(kind == Kind::Databricks ? host : baseUrl);
}

bool Connection::isSecretHeader(QByteArrayView name) const
{
    if (isSensitiveHeader(name))
        return true;
    const QByteArrayView trimmed = name.trimmed();
    return std::any_of(secretHeaders.begin(), secretHeaders.end(), [trimmed](const QByteArray &s) {
        return trimmed.compare(QByteArrayView(s).trimmed(), Qt::CaseInsensitive) == 0;
    });
}

QString urlAuthority(const QUrl &url)
{
    return url
        .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                  | QUrl::RemoveUserInfo)
        .toString(QUrl::FullyEncoded);
}

QString connectionKindName(Connection::Kind kind)
{
    return kind == Connection::Kind::Databricks ? QStringLiteral("databricks")
                                                : QStringLiteral("openai");
}

QString authName(Connection::Auth auth)
{
    switch (auth) {
    case Connection::Auth::Bearer:
        return QStringLiteral("bearer");
    case Connection::Auth::Basic:
        return QStringLiteral("basic");
    case Connection::Auth::None:
        return QStringLiteral("none");
    }
    return {};
}

std::optional<Connection::Auth> authFromName(const QString &name)
{
    for (auto auth : {Connection::Auth::Bearer, Connection::Auth::Basic, Connection::Auth::None}) {
        if (authName(auth) == name)
            return auth;
    }
    return std::nullopt;
}

QString signInName(Connection::SignIn signIn)
{
    switch (signIn) {
    case Connection::SignIn::Token:
        return QStringLiteral("pat");
    case Connection::SignIn::DatabricksCli:
        return QStringLiteral("databricks-cli");
    case Connection::SignIn::OAuthM2M:
        return QStringLiteral("oauth-m2m");
    case Connection::SignIn::ExternalBrowser:
        return QStringLiteral("external-browser");
    }
    return {};
}

std::optional<Connection::SignIn> signInFromName(const QString &name)
{
    for (auto signIn : {Connection::SignIn::Token, Connection::SignIn::DatabricksCli,
                        Connection::SignIn::OAuthM2M, Connection::SignIn::ExternalBrowser}) {
        if (signInName(signIn) == name)
            return signIn;
    }
    return std::nullopt;
}

QString proxyName(Connection::Proxy proxy)
{
    switch (proxy) {
    case Connection::Proxy::System:
        return QStringLiteral("system");
    case Connection::Proxy::None:
        return QStringLiteral("none");
    case Connection::Proxy::Manual:
        return QStringLiteral("manual");
    }
    return {};
}

std::optional<Connection::Proxy> proxyFromName(const QString &name)
{
    for (auto proxy :
         {Connection::Proxy::System, Connection::Proxy::None, Connection::Proxy::Manual}) {
        if (proxyName(proxy) == name)
            return proxy;
    }
    return std::nullopt;
}

} // namespace Parlance::Core
