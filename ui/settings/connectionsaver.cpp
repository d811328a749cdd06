#include "settings/connectionsaver.h"

#include "config/connectionsecrets.h"
#include "config/profilestore.h"
#include "config/signinmethod.h"

#include <QPointer>

#include <optional>

namespace Parlance::Ui {

namespace {

using TokenState = ConnectionDraft::TokenState;

// The keychain entry under the draft's own name already holds the right token.
bool tokenInPlace(const ConnectionDraft &draft)
{
    if (draft.tokenSource != draft.name())
        return false;
    return draft.tokenState != TokenState::Known || !draft.tokenEdited;
}

bool sameName(const QByteArray &a, const QByteArray &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

std::optional<QByteArray> valueOf(const Core::HttpHeaders &headers, const QByteArray &name)
{
    for (const Core::HttpHeader &header : headers) {
        if (sameName(header.first, name))
            return header.second;
    }
    return std::nullopt;
}

} // namespace

ConnectionSaver::ConnectionSaver(Config::ProfileStore *store, Config::SecretStore *secrets,
                                 QObject *parent)
    : QObject(parent), m_store(store), m_secrets(secrets)
{}

ConnectionSaver::~ConnectionSaver() = default;

void ConnectionSaver::setKeychainFailureHandler(KeychainFailureHandler handler)
{
    m_keychainFailure = std::move(handler);
}

void ConnectionSaver::start(QList<ConnectionDraft> drafts, QStringList originalNames)
{
    Q_ASSERT(!m_running);
    m_drafts = std::move(drafts);
    m_originalNames = std::move(originalNames);
    m_storedSecretHeaders.clear();
    for (const QString &name : m_originalNames) {
        // What a removed connection keeps in the keychain, known only from its saved entry.
        if (const std::optional<Core::Connection> saved = m_store->connection(name)) {
            QList<QByteArray> &headers = m_storedSecretHeaders[name];
            for (const Core::HttpHeader &header : saved->extraHeaders) {
                if (saved->isSecretHeader(header.first))
                    headers.append(header.first);
            }
        }
    }
    m_steps.clear();
    m_error.clear();
    m_changed = false;
    m_running = true;

    queueSecretReads();
    m_steps.append([this] { saveFiles(); });
    m_steps.append([this] {
        queueSecretWrites();
        next();
    });
    next();
}

void ConnectionSaver::next()
{
    if (!m_running)
        return;
    if (m_steps.isEmpty()) {
        m_running = false;
        emit finished(true);
        return;
    }
    const Step step = m_steps.takeFirst();
    step();
}

void ConnectionSaver::fail(const QString &error)
{
    m_error = error;
    m_steps.clear();
    m_running = false;
    emit finished(false);
}

void ConnectionSaver::queueSecretReads()
{
    // A renamed service principal's client secret moves with it, unless a new one was typed.
    for (qsizetype i = 0; i < m_drafts.size(); ++i) {
        const ConnectionDraft &draft = m_drafts.at(i);
        if (draft.connection.signIn != Core::Connection::SignIn::OAuthM2M
            || !draft.clientSecret.isEmpty() || draft.tokenSource.isEmpty()
            || draft.tokenSource == draft.name()) {
            continue;
        }
        m_steps.append([this, i] {
            const ConnectionDraft &draft = m_drafts.at(i);
            m_secrets->read(
                Entry::signInSecret(draft.tokenSource, QByteArray(Config::ClientSecretEntry)),
                [this, alive = QPointer(this), i](const Config::SecretStore::Result &found) {
                    if (!alive)
                        return;
                    ConnectionDraft &draft = m_drafts[i];
                    if (!found.ok && !found.notFound) {
                        fail(tr("Nothing was saved: the client secret of \"%1\" could not be "
                                "read to move it to \"%2\". %3")
                                 .arg(draft.tokenSource, draft.name(), found.error));
                        return;
                    }
                    draft.clientSecret = found.ok ? found.token : QString();
                    next();
                });
        });
    }
    for (qsizetype i = 0; i < m_drafts.size(); ++i) {
        const ConnectionDraft &draft = m_drafts.at(i);
        if (draft.tokenState == TokenState::Known || draft.tokenSource.isEmpty()
            || tokenInPlace(draft)) {
            continue;
        }
        m_steps.append([this, i] {
            const ConnectionDraft &draft = m_drafts.at(i);
            Config::readConnectionSecrets(
                m_secrets, draft.tokenSource, true, Config::headersInKeychain(draft.connection),
                [this, alive = QPointer(this), i](const Config::ConnectionSecrets &found) {
                    if (!alive)
                        return;
                    ConnectionDraft &draft = m_drafts[i];
                    if (!found.error.isEmpty()) {
                        fail(tr("Nothing was saved: the secrets of \"%1\" could not be read to "
                                "move them to \"%2\". %3")
                                 .arg(draft.tokenSource, draft.name(), found.error));
                        return;
                    }
                    draft.token = found.token;
                    draft.tokenState = TokenState::Known;
                    draft.connection.extraHeaders
                        = Config::withSecretValues(draft.connection.extraHeaders, found.headers);
                    next();
                });
        });
    }
}

void ConnectionSaver::saveFiles()
{
    using Config::ProfileStore;
    QStringList finalNames;
    for (const ConnectionDraft &draft : m_drafts)
        finalNames.append(draft.name());

    const QStringList stored = m_store->names();
    if (!m_store->lastError().isEmpty()) {
        fail(m_store->lastError());
        return;
    }
    for (const QString &name : m_originalNames) {
        if (finalNames.contains(name) || !stored.contains(name))
            continue;
        if (!m_store->remove(name)) {
            fail(m_store->lastError());
            return;
        }
        m_changed = true;
    }
    for (const ConnectionDraft &draft : m_drafts) {
        // Secret header values are not the file's business: they are written in the next step.
        const std::optional<Core::Connection> saved = m_store->connection(draft.name());
        if (saved
            && ProfileStore::withoutSecretValues(*saved)
                   == ProfileStore::withoutSecretValues(draft.connection)) {
            continue;
        }
        if (!m_store->save(draft.connection)) {
            fail(m_store->lastError());
            return;
        }
        m_changed = true;
    }
    next();
}

void ConnectionSaver::secretStepDone(const Entry &entry, bool ok, const QString &error)
{
    if (!ok) {
        if (entry.isToken())
            fail(tr("The connections were saved, but a token was not: %1").arg(error));
        else if (!entry.signIn.isEmpty())
            fail(tr("The connections were saved, but a client secret was not: %1").arg(error));
        else
            fail(
                tr("The connections were saved, but a secret header value was not: %1").arg(error));
        return;
    }
    next();
}

void ConnectionSaver::queueRemoval(const Entry &entry)
{
    // SecretStore answers from its own lifetime, which may outlast this saver.
    m_steps.append([this, entry] {
        m_secrets->remove(entry, [this, alive = QPointer(this),
                                  entry](const Config::SecretStore::Result &result) {
            if (alive)
                secretStepDone(entry, result.ok, result.error);
        });
    });
    m_changed = true;
}

void ConnectionSaver::queueSecretWrites()
{
    // Removals first: a name that was removed and then given to a new connection must end up
    // with the new connection's secrets, not the old one's.
    for (const QString &name : m_originalNames) {
        const bool kept
            = std::any_of(m_drafts.begin(), m_drafts.end(),
                          [&name](const ConnectionDraft &d) { return d.name() == name; });
        if (kept)
            continue;
        queueRemoval(Entry::token(name));
        queueRemoval(Entry::signInSecret(name, QByteArray(Config::ClientSecretEntry)));
        for (const QByteArray &header : m_storedSecretHeaders.value(name))
            queueRemoval(Entry::headerValue(name, header));
    }
    for (const ConnectionDraft &draft : m_drafts) {
        queueHeaderWrites(draft);
        // Typed: stored (replacing what was); left empty: what is stored stays.
        if (!draft.clientSecret.isEmpty()) {
            const Entry entry
                = Entry::signInSecret(draft.name(), QByteArray(Config::ClientSecretEntry));
            const QString secret = draft.clientSecret;
            m_steps.append([this, entry, secret] { storeSecret(entry, secret); });
            m_changed = true;
        }
        if (tokenInPlace(draft) || draft.tokenState != TokenState::Known)
            continue;
        const Entry entry = Entry::token(draft.name());
        const QString token = draft.token;
        if (token.isEmpty()) {
            queueRemoval(entry);
        } else {
            m_steps.append([this, entry, token] { storeSecret(entry, token); });
            m_changed = true;
        }
    }
}

void ConnectionSaver::queueHeaderWrites(const ConnectionDraft &draft)
{
    const Core::Connection &c = draft.connection;
    // What the keychain holds under this name, as far as it is known: values read in place.
    const bool inPlace = draft.tokenSource == draft.name();
    const bool known = draft.tokenState == TokenState::Known;
    QList<QByteArray> secretNames;
    for (const Core::HttpHeader &header : c.extraHeaders) {
        const bool listed = std::any_of(
            secretNames.begin(), secretNames.end(),
            [&header](const QByteArray &name) { return sameName(name, header.first); });
        if (!c.isSecretHeader(header.first) || listed)
            continue;
        secretNames.append(header.first);
        const Entry entry = Entry::headerValue(draft.name(), header.first);
        const std::optional<QByteArray> stored
            = inPlace ? valueOf(draft.storedSecrets, header.first) : std::nullopt;
        if (!header.second.isEmpty() && stored != header.second) {
            const QString value = QString::fromUtf8(header.second);
            m_steps.append([this, entry, value] { storeSecret(entry, value); });
            m_changed = true;
        } else if (header.second.isEmpty() && known && stored && !stored->isEmpty()) {
            queueRemoval(entry); // cleared
        }
    }
    if (!known || !inPlace)
        return;
    for (const Core::HttpHeader &stored : draft.storedSecrets) {
        // Removed, renamed or no longer marked secret.
        if (!valueOf(c.extraHeaders, stored.first) || !c.isSecretHeader(stored.first))
            queueRemoval(Entry::headerValue(draft.name(), stored.first));
    }
}

void ConnectionSaver::stored(const Entry &entry, const QString &secret)
{
    // Stored for good: a plain-text copy an older file kept can go now.
    if (!entry.header.isEmpty()
        && !m_store->dropSecretValues(entry.connection, {{entry.header, secret.toUtf8()}})) {
        secretStepDone(entry, false, m_store->lastError());
        return;
    }
    next();
}

void ConnectionSaver::storeSecret(const Entry &entry, const QString &secret)
{
    using Result = Config::SecretStore::Result;
    m_secrets->writeToKeychain(
        entry, secret, [this, alive = QPointer(this), entry, secret](const Result &result) {
            if (!alive)
                return;
            if (result.ok) {
                stored(entry, secret);
                return;
            }
            // A client secret never falls back to a file, not even when asked: the keychain or
            // nothing.
            if (!result.keychainFailed || !m_keychainFailure || !entry.signIn.isEmpty()) {
                secretStepDone(entry, false, result.error);
                return;
            }
            // Never into a file unasked: the user is told now, while the secret is at hand.
            m_keychainFailure(
                entry.connection, result.error,
                [this, alive, entry, secret, error = result.error](TokenStorageChoice choice) {
                    if (!alive)
                        return;
                    switch (choice) {
                    case TokenStorageChoice::RetryKeychain:
                        storeSecret(entry, secret);
                        return;
                    case TokenStorageChoice::SessionOnly:
                        // A plain-text copy in the file stays: the session ends, the file not.
                        m_secrets->keepForSession(entry, secret);
                        next();
                        return;
                    case TokenStorageChoice::File:
                        m_secrets->writeToFile(entry, secret,
                                               [this, alive, entry, secret](const Result &written) {
                                                   if (!alive)
                                                       return;
                                                   if (written.ok)
                                                       stored(entry, secret);
                                                   else
                                                       secretStepDone(entry, false, written.error);
                                               });
                        return;
                    case TokenStorageChoice::Cancel:
                        secretStepDone(entry, false, error);
                        return;
                    }
                });
        });
}

} // namespace Parlance::Ui
