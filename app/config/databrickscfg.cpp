#include "config/databrickscfg.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace Parlance::Config {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Config::DatabricksCfg)
};

const QString kSettingsSection = QStringLiteral("__settings__");
const QString kDefaultSection = QStringLiteral("DEFAULT");

qsizetype leadingSpace(const QString &line)
{
    qsizetype n = 0;
    while (n < line.size() && line.at(n).isSpace())
        ++n;
    return n;
}

// Opening a FIFO blocks until a writer comes, reading a socket until it sends.
bool isStream(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat status;
    return ::stat(QFile::encodeName(path).constData(), &status) == 0
           && (S_ISFIFO(status.st_mode) || S_ISSOCK(status.st_mode));
#else
    Q_UNUSED(path);
    return false;
#endif
}

} // namespace

QString normalizeHost(const QString &host)
{
    QString text = host.trimmed();
    if (text.isEmpty())
        return text;
    if (!text.contains(QLatin1StringView("://")))
        text.prepend(QLatin1StringView("https://"));
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

QString DatabricksCfgProfile::host() const
{
    return normalizeHost(values.value(QStringLiteral("host")));
}

QString DatabricksCfgProfile::token() const
{
    return values.value(QStringLiteral("token"));
}

QString DatabricksCfg::defaultPath(const QProcessEnvironment &env)
{
    QString home = env.value(QStringLiteral("HOME"));
    if (home.isEmpty())
        home = QDir::homePath();
    const QString configured = env.value(QStringLiteral("DATABRICKS_CONFIG_FILE"));
    if (configured.isEmpty())
        return home + QStringLiteral("/.databrickscfg");
    // The SDKs run the variable through expanduser(); a shell only expands an unquoted ~.
    if (configured == QLatin1StringView("~"))
        return home;
    if (configured.startsWith(QLatin1StringView("~/")))
        return home + configured.mid(1);
    return configured;
}

DatabricksCfg DatabricksCfg::load(const QString &path, QString *error)
{
    if (error)
        error->clear();
    QFile file(path);
    if (!file.exists()) {
        DatabricksCfg empty;
        empty.m_path = path;
        return empty;
    }
    const auto refuse = [&path, error](const QString &why) {
        if (error)
            *error = Tr::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), why);
        DatabricksCfg empty;
        empty.m_path = path;
        return empty;
    };
    const auto tooLarge = [] {
        return Tr::tr("it is larger than %1 KiB, too large for a Databricks configuration file")
            .arg(MaxFileBytes / 1024);
    };
    if (QFileInfo(path).isDir())
        return refuse(Tr::tr("it is a directory"));
    if (isStream(path))
        return refuse(Tr::tr("it is not a file"));
    if (!file.open(QIODevice::ReadOnly))
        return refuse(file.errorString());
    if (file.size() > MaxFileBytes)
        return refuse(tooLarge());
    // A device reports no size: read one byte more than allowed to know.
    const QByteArray content = file.read(MaxFileBytes + 1);
    if (content.size() > MaxFileBytes)
        return refuse(tooLarge());
    DatabricksCfg cfg = parse(content, error);
    cfg.m_path = path;
    if (error && !error->isEmpty())
        *error = QDir::toNativeSeparators(path) + QStringLiteral(": ") + *error;
    return cfg;
}

DatabricksCfg DatabricksCfg::parse(const QByteArray &content, QString *error)
{
    DatabricksCfg cfg;
    QString firstError;
    auto report = [&firstError](qsizetype lineNumber, const QString &what) {
        if (firstError.isEmpty())
            firstError = Tr::tr("line %1: %2").arg(lineNumber).arg(what);
    };

    QString text = QString::fromUtf8(content);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    const QStringList lines = text.split(QLatin1Char('\n'));

    qsizetype section = -1;                 // index into m_sections
    QHash<QString, qsizetype> sectionIndex; // a file of many sections is not quadratic
    QString key;                            // the key a deeper-indented line continues
    qsizetype keyIndent = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            key.clear();
            continue;
        }
        if (trimmed.startsWith(QLatin1Char('#')) || trimmed.startsWith(QLatin1Char(';')))
            continue;

        const qsizetype indent = leadingSpace(line);
        // configparser continues a value on lines indented deeper than its key.
        if (!key.isEmpty() && section >= 0 && indent > keyIndent) {
            QString &value = cfg.m_sections[section].values[key];
            value += QLatin1Char('\n') + trimmed;
            continue;
        }
        key.clear();

        if (trimmed.startsWith(QLatin1Char('['))) {
            const qsizetype close = trimmed.lastIndexOf(QLatin1Char(']'));
            const QString name = close > 0 ? trimmed.mid(1, close - 1).trimmed() : QString();
            if (name.isEmpty()) {
                report(i + 1, Tr::tr("a section header needs a name in [brackets]"));
                section = -1;
                continue;
            }
            // A repeated section adds to the first one.
            section = sectionIndex.value(name, -1);
            if (section < 0) {
                cfg.m_sections.append(DatabricksCfgProfile{name, {}});
                section = cfg.m_sections.size() - 1;
                sectionIndex.insert(name, section);
            }
            continue;
        }

        const qsizetype equals = trimmed.indexOf(QLatin1Char('='));
        const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
        qsizetype split = equals;
        if (split < 0 || (colon >= 0 && colon < split))
            split = colon;
        if (split < 0) {
            report(i + 1, Tr::tr("expected \"key = value\""));
            continue;
        }
        const QString name = trimmed.left(split).trimmed().toLower();
        if (name.isEmpty()) {
            report(i + 1, Tr::tr("a key is missing before \"%1\"").arg(trimmed.at(split)));
            continue;
        }
        if (section < 0) {
            report(i + 1, Tr::tr("\"%1\" is outside any [section]").arg(name));
            continue;
        }
        cfg.m_sections[section].values.insert(name, trimmed.mid(split + 1).trimmed());
        key = name;
        keyIndent = indent;
    }

    if (error)
        *error = firstError;
    return cfg;
}

QStringList DatabricksCfg::profileNames() const
{
    QStringList names;
    for (const DatabricksCfgProfile &section : m_sections) {
        if (section.name == kSettingsSection)
            continue;
        if (section.name == kDefaultSection && section.values.isEmpty())
            continue;
        names.append(section.name);
    }
    return names;
}

std::optional<DatabricksCfgProfile> DatabricksCfg::profile(const QString &name) const
{
    if (!profileNames().contains(name))
        return std::nullopt;
    for (const DatabricksCfgProfile &section : m_sections) {
        if (section.name == name)
            return section;
    }
    return std::nullopt;
}

QString DatabricksCfg::defaultProfileName() const
{
    for (const DatabricksCfgProfile &section : m_sections) {
        if (section.name == kSettingsSection) {
            const QString configured = section.values.value(QStringLiteral("default_profile"));
            if (!configured.isEmpty())
                return configured;
        }
    }
    return profileNames().contains(kDefaultSection) ? kDefaultSection : QString();
}

} // namespace Parlance::Config
