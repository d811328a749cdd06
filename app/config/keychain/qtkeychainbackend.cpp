// The parlance-keychain module: KeychainBackend over QtKeychain. Loaded on first use by
// Config::keychainBackend(), so only processes that touch the keychain map QtKeychain and what it
// brings (QtDBus, libdbus, libsecret).

#include "config/keychainbackend.h"

#include <QObject>
#include <qt6keychain/keychain.h>

namespace Parlance::Config {

namespace {

// QtKeychain reports a missing Secret Service as OtherError (sometimes AccessDenied) carrying
// the GLib/D-Bus message: no session bus ("Cannot autolaunch D-Bus without X11 $DISPLAY",
// "Could not connect: ..."), nobody owning org.freedesktop.secrets, or a daemon without a login
// collection ("Object does not exist at path /org/freedesktop/secrets/collection/login").
// Other failures (a locked keyring the user would not open, a denied prompt) are reported, not
// papered over with a file.
bool keychainUnavailable(QKeychain::Error code, const QString &message)
{
    switch (code) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return true;
    case QKeychain::OtherError:
    case QKeychain::AccessDenied: {
        static const QLatin1StringView markers[] = {
            QLatin1StringView("D-Bus"),
            QLatin1StringView("DBus"),
            QLatin1StringView("Could not connect"),
            QLatin1StringView("org.freedesktop.secrets"),
            QLatin1StringView("/org/freedesktop/secrets"),
            QLatin1StringView("secret service"),
        };
        for (QLatin1StringView marker : markers) {
            if (message.contains(marker, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
        return false;
    }
    return false;
}

KeychainOutcome outcomeOf(const QKeychain::Job &job)
{
    KeychainOutcome outcome;
    const QKeychain::Error code = job.error();
    if (code == QKeychain::NoError)
        outcome.status = KeychainOutcome::Status::Ok;
    else if (code == QKeychain::EntryNotFound)
        outcome.status = KeychainOutcome::Status::NotFound;
    else if (keychainUnavailable(code, job.errorString()))
        outcome.status = KeychainOutcome::Status::Unavailable;
    else
        outcome.status = KeychainOutcome::Status::Failed;
    if (outcome.status != KeychainOutcome::Status::Ok)
        outcome.message = job.errorString();
    return outcome;
}

// Jobs are not children of `context`: a job deleted while its D-Bus call is in flight would be
// called back after its death. They delete themselves when done; `context` drops their answer.
template<typename Job>
void run(Job *job, const QString &key, QObject *context, KeychainBackend::Done done)
{
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        KeychainOutcome outcome = outcomeOf(*job);
        if constexpr (std::is_same_v<Job, QKeychain::ReadPasswordJob>) {
            if (outcome.status == KeychainOutcome::Status::Ok)
                outcome.secret = job->textData();
        }
        if (done)
            done(outcome);
    });
    job->start();
}

class QtKeychainBackend final : public KeychainBackend
{
public:
    void read(const QString &service, const QString &key, QObject *context, Done done) override
    {
        run(new QKeychain::ReadPasswordJob(service), key, context, std::move(done));
    }

    void write(const QString &service, const QString &key, const QString &secret, QObject *context,
               Done done) override
    {
        auto *job = new QKeychain::WritePasswordJob(service);
        job->setTextData(secret);
        run(job, key, context, std::move(done));
    }

    void remove(const QString &service, const QString &key, QObject *context, Done done) override
    {
        run(new QKeychain::DeletePasswordJob(service), key, context, std::move(done));
    }
};

} // namespace

} // namespace Parlance::Config

extern "C" Q_DECL_EXPORT Parlance::Config::KeychainBackend *parlance_keychain_backend(int version)
{
    if (version != Parlance::Config::kKeychainBackendVersion)
        return nullptr;
    static Parlance::Config::QtKeychainBackend backend;
    return &backend;
}
