#pragma once

#include "core/apikind.h"
#include "core/httprequest.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace Parlance::Core {

// Where requests go and how they authenticate, without the secret itself: the token lives in
// the keychain (or comes from the environment) and is handed to GatewayClient separately, so a
// Connection can be saved, logged and exported freely.
struct Connection
{
    enum class Kind { Databricks, OpenAiCompatible };
    enum class Auth { Bearer, Basic, None };
    enum class Proxy { System, None, Manual };
    // Where the token comes from: given (a personal access token from the keychain, the
    // environment or stdin), or had by signing in (Databricks unified authentication's
    // auth_type: databricks-cli, oauth-m2m, external-browser). A sign-in's tokens expire and
    // are asked for again; none of them is part of the connection.
    enum class SignIn { Token, DatabricksCli, OAuthM2M, ExternalBrowser };

    QString name; // profile name; empty for an ad-hoc connection
    Kind kind = Kind::Databricks;
    QUrl host; // Databricks workspace, e.g. https://adb-1.azuredatabricks.net
    QString gatewayPath = defaultGatewayPath(); // Databricks {base} = host + gatewayPath
    QUrl baseUrl; // OpenAI-compatible {base}, e.g. http://127.0.0.1:8080/v1
    Auth auth = Auth::Bearer;
    SignIn signIn = SignIn::Token;
    QString signInProfile;    // the ~/.databrickscfg profile a sign-in reads its settings from
    HttpHeaders extraHeaders; // user-defined, sent with every request
    // Extra headers the user marked secret, besides those whose names say so
    // (isSensitiveHeader). A secret header's value is kept in the keychain, not the settings
    // file, is sent only to the connection's own host and is masked wherever it could show.
    QList<QByteArray> secretHeaders;
    int timeoutSeconds = 120; // idle timeout: no byte for this long fails the request
    int connectTimeoutSeconds = 30;
    int retries = 2;        // extra attempts on 429/503 (and safe 5xx)
    int maxTimeSeconds = 0; // the whole call, retries included; 0: no deadline
    // A response body past this is cut off with an error: a server that never stops sending
    // must not take the process's memory with it.
    qint64 maxResponseBytes = defaultMaxResponseBytes();
    Proxy proxy = Proxy::System; // how requests reach the host (Net::ConnectionProxyFactory)
    QString proxyHost;           // Manual only: an HTTP proxy, host name or address
    quint16 proxyPort = 0;       // Manual only
    QString caFile;              // PEM bundle trusted besides the system's; empty for none

    static QString defaultGatewayPath() { return QStringLiteral("/ai-gateway/mlflow/v1"); }
    // A 100,000-token stream is 25-40 MB of events; this leaves room for several times that.
    static constexpr qint64 defaultMaxResponseBytes() { return qint64(256) << 20; }

    // {base}: Chat Completions and Responses live under it, and OpenAI-style /models.
    QUrl apiBase() const;
    // The full URL of a chat-style request for `model`.
    QUrl urlFor(ApiKind api, const QString &model) const;
    // Model listing: Databricks GET /api/2.0/serving-endpoints, else GET {base}/models.
    QUrl modelsUrl() const;
    // Databricks REST root ({host}/api/2.0/...), for SQL and endpoint listing.
    QUrl restUrl(const QString &path) const;
    // The scheme://host:port that may receive the Authorization header.
    QString authority() const;
    // Sensitive by name, or named in secretHeaders; case-insensitive, as header names are.
    bool isSecretHeader(QByteArrayView name) const;

    friend bool operator==(const Connection &, const Connection &) = default;
};

// scheme://host[:port] of any URL: the unit a token is allowed to travel to.
QString urlAuthority(const QUrl &url);

QString connectionKindName(Connection::Kind kind); // "databricks", "openai"
QString authName(Connection::Auth auth);           // "bearer", "basic", "none"
std::optional<Connection::Auth> authFromName(const QString &name);
// "pat", "databricks-cli", "oauth-m2m", "external-browser": auth_type's own names.
QString signInName(Connection::SignIn signIn);
std::optional<Connection::SignIn> signInFromName(const QString &name);
QString proxyName(Connection::Proxy proxy); // "system", "none", "manual"
std::optional<Connection::Proxy> proxyFromName(const QString &name);

} // namespace Parlance::Core
