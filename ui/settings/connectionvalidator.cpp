#include "settings/connectionvalidator.h"

#include "config/connectionresolver.h"
#include "config/profilestore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>

namespace Parlance::Ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Ui::ConnectionValidator)
};

using Field = ValidationIssue::Field;
using Severity = ValidationIssue::Severity;

void checkUrl(const QUrl &url, Field field, bool databricks, QList<ValidationIssue> *issues)
{
    auto error = [&](const QString &text) {
        issues->append({field, Severity::Error, text});
    };
    if (url.isEmpty()) {
        // The field's placeholder shows an example.
        error(databricks ? Tr::tr("Enter the workspace URL.")
                         : Tr::tr("Enter the server's base URL; it usually ends in /v1."));
        return;
    }
    const QString scheme = url.scheme().toLower();
    const bool web = scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https");
    if (!url.isValid() || scheme.isEmpty() || (web && url.host().isEmpty())) {
        // An invalid QUrl prints as nothing, so the message cannot quote it.
        error(Tr::tr("This is not a valid URL: write it as https://host[:port][/path]."));
        return;
    }
    if (!web) {
        error(Tr::tr("Start the URL with https:// (or http:// for a server on this computer)."));
        return;
    }
    if (!url.password().isEmpty()) {
        error(Tr::tr("Remove the password from the URL and put it in the Token field, which is "
                     "kept in the keychain."));
        return;
    }
    if (scheme == QLatin1StringView("http") && !Config::isLoopbackHost(url.host())) {
        issues->append({field, Severity::Warning,
                        Tr::tr("Plain http: the token would cross the network unencrypted. Use "
                               "https:// unless you trust every network in between.")});
    }
    if (databricks && !url.path().isEmpty() && url.path() != QLatin1StringView("/")) {
        issues->append({field, Severity::Warning,
                        Tr::tr("The workspace URL usually has no path: the gateway path below is "
                               "added to it.")});
    }
}

void checkGatewayPath(const QString &path, QList<ValidationIssue> *issues)
{
    auto error = [&](const QString &text) {
        issues->append({Field::GatewayPath, Severity::Error, text});
    };
    if (path.isEmpty())
        error(Tr::tr("Enter a gateway path, such as %1.")
                  .arg(Core::Connection::defaultGatewayPath()));
    else if (!path.startsWith(QLatin1Char('/')))
        error(Tr::tr("Start the gateway path with /."));
    else if (path.contains(QLatin1Char(' ')) || path.contains(QLatin1Char('?'))
             || path.contains(QLatin1Char('#')))
        error(Tr::tr("The gateway path cannot contain spaces, ? or #."));
}

void checkHeaders(const Core::Connection &c, QList<ValidationIssue> *issues)
{
    QStringList secretNames;
    for (const Core::HttpHeader &header : c.extraHeaders) {
        const QString name = QString::fromUtf8(header.first).trimmed();
        const QString value = QString::fromUtf8(header.second);
        const bool repeatedSecret
            = c.isSecretHeader(header.first) && secretNames.contains(name, Qt::CaseInsensitive);
        if (c.isSecretHeader(header.first))
            secretNames.append(name);
        if (name.isEmpty()) {
            issues->append({Field::Headers, Severity::Error,
                            Tr::tr("Give every header a name, or remove the row.")});
        } else if (Config::ProfileStore::isTokenHeader(header.first)) {
            issues->append({Field::Headers, Severity::Error,
                            Tr::tr("%1 carries a credential: remove the header and put the token "
                                   "in the Token field, which sends it.")
                                .arg(name)});
        } else if (repeatedSecret) {
            issues->append({Field::Headers, Severity::Error,
                            Tr::tr("The secret header %1 appears twice; keep one, since the "
                                   "keychain holds one value per header.")
                                .arg(name)});
        } else if (!Config::parseHeaderArgument(QString(name + QStringLiteral(": ") + value),
                                                nullptr)) {
            issues->append({Field::Headers, Severity::Error,
                            Tr::tr("\"%1\" is not a valid header: use letters, digits and - in "
                                   "the name, and no line breaks in the value.")
                                .arg(name)});
        }
    }
}

} // namespace

QList<ValidationIssue> validateConnection(const ConnectionDraft &draft,
                                          const QStringList &otherNames)
{
    QList<ValidationIssue> issues;
    const Core::Connection &c = draft.connection;

    const QString name = c.name.trimmed();
    if (name.isEmpty()) {
        issues.append({Field::Name, Severity::Error, Tr::tr("Give the connection a name.")});
    } else if (c.name.contains(QLatin1Char('\n')) || c.name.contains(QLatin1Char('\r'))) {
        issues.append({Field::Name, Severity::Error,
                       Tr::tr("A connection name cannot contain a line break.")});
    } else if (otherNames.contains(c.name)) {
        issues.append({Field::Name, Severity::Error,
                       Tr::tr("Another connection is already named \"%1\"; choose another name.")
                           .arg(c.name)});
    }

    const bool databricks = c.kind == Core::Connection::Kind::Databricks;
    if (databricks) {
        checkUrl(c.host, Field::Host, true, &issues);
        checkGatewayPath(c.gatewayPath, &issues);
    } else {
        checkUrl(c.baseUrl, Field::BaseUrl, false, &issues);
    }

    if (draft.tokenState == ConnectionDraft::TokenState::Failed) {
        issues.append({Field::Token, Severity::Warning,
                       Tr::tr("%1 Type the token again to replace it, or leave the field empty "
                              "to keep what the keychain holds.")
                           .arg(draft.tokenError)});
    } else if (c.auth != Core::Connection::Auth::None && c.signIn == Core::Connection::SignIn::Token
               && draft.tokenState == ConnectionDraft::TokenState::Known && draft.token.isEmpty()) {
        issues.append({Field::Token, Severity::Warning,
                       Tr::tr("No token: requests go out without credentials. Paste a token, or "
                              "choose None as the authentication.")});
    }

    checkHeaders(c, &issues);

    if (c.proxy == Core::Connection::Proxy::Manual) {
        const QString host = c.proxyHost.trimmed();
        if (host.isEmpty()) {
            issues.append({Field::Proxy, Severity::Error, Tr::tr("Enter the proxy's host name.")});
        } else if (host.contains(QLatin1Char(' ')) || host.contains(QLatin1StringView("://"))
                   || host.contains(QLatin1Char('/'))) {
            issues.append({Field::Proxy, Severity::Error,
                           Tr::tr("Enter only the proxy's host name or address, without a scheme "
                                  "or path.")});
        }
    }
    if (!c.caFile.isEmpty()) {
        const QFileInfo file(c.caFile);
        if (!file.isFile()) {
            issues.append(
                {Field::CaFile, Severity::Error,
                 Tr::tr("The CA file %1 does not exist; choose a PEM file.").arg(c.caFile)});
        } else if (!file.isReadable()) {
            issues.append(
                {Field::CaFile, Severity::Error,
                 Tr::tr("The CA file %1 cannot be read; check its permissions.").arg(c.caFile)});
        }
    }
    return issues;
}

bool hasErrors(const QList<ValidationIssue> &issues)
{
    return std::any_of(issues.begin(), issues.end(), [](const ValidationIssue &issue) {
        return issue.severity == ValidationIssue::Severity::Error;
    });
}

} // namespace Parlance::Ui
