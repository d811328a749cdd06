#include "controls/modelpreferences.h"

#include "controls/settingskey.h"

#include <QSettings>
#include <QStandardPaths>

namespace Parlance::Ui {

ModelPreferences::ModelPreferences(QString filePath) : m_filePath(std::move(filePath)) {}

QString ModelPreferences::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
           + QStringLiteral("/model-preferences.ini");
}

QStringList ModelPreferences::favourites(const QString &connection) const
{
    return read(connection, QStringLiteral("favourites"));
}

void ModelPreferences::setFavourites(const QString &connection, const QStringList &names)
{
    write(connection, QStringLiteral("favourites"), names);
}

QStringList ModelPreferences::recents(const QString &connection) const
{
    return read(connection, QStringLiteral("recents")).mid(0, maxRecents);
}

void ModelPreferences::setRecents(const QString &connection, const QStringList &names)
{
    write(connection, QStringLiteral("recents"), names.mid(0, maxRecents));
}

QStringList ModelPreferences::read(const QString &connection, const QString &key) const
{
    const QSettings settings(m_filePath, QSettings::IniFormat);
    QStringList names
        = settings.value(connectionSettingsGroup(connection) + u'/' + key).toStringList();
    names.removeAll(QString());
    names.removeDuplicates();
    return names;
}

void ModelPreferences::write(const QString &connection, const QString &key,
                             const QStringList &names)
{
    QSettings settings(m_filePath, QSettings::IniFormat);
    const QString path = connectionSettingsGroup(connection) + u'/' + key;
    if (names.isEmpty())
        settings.remove(path);
    else
        settings.setValue(path, names);
}

} // namespace Parlance::Ui
