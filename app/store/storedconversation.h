#pragma once

#include "core/turn.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Parlance::Store {

// One conversation as the history keeps it. Never a token: the connection is named, and
// resolving it (keychain included) is the caller's business.
struct StoredConversation
{
    QString key;                 // stable identity (a UUID the caller makes); saving again replaces
    QString title;               // what the list shows: the first user message, shortened
    QDateTime created;           // UTC
    QDateTime updated;           // UTC; the list is newest first by this
    QString connectionName;      // the connection it was held on; empty for the demo gateway
    Core::ChatSettings settings; // model, API and parameters of the next request
    // The turns. A reply that was still streaming when saved is stored as what had arrived,
    // marked incomplete (the keeper marks it so).
    QList<Core::Turn> turns;
};

// A row of the history list: enough to show it without loading its turns.
struct ConversationSummary
{
    enum class Kind { Chat, Comparison, Batch };

    QString key;
    QString title;
    // A comparison: its columns' models joined with " vs "; a batch: its models joined with
    // ", ".
    QString model;
    QDateTime updated; // UTC
    // A comparison: its rounds (the first column's user turns); a batch: its prompts (rows).
    int turnCount = 0;
    Kind kind = Kind::Chat;
    bool pinned = false; // listed above the others
    // A batch: its models, its cells with a result, and those of them that failed.
    int modelCount = 0;
    int cellsDone = 0;
    int cellsFailed = 0;

    friend bool operator==(const ConversationSummary &, const ConversationSummary &) = default;
};

// A conversation the search found, and where: the first message that matches (a chat's
// turn, a comparison's column and turn), or the title alone.
struct SearchHit
{
    // Where the matched words are in `snippet`.
    struct Span
    {
        qsizetype start = 0;
        qsizetype length = 0;
        friend bool operator==(const Span &, const Span &) = default;
    };

    ConversationSummary conversation;
    int turn = -1;   // the first matching message's position; -1: only the title matches
    int column = -1; // a comparison: the column of `turn`
    int matchingMessages = 0;
    bool titleMatches = false;
    // The matching message (or the title) around the match, on one line, "…" where cut.
    QString snippet;
    QList<Span> spans;

    friend bool operator==(const SearchHit &, const SearchHit &) = default;
};

// The title for a conversation whose first user message is `text`: its first line, trimmed,
// at most 80 characters (an ellipsis marks a cut), or empty when there is no text.
QString titleFor(const QString &text);

} // namespace Parlance::Store
