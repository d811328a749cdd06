#include "workspace/comparisonsets.h"

#include "store/conversationjson.h"
#include "workspace/comparesession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <algorithm>

namespace Parlance::Workspace {

static const QString kSetsKey = QStringLiteral("compare/sets");

static QJsonObject columnToJson(const Core::CompareColumnSpec &column)
{
    QJsonObject json{{QStringLiteral("model"), column.model}};
    if (column.connectionName)
        json.insert(QStringLiteral("connection"), *column.connectionName);
    if (column.api)
        json.insert(QStringLiteral("api"), Core::apiKindName(*column.api));
    if (column.params) {
        Core::ChatSettings settings;
        settings.params = *column.params;
        // The parameters as the history writes them; model and API are the column's own.
        QJsonObject params = Store::settingsToJson(settings);
        params.remove(QStringLiteral("model"));
        params.remove(QStringLiteral("api"));
        json.insert(QStringLiteral("params"), params);
    }
    return json;
}

static std::optional<Core::CompareColumnSpec> columnFromJson(const QJsonObject &json)
{
    Core::CompareColumnSpec column;
    if (!json.value(u"model").isString())
        return std::nullopt;
    column.model = json.value(u"model").toString();
    if (json.contains(u"connection")) {
        if (!json.value(u"connection").isString())
            return std::nullopt;
        column.connectionName = json.value(u"connection").toString();
    }
    if (json.contains(u"api")) {
        column.api = Core::apiKindFromName(json.value(u"api").toString());
        if (!column.api)
            return std::nullopt;
    }
    if (json.contains(u"params")) {
        QJsonObject params = json.value(u"params").toObject();
        params.insert(QStringLiteral("model"), QString());
        params.insert(QStringLiteral("api"), Core::apiKindName(Core::ApiKind::ChatCompletions));
        const std::optional<Core::ChatSettings> settings = Store::settingsFromJson(params);
        if (!settings)
            return std::nullopt;
        column.params = settings->params;
    }
    return column;
}

ComparisonSets::ComparisonSets(QSettings *settings) : m_settings(settings) {}

QList<Core::ComparisonSet> ComparisonSets::sets() const
{
    QList<Core::ComparisonSet> sets;
    const QJsonArray stored
        = QJsonDocument::fromJson(m_settings->value(kSetsKey).toByteArray()).array();
    for (const QJsonValue &value : stored) {
        const QJsonObject json = value.toObject();
        Core::ComparisonSet set;
        set.name = json.value(u"name").toString();
        bool ok = !set.name.isEmpty();
        for (const QJsonValue &column : json.value(u"columns").toArray()) {
            const std::optional<Core::CompareColumnSpec> spec = columnFromJson(column.toObject());
            ok = ok && spec;
            if (spec)
                set.columns.append(*spec);
        }
        if (ok && set.columns.size() >= CompareSession::kMinColumns
            && set.columns.size() <= CompareSession::kMaxColumns) {
            sets.append(set);
        }
    }
    std::sort(sets.begin(), sets.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return sets;
}

std::optional<Core::ComparisonSet> ComparisonSets::set(const QString &name) const
{
    for (const Core::ComparisonSet &set : sets()) {
        if (set.name == name)
            return set;
    }
    return std::nullopt;
}

bool ComparisonSets::save(const Core::ComparisonSet &set)
{
    if (set.name.trimmed().isEmpty() || set.columns.size() < CompareSession::kMinColumns
        || set.columns.size() > CompareSession::kMaxColumns) {
        return false;
    }
    QList<Core::ComparisonSet> all = sets();
    all.removeIf([&set](const Core::ComparisonSet &other) { return other.name == set.name; });
    all.append(set);
    write(all);
    return true;
}

void ComparisonSets::remove(const QString &name)
{
    QList<Core::ComparisonSet> all = sets();
    all.removeIf([&name](const Core::ComparisonSet &set) { return set.name == name; });
    write(all);
}

void ComparisonSets::write(const QList<Core::ComparisonSet> &sets)
{
    QJsonArray stored;
    for (const Core::ComparisonSet &set : sets) {
        QJsonArray columns;
        for (const Core::CompareColumnSpec &column : set.columns)
            columns.append(columnToJson(column));
        stored.append(
            QJsonObject{{QStringLiteral("name"), set.name}, {QStringLiteral("columns"), columns}});
    }
    m_settings->setValue(kSetsKey, QJsonDocument(stored).toJson(QJsonDocument::Compact));
}

} // namespace Parlance::Workspace
