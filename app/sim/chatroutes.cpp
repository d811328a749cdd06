#include "sim/chatroutes.h"

#include "sim/chatpayloads.h"
#include "sim/gatewaystate.h"
#include "sim/requestfields.h"
#include "sim/router.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

namespace Parlance::Sim {

void ChatRoutes::registerRoutes(Router &router)
{
    const auto chat = [this](const Request &request, const QStringList &) {
        return answer(request, QString());
    };
    for (const QString &base :
         {QStringLiteral("/v1"), QStringLiteral("/ai-gateway/mlflow/v1"),
          QStringLiteral("/ai-gateway/openai/v1"), QStringLiteral("/serving-endpoints")}) {
        router.add("POST", base + u"/chat/completions", chat);
    }
    router.add("POST", QStringLiteral("/serving-endpoints/([^/]+)/invocations"),
               [this](const Request &request, const QStringList &captures) {
                   return answer(request, captures.value(0));
               });
}

Response ChatRoutes::answer(const Request &request, const QString &endpointName)
{
    const ErrorStyle style = errorStyleForPath(request.path);
    const bool invocations = !endpointName.isEmpty();
    QJsonObject body;
    if (!parseJsonObject(request.body, &body))
        return invalidJsonBody(style);

    QString model = endpointName;
    if (!invocations) {
        const QJsonValue m = body.value(QLatin1StringView("model"));
        if (!m.isString() || m.toString().isEmpty())
            return badRequest(style, QStringLiteral("You must provide a model parameter."),
                              QStringLiteral("model"));
        model = m.toString();
    }
    const std::optional<DemoEndpoint> endpoint
        = invocations ? DemoModels::endpoint(model)
                      : DemoModels::endpointForRoute(request.path, model);
    if (!endpoint)
        return unknownModel(style, model);
    if (std::optional<Response> refusal = unavailableModel(style, *endpoint))
        return *refusal;

    const QJsonValue messagesValue = body.value(QLatin1StringView("messages"));
    const QJsonArray messages = messagesValue.toArray();
    ModelCall call;
    call.model = endpoint->name; // a model service answers with the endpoint it routes to
    for (const QJsonValue &m : messages) {
        const QJsonObject o = m.toObject();
        if (!m.isObject() || !o.value(QLatin1StringView("role")).isString()) {
            call.messages.clear();
            break;
        }
        call.messages.append({o.value(QLatin1StringView("role")).toString(),
                              contentText(o.value(QLatin1StringView("content")))});
    }
    if (call.messages.isEmpty()) {
        return badRequest(style,
                          QStringLiteral("'messages' must be a non-empty array of "
                                         "{\"role\", \"content\"} objects."),
                          QStringLiteral("messages"));
    }

    bool invalid = false;
    const std::optional<int> n = positiveIntField(body, QStringLiteral("n"), 128, &invalid);
    if (invalid)
        return badRequest(style, QStringLiteral("'n' must be an integer from 1 to 128."),
                          QStringLiteral("n"));
    for (const QString &key :
         {QStringLiteral("max_completion_tokens"), QStringLiteral("max_tokens")}) {
        const std::optional<int> limit
            = positiveIntField(body, key, DemoModels::MaxTokensLimit, &invalid);
        if (invalid) {
            return badRequest(style,
                              u"'" % key % u"' must be a positive integer no larger than "
                                  % QString::number(DemoModels::MaxTokensLimit) % u'.',
                              key);
        }
        if (limit && !call.maxTokens)
            call.maxTokens = limit;
    }

    const ModelReply reply = m_state.models.run(call);
    if (reply.error)
        return modelErrorResponse(style, *reply.error);

    ChatFormat format;
    format.created = QDateTime::currentSecsSinceEpoch();
    format.choices = n.value_or(1);
    if (invocations) {
        format.flavor = ChatFormat::Flavor::Databricks;
        format.id = "chatcmpl_" + QUuid::createUuid().toByteArray(QUuid::Id128);
        // Databricks reports the served backend model, not the endpoint name.
        format.model = model.toUtf8() + "-backend";
    } else {
        format.id = "chatcmpl-sim" + QByteArray::number(m_state.nextSerial());
        format.model = model.toUtf8();
        format.includeUsageChunk = body.value(QLatin1StringView("stream_options"))
                                       .toObject()
                                       .value(QLatin1StringView("include_usage"))
                                       .toBool();
    }
    const bool stream = body.value(QLatin1StringView("stream")).toBool();
    Response response
        = stream ? chatCompletionStream(format, reply) : chatCompletionBody(format, reply);
    if (invocations)
        response.setHeader("served-model-name", format.model);
    return response;
}

} // namespace Parlance::Sim
