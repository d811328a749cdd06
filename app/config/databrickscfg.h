#pragma once

#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace Parlance::Config {

// One [section] of ~/.databrickscfg. Keys are lower-case, as Python's configparser (which the
// Databricks SDKs use) folds them.
struct DatabricksCfgProfile
{
    QString name;
    QMap<QString, QString> values;

    QString host() const;  // normalized with normalizeHost(); empty when the profile has none
    QString token() const; // empty when the profile has none

    friend bool operator==(const DatabricksCfgProfile &, const DatabricksCfgProfile &) = default;
};

// "adb-1.azuredatabricks.net/" -> "https://adb-1.azuredatabricks.net": the SDKs accept a host
// without a scheme, and a trailing slash would double up when paths are appended.
QString normalizeHost(const QString &host);

// The Databricks CLI/SDK configuration file (tests/data/wire/FACTS.md, e), read by hand because
// QSettings rewrites keys and values holding ';', '#', '"' or '\'.
class DatabricksCfg
{
public:
    // DATABRICKS_CONFIG_FILE (a leading ~/ expanded), else $HOME/.databrickscfg.
    static QString defaultPath(const QProcessEnvironment &env);
    // A missing file is an empty configuration, not an error. *error is set when the file
    // cannot be read, or names the first line that is not INI; the sections that did parse
    // are still returned. A file over MaxFileBytes (a device like /dev/zero, a log picked by
    // mistake) is refused unread, and so is a FIFO or socket, whose opening would block.
    static DatabricksCfg load(const QString &path, QString *error = nullptr);
    static DatabricksCfg parse(const QByteArray &content, QString *error = nullptr);

    // In file order; [__settings__] is not a profile, and [DEFAULT] counts only with keys.
    QStringList profileNames() const;
    std::optional<DatabricksCfgProfile> profile(const QString &name) const;
    // [__settings__] default_profile, else DEFAULT when it has keys, else empty.
    QString defaultProfileName() const;

    QString path() const { return m_path; }

    // Real files hold a few profiles in a few kilobytes.
    static constexpr qint64 MaxFileBytes = 1024 * 1024;

private:
    QList<DatabricksCfgProfile> m_sections; // every section, [__settings__] included
    QString m_path;
};

} // namespace Parlance::Config
