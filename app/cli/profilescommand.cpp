#include "cli/clioutput.h"
#include "cli/commands.h"
#include "config/databrickscfg.h"
#include "config/profilestore.h"
#include "config/signinmethod.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

namespace Parlance::Cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Cli::Profiles)
};
} // namespace

int runProfiles(const CliArgs &args)
{
    struct Row
    {
        QString name, kind, url, source, method;
    };
    QList<Row> rows;
    const Config::ProfileStore store;
    for (const Core::Connection &c : store.connections()) {
        const QUrl url = c.kind == Core::Connection::Kind::Databricks ? c.host : c.baseUrl;
        const QString method = c.auth == Core::Connection::Auth::None ? QStringLiteral("none")
                                                                      : Core::signInName(c.signIn);
        rows.append({c.name, Core::connectionKindName(c.kind), url.toString(QUrl::RemoveUserInfo),
                     QStringLiteral("saved"), method});
    }
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const Config::DatabricksCfg cfg
        = Config::DatabricksCfg::load(Config::DatabricksCfg::defaultPath(env));
    for (const QString &name : cfg.profileNames()) {
        const auto profile = cfg.profile(name);
        // The profile's own choice: DATABRICKS_AUTH_TYPE would apply to every profile alike.
        QProcessEnvironment own = env;
        own.remove(QStringLiteral("DATABRICKS_AUTH_TYPE"));
        const Config::SignInChoice signIn
            = Config::chooseSignIn(profile ? &*profile : nullptr, own, name);
        // One that Parlance cannot use is named as the profile wrote it.
        const QString method = signIn.ok ? Core::signInName(signIn.method)
                                         : QStringLiteral("unsupported:") + signIn.authType;
        rows.append({name, QStringLiteral("databricks"), profile ? profile->host() : QString(),
                     QStringLiteral("databrickscfg"), method});
    }
    // Names and addresses only: a token is never listed, not even masked.
    if (args.json) {
        QJsonArray list;
        for (const Row &r : rows) {
            list.append(QJsonObject{{QStringLiteral("name"), r.name},
                                    {QStringLiteral("kind"), r.kind},
                                    {QStringLiteral("url"), r.url},
                                    {QStringLiteral("source"), r.source},
                                    {QStringLiteral("method"), r.method}});
        }
        writeOut(QJsonDocument(list).toJson(QJsonDocument::Compact).append('\n'));
    } else if (rows.isEmpty()) {
        // On stderr: stdout stays the (empty) list a script reads.
        const QString cfgPath = Config::DatabricksCfg::defaultPath(env);
        writeErr(Tr::tr("No saved connections, and no profiles in %1.\n"
                        "Add a connection in Parlance (File > Connections…), or a [NAME] section "
                        "with host and token to %1; then use it with --profile NAME.\n"
                        "Without a profile: --host URL (Databricks) or --base-url URL "
                        "(OpenAI-compatible).\n")
                     .arg(cfgPath)
                     .toUtf8());
    } else {
        for (const Row &r : rows)
            writeOut(QString(r.name + u'\t' + r.kind + u'\t' + r.url + u'\t' + r.source + u'\t'
                             + r.method + u'\n')
                         .toUtf8());
    }
    flushOut();
    return ExitOk;
}

} // namespace Parlance::Cli
