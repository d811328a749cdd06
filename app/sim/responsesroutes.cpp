#include "sim/responsesroutes.h"

#include "sim/gatewaystate.h"
#include "sim/jsonwriter.h"
#include "sim/requestfields.h"
#include "sim/responsespayloads.h"
#include "sim/router.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace Parlance::Sim {

namespace {

// The conversation an `input` carries: a string is one user message; an item list holds
// messages, function calls and their outputs (a function_call_output reads as a "tool" turn).
bool readInput(const QJsonValue &input, QList<InputMessage> *messages)
{
    if (input.isString()) {
        messages->append({QStringLiteral("user"), input.toString()});
        return true;
    }
    if (!input.isArray() || input.toArray().isEmpty())
        return false;
    const QJsonArray items = input.toArray();
    for (const QJsonValue &value : items) {
        if (!value.isObject())
            return false;
        const QJsonObject item = value.toObject();
        const QString type = item.value(QLatin1StringView("type")).toString();
        if (type == u"function_call_output") {
            const QJsonValue output = item.value(QLatin1StringView("output"));
            messages->append({QStringLiteral("tool"), contentText(output)});
        } else if (type == u"function_call") {
            messages->append({QStringLiteral("assistant"),
                              item.value(QLatin1StringView("arguments")).toString()});
        } else if (type.isEmpty() || type == u"message") {
            const QJsonValue role = item.value(QLatin1StringView("role"));
            if (!role.isString())
                return false;
            messages->append(
                {role.toString(), contentText(item.value(QLatin1StringView("content")))});
        }
        // Reasoning items and item references carry nothing the demo models read.
    }
    return true;
}

} // namespace

void ResponsesRoutes::registerRoutes(Router &router)
{
    const auto handler = [this](const Request &request, const QStringList &) {
        return answer(request);
    };
    for (const QString &base :
         {QStringLiteral("/v1"), QStringLiteral("/ai-gateway/mlflow/v1"),
          QStringLiteral("/ai-gateway/openai/v1"), QStringLiteral("/serving-endpoints")}) {
        router.add("POST", base + u"/responses", handler);
    }
}

Response ResponsesRoutes::answer(const Request &request)
{
    const ErrorStyle style = errorStyleForPath(request.path);
    QJsonObject body;
    if (!parseJsonObject(request.body, &body))
        return invalidJsonBody(style);

    const QJsonValue modelValue = body.value(QLatin1StringView("model"));
    if (!modelValue.isString() || modelValue.toString().isEmpty())
        return badRequest(style, QStringLiteral("You must provide a model parameter."),
                          QStringLiteral("model"));
    const QString model = modelValue.toString();
    const std::optional<DemoEndpoint> endpoint = DemoModels::endpointForRoute(request.path, model);
    if (!endpoint)
        return unknownModel(style, model);
    if (std::optional<Response> refusal = unavailableModel(style, *endpoint))
        return *refusal;

    ModelCall call;
    call.model = endpoint->name; // a model service answers with the endpoint it routes to
    const QJsonValue instructions = body.value(QLatin1StringView("instructions"));
    if (instructions.isString())
        call.messages.append({QStringLiteral("system"), instructions.toString()});
    if (!readInput(body.value(QLatin1StringView("input")), &call.messages)) {
        return badRequest(style,
                          QStringLiteral("'input' must be a string or a non-empty array "
                                         "of input items."),
                          QStringLiteral("input"));
    }
    bool invalid = false;
    call.maxTokens = positiveIntField(body, QStringLiteral("max_output_tokens"),
                                      DemoModels::MaxTokensLimit, &invalid);
    if (invalid) {
        return badRequest(style, QStringLiteral("'max_output_tokens' must be a positive integer."),
                          QStringLiteral("max_output_tokens"));
    }

    const ModelReply reply = m_state.models.run(call);
    if (reply.error)
        return modelErrorResponse(style, *reply.error);

    ResponsesFormat format;
    format.itemSuffix = "sim" + QByteArray::number(m_state.nextSerial());
    format.id = "resp_" + format.itemSuffix;
    format.model = model.toUtf8();
    format.createdAt = QDateTime::currentSecsSinceEpoch();
    if (instructions.isString())
        format.instructionsJson = Json::string(instructions.toString());
    if (call.maxTokens)
        format.maxOutputTokensJson = Json::number(*call.maxTokens);
    const QJsonValue tools = body.value(QLatin1StringView("tools"));
    if (tools.isArray())
        format.toolsJson = QJsonDocument(tools.toArray()).toJson(QJsonDocument::Compact);

    return body.value(QLatin1StringView("stream")).toBool() ? responsesStream(format, reply)
                                                            : responsesBody(format, reply);
}

} // namespace Parlance::Sim
