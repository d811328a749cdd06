// The engine's one reading of logged exchanges: which API a request speaks, and the reply an
// exchange carries, from recorded wire payloads.

#include "../api/ssetesting.h"
#include "api/dialect.h"
#include "engine/exchangereader.h"
#include "support/testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

using namespace Parlance;

class TstExchangeReader : public QObject
{
    Q_OBJECT

private slots:
    void apiForUrl_data();
    void apiForUrl();
    void builtRequestsRecordTheirApi();
    void recordedApiWinsOverTheUrl();
    void chatStreamBecomesATurn();
    void responsesStreamBecomesATurn();
    void invocationsBodyBecomesATurn();
    void modelComesFromTheRequestElseTheAnswer();
    void errorsAndEmptyAnswersAreNoTurn();
    void eventReaderReadsInOrder();
};

using Kind = Core::ApiKind;

// The text of a recorded stream, read straight from its JSON rather than through the decoders
// under test.
static QString chatStreamText(const QByteArray &sse)
{
    QString text;
    for (const Core::SseEvent &event : SseTesting::splitSse(sse)) {
        const QJsonObject chunk = QJsonDocument::fromJson(event.data).object();
        const QJsonArray choices = chunk.value(QLatin1StringView("choices")).toArray();
        if (!choices.isEmpty()) {
            text += choices.first()
                        .toObject()
                        .value(QLatin1StringView("delta"))
                        .toObject()
                        .value(QLatin1StringView("content"))
                        .toString();
        }
    }
    return text;
}

// The final text a Responses stream states in its output_text.done event (the recorded stream
// abridges its deltas; the done event carries the whole text).
static QString responsesStreamText(const QByteArray &sse)
{
    for (const Core::SseEvent &event : SseTesting::splitSse(sse)) {
        const QJsonObject payload = QJsonDocument::fromJson(event.data).object();
        if (payload.value(QLatin1StringView("type")).toString()
            == QLatin1StringView("response.output_text.done"))
            return payload.value(QLatin1StringView("text")).toString();
    }
    return {};
}

static Net::Exchange streamed(const QString &url, const QByteArray &sse,
                              const QByteArray &requestBody = {})
{
    Net::Exchange exchange;
    exchange.status = 200;
    exchange.request.url = QUrl(url);
    exchange.request.body = requestBody;
    exchange.request.streaming = true;
    exchange.responseBody = sse;
    exchange.events = Net::eventsOf(sse);
    return exchange;
}

void TstExchangeReader::apiForUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<Kind>("api");
    QTest::newRow("openai chat") << "https://api.openai.com/v1/chat/completions"
                                 << Kind::ChatCompletions;
    QTest::newRow("ai gateway chat")
        << "https://h.cloud.databricks.com/ai-gateway/mlflow/v1/chat/completions"
        << Kind::ChatCompletions;
    QTest::newRow("responses") << "https://api.openai.com/v1/responses" << Kind::Responses;
    QTest::newRow("responses, slash") << "http://127.0.0.1:8080/v1/responses/" << Kind::Responses;
    QTest::newRow("responses, query") << "http://h/v1/responses?x=1" << Kind::Responses;
    QTest::newRow("invocations") << "https://h/serving-endpoints/demo/invocations"
                                 << Kind::Invocations;
    QTest::newRow("a path that only contains the word")
        << "http://h/v1/responses-archive/chat/completions" << Kind::ChatCompletions;
    QTest::newRow("anything else") << "http://h/v1/completions" << Kind::ChatCompletions;
}

void TstExchangeReader::apiForUrl()
{
    QFETCH(QString, url);
    QFETCH(Kind, api);
    QCOMPARE(Engine::apiForUrl(QUrl(url)), api);
    Core::HttpRequest request;
    request.url = QUrl(url);
    QCOMPARE(Engine::apiOf(request), api);
}

void TstExchangeReader::builtRequestsRecordTheirApi()
{
    for (Kind api : {Kind::ChatCompletions, Kind::Responses, Kind::Invocations}) {
        const Core::HttpRequest request = Parlance::Api::buildChatRequest(
            api, QUrl(QStringLiteral("http://h/custom/route")), QStringLiteral("m"),
            Core::Conversation::singleTurn(QStringLiteral("hi")), {});
        QCOMPARE(request.api, std::optional<Kind>(api));
    }
}

