#include "auth/browserprovider.h"
#include "auth/signedinbrowser.h"
#include "auth/signinbroker.h"
#include "cli/clioutput.h"
#include "cli/commands.h"
#include "config/connectionresolver.h"
#include "config/profilestore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProcessEnvironment>

namespace Parlance::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Cli::Login)
};

using SignIn = Core::Connection::SignIn;

QString signInHint(const Core::Connection &c)
{
    if (!c.signInProfile.isEmpty())
        return QStringLiteral("parlance-cli --profile ") + c.signInProfile
               + QStringLiteral(" login");
    if (!c.name.isEmpty())
        return QStringLiteral("parlance-cli --profile ") + c.name + QStringLiteral(" login");
    return QStringLiteral("parlance-cli --host ") + c.host.toString() + QStringLiteral(" login");
}

Auth::BrowserProvider::Opener browserOpener(QObject *owner)
{
    const QString mode = qEnvironmentVariable("PARLANCE_TEST_BROWSER");
    if (mode == QLatin1String("fetch")) {
        auto *network = new QNetworkAccessManager(owner);
        return [network](const QUrl &url) {
            Auth::fetchLikeASignedInBrowser(network, url);
            return true;
        };
    }
    if (mode == QLatin1String("none")) // a browser that was closed
        return [](const QUrl &) {
            return true;
        };
    return [](const QUrl &url) {
        // Only where a desktop session can show one; over ssh the printed URL is the way.
        if (qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            return false;
        return QProcess::startDetached(QStringLiteral("xdg-open"), {url.toString()});
    };
}

} // namespace

void configureSignIn(Auth::SignInBroker *broker)
{
    broker->setInteractive(false);
    broker->setSignInHint(signInHint);
    broker->setBrowserOpener(browserOpener(broker));
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("PARLANCE_SIGN_IN_TIMEOUT", &ok);
    if (ok && seconds > 0) {
        broker->setSignInTimeout(seconds * 1000);
        broker->setCliTimeout(seconds * 1000);
    }
}

void runLogin(const CommandContext &context)
{
    // Whatever the connection would otherwise use, login is the browser sign-in.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DATABRICKS_AUTH_TYPE"), QStringLiteral("external-browser"));
    const Config::ProfileStore profiles;
    const Config::ResolvedConnection resolved
        = Config::resolveConnection(context.args.connection, env, profiles);
    if (!resolved.ok) {
        printError(resolved.error);
        context.done(ExitUsage);
        return;
    }
    Core::Connection c = resolved.connection;
    if (c.kind != Core::Connection::Kind::Databricks) {
        printError(Tr::tr("login signs in to a Databricks workspace; %1 is an OpenAI-compatible "
                          "server, which takes a key (OPENAI_API_KEY or --token-stdin).")
                       .arg(c.authority()));
        context.done(ExitUsage);
        return;
    }
    if (c.signIn == SignIn::DatabricksCli) {
        printError(Tr::tr("The profile %1 signs in with the Databricks CLI (auth_type = "
                          "databricks-cli); sign in with: databricks auth login --profile %1")
                       .arg(c.signInProfile));
        context.done(ExitUsage);
        return;
    }
    if (c.signIn == SignIn::OAuthM2M) {
        printError(Tr::tr("%1 signs in as a service principal (auth_type = oauth-m2m), which "
                          "needs no browser: its client id and secret sign every run in.")
                       .arg(c.signInProfile.isEmpty() ? c.authority() : c.signInProfile));
        context.done(ExitUsage);
        return;
    }
    c.signIn = SignIn::ExternalBrowser;
    if (c.host.scheme() == QLatin1String("http") && !Config::isLoopbackHost(c.host.host())
        && !context.args.allowHttp) {
        printError(Tr::tr("%1 is plain http: the sign-in would cross the network unencrypted. "
                          "Use https.")
                       .arg(c.host.toString()));
        context.done(ExitUsage);
        return;
    }
    Auth::BrowserProvider *browser = context.signIn->browserFor(c);
    QObject::connect(browser, &Auth::BrowserProvider::signInStarted, browser, [c](const QUrl &url) {
        // The URL holds no secret: only the PKCE challenge and the state.
        writeErr(Tr::tr("Sign in to %1 in your browser. If it did not open, "
                        "open this address:\n  %2\n")
                     .arg(c.host.toString(), url.toString(QUrl::FullyEncoded))
                     .toUtf8());
    });
    const auto done = context.done;
    browser->signIn([c, done](const Auth::TokenAnswer &answer) {
        if (!answer.ok) {
            printError(answer.error);
            done(answer.network ? ExitNetwork : ExitUsage);
            return;
        }
        if (!answer.notice.isEmpty())
            printWarning(answer.notice);
        const QString who = Auth::tokenSubject(answer.accessToken);
        const QString use
            = c.signInProfile.isEmpty()
                  ? Tr::tr("set DATABRICKS_AUTH_TYPE=external-browser with --host %1, or add "
                           "auth_type = external-browser to its profile")
                        .arg(c.host.toString())
                  : Tr::tr("use --profile %1").arg(c.signInProfile);
        writeErr(
            Tr::tr("Signed in to %1%2. To use this sign-in, %3.\n")
                .arg(c.host.toString(), who.isEmpty() ? QString() : Tr::tr(" as %1").arg(who), use)
                .toUtf8());
        done(ExitOk);
    });
}

} // namespace Parlance::Cli
