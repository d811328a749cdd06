#include "api/modelservices.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace Parlance::Api {

namespace {

constexpr QLatin1StringView kResourcePrefix("model-services/");
constexpr int kPageSize = 1000; // the documented maximum: fewest round trips

} // namespace

QUrl modelServicesUrl(const Core::Connection &connection, const QString &pageToken)
{
    QUrl url = connection.host;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QLatin1StringView("/api/2.1/unity-catalog/model-services"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page_size"), QString::number(kPageSize));
    if (!pageToken.isEmpty())
        query.addQueryItem(QStringLiteral("page_token"),
                           QString::fromLatin1(QUrl::toPercentEncoding(pageToken)));
    url.setQuery(query);
    return url;
}

bool parseModelServiceList(const QByteArray &body, QList<Core::ModelInfo> *services,
                           QString *nextPageToken)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return false;
    const QJsonObject root = doc.object();
    const QJsonValue list = root.value(QLatin1StringView("model_services"));
    if (!list.isUndefined() && !list.isArray())
        return false;
    const QJsonValue next = root.value(QLatin1StringView("next_page_token"));
    if (!next.isUndefined() && !next.isString())
        return false;

    QList<Core::ModelInfo> parsed;
    for (const QJsonValue &entry : list.toArray()) {
        const QJsonObject o = entry.toObject();
        QString name = o.value(QLatin1StringView("name")).toString();
        if (name.startsWith(kResourcePrefix))
            name = name.mid(kResourcePrefix.size());
        if (name.isEmpty())
            continue;
        Core::ModelInfo info;
        info.name = name;
        info.description = o.value(QLatin1StringView("comment")).toString();
        parsed.append(info);
    }
    if (services)
        *services = std::move(parsed);
    if (nextPageToken)
        *nextPageToken = next.toString();
    return true;
}

QList<Core::ModelInfo> mergeModelServices(const QList<Core::ModelInfo> &endpoints,
                                          const QList<Core::ModelInfo> &services)
{
    QList<Core::ModelInfo> rest = endpoints;
    QList<Core::ModelInfo> merged;
    const auto take = [&rest](const QString &name) -> std::optional<Core::ModelInfo> {
        for (qsizetype i = 0; i < rest.size(); ++i) {
            if (rest.at(i).name == name)
                return rest.takeAt(i);
        }
        return std::nullopt;
    };
    for (Core::ModelInfo service : services) {
        // Only the system-provided services are documented as the same models as the
        // databricks-* endpoints; a team's own service names whatever it routes to.
        if (service.name.startsWith(QLatin1StringView("system.ai."))) {
            const QString leaf = service.name.mid(10);
            std::optional<Core::ModelInfo> endpoint = take(leaf);
            if (!endpoint && !leaf.startsWith(QLatin1StringView("databricks-")))
                endpoint = take(QLatin1StringView("databricks-") + leaf);
            if (endpoint) {
                service.alias = endpoint->name;
                service.task = endpoint->task;
                service.state = endpoint->state;
                if (service.description.isEmpty())
                    service.description = endpoint->description;
            }
        }
        merged.append(service);
    }
    merged.append(rest);
    return merged;
}

} // namespace Parlance::Api
