#include "inspector/harcredentials.h"

#include "config/connectionsecrets.h"
#include "config/profilestore.h"
#include "config/secretstore.h"
#include "export/har.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Parlance::Ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Ui::HarCredentials)
};

struct Reading
{
    QPointer<Config::SecretStore> secrets;
    QList<Core::Connection> pending;
    QStringList unserved;
    HarCredentials found;
    std::function<void(const HarCredentials &)> done;
};

void readNext(const std::shared_ptr<Reading> &reading)
{
    if (reading->pending.isEmpty() || !reading->secrets) {
        for (const QString &authority : std::as_const(reading->unserved)) {
            reading->found.problems.append(
                Tr::tr("No saved connection serves %1, so its credentials stay masked.")
                    .arg(authority));
        }
        reading->done(reading->found);
        return;
    }
    const Core::Connection saved = reading->pending.takeFirst();
    Config::readConnectionSecrets(
        reading->secrets, saved.name, saved.auth != Core::Connection::Auth::None,
        Config::headersInKeychain(saved),
        [reading, saved](const Config::ConnectionSecrets &secrets) {
            Core::Connection filled = saved;
            filled.extraHeaders = Config::withSecretValues(saved.extraHeaders, secrets.headers);
            const QString authority = saved.authority();
            if (!reading->found.byAuthority.contains(authority))
                reading->found.byAuthority.insert(authority,
                                                  Export::credentialHeaders(filled, secrets.token));
            reading->found.secretHeaders += saved.secretHeaders;
            if (!secrets.error.isEmpty())
                reading->found.problems.append(secrets.error);
            readNext(reading);
        });
}

} // namespace

HarCredentialReader savedConnectionCredentials(Config::ProfileStore *profiles,
                                               Config::SecretStore *secrets)
{
    return [profiles, secrets](const QStringList &authorities,
                               std::function<void(const HarCredentials &)> done) {
        auto reading = std::make_shared<Reading>();
        reading->secrets = secrets;
        reading->done = std::move(done);
        reading->unserved = authorities;
        for (const Core::Connection &saved : profiles->connections()) {
            if (authorities.contains(saved.authority())) {
                reading->pending.append(saved);
                reading->unserved.removeAll(saved.authority());
            }
        }
        // The answer always comes from the event loop, as the keychain's would.
        QTimer::singleShot(0, secrets, [reading] { readNext(reading); });
    };
}

} // namespace Parlance::Ui
