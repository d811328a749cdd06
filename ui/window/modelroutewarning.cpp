#include "window/modelroutewarning.h"

#include "core/modelroute.h"

#include <QCoreApplication>

namespace Parlance::Ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Ui::ModelRouteWarning)
};

QString aliasOf(const QString &model, const QList<Core::ModelInfo> &models)
{
    for (const Core::ModelInfo &info : models) {
        if (info.name == model)
            return info.alias;
    }
    return {};
}

} // namespace

QString modelRouteWarning(const Core::Connection &connection, Core::ApiKind api,
                          const QString &model, const QList<Core::ModelInfo> &models)
{
    const QString alias = aliasOf(model, models);
    switch (Core::modelRouteFit(connection, api, model)) {
    case Core::ModelRouteFit::Fits:
        return {};
    case Core::ModelRouteFit::ServiceNameWithInvocations:
        return alias.isEmpty()
                   ? Tr::tr(
                         "%1 is a Unity Catalog model service. REST invocations address a "
                         "serving endpoint by its name: choose Chat Completions or Responses, or "
                         "an endpoint name.")
                         .arg(model)
                   : Tr::tr(
                         "%1 is a Unity Catalog model service. REST invocations address a "
                         "serving endpoint by its name: choose Chat Completions or Responses, or "
                         "the endpoint %2.")
                         .arg(model, alias);
    case Core::ModelRouteFit::ServiceNameNeedsGateway:
        return alias.isEmpty()
                   ? Tr::tr("%1 is a Unity Catalog model service, and this connection's route (%2) "
                            "takes serving endpoint names. Set the connection's gateway path to "
                            "/ai-gateway/mlflow/v1, or choose an endpoint name.")
                         .arg(model, connection.gatewayPath)
                   : Tr::tr("%1 is a Unity Catalog model service, and this connection's route (%2) "
                            "takes serving endpoint names. Choose the endpoint %3, or set the "
                            "connection's gateway path to /ai-gateway/mlflow/v1.")
                         .arg(model, connection.gatewayPath, alias);
    }
    return {};
}

} // namespace Parlance::Ui
