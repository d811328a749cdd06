#include "config/connectionresolver.h"

#include "config/connectionsecrets.h"
#include "config/databrickscfg.h"
#include "config/profilestore.h"
#include "config/secretstore.h"
#include "config/signinmethod.h"

#include <QCoreApplication>
#include <QDir>

#include <memory>

namespace Parlance::Config {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Config::ConnectionResolver)
};

using Connection = Core::Connection;
using TokenSource = ResolvedConnection::TokenSource;

bool isHttpUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty()
           && (scheme == QLatin1StringView("https") || scheme == QLatin1StringView("http"));
}

// ~/.databrickscfg rather than /home/someone/.databrickscfg: the messages that name it are
// the ones people paste into tickets.
QString displayPath(const QString &path, const QProcessEnvironment &env)
{
    QString home = env.value(QStringLiteral("HOME"));
    if (home.isEmpty())
        home = QDir::homePath();
    while (home.endsWith(QLatin1Char('/')))
        home.chop(1);
    if (!home.isEmpty() && path.startsWith(home + QLatin1Char('/')))
        return QLatin1Char('~') + path.mid(home.size());
    return QDir::toNativeSeparators(path);
}

bool hasHeader(const Core::HttpHeaders &headers, const QByteArray &name)
{
    for (const Core::HttpHeader &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Everything a step of the resolution needs, so each step is a small function that either
// fills the result or says what went wrong.
struct Resolver
{
    const ConnectionOptions &options;
    const QProcessEnvironment &env;
    const ProfileStore &profiles;
    ResolvedConnection result;

    QString envValue(const char *name) const
    {
        return env.value(QString::fromLatin1(name)).trimmed();
    }

    bool fail(const QString &error)
    {
        result.ok = false;
        result.error = error;
        return false;
    }

    bool useHost(const QString &text, const QString &origin)
    {
        QUrl url(normalizeHost(text), QUrl::StrictMode);
        if (!isHttpUrl(url)) {
            return fail(Tr::tr("%1 \"%2\" is not a workspace URL; use the form "
                               "https://adb-1234567890123456.7.azuredatabricks.net.")
                            .arg(origin, text));
        }
        // The SDKs keep only scheme://host[:port]: a URL copied from the browser carries a
        // path and ?o=<workspace id> that would break every request path.
        result.connection.kind = Connection::Kind::Databricks;
        result.connection.host
            = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
        return true;
    }

    bool useBaseUrl(const QString &text, const QString &origin)
    {
        QString normalized = text.trimmed();
        if (!normalized.contains(QLatin1StringView("://"))) {
            // Local servers (Ollama, llama.cpp, vLLM) speak plain http; anything else https.
            const QUrl probe(QStringLiteral("http://") + normalized);
            normalized.prepend(isLoopbackHost(probe.host()) ? QStringLiteral("http://")
                                                            : QStringLiteral("https://"));
        }
        while (normalized.endsWith(QLatin1Char('/')))
            normalized.chop(1);
        const QUrl url(normalized, QUrl::StrictMode);
        if (!isHttpUrl(url)) {
            return fail(Tr::tr("%1 \"%2\" is not an http(s) URL; use the form "
                               "http://127.0.0.1:8080/v1.")
                            .arg(origin, text));
        }
        result.connection.kind = Connection::Kind::OpenAiCompatible;
        result.connection.baseUrl = url.adjusted(QUrl::RemoveFragment);
        return true;
    }

    bool useProfile(const QString &name, const QString &origin)
    {
        if (const std::optional<Connection> saved = profiles.connection(name)) {
            result.connection = *saved;
            result.tokenSource = TokenSource::Keychain;
            result.tokenOrigin = QStringLiteral("keychain");
            result.keychainHeaders = headersInKeychain(*saved);
            result.plaintextSecrets = !ProfileStore::plaintextSecrets(*saved).isEmpty();
            return true;
        }

        const QString path = DatabricksCfg::defaultPath(env);
        QString cfgError;
        const DatabricksCfg cfg = DatabricksCfg::load(path, &cfgError);
        const std::optional<DatabricksCfgProfile> profile = cfg.profile(name);
        if (!profile) {
            const QStringList saved = profiles.names();
            const QStringList cfgNames = cfg.profileNames();
            const QString none = Tr::tr("none");
            QString error
                = Tr::tr("Unknown profile \"%1\"%2. Saved connections: %3. Profiles in "
                         "%4: %5.")
                      .arg(name, origin, saved.isEmpty() ? none : saved.join(QStringLiteral(", ")),
                           displayPath(path, env),
                           cfgNames.isEmpty() ? none : cfgNames.join(QStringLiteral(", ")));
            if (!profiles.lastError().isEmpty())
                error += QLatin1Char(' ') + profiles.lastError();
            if (!cfgError.isEmpty())
                error += QLatin1Char(' ') + cfgError;
            return fail(error);
        }

        const QString where
            = displayPath(path, env) + QStringLiteral(" [") + name + QLatin1Char(']');
        if (profile->host().isEmpty()) {
            return fail(Tr::tr("The profile %1 has no host; add a line "
                               "\"host = https://<workspace>\" to it.")
                            .arg(where));
        }
        if (!useHost(profile->host(), where))
            return false;
        result.connection.name = name;
        const SignInChoice signIn = chooseSignIn(&*profile, env, where);
        if (!signIn.ok)
            return fail(signIn.error);
        if (signIn.method != Connection::SignIn::Token) {
            result.connection.signIn = signIn.method;
            result.connection.signInProfile = name;
            result.tokenSource = TokenSource::SignIn;
            result.tokenOrigin = Core::signInName(signIn.method);
            return true;
        }
        if (!profile->token().isEmpty()) {
            result.token = profile->token();
            result.tokenSource = TokenSource::DatabricksCfg;
            result.tokenOrigin = where;
        }
        return true;
    }

    bool chooseConnection()
    {
        const int given = int(!options.profile.isEmpty()) + int(!options.host.isEmpty())
                          + int(!options.baseUrl.isEmpty());
        if (given > 1)
            return fail(Tr::tr("Pass only one of --profile, --host and --base-url."));
        if (!options.profile.isEmpty())
            return useProfile(options.profile, {});
        if (!options.host.isEmpty())
            return useHost(options.host, QStringLiteral("--host"));
        if (!options.baseUrl.isEmpty())
            return useBaseUrl(options.baseUrl, QStringLiteral("--base-url"));

        if (const QString name = envValue("DATABRICKS_CONFIG_PROFILE"); !name.isEmpty())
            return useProfile(name, Tr::tr(" (from DATABRICKS_CONFIG_PROFILE)"));
        if (const QString host = envValue("DATABRICKS_HOST"); !host.isEmpty())
            return useHost(host, QStringLiteral("DATABRICKS_HOST"));
        if (const QString baseUrl = envValue("OPENAI_BASE_URL"); !baseUrl.isEmpty())
            return useBaseUrl(baseUrl, QStringLiteral("OPENAI_BASE_URL"));

        const QString cfgDefault
            = DatabricksCfg::load(DatabricksCfg::defaultPath(env)).defaultProfileName();
        if (!cfgDefault.isEmpty())
            return useProfile(cfgDefault, Tr::tr(" (the default in ~/.databrickscfg)"));
        return fail(Tr::tr("No connection: pass --profile, --host or --base-url, or set "
                           "DATABRICKS_HOST or OPENAI_BASE_URL."));
    }

    bool applyOptions()
    {
        Connection &c = result.connection;
        if (!options.gatewayPath.isEmpty()) {
            c.gatewayPath = options.gatewayPath.trimmed();
            if (!c.gatewayPath.startsWith(QLatin1Char('/')))
                c.gatewayPath.prepend(QLatin1Char('/'));
        }
        if (options.auth)
            c.auth = *options.auth;
        if (options.timeoutSeconds) {
            if (*options.timeoutSeconds <= 0)
                return fail(Tr::tr("--timeout must be a positive number of seconds."));
            c.timeoutSeconds = *options.timeoutSeconds;
        }
        if (options.retries) {
            if (*options.retries < 0)
                return fail(Tr::tr("--retries must be 0 or more."));
            c.retries = *options.retries;
        }
        if (options.maxTimeSeconds)
            c.maxTimeSeconds = *options.maxTimeSeconds;
        if (options.maxResponseMegabytes)
            c.maxResponseBytes = qint64(*options.maxResponseMegabytes) << 20;
        for (const Core::HttpHeader &header : options.headers) {
            const QByteArray name = header.first.toLower();
            if (name == "authorization" || name == "proxy-authorization") {
                return fail(Tr::tr("--header %1 would put a credential on the command line, where "
                                   "other users and the shell history see it; pass the token "
                                   "with --token-stdin or in DATABRICKS_TOKEN / OPENAI_API_KEY.")
                                .arg(QString::fromLatin1(header.first)));
            }
            c.extraHeaders.append(header);
        }
        return true;
    }

    bool addEnvironmentHeader(const char *variable, const QByteArray &header)
    {
        const QString value = envValue(variable);
        if (value.isEmpty() || hasHeader(result.connection.extraHeaders, header))
            return true;
        if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')))
            return fail(Tr::tr("%1 contains a line break.").arg(QString::fromLatin1(variable)));
        result.connection.extraHeaders.append({header, value.toUtf8()});
        return true;
    }

    bool applyEnvironmentHeaders()
    {
        if (result.connection.kind == Connection::Kind::OpenAiCompatible) {
            return addEnvironmentHeader("OPENAI_ORG_ID", QByteArrayLiteral("OpenAI-Organization"))
                   && addEnvironmentHeader("OPENAI_PROJECT_ID",
                                           QByteArrayLiteral("OpenAI-Project"));
        }
        return addEnvironmentHeader("DATABRICKS_WORKSPACE_ID",
                                    QByteArrayLiteral("X-Databricks-Workspace-Id"));
    }

    bool chooseToken(const std::optional<QString> &stdinToken)
    {
        Connection &c = result.connection;
        if (stdinToken) {
            const QString token = stdinToken->trimmed();
            if (token.isEmpty()) {
                return fail(Tr::tr("--token-stdin read an empty token; pipe the token in, e.g. "
                                   "parlance-cli --token-stdin ... < token.txt"));
            }
            result.token = token;
            result.tokenSource = TokenSource::Stdin;
            result.tokenOrigin = QStringLiteral("stdin");
            c.signIn = Connection::SignIn::Token;
            c.signInProfile.clear();
        } else if (result.tokenSource == TokenSource::None
                   && c.kind == Connection::Kind::Databricks) {
            // --host or DATABRICKS_HOST: an explicit DATABRICKS_AUTH_TYPE wins over
            // DATABRICKS_TOKEN, as in the SDKs; else the token, else a sign-in that needs none.
            const SignInChoice signIn = chooseSignIn(nullptr, env, {});
            if (!signIn.ok)
                return fail(signIn.error);
            if (signIn.method != Connection::SignIn::Token) {
                c.signIn = signIn.method;
                result.tokenSource = TokenSource::SignIn;
                result.tokenOrigin = Core::signInName(signIn.method);
            } else if (const QString token = envValue("DATABRICKS_TOKEN"); !token.isEmpty()) {
                result.token = token;
                result.tokenSource = TokenSource::Environment;
                result.tokenOrigin = QStringLiteral("DATABRICKS_TOKEN");
            }
        } else if (result.tokenSource == TokenSource::None) {
            // Each kind reads its own variable: a Databricks token must not travel to whatever
            // OPENAI_BASE_URL points at, nor an OpenAI key to a workspace.
            const char *variable
                = c.kind == Connection::Kind::Databricks ? "DATABRICKS_TOKEN" : "OPENAI_API_KEY";
            if (const QString token = envValue(variable); !token.isEmpty()) {
                result.token = token;
                result.tokenSource = TokenSource::Environment;
                result.tokenOrigin = QString::fromLatin1(variable);
            }
        }

        if (c.auth == Connection::Auth::None) {
            result.token.clear();
            result.tokenSource = TokenSource::None;
            result.tokenOrigin.clear();
            return true;
        }
        if (result.tokenSource != TokenSource::None)
            return true;
        // Ollama, llama.cpp and vLLM run without keys; a Databricks workspace never does.
        if (c.kind == Connection::Kind::OpenAiCompatible && !options.auth) {
            c.auth = Connection::Auth::None;
            return true;
        }
        return fail(Tr::tr("No token for %1: set DATABRICKS_TOKEN (or OPENAI_API_KEY), pass "
                           "--token-stdin, or save the connection with a token.")
                        .arg(c.authority()));
    }

    void flagInsecureHttp()
    {
        const Connection &c = result.connection;
        const QUrl url = c.kind == Connection::Kind::Databricks ? c.host : c.baseUrl;
        result.insecureHttp
            = url.scheme().compare(QLatin1StringView("http"), Qt::CaseInsensitive) == 0
              && !isLoopbackHost(url.host());
    }
};

} // namespace

ResolvedConnection resolveConnection(const ConnectionOptions &options,
                                     const QProcessEnvironment &env, const ProfileStore &profiles,
                                     const std::optional<QString> &stdinToken)
{
    Resolver resolver{options, env, profiles, {}};
    if (!resolver.chooseConnection() || !resolver.applyOptions()
        || !resolver.applyEnvironmentHeaders() || !resolver.chooseToken(stdinToken)) {
        ResolvedConnection failed;
        failed.error = resolver.result.error;
        return failed;
    }
    resolver.flagInsecureHttp();
    resolver.result.ok = true;
    return resolver.result;
}

void readKeychainSecrets(ResolvedConnection resolved, ProfileStore profiles, SecretStore *secrets,
                         std::function<void(const ResolvedConnection &)> done)
{
    const QString name = resolved.connection.name;
    auto read = [resolved, secrets, done, name](const QStringList &notices) mutable {
        resolved.warnings.append(notices);
        const bool withToken = resolved.tokenSource == TokenSource::Keychain;
        readConnectionSecrets(
            secrets, name, withToken, resolved.keychainHeaders,
            [resolved, secrets, done, name, withToken](const ConnectionSecrets &found) mutable {
                if (found.usedFallback)
                    resolved.warnings.append(secrets->fallbackWarning());
                Connection &c = resolved.connection;
                c.extraHeaders = withSecretValues(c.extraHeaders, found.headers);
                resolved.token = withToken ? found.token : resolved.token;
                if (withToken && !found.tokenFound) {
                    const QString why
                        = found.error.isEmpty() ? Tr::tr("nothing is stored for it") : found.error;
                    resolved.ok = false;
                    resolved.error = Tr::tr("No token for connection '%1' in the keychain (%2). "
                                            "Save one in Parlance's settings, or use "
                                            "--token-stdin.")
                                         .arg(name, why);
                } else if (!found.error.isEmpty()) {
                    resolved.ok = false;
                    resolved.error = found.error;
                } else if (!found.missingHeaders.isEmpty()) {
                    resolved.ok = false;
                    resolved.error
                        = Tr::tr("No value for the header %1 of connection '%2' in the keychain. "
                                 "Enter it again in Parlance's settings (File > Connections…).")
                              .arg(QString::fromLatin1(found.missingHeaders.first()), name);
                }
                done(resolved);
            });
    };
    if (!resolved.plaintextSecrets) {
        read({});
        return;
    }
    // Moved by name; `profiles` travels along, since the caller's copy may be gone by then.
    auto store = std::make_shared<ProfileStore>(std::move(profiles));
    moveHeaderSecretsToKeychain(
        store.get(), secrets, name,
        [store, read](const QStringList &notices) mutable { read(notices); });
}

bool parseHeaderArgument(const QString &text, Core::HttpHeader *header)
{
    for (QChar ch : text) {
        if (ch == QLatin1Char('\r') || ch == QLatin1Char('\n') || ch.unicode() == 0)
            return false;
    }
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    const QString name = text.left(colon).trimmed();
    if (name.isEmpty())
        return false;
    // RFC 9110 token characters; anything else would be rejected or mangled by the server.
    static const QLatin1StringView extra("!#$%&'*+-.^_`|~");
    for (QChar ch : name) {
        const bool alnum = ch.unicode() < 128 && ch.isLetterOrNumber();
        if (!alnum && !extra.contains(ch))
            return false;
    }
    if (header)
        *header = {name.toLatin1(), text.mid(colon + 1).trimmed().toUtf8()};
    return true;
}

} // namespace Parlance::Config
