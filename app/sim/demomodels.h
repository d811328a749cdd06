#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Parlance::Sim {

struct InputMessage
{
    QString role; // system developer user assistant tool
    QString text;
};

struct ModelCall
{
    QString model;
    QList<InputMessage> messages; // instructions / system prompt included, in order
    std::optional<int> maxTokens;
};

struct ModelError
{
    int status = 400;
    QString databricksCode;
    QString openAiType;
    QString openAiCode; // empty: null
    QString message;
    int retryAfterSeconds = 0;
};

struct ToolCall
{
    QString id; // call_...
    QString name;
    QString arguments;          // the complete JSON text
    QStringList argumentPieces; // how it streams; joined they equal `arguments`
};

// What a demo model produced, before any wire format is applied.
struct ModelReply
{
    QStringList tokens; // answer text, one word per entry with its leading whitespace
    QString reasoning;  // demo-reasoning only
    QString reasoningSignature;
    int reasoningTokens = 0;
    std::optional<ToolCall> toolCall;
    QString finishReason; // stop length tool_calls
    int promptTokens = 0;
    int firstDelayMs = 0; // before the first delta
    int interDelayMs = 0; // between deltas
    std::optional<ModelError> error;

    QString text() const { return tokens.join(QString()); }
    int completionTokens() const;
};

// A serving endpoint the simulated workspace lists.
struct DemoEndpoint
{
    QString name;
    QString task; // llm/v1/chat, llm/v1/embeddings
    bool ready = true;
    QString displayName;
    QString description;
};

// A Unity AI Gateway model service: a three-level name routed to a demo endpoint.
struct DemoService
{
    QString name;     // catalog.schema.service
    QString endpoint; // the demo endpoint that answers for it
    QString comment;
};

// The deterministic models. One instance per gateway: demo-flaky counts its requests here.
class DemoModels
{
public:
    static QList<DemoEndpoint> endpoints(); // chat models first, then the non-chat endpoints
    static QStringList chatModels();
    static bool isChatModel(const QString &name);
    static std::optional<DemoEndpoint> endpoint(const QString &name);
    static QList<DemoService> services();
    // The endpoint that answers `model` on the route at `path`: the AI Gateway routes also take
    // a model service's three-level name; /serving-endpoints and /v1 take endpoint names only.
    static std::optional<DemoEndpoint> endpointForRoute(QByteArrayView path, const QString &model);

    // Splits text into words, each with the whitespace before it; joined they give the text back.
    static QStringList words(const QString &text);
    static int countWords(const QString &text);

    static constexpr int DefaultLoremTokens = 64;
    static constexpr int MaxTokensLimit = 1000000;

    void setTimeScale(double scale) { m_timeScale = scale; }

    // Runs `call.model`, which must be a name endpoint() knows.
    ModelReply run(const ModelCall &call);

private:
    int scaled(int ms) const;

    double m_timeScale = 1.0;
    int m_flakyRequests = 0;
    int m_toolCalls = 0;
};

} // namespace Parlance::Sim
