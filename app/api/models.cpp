#include "api/models.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Parlance::Api {

namespace {

QString stringOf(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

QJsonObject objectOf(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toObject();
}

// Foundation-model endpoints describe the model they serve; other endpoints may describe
// themselves; an external model at least says which provider and model it forwards to.
QString endpointDescription(const QJsonObject &endpoint, const QJsonObject &entity)
{
    const QJsonObject foundation = objectOf(entity, QLatin1StringView("foundation_model"));
    const QString displayName = stringOf(foundation, QLatin1StringView("display_name"));
    const QString about = stringOf(foundation, QLatin1StringView("description"));
    if (!displayName.isEmpty() && !about.isEmpty() && displayName != about)
        return displayName + QLatin1StringView(": ") + about;
    if (!displayName.isEmpty())
        return displayName;
    if (!about.isEmpty())
        return about;
    const QString own = stringOf(endpoint, QLatin1StringView("description"));
    if (!own.isEmpty())
        return own;
    const QJsonObject external = objectOf(entity, QLatin1StringView("external_model"));
    const QString provider = stringOf(external, QLatin1StringView("provider"));
    const QString name = stringOf(external, QLatin1StringView("name"));
    if (!provider.isEmpty() && !name.isEmpty())
        return provider + QLatin1Char('/') + name;
    return name;
}

std::optional<ModelInfo> servingEndpoint(const QJsonObject &endpoint)
{
    ModelInfo info;
    info.name = stringOf(endpoint, QLatin1StringView("name"));
    if (info.name.isEmpty())
        return std::nullopt;
    const QJsonObject config = objectOf(endpoint, QLatin1StringView("config"));
    const QJsonObject entity
        = config.value(QLatin1StringView("served_entities")).toArray().first().toObject();
    info.task = stringOf(endpoint, QLatin1StringView("task"));
    if (info.task.isEmpty()) // external-model endpoints may only say it on the entity
        info.task = stringOf(objectOf(entity, QLatin1StringView("external_model")),
                             QLatin1StringView("task"));
    info.state
        = stringOf(objectOf(endpoint, QLatin1StringView("state")), QLatin1StringView("ready"));
    info.description = endpointDescription(endpoint, entity);
    return info;
}

std::optional<ModelInfo> openAiModel(const QJsonObject &model)
{
    ModelInfo info;
    info.name = stringOf(model, QLatin1StringView("id"));
    if (info.name.isEmpty())
        return std::nullopt;
    info.ownedBy = stringOf(model, QLatin1StringView("owned_by"));
    return info;
}

std::optional<ModelInfo> ollamaModel(const QJsonObject &model)
{
    ModelInfo info;
    info.name = stringOf(model, QLatin1StringView("name"));
    if (info.name.isEmpty())
        info.name = stringOf(model, QLatin1StringView("model"));
    if (info.name.isEmpty())
        return std::nullopt;
    const QJsonObject details = objectOf(model, QLatin1StringView("details"));
    QStringList words;
    for (QLatin1StringView key : {QLatin1StringView("family"), QLatin1StringView("parameter_size"),
                                  QLatin1StringView("quantization_level")}) {
        const QString word = stringOf(details, key);
        if (!word.isEmpty())
            words.append(word);
    }
    info.description = words.join(QLatin1Char(' '));
    return info;
}

} // namespace

Core::HttpRequest buildListModelsRequest(const QUrl &url)
{
    Core::HttpRequest request;
    request.method = QByteArrayLiteral("GET");
    request.url = url;
    request.headers = {{QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    return request;
}

bool parseModelList(const QByteArray &body, QList<ModelInfo> *models)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return false;
    const QJsonObject root = doc.object();

    // llama.cpp answers with both `data` and `models`: `data` is the OpenAI list, so it goes first.
    std::optional<ModelInfo> (*read)(const QJsonObject &) = nullptr;
    QJsonValue list;
    if (root.value(QLatin1StringView("endpoints")).isArray()) {
        read = servingEndpoint;
        list = root.value(QLatin1StringView("endpoints"));
    } else if (root.value(QLatin1StringView("data")).isArray()) {
        read = openAiModel;
        list = root.value(QLatin1StringView("data"));
    } else if (root.value(QLatin1StringView("models")).isArray()) {
        read = ollamaModel;
        list = root.value(QLatin1StringView("models"));
    } else if (!root.isEmpty()) {
        return false;
    }
    // Databricks leaves out empty lists, so a workspace without endpoints answers `{}`.

    QList<ModelInfo> parsed;
    for (const QJsonValue &entry : list.toArray()) {
        if (!entry.isObject())
            continue;
        if (std::optional<ModelInfo> info = read(entry.toObject()))
            parsed.append(std::move(*info));
    }
    if (models)
        *models = std::move(parsed);
    return true;
}

bool parseServingEndpoint(const QByteArray &body, ModelInfo *model)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return false;
    std::optional<ModelInfo> info = servingEndpoint(doc.object());
    if (!info)
        return false;
    if (model)
        *model = std::move(*info);
    return true;
}

} // namespace Parlance::Api
