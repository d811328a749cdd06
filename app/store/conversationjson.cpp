#include "store/conversationjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

#include <climits>

namespace Parlance::Store {

namespace {

using namespace Qt::StringLiterals;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Store::ConversationJson)
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// The members of one JSON object, named in messages by their path ("parts[2].kind") so a
// damaged file can be found by hand. Absent and null both mean "not there": the target keeps
// its default. Anything else must have the right type.
class Members
{
public:
    Members(const QJsonObject &object, QString path) : m_object(object), m_path(std::move(path)) {}

    QString path(QLatin1StringView key) const
    {
        return m_path.isEmpty() ? QString(key) : m_path + u'.' + key;
    }

    static bool isAbsent(const QJsonValue &value) { return value.isUndefined() || value.isNull(); }

    bool has(QLatin1StringView key) const { return !isAbsent(m_object.value(key)); }

    bool string(QLatin1StringView key, QString *out, QString *error) const
    {
        const QJsonValue value = m_object.value(key);
        if (isAbsent(value))
            return true;
        if (!value.isString())
            return fail(error, Tr::tr("The member \"%1\" should be text.").arg(path(key)));
        *out = value.toString();
        return true;
    }

    bool boolean(QLatin1StringView key, bool *out, QString *error) const
    {
        const QJsonValue value = m_object.value(key);
        if (isAbsent(value))
            return true;
        if (!value.isBool())
            return fail(error, Tr::tr("The member \"%1\" should be true or false.").arg(path(key)));
        *out = value.toBool();
        return true;
    }

    bool integer(QLatin1StringView key, std::optional<qint64> *out, QString *error) const
    {
        const QJsonValue value = m_object.value(key);
        if (isAbsent(value))
            return true;
        // toInteger() answers 0 for a fraction or an overflow; comparing with the double
        // catches both.
        const qint64 whole = value.toInteger();
        if (!value.isDouble() || double(whole) != value.toDouble())
            return fail(error,
                        Tr::tr("The member \"%1\" should be a whole number.").arg(path(key)));
        *out = whole;
        return true;
    }

    bool number(QLatin1StringView key, std::optional<double> *out, QString *error) const
    {
        const QJsonValue value = m_object.value(key);
        if (isAbsent(value))
            return true;
        if (!value.isDouble())
            return fail(error, Tr::tr("The member \"%1\" should be a number.").arg(path(key)));
        *out = value.toDouble();
        return true;
    }

    bool object(QLatin1StringView key, std::optional<QJsonObject> *out, QString *error) const
    {
        const QJsonValue value = m_object.value(key);
        if (isAbsent(value))
            return true;
        if (!value.isObject())
            return fail(error, Tr::tr("The member \"%1\" should be an object.").arg(path(key)));
        *out = value.toObject();
        return true;
    }

    bool array(QLatin1StringView key, std::optional<QJsonArray> *out, QString *error) const
    {
        const QJsonValue value = m_object.value(key);
        if (isAbsent(value))
            return true;
        if (!value.isArray())
            return fail(error, Tr::tr("The member \"%1\" should be a list.").arg(path(key)));
        *out = value.toArray();
        return true;
    }

    bool unknownValue(QLatin1StringView key, const QString &value, QString *error) const
    {
        return fail(
            error, Tr::tr("The member \"%1\" has the unknown value \"%2\".").arg(path(key), value));
    }

private:
    QJsonObject m_object;
    QString m_path;
};

void putString(QJsonObject &json, QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty())
        json.insert(key, value);
}

template<typename T>
void putOptional(QJsonObject &json, QLatin1StringView key, const std::optional<T> &value)
{
    if (value)
        json.insert(key, *value);
}

// Names written to the file: a renamed enumerator must not change what older files mean.
template<typename Enum>
struct Names
{
    Enum value;
    QLatin1StringView name;
};

constexpr Names<Core::Role> kRoles[] = {
    {Core::Role::System, "system"_L1},
    {Core::Role::User, "user"_L1},
    {Core::Role::Assistant, "assistant"_L1},
    {Core::Role::Tool, "tool"_L1},
};

