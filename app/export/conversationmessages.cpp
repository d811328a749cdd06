#include "export/conversationmessages.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonValue>

#include <climits>

namespace Parlance::Export {

namespace {

using namespace Qt::StringLiterals;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Export::ConversationFile)
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

bool wrongType(QString *error, const QString &path, const QString &expected)
{
    return fail(error, Tr::tr("The member \"%1\" should be %2.").arg(path, expected));
}

QString textType()
{
    return Tr::tr("text");
}

// Reads an optional text member: absent and null leave `out` empty.
bool optionalString(const QJsonObject &object, const QString &path, QLatin1StringView key,
                    QString *out, QString *error)
{
    const QJsonValue value = object.value(key);
    if (isAbsent(value))
        return true;
    if (!value.isString())
        return wrongType(error, path.isEmpty() ? QString(key) : path + u'.' + key, textType());
    *out = value.toString();
    return true;
}

// Reasoning as Parlance sends it back to Claude on Databricks:
// {"type": "reasoning", "summary": [{"type": "summary_text", "text", "signature"}]}.
bool readReasoning(const QJsonObject &part, const QString &path, QList<Core::ContentPart> *parts,
                   QString *error)
{
    const QJsonValue summary = part.value("summary"_L1);
    if (isAbsent(summary))
        return true;
    if (!summary.isArray())
        return wrongType(error, path + u".summary"_s, Tr::tr("a list"));
    const QJsonArray entries = summary.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString entryPath = path + u".summary[%1]"_s.arg(i);
        if (!entries.at(i).isObject())
            return wrongType(error, entryPath, Tr::tr("an object"));
        const QJsonObject entry = entries.at(i).toObject();
        QString text;
        QString signature;
        if (!optionalString(entry, entryPath, "text"_L1, &text, error)
            || !optionalString(entry, entryPath, "signature"_L1, &signature, error)) {
            return false;
        }
        parts->append(Core::ContentPart::makeReasoning(text, signature));
    }
    return true;
}

// `content`: text, null, or a list of typed parts (text, refusal, reasoning).
bool readContent(const QJsonObject &message, const QString &path, QList<Core::ContentPart> *parts,
                 QString *error)
{
    const QJsonValue content = message.value("content"_L1);
    const QString contentPath = path + u".content"_s;
    if (isAbsent(content))
        return true;
    if (content.isString()) {
        if (!content.toString().isEmpty())
            parts->append(Core::ContentPart::makeText(content.toString()));
        return true;
    }
    if (!content.isArray())
        return wrongType(error, contentPath, Tr::tr("text or a list of parts"));
    const QJsonArray list = content.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString partPath = contentPath + u"[%1]"_s.arg(i);
        const QJsonValue value = list.at(i);
        if (value.isString()) { // some servers accept bare strings in the list
            parts->append(Core::ContentPart::makeText(value.toString()));
            continue;
        }
        if (!value.isObject())
            return wrongType(error, partPath, Tr::tr("an object"));
        const QJsonObject part = value.toObject();
        const QJsonValue type = part.value("type"_L1);
        if (!type.isString())
            return wrongType(error, partPath + u".type"_s, textType());
        const QString kind = type.toString();
        QString text;
        if (kind == "text"_L1 || kind == "input_text"_L1 || kind == "output_text"_L1) {
            if (!optionalString(part, partPath, "text"_L1, &text, error))
                return false;
            parts->append(Core::ContentPart::makeText(text));
        } else if (kind == "refusal"_L1) {
            if (!optionalString(part, partPath, "refusal"_L1, &text, error))
                return false;
            parts->append({Core::ContentPart::Kind::Refusal, text, {}, {}, {}, {}});
        } else if (kind == "reasoning"_L1) {
            if (!readReasoning(part, partPath, parts, error))
                return false;
        } else {
            return fail(error, Tr::tr("The member \"%1\" is a part of the type \"%2\", which "
                                      "Parlance cannot import (only text, refusal and "
                                      "reasoning).")
                                   .arg(partPath, kind));
        }
    }
    return true;
}

