#include "cli/clioutput.h"
#include "cli/commands.h"
#include "config/databrickscfg.h"
#include "config/profilestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

namespace Parlance::Cli {

int runProfiles(const CliArgs &args)
{
    struct Row
    {
        QString name, kind, url, source;
    };
    QList<Row> rows;
    const Config::ProfileStore store;
    for (const Core::Connection &c : store.connections()) {
        const QUrl url = c.kind == Core::Connection::Kind::Databricks ? c.host : c.baseUrl;
        rows.append({c.name, Core::connectionKindName(c.kind),
                     url.toString(QUrl::RemoveUserInfo), QStringLiteral("saved")});
    }
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const Config::DatabricksCfg cfg =
        Config::DatabricksCfg::load(Config::DatabricksCfg::defaultPath(env));
    for (const QString &name : cfg.profileNames()) {
        const auto profile = cfg.profile(name);
        rows.append({name, QStringLiteral("databricks"), profile ? profile->host() : QString(),
                     QStringLiteral("databrickscfg")});
    }
    // Names and addresses only: a token is never listed, not even masked.
    if (args.json) {
        QJsonArray list;
        for (const Row &r : rows) {
            list.append(QJsonObject{{QStringLiteral("name"), r.name},
                                    {QStringLiteral("kind"), r.kind},
                                    {QStringLiteral("url"), r.url},
                                    {QStringLiteral("source"), r.source}});
        }
        writeOut(QJsonDocument(list).toJson(QJsonDocument::Compact).append('\n'));
    } else {
        for (const Row &r : rows)
            writeOut(QString(r.name + u'\t' + r.kind + u'\t' + r.url + u'\t' + r.source + u'\n').toUtf8());
    }
    flushOut();
    return ExitOk;
}

} // namespace Parlance::Cli