constexpr Names<Core::ContentPart::Kind> kPartKinds[] = {
    {Core::ContentPart::Kind::Text, "text"_L1},
    {Core::ContentPart::Kind::Reasoning, "reasoning"_L1},
    {Core::ContentPart::Kind::ToolCall, "tool_call"_L1},
    {Core::ContentPart::Kind::Refusal, "refusal"_L1},
};

constexpr Names<Core::ApiError::Kind> kErrorKinds[] = {
    {Core::ApiError::Kind::Http, "http"_L1},
    {Core::ApiError::Kind::Stream, "stream"_L1},
    {Core::ApiError::Kind::Protocol, "protocol"_L1},
    {Core::ApiError::Kind::Network, "network"_L1},
    {Core::ApiError::Kind::Timeout, "timeout"_L1},
    {Core::ApiError::Kind::Cancelled, "cancelled"_L1},
};

template<typename Enum, size_t N>
QString nameOf(const Names<Enum> (&names)[N], Enum value)
{
    for (const Names<Enum> &entry : names) {
        if (entry.value == value)
            return QString(entry.name);
    }
    return {};
}

template<typename Enum, size_t N>
std::optional<Enum> valueOf(const Names<Enum> (&names)[N], const QString &name)
{
    for (const Names<Enum> &entry : names) {
        if (entry.name == name)
            return entry.value;
    }
    return std::nullopt;
}

// Reads the enum member `key`; `required` makes an absent member an error instead of leaving
// `out` at its default.
template<typename Enum, size_t N>
bool readEnum(const Members &members, QLatin1StringView key, const Names<Enum> (&names)[N],
              bool required, Enum *out, QString *error)
{
    if (!members.has(key)) {
        if (required)
            return fail(error, Tr::tr("The member \"%1\" is missing.").arg(members.path(key)));
        return true;
    }
    QString name;
    if (!members.string(key, &name, error))
        return false;
    const std::optional<Enum> value = valueOf(names, name);
    if (!value)
        return members.unknownValue(key, name, error);
    *out = *value;
    return true;
}

bool readApi(const Members &members, QLatin1StringView key, Core::ApiKind *out, QString *error)
{
    if (!members.has(key))
        return true;
    QString name;
    if (!members.string(key, &name, error))
        return false;
    const std::optional<Core::ApiKind> api = Core::apiKindFromName(name);
    if (!api)
        return members.unknownValue(key, name, error);
    *out = *api;
    return true;
}

QJsonObject partToJson(const Core::ContentPart &part)
{
    // Every field is written whatever the kind, so any part reads back equal.
    QJsonObject json{{"kind"_L1, nameOf(kPartKinds, part.kind)}};
    putString(json, "text"_L1, part.text);
    putString(json, "signature"_L1, part.signature);
    putString(json, "id"_L1, part.toolCallId);
    putString(json, "name"_L1, part.toolName);
    putString(json, "arguments"_L1, part.toolArguments);
    return json;
}

std::optional<Core::ContentPart> partFromJson(const QJsonObject &json, const QString &path,
                                              QString *error)
{
    const Members members(json, path);
    Core::ContentPart part;
    if (!readEnum(members, "kind"_L1, kPartKinds, true, &part.kind, error)
        || !members.string("text"_L1, &part.text, error)
        || !members.string("signature"_L1, &part.signature, error)
        || !members.string("id"_L1, &part.toolCallId, error)
        || !members.string("name"_L1, &part.toolName, error)
        || !members.string("arguments"_L1, &part.toolArguments, error)) {
        return std::nullopt;
    }
    return part;
}

QJsonObject usageToJson(const Core::Usage &usage)
{
    QJsonObject json;
    putOptional(json, "input_tokens"_L1, usage.inputTokens);
    putOptional(json, "output_tokens"_L1, usage.outputTokens);
    putOptional(json, "total_tokens"_L1, usage.totalTokens);
    putOptional(json, "reasoning_tokens"_L1, usage.reasoningTokens);
    putOptional(json, "cached_input_tokens"_L1, usage.cachedInputTokens);
    return json;
}

bool usageFromJson(const QJsonObject &json, Core::Usage *usage, QString *error)
{
    const Members members(json, u"usage"_s);
    return members.integer("input_tokens"_L1, &usage->inputTokens, error)
           && members.integer("output_tokens"_L1, &usage->outputTokens, error)
           && members.integer("total_tokens"_L1, &usage->totalTokens, error)
           && members.integer("reasoning_tokens"_L1, &usage->reasoningTokens, error)
           && members.integer("cached_input_tokens"_L1, &usage->cachedInputTokens, error);
}

