#pragma once

#include "core/turn.h"
#include "store/storedconversation.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <optional>

// The text the history search looks through: one row per title and per message in
// search_rows, and, when SQLite has FTS5, the full-text index search_text over them. Read and
// written inside a transaction the caller (HistoryStore) opened.
namespace Parlance::Store::SearchRows {

// What a reader sees of a turn: each part's text (answer, reasoning, refusal) and a tool call's
// name and arguments, separated by kPartSeparator. Not the ids, the model, the usage or the
// other metadata.
QString textOf(const Core::Turn &turn);

struct Row
{
    int column = -1;   // a comparison's column; -1 for a chat
    int position = -1; // the turn; -1 for the title
    QString text;
};

// The rows of a title and the turns of one column (-1: a chat).
QList<Row> rowsOf(const QString &title);
void appendTurns(QList<Row> *rows, const QList<Core::Turn> &turns, int column = -1);
// The rows of plain texts at positions 0, 1, 2… of no column: a batch's prompts.
void appendTexts(QList<Row> *rows, const QStringList &texts);

// Makes `owner`'s rows `rows`, touching only those that changed (a save while a reply streams
// changes one), and the full-text index with them when `indexed`.
// With `titleOnly`, only the title row is replaced and `rows` holds just that.
std::optional<QSqlError> replace(QSqlDatabase &db, const QString &owner, const QList<Row> &rows,
                                 bool indexed, bool titleOnly = false);
std::optional<QSqlError> remove(QSqlDatabase &db, const QString &owner, bool indexed);
// Writes the rows of every stored conversation and comparison, from their turns; a turn that
// cannot be read is left out (opening it reports it). For files from before search_rows.
std::optional<QSqlError> writeAll(QSqlDatabase &db);

// Whether the connection's SQLite has FTS5 (tried on a table in the temp schema).
bool fullTextAvailable(QSqlDatabase &db);
bool hasIndex(QSqlDatabase &db, std::optional<QSqlError> *failure);
// Creates search_text and fills it from search_rows.
std::optional<QSqlError> createIndex(QSqlDatabase &db);

// The FTS5 query for what the user typed: every word must occur in the message, as the start
// of a word, in any case and with or without accents; "quoted words" must follow one another.
// Empty when the text holds no letter or digit to look for.
QString matchExpression(const QString &text);

// Where an owner matched: its first matching message, how many match, and the text around it.
struct Found
{
    int column = -1;
    int position = -1; // -1: only the title
    qint64 rowId = -1; // the row the snippet is of
    int matchingMessages = 0;
    bool titleMatches = false;
    QString snippet;
    QList<SearchHit::Span> spans;
};

// Every owner with a row that matches `expression` (from matchExpression()), through the index.
std::optional<QSqlError> searchIndex(QSqlDatabase &db, const QString &expression,
                                     QHash<QString, Found> *out);
// Every owner with a row that contains `text` (ignoring case, as QString::contains does),
// without the index: for an SQLite without FTS5, and for text with no word in it ("%").
std::optional<QSqlError> searchText(QSqlDatabase &db, const QString &text,
                                    QHash<QString, Found> *out);

// Marks in a snippet that SQLite returns and that no stored text holds (textOf() drops them).
constexpr QChar kMarkOpen = QChar(0x02);
constexpr QChar kMarkClose = QChar(0x03);
// Between the parts of a message: no typed text spans two parts, as none did when each part
// was searched on its own. A separator to the tokenizer, a space in a snippet.
constexpr QChar kPartSeparator = QChar(0x1f);

// A snippet on one line (whitespace runs become one space, Markdown's * and ` left out), its
// marks taken out into spans.
void parseSnippet(const QString &marked, QString *text, QList<SearchHit::Span> *spans);

} // namespace Parlance::Store::SearchRows
