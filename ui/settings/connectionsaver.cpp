#include "settings/connectionsaver.h"

#include "config/profilestore.h"
#include "config/secretstore.h"

#include <QPointer>

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
    m_steps.clear();
    m_error.clear();
    m_changed = false;
    m_running = true;

    queueTokenReads();
    m_steps.append([this] { saveFiles(); });
    m_steps.append([this] {
        queueTokenWrites();
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

void ConnectionSaver::queueTokenReads()
{
    for (qsizetype i = 0; i < m_drafts.size(); ++i) {
        const ConnectionDraft &draft = m_drafts.at(i);
        if (draft.tokenState == TokenState::Known || draft.tokenSource.isEmpty()
            || tokenInPlace(draft)) {
            continue;
        }
        m_steps.append([this, i] {
            const QString source = m_drafts.at(i).tokenSource;
            m_secrets->readToken(source, [this, alive = QPointer(this),
                                          i](const Config::SecretStore::Result &result) {
                if (!alive)
                    return;
                ConnectionDraft &draft = m_drafts[i];
                if (!result.ok && !result.notFound) {
                    fail(tr("Nothing was saved: the token of \"%1\" could not be read to move it "
                            "to \"%2\". %3")
                             .arg(draft.tokenSource, draft.name(), result.error));
                    return;
                }
                draft.token = result.ok ? result.token : QString();
                draft.tokenState = TokenState::Known;
                next();
            });
        });
    }
}

void ConnectionSaver::saveFiles()
{
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
        if (m_store->connection(draft.name()) == draft.connection)
            continue;
        if (!m_store->save(draft.connection)) {
            fail(m_store->lastError());
            return;
        }
        m_changed = true;
    }
    next();
}

void ConnectionSaver::tokenStepDone(bool ok, const QString &error)
{
    if (!ok) {
        fail(tr("The connections were saved, but a token was not: %1").arg(error));
        return;
    }
    next();
}

void ConnectionSaver::queueTokenWrites()
{
    // Removals first: a name that was removed and then given to a new connection must end up
    // with the new connection's token, not the old one.
    // SecretStore answers from its own lifetime, which may outlast this saver.
    auto done = [this, alive = QPointer(this)](const Config::SecretStore::Result &result) {
        if (alive)
            tokenStepDone(result.ok, result.error);
    };
    for (const QString &name : m_originalNames) {
        const bool kept
            = std::any_of(m_drafts.begin(), m_drafts.end(),
                          [&name](const ConnectionDraft &d) { return d.name() == name; });
        if (kept)
            continue;
        m_steps.append([this, name, done] { m_secrets->removeToken(name, done); });
        m_changed = true;
    }
    for (const ConnectionDraft &draft : m_drafts) {
        if (tokenInPlace(draft) || draft.tokenState != TokenState::Known)
            continue;
        const QString name = draft.name();
        const QString token = draft.token;
        if (token.isEmpty())
            m_steps.append([this, name, done] { m_secrets->removeToken(name, done); });
        else
            m_steps.append([this, name, token] { storeToken(name, token); });
        m_changed = true;
    }
}

void ConnectionSaver::storeToken(const QString &name, const QString &token)
{
    using Result = Config::SecretStore::Result;
    m_secrets->writeTokenToKeychain(
        name, token, [this, alive = QPointer(this), name, token](const Result &result) {
            if (!alive)
                return;
            if (result.ok || !result.keychainFailed || !m_keychainFailure) {
                tokenStepDone(result.ok, result.error);
                return;
            }
            // Never into a file unasked: the user is told now, while the token is at hand.
            m_keychainFailure(
                name, result.error,
                [this, alive, name, token, error = result.error](TokenStorageChoice choice) {
                    if (!alive)
                        return;
                    switch (choice) {
                    case TokenStorageChoice::RetryKeychain:
                        storeToken(name, token);
                        return;
                    case TokenStorageChoice::SessionOnly:
                        m_secrets->keepTokenForSession(name, token);
                        next();
                        return;
                    case TokenStorageChoice::File:
                        m_secrets->writeTokenToFile(
                            name, token, [this, alive](const Result &written) {
                                if (alive)
                                    tokenStepDone(written.ok, written.error);
                            });
                        return;
                    case TokenStorageChoice::Cancel:
                        tokenStepDone(false, error);
                        return;
                    }
                });
        });
}

} // namespace Parlance::Ui