QJsonObject metricsToJson(const Core::ReplyMetrics &metrics)
{
    QJsonObject json;
    putOptional(json, "ttft_ms"_L1, metrics.timeToFirstTokenMs);
    putOptional(json, "total_ms"_L1, metrics.totalMs);
    putOptional(json, "output_tokens"_L1, metrics.outputTokens);
    return json;
}

bool metricsFromJson(const QJsonObject &json, Core::ReplyMetrics *metrics, QString *error)
{
    const Members members(json, u"metrics"_s);
    return members.integer("ttft_ms"_L1, &metrics->timeToFirstTokenMs, error)
           && members.integer("total_ms"_L1, &metrics->totalMs, error)
           && members.integer("output_tokens"_L1, &metrics->outputTokens, error);
}

QJsonObject errorToJson(const Core::ApiError &apiError)
{
    QJsonObject json{{"kind"_L1, nameOf(kErrorKinds, apiError.kind)}};
    if (apiError.httpStatus != 0)
        json.insert("http_status"_L1, apiError.httpStatus);
    putString(json, "code"_L1, apiError.code);
    putString(json, "type"_L1, apiError.type);
    putString(json, "message"_L1, apiError.message);
    putString(json, "param"_L1, apiError.param);
    putOptional(json, "retry_after_seconds"_L1, apiError.retryAfterSeconds);
    // The raw body need not be UTF-8 (a proxy's error page, a cut multi-byte character).
    if (!apiError.raw.isEmpty())
        json.insert("raw"_L1, QString::fromLatin1(apiError.raw.toBase64()));
    return json;
}

bool errorFromJson(const QJsonObject &json, Core::ApiError *apiError, QString *error)
{
    const Members members(json, u"error"_s);
    std::optional<qint64> status;
    QString raw;
    if (!readEnum(members, "kind"_L1, kErrorKinds, false, &apiError->kind, error)
        || !members.integer("http_status"_L1, &status, error)
        || !members.string("code"_L1, &apiError->code, error)
        || !members.string("type"_L1, &apiError->type, error)
        || !members.string("message"_L1, &apiError->message, error)
        || !members.string("param"_L1, &apiError->param, error)
        || !members.number("retry_after_seconds"_L1, &apiError->retryAfterSeconds, error)
        || !members.string("raw"_L1, &raw, error)) {
        return false;
    }
    if (status) {
        if (*status < INT_MIN || *status > INT_MAX)
            return fail(
                error,
                Tr::tr("The member \"%1\" is out of range.").arg(members.path("http_status"_L1)));
        apiError->httpStatus = int(*status);
    }
    if (!raw.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            raw.toLatin1(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return fail(error,
                        Tr::tr("The member \"%1\" should be base64.").arg(members.path("raw"_L1)));
        apiError->raw = decoded.decoded;
    }
    return true;
}

} // namespace

QJsonObject turnToJson(const Core::Turn &turn)
{
    const Core::Message &message = turn.message;
    QJsonArray parts;
    for (const Core::ContentPart &part : message.parts)
        parts.append(partToJson(part));

    QJsonObject json{
        {"role"_L1, nameOf(kRoles, message.role)},
        {"parts"_L1, parts},
        {"api"_L1, Core::apiKindName(turn.api)},
    };
    putString(json, "tool_call_id"_L1, message.toolCallId);
    if (message.incomplete)
        json.insert("incomplete"_L1, true);
    putString(json, "model"_L1, turn.model);
    if (const QJsonObject usage = usageToJson(turn.usage); !usage.isEmpty())
        json.insert("usage"_L1, usage);
    if (const QJsonObject metrics = metricsToJson(turn.metrics); !metrics.isEmpty())
        json.insert("metrics"_L1, metrics);
    putString(json, "finish_reason"_L1, turn.finishReason);
    if (turn.error)
        json.insert("error"_L1, errorToJson(*turn.error));
    return json;
}

