#include "sim/catalogroutes.h"

#include "sim/demomodels.h"
#include "sim/errorresponses.h"
#include "sim/jsonwriter.h"
#include "sim/router.h"

#include <QCryptographicHash>

namespace Parlance::Sim {

namespace {

QByteArray modelList()
{
    QByteArrayList data;
    for (const QString &name : DemoModels::chatModels()) {
        data.append(Json::Object()
                        .str("id", name)
                        .str("object", "model")
                        .num("created", CatalogRoutes::CreatedSeconds)
                        .str("owned_by", "parlance-sim")
                        .bytes());
    }
    return Json::Object().str("object", "list").raw("data", Json::array(data)).bytes();
}

QByteArray endpointJson(const DemoEndpoint &e, bool detailed)
{
    // A stable 32-hex-digit id per name, shaped like the ids Databricks hands out.
    const QByteArray id
        = QCryptographicHash::hash(e.name.toUtf8(), QCryptographicHash::Md5).toHex();
    const QString backend = e.name + u"-backend";
    const QByteArray foundation = Json::Object()
                                      .str("name", backend)
                                      .str("display_name", e.displayName)
                                      .str("description", e.description)
                                      .bytes();
    const QByteArray entity
        = Json::Object().str("name", backend).raw("foundation_model", foundation).bytes();
    const qint64 createdMs = CatalogRoutes::CreatedSeconds * 1000;
    Json::Object o;
    o.str("name", e.name)
        .str("id", id)
        .str("task", e.task)
        .raw("state", Json::Object()
                          .str("ready", e.ready ? "READY" : "NOT_READY")
                          .str("config_update", e.ready ? "NOT_UPDATING" : "IN_PROGRESS")
                          .bytes())
        .raw("config", Json::Object().raw("served_entities", Json::array({entity})).bytes())
        .str("creator", "sim@parlance.local")
        .num("creation_timestamp", createdMs)
        .num("last_updated_timestamp", createdMs);
    if (detailed)
        o.str("permission_level", "CAN_QUERY");
    return o.bytes();
}

} // namespace

void CatalogRoutes::registerRoutes(Router &router)
{
    const auto models = [](const Request &, const QStringList &) {
        return Response::json(200, modelList());
    };
    for (const QString &base : {QStringLiteral("/v1"), QStringLiteral("/ai-gateway/mlflow/v1"),
                                QStringLiteral("/ai-gateway/openai/v1")}) {
        router.add("GET", base + u"/models", models);
    }

    router.add("GET", QStringLiteral("/api/2.0/serving-endpoints"),
               [](const Request &, const QStringList &) {
                   QByteArrayList endpoints;
                   for (const DemoEndpoint &e : DemoModels::endpoints())
                       endpoints.append(endpointJson(e, false));
                   return Response::json(
                       200, Json::Object().raw("endpoints", Json::array(endpoints)).bytes());
               });
    router.add("GET", QStringLiteral("/api/2.0/serving-endpoints/([^/]+)"),
               [](const Request &request, const QStringList &captures) {
                   const std::optional<DemoEndpoint> e = DemoModels::endpoint(captures.value(0));
                   if (!e)
                       return unknownModel(errorStyleForPath(request.path), captures.value(0));
                   return Response::json(200, endpointJson(*e, true));
               });
}

} // namespace Parlance::Sim
