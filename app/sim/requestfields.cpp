#include "sim/requestfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace Parlance::Sim {

bool parseJsonObject(const QByteArray &body, QJsonObject *object)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    *object = doc.object();
    return true;
}

QString contentText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    if (!content.isArray())
        return {};
    QString text;
    const QJsonArray parts = content.toArray();
    for (const QJsonValue &part : parts) {
        const QJsonObject o = part.toObject();
        const QString type = o.value(QLatin1StringView("type")).toString();
        if (type == u"text" || type == u"input_text" || type == u"output_text")
            text += o.value(QLatin1StringView("text")).toString();
    }
    return text;
}

std::optional<int> positiveIntField(const QJsonObject &object, const QString &key, int max,
                                    bool *error)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d != std::floor(d) || d < 1 || d > max) {
        *error = true;
        return std::nullopt;
    }
    return int(d);
}

Response modelErrorResponse(ErrorStyle style, const ModelError &error)
{
    ErrorSpec spec;
    spec.status = error.status;
    spec.message = error.message;
    spec.databricksCode = error.databricksCode;
    spec.openAiType = error.openAiType;
    spec.openAiCode = error.openAiCode;
    spec.retryAfterSeconds = error.retryAfterSeconds;
    return errorResponse(style, spec);
}

std::optional<Response> unavailableModel(ErrorStyle style, const DemoEndpoint &endpoint)
{
    if (!endpoint.ready) {
        ErrorSpec spec = errorForStatus(400, u"The serving endpoint '" % endpoint.name
                                                 % u"' is not ready yet; try again when its state "
                                                   u"is READY.");
        spec.databricksCode = QStringLiteral("INVALID_STATE");
        return errorResponse(style, spec);
    }
    if (endpoint.task != u"llm/v1/chat") {
        return badRequest(style,
                          u"The serving endpoint '" % endpoint.name % u"' has task " % endpoint.task
                              % u" and does not answer chat requests.",
                          QStringLiteral("model"));
    }
    return std::nullopt;
}

} // namespace Parlance::Sim
