#include "settings/networkoptionsstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Parlance::Ui {

namespace {

constexpr int kFormatVersion = 1;

QString proxyName(NetworkOptions::Proxy proxy)
{
    switch (proxy) {
    case NetworkOptions::Proxy::System:
        return QStringLiteral("system");
    case NetworkOptions::Proxy::None:
        return QStringLiteral("none");
    case NetworkOptions::Proxy::Manual:
        return QStringLiteral("manual");
    }
    return {};
}

NetworkOptions::Proxy proxyFromName(const QString &name)
{
    if (name == QLatin1StringView("none"))
        return NetworkOptions::Proxy::None;
    if (name == QLatin1StringView("manual"))
        return NetworkOptions::Proxy::Manual;
    return NetworkOptions::Proxy::System;
}

} // namespace

NetworkOptionsStore::NetworkOptionsStore(QString filePath) : m_filePath(std::move(filePath)) {}

QString NetworkOptionsStore::pathBeside(const QString &profileFile)
{
    return QFileInfo(profileFile).absolutePath() + QStringLiteral("/connection-network.json");
}

QMap<QString, NetworkOptions> NetworkOptionsStore::load() const
{
    QMap<QString, NetworkOptions> result;
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    const QJsonObject connections = QJsonDocument::fromJson(file.readAll())
                                        .object()
                                        .value(QLatin1StringView("connections"))
                                        .toObject();
    for (auto it = connections.begin(); it != connections.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        NetworkOptions options;
        options.proxy = proxyFromName(entry.value(QLatin1StringView("proxy")).toString());
        options.proxyHost = entry.value(QLatin1StringView("proxyHost")).toString();
        options.proxyPort = entry.value(QLatin1StringView("proxyPort")).toInt(options.proxyPort);
        options.caFile = entry.value(QLatin1StringView("caFile")).toString();
        result.insert(it.key(), options);
    }
    return result;
}

bool NetworkOptionsStore::save(const QMap<QString, NetworkOptions> &options)
{
    m_lastError.clear();
    QJsonObject connections;
    for (auto it = options.begin(); it != options.end(); ++it) {
        if (it->isDefault())
            continue;
        QJsonObject entry;
        entry.insert(QLatin1StringView("proxy"), proxyName(it->proxy));
        if (it->proxy == NetworkOptions::Proxy::Manual) {
            entry.insert(QLatin1StringView("proxyHost"), it->proxyHost);
            entry.insert(QLatin1StringView("proxyPort"), it->proxyPort);
        }
        if (!it->caFile.isEmpty())
            entry.insert(QLatin1StringView("caFile"), it->caFile);
        connections.insert(it.key(), entry);
    }
    QJsonObject root;
    root.insert(QLatin1StringView("version"), kFormatVersion);
    root.insert(QLatin1StringView("connections"), connections);

    const QString nativePath = QDir::toNativeSeparators(m_filePath);
    if (!QDir().mkpath(QFileInfo(m_filePath).absolutePath())) {
        m_lastError = tr("Cannot create the folder for %1.").arg(nativePath);
        return false;
    }
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        m_lastError = tr("Cannot write %1: %2").arg(nativePath, file.errorString());
        return false;
    }
    file.write(QJsonDocument(root).toJson());
    if (!file.commit()) {
        m_lastError = tr("Cannot write %1 (%2); the previous file is unchanged.")
                          .arg(nativePath, file.errorString());
        return false;
    }
    return true;
}

} // namespace Parlance::Ui
