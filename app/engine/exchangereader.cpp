#include "engine/exchangereader.h"

#include "api/dialect.h"
#include "core/reply.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace Parlance::Engine {

Core::ApiKind apiForUrl(const QUrl &url)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QLatin1StringView("/responses")))
        return Core::ApiKind::Responses;
    if (path.endsWith(QLatin1StringView("/invocations")))
        return Core::ApiKind::Invocations;
    return Core::ApiKind::ChatCompletions;
}

Core::ApiKind apiOf(const Core::HttpRequest &request)
{
    return request.api.value_or(apiForUrl(request.url));
}

EventReader::EventReader(Core::ApiKind api) : m_decoder(Api::makeStreamDecoder(api)) {}

EventReader::~EventReader() = default;

QList<Core::ReplyDelta> EventReader::read(const Core::SseEvent &event)
{
    return m_decoder->decode(event);
}

std::optional<Core::Turn> replyTurnOf(const Net::Exchange &exchange)
{
    const Core::ApiKind api = apiOf(exchange.request);
    Core::Reply reply;
    if (!exchange.events.isEmpty()) {
        EventReader reader(api);
        for (qsizetype i = 0; i < exchange.events.size(); ++i)
            reply.applyAll(reader.read(exchange.eventAt(i)));
    } else {
        reply.applyAll(Api::parseReplyBody(api, exchange.responseBody));
    }
    if (!reply.hasContent())
        return std::nullopt;
    Core::Turn turn;
    turn.message = reply.primary().message;
    turn.model = QJsonDocument::fromJson(exchange.request.body)
                     .object()
                     .value(QLatin1StringView("model"))
                     .toString(reply.model);
    turn.api = api;
    turn.usage = reply.usage;
    turn.finishReason = reply.finishReason();
    return turn;
}

} // namespace Parlance::Engine