void TstExchangeReader::recordedApiWinsOverTheUrl()
{
    // A proxy route whose path says nothing: the record of what was built decides.
    Core::HttpRequest request;
    request.url = QUrl(QStringLiteral("http://proxy/llm"));
    QCOMPARE(Engine::apiOf(request), Kind::ChatCompletions);
    request.api = Kind::Responses;
    QCOMPARE(Engine::apiOf(request), Kind::Responses);

    const QByteArray sse = Testing::readExample(u"responses_stream.sse");
    Net::Exchange exchange = streamed(QStringLiteral("http://proxy/llm"), sse);
    QVERIFY(!Engine::replyTurnOf(exchange)); // read as Chat Completions, it holds no reply
    exchange.request.api = Kind::Responses;
    const std::optional<Core::Turn> turn = Engine::replyTurnOf(exchange);
    QVERIFY(turn);
    QCOMPARE(turn->message.text(), responsesStreamText(sse));
}

void TstExchangeReader::chatStreamBecomesATurn()
{
    const QByteArray sse = Testing::readExample(u"chat_stream.sse");
    const QString expected = chatStreamText(sse);
    QVERIFY(expected.size() > 20);
    const std::optional<Core::Turn> turn
        = Engine::replyTurnOf(streamed(QStringLiteral("http://h/v1/chat/completions"), sse));
    QVERIFY(turn);
    QCOMPARE(turn->message.role, Core::Role::Assistant);
    QCOMPARE(turn->message.text(), expected);
    QCOMPARE(turn->api, Kind::ChatCompletions);
    QCOMPARE(turn->finishReason, QStringLiteral("stop"));
}

void TstExchangeReader::responsesStreamBecomesATurn()
{
    const QByteArray sse = Testing::readExample(u"responses_stream.sse");
    const std::optional<Core::Turn> turn
        = Engine::replyTurnOf(streamed(QStringLiteral("http://h/v1/responses"), sse));
    QVERIFY(turn);
    QVERIFY(responsesStreamText(sse).size() > 10);
    QCOMPARE(turn->message.text(), responsesStreamText(sse));
    QCOMPARE(turn->api, Kind::Responses);
    QCOMPARE(turn->model, QStringLiteral("gpt-5.4"));
}

void TstExchangeReader::invocationsBodyBecomesATurn()
{
    const QByteArray body = Testing::readExample(u"databricks_invocations_chat_response.json");
    Net::Exchange exchange;
    exchange.status = 200;
    exchange.request.url = QUrl(QStringLiteral("https://h/serving-endpoints/demo/invocations"));
    exchange.responseBody = body;
    const std::optional<Core::Turn> turn = Engine::replyTurnOf(exchange);
    QVERIFY(turn);
    QCOMPARE(turn->api, Kind::Invocations);
    const QString expected = QJsonDocument::fromJson(body)
                                 .object()
                                 .value(QLatin1StringView("choices"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QLatin1StringView("message"))
                                 .toObject()
                                 .value(QLatin1StringView("content"))
                                 .toString();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(turn->message.text(), expected);
}

void TstExchangeReader::modelComesFromTheRequestElseTheAnswer()
{
    const QByteArray sse = Testing::readExample(u"chat_stream.sse");
    const QString url = QStringLiteral("http://h/v1/chat/completions");
    QCOMPARE(Engine::replyTurnOf(streamed(url, sse))->model, QStringLiteral("gpt-4o-2024-08-06"));
    QCOMPARE(
        Engine::replyTurnOf(streamed(url, sse, R"({"model":"asked-for","stream":true})"))->model,
        QStringLiteral("asked-for"));
}

void TstExchangeReader::errorsAndEmptyAnswersAreNoTurn()
{
    Net::Exchange error;
    error.status = 401;
    error.request.url = QUrl(QStringLiteral("http://h/v1/chat/completions"));
    error.responseBody = Testing::readExample(u"openai_error_401.json");
    QVERIFY(!Engine::replyTurnOf(error));

    Net::Exchange empty;
    empty.status = 200;
    empty.request.url = QUrl(QStringLiteral("http://h/v1/responses"));
    QVERIFY(!Engine::replyTurnOf(empty));

    Net::Exchange garbage = empty;
    garbage.responseBody = QByteArray("\xff\xfe{not json", 12);
    QVERIFY(!Engine::replyTurnOf(garbage));
}

void TstExchangeReader::eventReaderReadsInOrder()
{
    const QByteArray sse = Testing::readExample(u"chat_stream.sse");
    Engine::EventReader reader(Kind::ChatCompletions);
    QString text;
    for (const Core::SseEvent &event : SseTesting::splitSse(sse)) {
        for (const Core::ReplyDelta &delta : reader.read(event)) {
            if (delta.kind == Core::ReplyDelta::Kind::Text)
                text += delta.text;
        }
    }
    QCOMPARE(text, chatStreamText(sse));
}

QTEST_GUILESS_MAIN(TstExchangeReader)
#include "tst_exchangereader.moc"
