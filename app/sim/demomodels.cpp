#include "sim/demomodels.h"

#include <cmath>

namespace Parlance::Sim {

namespace {

const QString &reasoningText()
{
    static const QString text = QStringLiteral(
        "The user asked what 17 × 23 is. Let me think step by step: 17 × 20 = 340 and "
        "17 × 3 = 51, so 340 + 51 = 391.");
    return text;
}

const QString &reasoningAnswer()
{
    static const QString text = QStringLiteral("17 × 23 = 391");
    return text;
}

// Base64 of "parlance-sim reasoning signature": opaque to clients, as Claude's signatures are.
constexpr QStringView reasoningSignature = u"cGFybGFuY2Utc2ltIHJlYXNvbmluZyBzaWduYXR1cmU=";

const QStringList &loremWords()
{
    static const QStringList words
        = QStringLiteral(
              "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor "
              "incididunt "
              "ut labore et dolore magna aliqua ut enim ad minim veniam quis nostrud exercitation "
              "ullamco laboris nisi ut aliquip ex ea commodo consequat duis aute irure dolor in "
              "reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur "
              "excepteur "
              "sint occaecat cupidatat non proident sunt in culpa qui officia deserunt mollit anim "
              "id "
              "est laborum")
              .split(u' ');
    return words;
}

QStringList loremTokens(int count)
{
    const QStringList &base = loremWords();
    // Each word exists once with a leading space; the list then shares those strings, so a
    // 20,000-token answer costs 20,000 pointers, not 20,000 allocations.
    static const QStringList spaced = [] {
        QStringList out;
        for (const QString &w : loremWords())
            out.append(u' ' + w);
        return out;
    }();
    QStringList tokens;
    tokens.reserve(count);
    for (int i = 0; i < count; ++i) {
        const qsizetype k = i % base.size();
        tokens.append(i == 0 ? QString(base.at(k).at(0).toUpper() + base.at(k).mid(1))
                             : spaced.at(k));
    }
    return tokens;
}

QString lastTextOf(const QList<InputMessage> &messages, QStringView role)
{
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        if (messages.at(i).role == role)
            return messages.at(i).text;
    }
    return {};
}

} // namespace

int ModelReply::completionTokens() const
{
    const qsizetype answer = toolCall ? toolCall->argumentPieces.size() : tokens.size();
    return int(answer) + reasoningTokens;
}

QList<DemoEndpoint> DemoModels::endpoints()
{
    static const QList<DemoEndpoint> list = {
        {QStringLiteral("demo-echo"), QStringLiteral("llm/v1/chat"), true,
         QStringLiteral("Demo echo"),
         QStringLiteral("Answers \"You said: \" and the last user message.")},
        {QStringLiteral("demo-lorem"), QStringLiteral("llm/v1/chat"), true,
         QStringLiteral("Demo lorem ipsum"),
         QStringLiteral("Answers exactly max_tokens lorem-ipsum words (64 by default).")},
        {QStringLiteral("demo-reasoning"), QStringLiteral("llm/v1/chat"), true,
         QStringLiteral("Demo reasoning"),
         QStringLiteral(
             "Answers with a reasoning part and a text part, like Claude on Databricks.")},
        {QStringLiteral("demo-tools"), QStringLiteral("llm/v1/chat"), true,
         QStringLiteral("Demo tools"),
         QStringLiteral("Calls get_weather, then reports what the tool result said.")},
        {QStringLiteral("demo-slow"), QStringLiteral("llm/v1/chat"), true,
         QStringLiteral("Demo slow echo"),
         QStringLiteral("Like demo-echo, 300 ms before the first word and 50 ms between words.")},
        {QStringLiteral("demo-flaky"), QStringLiteral("llm/v1/chat"), true,
         QStringLiteral("Demo flaky echo"),
         QStringLiteral("Every other request is rate limited (429 with Retry-After).")},
        {QStringLiteral("demo-error"), QStringLiteral("llm/v1/chat"), true,
         QStringLiteral("Demo error"), QStringLiteral("Always answers 400 with an error body.")},
        {QStringLiteral("demo-embeddings"), QStringLiteral("llm/v1/embeddings"), true,
         QStringLiteral("Demo embeddings"),
         QStringLiteral("An embeddings endpoint (not a chat model).")},
        {QStringLiteral("demo-not-ready"), QStringLiteral("llm/v1/chat"), false,
         QStringLiteral("Demo not ready"),
         QStringLiteral("An endpoint that is still being deployed.")},
    };
    return list;
}

QStringList DemoModels::chatModels()
{
    QStringList names;
    for (const DemoEndpoint &e : endpoints()) {
        if (e.ready && e.task == u"llm/v1/chat")
            names.append(e.name);
    }
    return names;
}