bool readToolCalls(const QJsonObject &message, const QString &path, QList<Core::ContentPart> *parts,
                   QString *error)
{
    const QJsonValue calls = message.value("tool_calls"_L1);
    if (isAbsent(calls))
        return true;
    const QString callsPath = path + u".tool_calls"_s;
    if (!calls.isArray())
        return wrongType(error, callsPath, Tr::tr("a list"));
    const QJsonArray list = calls.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString callPath = callsPath + u"[%1]"_s.arg(i);
        if (!list.at(i).isObject())
            return wrongType(error, callPath, Tr::tr("an object"));
        const QJsonObject call = list.at(i).toObject();
        QString id;
        QString type = u"function"_s;
        if (!optionalString(call, callPath, "id"_L1, &id, error)
            || !optionalString(call, callPath, "type"_L1, &type, error)) {
            return false;
        }
        if (type != "function"_L1)
            return fail(error, Tr::tr("The member \"%1\" is a tool call of the type \"%2\"; "
                                      "only \"function\" can be imported.")
                                   .arg(callPath, type));
        const QJsonValue function = call.value("function"_L1);
        const QString functionPath = callPath + u".function"_s;
        if (!function.isObject())
            return wrongType(error, functionPath, Tr::tr("an object"));
        QString name;
        if (!optionalString(function.toObject(), functionPath, "name"_L1, &name, error))
            return false;
        // A string of JSON on the wire; an object is what some tools write by hand.
        const QJsonValue arguments = function.toObject().value("arguments"_L1);
        QString argumentText;
        if (arguments.isString())
            argumentText = arguments.toString();
        else if (arguments.isObject())
            argumentText = QString::fromUtf8(
                QJsonDocument(arguments.toObject()).toJson(QJsonDocument::Compact));
        else if (!isAbsent(arguments))
            return wrongType(error, functionPath + u".arguments"_s, textType());
        parts->append(Core::ContentPart::makeToolCall(id, name, argumentText));
    }
    return true;
}

std::optional<Core::Turn> readMessage(const QJsonObject &message, const QString &path,
                                      QString *error)
{
    const QJsonValue roleValue = message.value("role"_L1);
    if (isAbsent(roleValue)) {
        fail(error, Tr::tr("The member \"%1.role\" is missing.").arg(path));
        return std::nullopt;
    }
    if (!roleValue.isString()) {
        wrongType(error, path + u".role"_s, textType());
        return std::nullopt;
    }
    const QString role = roleValue.toString();
    Core::Turn turn;
    Core::Message &out = turn.message;
    if (role == "system"_L1 || role == "developer"_L1) {
        out.role = Core::Role::System;
    } else if (role == "user"_L1) {
        out.role = Core::Role::User;
    } else if (role == "assistant"_L1) {
        out.role = Core::Role::Assistant;
    } else if (role == "tool"_L1) {
        out.role = Core::Role::Tool;
    } else {
        fail(error, Tr::tr("The member \"%1.role\" has the unknown role \"%2\" (known: system, "
                           "developer, user, assistant, tool).")
                        .arg(path, role));
        return std::nullopt;
    }

    if (out.role == Core::Role::Assistant) {
        QString reasoning;
        if (!optionalString(message, path, "reasoning_content"_L1, &reasoning, error))
            return std::nullopt;
        if (!reasoning.isEmpty())
            out.parts.append(Core::ContentPart::makeReasoning(reasoning));
    }
    if (!readContent(message, path, &out.parts, error))
        return std::nullopt;
    if (out.role == Core::Role::Assistant) {
        QString refusal;
        if (!optionalString(message, path, "refusal"_L1, &refusal, error)
            || !readToolCalls(message, path, &out.parts, error)) {
            return std::nullopt;
        }
        if (!refusal.isEmpty())
            out.parts.append({Core::ContentPart::Kind::Refusal, refusal, {}, {}, {}, {}});
    }
    if (out.role == Core::Role::Tool) {
        if (!optionalString(message, path, "tool_call_id"_L1, &out.toolCallId, error))
            return std::nullopt;
        if (out.toolCallId.isEmpty()) {
            fail(error, Tr::tr("The member \"%1.tool_call_id\" is missing: a tool message must "
                               "name the call it answers.")
                            .arg(path));
            return std::nullopt;
        }
    }
    return turn;
}

bool readInteger(const QJsonObject &body, QLatin1StringView key, std::optional<int> *out,
                 QString *error)
{
    const QJsonValue value = body.value(key);
    if (isAbsent(value))
        return true;
    const double number = value.toDouble();
    if (!value.isDouble() || number != double(qint64(number)) || number < 0 || number > INT_MAX)
        return wrongType(error, key, Tr::tr("a whole number"));
    *out = int(number);
    return true;
}

