#include "sim/recordedrequest.h"

namespace Parlance::Sim {

QJsonObject RecordedRequest::toJson() const
{
    QJsonObject headerObject;
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        headerObject.insert(it.key(), it.value());
    QJsonValue authorization = QJsonValue::Null;
    if (!authorizationScheme.isEmpty())
        authorization = authorizationScheme;
    else if (authorizationPresent)
        authorization = QStringLiteral("Other"); // present, in a scheme the gateway ignores
    return QJsonObject{
        {QStringLiteral("method"), method},
        {QStringLiteral("path"), path},
        {QStringLiteral("authorization"), authorization},
        {QStringLiteral("headers"), headerObject},
        {QStringLiteral("body"), QString::fromUtf8(body)},
    };
}

} // namespace Parlance::Sim