bool DemoModels::isChatModel(const QString &name)
{
    return chatModels().contains(name);
}

std::optional<DemoEndpoint> DemoModels::endpoint(const QString &name)
{
    for (const DemoEndpoint &e : endpoints()) {
        if (e.name == name)
            return e;
    }
    return std::nullopt;
}

QList<DemoService> DemoModels::services()
{
    QList<DemoService> list;
    for (const QString &name : chatModels())
        list.append({u"system.ai." + name, name, QString()});
    list.append({QStringLiteral("main.support.answer-bot"), QStringLiteral("demo-echo"),
                 QStringLiteral("The support team's governed chat model.")});
    return list;
}

std::optional<DemoEndpoint> DemoModels::endpointForRoute(QByteArrayView path, const QString &model)
{
    if (path.startsWith("/ai-gateway/")) {
        for (const DemoService &service : services()) {
            if (service.name == model)
                return endpoint(service.endpoint);
        }
    }
    return endpoint(model);
}

QStringList DemoModels::words(const QString &text)
{
    QStringList out;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const qsizetype start = i;
        while (i < n && text.at(i).isSpace())
            ++i;
        const qsizetype wordStart = i;
        while (i < n && !text.at(i).isSpace())
            ++i;
        if (i == wordStart && !out.isEmpty())
            out.last().append(QStringView(text).sliced(start)); // trailing whitespace
        else
            out.append(text.mid(start, i - start));
    }
    return out;
}

int DemoModels::countWords(const QString &text)
{
    int count = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool space = c.isSpace();
        if (!space && !inWord)
            ++count;
        inWord = !space;
    }
    return count;
}

int DemoModels::scaled(int ms) const
{
    return int(std::lround(ms * m_timeScale));
}

ModelReply DemoModels::run(const ModelCall &call)
{
    ModelReply reply;
    for (const InputMessage &m : call.messages)
        reply.promptTokens += countWords(m.text);
    reply.finishReason = QStringLiteral("stop");

    const QString &model = call.model;
    const QString echo = u"You said: " % lastTextOf(call.messages, u"user");

    if (model == u"demo-error") {
        reply.error = ModelError{400,
                                 QStringLiteral("BAD_REQUEST"),
                                 QStringLiteral("invalid_request_error"),
                                 QString(),
                                 QStringLiteral("demo-error always fails: this is the simulated "
                                                "gateway's error model."),
                                 0};
        return reply;
    }
    if (model == u"demo-flaky") {
        if (++m_flakyRequests % 2 == 1) {
            reply.error = ModelError{429,
                                     QStringLiteral("RESOURCE_EXHAUSTED"),
                                     QStringLiteral("requests"),
                                     QStringLiteral("rate_limit_exceeded"),
                                     QStringLiteral("Too many requests. Please wait a moment and "
                                                    "try again."),
                                     1};
            return reply;
        }
        reply.tokens = words(echo);
    } else if (model == u"demo-lorem") {
        if (call.maxTokens) {
            reply.tokens = loremTokens(*call.maxTokens);
            reply.finishReason = QStringLiteral("length");
        } else {
            reply.tokens = loremTokens(DefaultLoremTokens);
        }
        return reply;
    } else if (model == u"demo-reasoning") {
        reply.reasoning = reasoningText();
        reply.reasoningSignature = reasoningSignature.toString();
        reply.reasoningTokens = countWords(reply.reasoning);
        reply.tokens = words(reasoningAnswer());
    } else if (model == u"demo-tools") {
        if (!call.messages.isEmpty() && call.messages.constLast().role == u"tool") {
            reply.tokens = words(u"The weather tool said: " % call.messages.constLast().text);
        } else {
            ToolCall tool;
            tool.id = u"call_sim" % QString::number(++m_toolCalls);
            tool.name = QStringLiteral("get_weather");
            tool.argumentPieces
                = {QStringLiteral("{\""),   QStringLiteral("location"), QStringLiteral("\":\""),
                   QStringLiteral("Paris"), QStringLiteral("\",\""),    QStringLiteral("unit"),
                   QStringLiteral("\":\""), QStringLiteral("celsius"),  QStringLiteral("\"}")};
            tool.arguments = tool.argumentPieces.join(QString());
            reply.toolCall = tool;
            reply.finishReason = QStringLiteral("tool_calls");
        }
    } else if (model == u"demo-slow") {
        reply.tokens = words(echo);
        reply.firstDelayMs = scaled(300);
        reply.interDelayMs = scaled(50);
    } else {
        reply.tokens = words(echo);
    }

    if (call.maxTokens && reply.tokens.size() > *call.maxTokens) {
        reply.tokens.resize(*call.maxTokens);
        reply.finishReason = QStringLiteral("length");
    }
    return reply;
}

} // namespace Parlance::Sim