bool readNumber(const QJsonObject &body, QLatin1StringView key, std::optional<double> *out,
                QString *error)
{
    const QJsonValue value = body.value(key);
    if (isAbsent(value))
        return true;
    if (!value.isDouble())
        return wrongType(error, key, Tr::tr("a number"));
    *out = value.toDouble();
    return true;
}

bool readStop(const QJsonObject &body, QStringList *out, QString *error)
{
    const QJsonValue value = body.value("stop"_L1);
    if (isAbsent(value))
        return true;
    if (value.isString()) {
        *out = {value.toString()};
        return true;
    }
    if (!value.isArray())
        return wrongType(error, u"stop"_s, Tr::tr("text or a list of text"));
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isString())
            return wrongType(error, u"stop[%1]"_s.arg(i), textType());
        out->append(list.at(i).toString());
    }
    return true;
}

} // namespace

std::optional<Store::StoredConversation> conversationFromMessages(const QJsonArray &messages,
                                                                  QString *error)
{
    Store::StoredConversation conversation;
    QStringList systemPrompt;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QString path = u"messages[%1]"_s.arg(i);
        if (!messages.at(i).isObject()) {
            wrongType(error, path, Tr::tr("an object"));
            return std::nullopt;
        }
        std::optional<Core::Turn> turn = readMessage(messages.at(i).toObject(), path, error);
        if (!turn)
            return std::nullopt;
        // The instructions before the conversation are the system prompt; one later in it
        // belongs where it was said.
        if (turn->message.role == Core::Role::System && conversation.turns.isEmpty()) {
            systemPrompt.append(turn->message.text());
            continue;
        }
        if (conversation.title.isEmpty() && turn->isUser())
            conversation.title = Store::titleFor(turn->message.text());
        conversation.turns.append(*std::move(turn));
    }
    conversation.settings.params.systemPrompt = systemPrompt.join("\n\n"_L1);
    return conversation;
}

std::optional<Store::StoredConversation> conversationFromChatBody(const QJsonObject &body,
                                                                  QString *error)
{
    const QJsonValue messages = body.value("messages"_L1);
    if (!messages.isArray()) {
        wrongType(error, u"messages"_s, Tr::tr("a list"));
        return std::nullopt;
    }
    std::optional<Store::StoredConversation> conversation
        = conversationFromMessages(messages.toArray(), error);
    if (!conversation)
        return std::nullopt;

    Core::ChatSettings &settings = conversation->settings;
    Core::GenerationParams &params = settings.params;
    std::optional<int> maxCompletionTokens;
    const QJsonValue stream = body.value("stream"_L1);
    if (!optionalString(body, QString(), "model"_L1, &settings.model, error)
        || !readInteger(body, "max_tokens"_L1, &params.maxTokens, error)
        || !readInteger(body, "max_completion_tokens"_L1, &maxCompletionTokens, error)
        || !readNumber(body, "temperature"_L1, &params.temperature, error)
        || !readNumber(body, "top_p"_L1, &params.topP, error)
        || !readStop(body, &params.stop, error)) {
        return std::nullopt;
    }
    if (!isAbsent(stream) && !stream.isBool()) {
        wrongType(error, u"stream"_s, Tr::tr("true or false"));
        return std::nullopt;
    }
    if (!params.maxTokens)
        params.maxTokens = maxCompletionTokens;
    // The replies in a request body are, as far as it says, that model's: retrying one asks it.
    for (Core::Turn &turn : conversation->turns) {
        if (turn.message.role == Core::Role::Assistant)
            turn.model = settings.model;
    }
    // The body is the request as it was sent: not streamed unless it says so.
    params.stream = stream.toBool(false);

    // What Parlance has no field for still goes with the next request. stream_options is
    // Parlance's to add when it streams.
    static const QStringList known = {
        u"messages"_s, u"model"_s, u"max_tokens"_s, u"max_completion_tokens"_s, u"temperature"_s,
        u"top_p"_s,    u"stop"_s,  u"stream"_s,     u"stream_options"_s,
    };
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!known.contains(it.key()))
            params.extra.insert(it.key(), it.value());
    }
    if (maxCompletionTokens && params.maxTokens != maxCompletionTokens)
        params.extra.insert("max_completion_tokens"_L1, *maxCompletionTokens);
    return conversation;
}

} // namespace Parlance::Export
