#include "config/keychainbackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QStringList>

namespace Parlance::Config {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Config::SecretStore)
};

QStringList moduleDirectories()
{
    const QString fromEnvironment = qEnvironmentVariable("PARLANCE_PLUGIN_DIR");
    if (!fromEnvironment.isEmpty())
        return {fromEnvironment};
    QStringList dirs;
#ifdef PARLANCE_BUILD_PLUGIN_DIR
    dirs << QStringLiteral(PARLANCE_BUILD_PLUGIN_DIR);
#endif
#ifdef PARLANCE_INSTALL_PLUGIN_DIR
    dirs << QStringLiteral(PARLANCE_INSTALL_PLUGIN_DIR);
#endif
    // A relocated install: bin/ beside lib/parlance/.
    if (QCoreApplication::instance())
        dirs << QCoreApplication::applicationDirPath() + QStringLiteral("/../lib/parlance");
    return dirs;
}

struct Loaded
{
    KeychainBackend *backend = nullptr;
    QString error;
};

Loaded load()
{
    const QString fileName = QStringLiteral("parlance-keychain.so");
    const QStringList dirs = moduleDirectories();
    QStringList failures;
    for (const QString &dir : dirs) {
        const QString path = QDir(dir).filePath(fileName);
        if (!QFileInfo::exists(path))
            continue;
        QLibrary library(path);
        library.setLoadHints(QLibrary::PreventUnloadHint);
        const auto entry
            = reinterpret_cast<KeychainBackendEntry>(library.resolve(kKeychainBackendEntryName));
        if (!entry) {
            failures << library.errorString();
            continue;
        }
        if (KeychainBackend *backend = entry(kKeychainBackendVersion))
            return {backend, {}};
        failures << Tr::tr("%1 was built for another version of Parlance.")
                        .arg(QDir::toNativeSeparators(path));
    }
    if (failures.isEmpty()) {
        QStringList shown;
        for (const QString &dir : dirs)
            shown << QDir::toNativeSeparators(QDir::cleanPath(dir));
        return {nullptr, Tr::tr("The keychain module %1 was not found in %2.")
                             .arg(fileName, shown.join(QStringLiteral(", ")))};
    }
    return {nullptr, Tr::tr("The keychain module could not be loaded: %1")
                         .arg(failures.join(QStringLiteral("; ")))};
}

} // namespace

KeychainBackend *keychainBackend(QString *error)
{
    static const Loaded loaded = load(); // once per process; the module stays loaded
    if (!loaded.backend && error)
        *error = loaded.error;
    return loaded.backend;
}

} // namespace Parlance::Config
