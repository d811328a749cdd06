#pragma once

#include "core/connection.h"
#include "core/httprequest.h"
#include "core/loopback.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Parlance::Config {

class ProfileStore;
class SecretStore;

// The connection part of parlance-cli's command line (docs/cli.md). There is no token option
// on purpose: a token never comes from argv.
struct ConnectionOptions
{
    QString profile;     // --profile: a saved connection, else a ~/.databrickscfg profile
    QString host;        // --host: a Databricks workspace
    QString baseUrl;     // --base-url: an OpenAI-compatible server
    QString gatewayPath; // --gateway-path
    std::optional<Core::Connection::Auth> auth; // --auth
    Core::HttpHeaders headers;                  // --header, appended to the profile's
    std::optional<int> timeoutSeconds;          // --timeout
    std::optional<int> retries;                 // --retries
    std::optional<int> maxTimeSeconds;          // --max-time
    std::optional<int> maxResponseMegabytes;    // --max-response-mb
};

struct ResolvedConnection
{
    bool ok = false;
    QString error; // tr() text saying what to do, when !ok
    Core::Connection connection;

    // SignIn: connection.signIn says how the token is had (Auth::SignInBroker); `token` is
    // empty.
    enum class TokenSource { None, Environment, DatabricksCfg, Keychain, Stdin, SignIn };
    TokenSource tokenSource = TokenSource::None;
    // Filled for Environment, DatabricksCfg and Stdin. For Keychain the caller asks
    // SecretStore::readToken(connection.name).
    QString token;
    // Where the token comes from, for messages: "DATABRICKS_TOKEN", "~/.databrickscfg [prod]",
    // "keychain", "stdin".
    QString tokenOrigin;
    // Plain http to a host other than loopback: the caller refuses unless the user confirmed.
    bool insecureHttp = false;

    // A saved connection's secret headers whose values are in the keychain, left empty in
    // `connection` until readKeychainSecrets() fills them in; and whether the connections file
    // still holds some in plain text, which it moves to the keychain.
    QList<QByteArray> keychainHeaders;
    bool plaintextSecrets = false;
    // tr() texts to show even when all went well: secrets read from the 0600 files, a value
    // left in plain text.
    QStringList warnings;

    bool needsKeychain() const
    {
        return tokenSource == TokenSource::Keychain || !keychainHeaders.isEmpty()
               || plaintextSecrets;
    }
};

// Which connection and token a command uses, from the options, the environment
// (DATABRICKS_HOST/TOKEN/CONFIG_PROFILE/CONFIG_FILE/WORKSPACE_ID, OPENAI_BASE_URL/API_KEY/
// ORG_ID/PROJECT_ID), saved connections and ~/.databrickscfg. stdinToken is what
// --token-stdin read; it wins over every other source.
ResolvedConnection resolveConnection(const ConnectionOptions &options,
                                     const QProcessEnvironment &env, const ProfileStore &profiles,
                                     const std::optional<QString> &stdinToken = {});

// Completes a resolved saved connection with what the keychain holds for it: the token when
// tokenSource is Keychain, the values of keychainHeaders. Plain-text secret header values move
// to the keychain first (moveHeaderSecretsToKeychain in connectionsecrets.h). Answers from the
// event loop, with ok false and the error when the token or a header's value cannot be had.
void readKeychainSecrets(ResolvedConnection resolved, ProfileStore profiles, SecretStore *secrets,
                         std::function<void(const ResolvedConnection &)> done);

// "Name: value" as given to --header. False when malformed: no colon, an empty name or one that
// is not an HTTP token, or a CR/LF/NUL anywhere.
bool parseHeaderArgument(const QString &text, Core::HttpHeader *header);

// The one loopback rule, here for the callers that decide about plain http.
using Core::isLoopbackHost;

} // namespace Parlance::Config
