#include "controls/parameterstore.h"

#include "controls/settingskey.h"

#include <QJsonDocument>
#include <QSettings>
#include <QStandardPaths>

namespace Parlance::Ui {

namespace {

QString groupFor(const QString &connection, const QString &model)
{
    return connectionSettingsGroup(connection) + QStringLiteral("/models/")
           + settingsKeyPart(model);
}

template<typename T>
void setOptional(QSettings *settings, const QString &key, const std::optional<T> &value)
{
    if (value)
        settings->setValue(key, *value);
    else
        settings->remove(key);
}

} // namespace

ParameterStore::ParameterStore(QString filePath) : m_filePath(std::move(filePath)) {}

QString ParameterStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
           + QStringLiteral("/model-parameters.ini");
}

std::optional<ParameterStore::Entry> ParameterStore::load(const QString &connection,
                                                          const QString &model) const
{
    if (model.isEmpty())
        return std::nullopt;
    QSettings settings(m_filePath, QSettings::IniFormat);
    settings.beginGroup(groupFor(connection, model));
    if (settings.childKeys().isEmpty())
        return std::nullopt;
    Entry entry;
    Core::GenerationParams &params = entry.params;
    params.systemPrompt = settings.value(QStringLiteral("systemPrompt")).toString();
    bool ok = false;
    if (const int maxTokens = settings.value(QStringLiteral("maxTokens")).toInt(&ok); ok)
        params.maxTokens = maxTokens;
    if (const double temperature = settings.value(QStringLiteral("temperature")).toDouble(&ok); ok)
        params.temperature = temperature;
    if (const double topP = settings.value(QStringLiteral("topP")).toDouble(&ok); ok)
        params.topP = topP;
    params.stop = settings.value(QStringLiteral("stop")).toStringList();
    params.stream = settings.value(QStringLiteral("stream"), true).toBool();
    params.extra
        = QJsonDocument::fromJson(settings.value(QStringLiteral("extra")).toString().toUtf8())
              .object();
    entry.extraText = settings.value(QStringLiteral("extraText")).toString();
    return entry;
}

void ParameterStore::save(const QString &connection, const QString &model, const Entry &entry)
{
    if (model.isEmpty())
        return;
    QSettings settings(m_filePath, QSettings::IniFormat);
    settings.beginGroup(groupFor(connection, model));
    const Core::GenerationParams &params = entry.params;
    settings.setValue(QStringLiteral("systemPrompt"), params.systemPrompt);
    setOptional(&settings, QStringLiteral("maxTokens"), params.maxTokens);
    setOptional(&settings, QStringLiteral("temperature"), params.temperature);
    setOptional(&settings, QStringLiteral("topP"), params.topP);
    if (params.stop.isEmpty())
        settings.remove(QStringLiteral("stop"));
    else
        settings.setValue(QStringLiteral("stop"), params.stop);
    settings.setValue(QStringLiteral("stream"), params.stream);
    if (params.extra.isEmpty())
        settings.remove(QStringLiteral("extra"));
    else
        settings.setValue(
            QStringLiteral("extra"),
            QString::fromUtf8(QJsonDocument(params.extra).toJson(QJsonDocument::Compact)));
    if (entry.extraText.isEmpty())
        settings.remove(QStringLiteral("extraText"));
    else
        settings.setValue(QStringLiteral("extraText"), entry.extraText);
}

void ParameterStore::remove(const QString &connection, const QString &model)
{
    QSettings settings(m_filePath, QSettings::IniFormat);
    settings.remove(groupFor(connection, model));
}

} // namespace Parlance::Ui
