#pragma once

#include <QString>
#include <QStringList>

namespace Parlance::Ui {

// Favourite and recently used model names, per connection name, in an INI file beside the
// other settings. A value class: cheap to copy, every call reads or writes the file through
// QSettings, so two pickers on the same file see each other's changes.
class ModelPreferences
{
public:
    explicit ModelPreferences(QString filePath = defaultFilePath());

    // QStandardPaths::AppConfigLocation + "/model-preferences.ini"
    static QString defaultFilePath();

    QString filePath() const { return m_filePath; }

    // An empty connection name is the ad-hoc connection (flags or environment, no profile).
    QStringList favourites(const QString &connection) const; // in the order they were added
    void setFavourites(const QString &connection, const QStringList &names);

    QStringList recents(const QString &connection) const; // most recent first
    void setRecents(const QString &connection, const QStringList &names);

    static constexpr int maxRecents = 5;

private:
    QStringList read(const QString &connection, const QString &key) const;
    void write(const QString &connection, const QString &key, const QStringList &names);

    QString m_filePath;
};

} // namespace Parlance::Ui
