#pragma once

#include "core/comparison.h"
#include "core/connection.h"
#include "core/modelinfo.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

namespace Parlance::Config {
class ProfileStore;
class SecretStore;
} // namespace Parlance::Config
namespace Parlance::Engine {
class ChatSession;
class ExchangeLog;
} // namespace Parlance::Engine
namespace Parlance::Net {
class GatewayClient;
class TokenSource;
} // namespace Parlance::Net

namespace Parlance::Workspace {

// A comparison without widgets: 2 to 8 columns, each a chat session of its own with its own
// connection, model, API and parameters (or the shared defaults), and one prompt sent to all
// of them at once.
//
// Every column has a network client of its own, so no column's request waits for a connection
// another column holds: each reply's clocks start when its own request is written, and the
// numbers of one column can be set against another's. The exchanges of every column land in
// the one request log, each under the column's key (columnKey()), so the inspector can tell
// them apart.
class CompareSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareSession)

public:
    static constexpr int kMinColumns = 2;
    static constexpr int kMaxColumns = 8;

    // Starts with kMinColumns columns on the shared settings. `log` receives every column's
    // exchanges; `profiles` and `secrets` open the saved connections columns name. None is
    // owned; all must outlive the session.
    CompareSession(Engine::ExchangeLog *log, Config::ProfileStore *profiles,
                   Config::SecretStore *secrets, QObject *parent = nullptr);
    ~CompareSession() override;

    // The defaults a column uses for what it does not override: the window's connection (with
    // its token) and its model, API and parameters.
    void setSharedConnection(const Core::Connection &connection, const QString &token);
    void setSharedSettings(const Core::ChatSettings &settings);
    // Where the columns' connections that sign in get their tokens (not owned).
    void setTokenSource(Net::TokenSource *source) { m_tokenSource = source; }
    const Core::ChatSettings &sharedSettings() const { return m_shared; }
    bool hasSharedConnection() const { return m_hasShared; }
    const Core::Connection &sharedConnection() const { return m_sharedConnection; }

    // The identity of this comparison in the history; a new one on clear().
    QString key() const { return m_key; }
    QString title() const { return m_title; }

    int columnCount() const { return int(m_columns.size()); }
    // Adds a column (at most kMaxColumns; not while a round runs). Its model defaults to the
    // shared one when the spec names none.
    bool addColumn(const Core::CompareColumnSpec &spec = {});
    // Removes a column (while more than kMinColumns; not while a round runs).
    bool removeColumn(int column);
    Core::CompareColumnSpec spec(int column) const;
    // Changes what a column uses. Naming a saved connection opens it (its token from the
    // keychain, which answers later: columnChanged() follows).
    void setSpec(int column, const Core::CompareColumnSpec &spec);
    // The model, API and parameters the column's next request is made with.
    Core::ChatSettings effectiveSettings(int column) const;
    // Where the column's requests go (its own saved connection or the shared one); nullptr
    // while it has none (still loading, or failed: columnProblem() says why).
    const Core::Connection *connection(int column) const;
    // What stops the column from being sent to: a saved connection that failed to open. Empty
    // when nothing does.
    QString columnProblem(int column) const;
    Engine::ChatSession *session(int column) const;
    // The key its exchanges are logged under: "<key()>#<n>", n counted from 1.
    QString columnKey(int column) const;
    // The column a logged conversation key belongs to, or -1 when it is not one of ours.
    int columnOfKey(const QString &conversationKey) const;

    // Sends `text` to every column that has a connection. False (nothing sent) for empty text,
    // while a round runs, or when no column can be sent to.
    bool sendAll(const QString &text);
    void stop(int column);
    void stopAll();
    bool isBusy() const;
    // Number of prompts sent (the user turns of the first column).
    int rounds() const;
    // Makes the conversation of `column` every column's: the next prompt continues from its
    // answer everywhere. Not while a round runs.
    bool continueWith(int column);
    // A new, empty comparison with the same columns.
    void clear();
    // A new, empty comparison with these columns (a saved comparison set). False, changing
    // nothing, for fewer than kMinColumns or more than kMaxColumns, or while a round runs.
    bool startNew(const QList<Core::CompareColumnSpec> &columns);
    QList<Core::CompareColumnSpec> specs() const;
    // A fresh comparison whose columns all ask one model compares nothing: before the first
    // prompt, columns after the first get the other `candidates` in turn (a column the user set
    // to a model of its own keeps it). Returns whether any column changed.
    bool spreadModels(const QStringList &candidates);

    // Blind mode: columns are shown shuffled (displayOrder()) and labelled A, B, C…, and a
    // view hides model, connection and metrics until the user votes. Switching it on
    // reshuffles and hides again; only while no round runs.
    bool setBlind(bool blind);
    bool isBlind() const { return m_blind; }
    // Whether a blind comparison was voted on (a comparison that is not blind always is).
    bool isRevealed() const { return !m_blind || m_revealed; }
    // displayOrder()[i] is the column shown at position i (identity unless blind).
    QList<int> displayOrder() const;
    // "A", "B", … for the column's position in the display order.
    QString label(int column) const;
    // What the leaderboard calls the column: its model, with "@api" when the comparison holds
    // one model over several APIs.
    QString contestant(int column) const;
    // Whether the latest round can be voted on: every column finished it, and it has no vote.
    bool canVote() const;
    // Records the verdict on the latest round (`best` a column, for Outcome::Best) and
    // reveals a blind comparison. False when canVote() is not true or `best` is out of range.
    bool vote(Core::Vote::Outcome outcome, int best = -1);
    const QList<Core::Vote> &votes() const { return m_votes; }

    // The comparison as the history keeps it and exports write it.
    Core::Comparison snapshot() const;
    // Replaces everything with a stored comparison (its columns' saved connections are
    // opened again). Not while a round runs.
    bool restore(const Core::Comparison &comparison);

    // The saved connections a column may name.
    QStringList savedConnections() const;
    // Asks the column's connection for its models (only for columns with their own
    // connection: the window has the shared one's). Answered by columnModels().
    void refreshModels(int column);

signals:
    void columnsChanged();          // added, removed, restored or reordered
    void columnChanged(int column); // its spec, connection or problem changed
    void busyChanged(bool busy);
    void roundFinished(); // every column finished the latest round
    void blindChanged();
    void voted(const Parlance::Core::Vote &vote);
    void columnModels(int column, const QList<Parlance::Core::ModelInfo> &models);
    // Something changed that the history should keep (a prompt, an answer, a vote…).
    void changed();

private:
    struct Column;

    Column *makeColumn(const Core::CompareColumnSpec &spec);
    void applyConnection(int column);
    void openSavedConnection(Column *column);
    int indexOf(const Column *column) const;
    void updateBusy();
    void shuffle();
    void renumber();
    void connectColumns(); // every column to its saved connection or the shared one

    Engine::ExchangeLog *m_log;
    Net::TokenSource *m_tokenSource = nullptr;
    Config::ProfileStore *m_profiles;
    Config::SecretStore *m_secrets;
    Core::Connection m_sharedConnection;
    QString m_sharedToken;
    bool m_hasShared = false;
    Core::ChatSettings m_shared;
    QString m_key;
    QString m_title;
    QDateTime m_created;
    std::vector<std::unique_ptr<Column>> m_columns;
    bool m_busy = false;
    bool m_blind = false;
    bool m_revealed = false;
    QList<int> m_order;
    QList<Core::Vote> m_votes;
};

} // namespace Parlance::Workspace
