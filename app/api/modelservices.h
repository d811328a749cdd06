#pragma once

#include "core/connection.h"
#include "core/modelinfo.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace Parlance::Api {

// Unity AI Gateway model services, listed through the Unity Catalog REST API:
// GET {host}/api/2.1/unity-catalog/model-services?page_size=N[&page_token=T] (Beta; documented
// at docs.databricks.com/api/ai-gateway/v1/list-model-services). A page holds at most 1000.
QUrl modelServicesUrl(const Core::Connection &connection, const QString &pageToken = {});

// {"model_services":[{"name":"model-services/system.ai.x","comment",...}],"next_page_token"}.
// Each service becomes a ModelInfo named by its three-level name (the resource prefix
// "model-services/" dropped), with its comment as the description. `{}` is an empty last page.
// False when the body is not such a page.
bool parseModelServiceList(const QByteArray &body, QList<Core::ModelInfo> *services,
                           QString *nextPageToken);

// One list for a connection whose route takes both kinds of name: the services first, each
// joined with the serving endpoint Databricks documents as the same model (system.ai.X and
// databricks-X; some pages spell the service system.ai.databricks-X, so an endpoint named as
// the service's last part counts too), which then is not listed again; then the endpoints
// left over. A joined service takes the endpoint's task and state, which the services list
// does not report.
QList<Core::ModelInfo> mergeModelServices(const QList<Core::ModelInfo> &endpoints,
                                          const QList<Core::ModelInfo> &services);

} // namespace Parlance::Api
