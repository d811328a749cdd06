#include "core/modelroute.h"

namespace Parlance::Core {

bool isModelServiceName(const QString &model)
{
    const QStringList parts = model.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return false;
    for (const QString &part : parts) {
        if (part.trimmed().isEmpty() || part.contains(QLatin1Char('/')))
            return false;
    }
    return true;
}

bool isAiGatewayRoute(const Connection &connection)
{
    if (connection.kind != Connection::Kind::Databricks)
        return false;
    const QString path = connection.gatewayPath.isEmpty() ? Connection::defaultGatewayPath()
                                                          : connection.gatewayPath;
    return path.startsWith(QLatin1StringView("/ai-gateway/"));
}

ModelRouteFit modelRouteFit(const Connection &connection, ApiKind api, const QString &model)
{
    if (connection.kind != Connection::Kind::Databricks || !isModelServiceName(model))
        return ModelRouteFit::Fits;
    if (api == ApiKind::Invocations)
        return ModelRouteFit::ServiceNameWithInvocations;
    return isAiGatewayRoute(connection) ? ModelRouteFit::Fits
                                        : ModelRouteFit::ServiceNameNeedsGateway;
}

} // namespace Parlance::Core