std::optional<Core::Turn> turnFromJson(const QJsonObject &json, QString *error)
{
    const Members members(json, QString());
    Core::Turn turn;
    Core::Message &message = turn.message;
    std::optional<QJsonArray> parts;
    std::optional<QJsonObject> usage;
    std::optional<QJsonObject> metrics;
    std::optional<QJsonObject> apiError;
    if (!readEnum(members, "role"_L1, kRoles, true, &message.role, error)
        || !members.array("parts"_L1, &parts, error)
        || !members.string("tool_call_id"_L1, &message.toolCallId, error)
        || !members.boolean("incomplete"_L1, &message.incomplete, error)
        || !members.string("model"_L1, &turn.model, error)
        || !readApi(members, "api"_L1, &turn.api, error)
        || !members.object("usage"_L1, &usage, error)
        || !members.object("metrics"_L1, &metrics, error)
        || !members.string("finish_reason"_L1, &turn.finishReason, error)
        || !members.object("error"_L1, &apiError, error)) {
        return std::nullopt;
    }

    if (parts) {
        for (qsizetype i = 0; i < parts->size(); ++i) {
            const QString path = u"parts[%1]"_s.arg(i);
            const QJsonValue value = parts->at(i);
            if (!value.isObject()) {
                fail(error, Tr::tr("The member \"%1\" should be an object.").arg(path));
                return std::nullopt;
            }
            std::optional<Core::ContentPart> part = partFromJson(value.toObject(), path, error);
            if (!part)
                return std::nullopt;
            message.parts.append(*std::move(part));
        }
    }
    if (usage && !usageFromJson(*usage, &turn.usage, error))
        return std::nullopt;
    if (metrics && !metricsFromJson(*metrics, &turn.metrics, error))
        return std::nullopt;
    if (apiError) {
        turn.error.emplace();
        if (!errorFromJson(*apiError, &*turn.error, error))
            return std::nullopt;
    }
    return turn;
}

QJsonObject settingsToJson(const Core::ChatSettings &settings)
{
    const Core::GenerationParams &params = settings.params;
    QJsonObject json{
        {"model"_L1, settings.model},
        {"api"_L1, Core::apiKindName(settings.api)},
        {"stream"_L1, params.stream},
    };
    putString(json, "system_prompt"_L1, params.systemPrompt);
    putOptional(json, "max_tokens"_L1, params.maxTokens);
    putOptional(json, "temperature"_L1, params.temperature);
    putOptional(json, "top_p"_L1, params.topP);
    if (!params.stop.isEmpty())
        json.insert("stop"_L1, QJsonArray::fromStringList(params.stop));
    if (!params.extra.isEmpty())
        json.insert("extra"_L1, params.extra);
    return json;
}

std::optional<Core::ChatSettings> settingsFromJson(const QJsonObject &json, QString *error)
{
    const Members members(json, QString());
    Core::ChatSettings settings;
    Core::GenerationParams &params = settings.params;
    std::optional<qint64> maxTokens;
    std::optional<QJsonArray> stop;
    std::optional<QJsonObject> extra;
    if (!members.string("model"_L1, &settings.model, error)
        || !readApi(members, "api"_L1, &settings.api, error)
        || !members.boolean("stream"_L1, &params.stream, error)
        || !members.string("system_prompt"_L1, &params.systemPrompt, error)
        || !members.integer("max_tokens"_L1, &maxTokens, error)
        || !members.number("temperature"_L1, &params.temperature, error)
        || !members.number("top_p"_L1, &params.topP, error)
        || !members.array("stop"_L1, &stop, error) || !members.object("extra"_L1, &extra, error)) {
        return std::nullopt;
    }
    if (maxTokens) {
        if (*maxTokens < INT_MIN || *maxTokens > INT_MAX) {
            fail(error, Tr::tr("The member \"%1\" is out of range.").arg(u"max_tokens"_s));
            return std::nullopt;
        }
        params.maxTokens = int(*maxTokens);
    }
    if (stop) {
        for (qsizetype i = 0; i < stop->size(); ++i) {
            const QJsonValue value = stop->at(i);
            if (!value.isString()) {
                fail(error, Tr::tr("The member \"%1\" should be text.").arg(u"stop[%1]"_s.arg(i)));
                return std::nullopt;
            }
            params.stop.append(value.toString());
        }
    }
    if (extra)
        params.extra = *extra;
    return settings;
}

} // namespace Parlance::Store
