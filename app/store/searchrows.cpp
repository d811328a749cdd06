#include "store/searchrows.h"

#include "store/conversationjson.h"
#include "store/sqlvalues.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <bitset>
#include <utility>

namespace Parlance::Store::SearchRows {

namespace {

using namespace Qt::StringLiterals;

std::optional<QSqlError> exec(QSqlQuery &query)
{
    if (!query.exec())
        return query.lastError();
    return std::nullopt;
}

std::optional<QSqlError> exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return query.lastError();
    return std::nullopt;
}

// The index and the words of a query go through the same tokenizer: words of letters and
// digits, case folded, accents removed ("ete" finds "été"). prefix='2 3' keeps the short
// prefixes of typing-as-you-go cheap.
const auto kCreateIndex
    = u"CREATE VIRTUAL TABLE search_text USING fts5(text, content='search_rows', "
      "content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3')"_s;

// An external-content index forgets a row only when told the text it indexed.
std::optional<QSqlError> unindex(QSqlDatabase &db, qint64 id, const QString &text)
{
    QSqlQuery query(db);
    if (!query.prepare(
            u"INSERT INTO search_text (search_text, rowid, text) VALUES ('delete', ?, ?)"_s))
        return query.lastError();
    query.addBindValue(id);
    query.addBindValue(SqlValues::text(text));
    return exec(query);
}

std::optional<QSqlError> index(QSqlDatabase &db, qint64 id, const QString &text)
{
    QSqlQuery query(db);
    if (!query.prepare(u"INSERT INTO search_text (rowid, text) VALUES (?, ?)"_s))
        return query.lastError();
    query.addBindValue(id);
    query.addBindValue(SqlValues::text(text));
    return exec(query);
}

// The ASCII characters that a character outside ASCII case-folds to (KELVIN SIGN to 'k', LONG S
// to 's'). QString::contains(Qt::CaseInsensitive) matches such pairs and SQLite's LIKE, which
// folds ASCII only, does not: a LIKE prefilter holding one of these would drop real matches.
// Taken from Qt's own tables rather than listed, so a newer Unicode cannot make it unsound.
const std::bitset<128> &asciiFoldTargets()
{
    static const std::bitset<128> targets = [] {
        std::bitset<128> set;
        for (char32_t c = 0x80; c <= QChar::LastValidCodePoint; ++c) {
            const char32_t folded = QChar::toCaseFolded(c);
            if (folded < 0x80)
                set.set(folded);
        }
        return set;
    }();
    return targets;
}

// SQLite refuses LIKE patterns over 50,000 bytes; a piece of the needle is as good a
// prefilter, and escaped it stays far below that.
constexpr qsizetype kMaxPrefilterLength = 4000;

// The longest piece of `needle` that every text containing it holds in a form SQLite's LIKE
// finds: a run of ASCII characters that only ASCII characters fold to. Empty when there is
// none ("été" has "t"; "ÿ" has nothing), and then every row is a candidate.
QString prefilterRun(const QString &needle)
{
    const std::bitset<128> &unsafe = asciiFoldTargets();
    QStringView best;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= needle.size(); ++i) {
        if (i < needle.size()) {
            const char16_t c = needle.at(i).unicode();
            if (c < 0x80 && !unsafe.test(QChar::toCaseFolded(char32_t(c))))
                continue;
        }
        if (i - start > best.size())
            best = QStringView(needle).mid(start, i - start);
        start = i + 1;
    }
    return best.left(kMaxPrefilterLength).toString();
}

// `%run%` for `LIKE ? ESCAPE '\'`: LIKE's wildcards and escape are literal.
QString likePattern(QString run)
{
    run.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + run + u'%';
}

// The text around the first occurrence of `needle` in `text`, every occurrence in it marked.
QString markedExcerpt(const QString &text, const QString &needle)
{
    constexpr qsizetype kBefore = 40;
    constexpr qsizetype kAfter = 80;
    const qsizetype first = text.indexOf(needle, 0, Qt::CaseInsensitive);
    if (first < 0)
        return {};
    qsizetype start = qMax<qsizetype>(0, first - kBefore);
    qsizetype end = qMin(text.size(), first + needle.size() + kAfter);
    // Start and end at a word's edge where one is near, never inside a surrogate pair.
    if (start > 0) {
        const qsizetype space = text.indexOf(u' ', start);
        if (space >= 0 && space < first)
            start = space + 1;
        else if (text.at(start).isLowSurrogate())
            ++start;
    }
    if (end < text.size()) {
        const qsizetype space = text.lastIndexOf(u' ', end);
        if (space > first + needle.size())
            end = space;
        else if (text.at(end - 1).isHighSurrogate())
            --end;
    }
    QString out = start > 0 ? QString(QChar(0x2026)) : QString();
    qsizetype at = start;
    for (qsizetype hit = first; hit >= 0 && hit + needle.size() <= end;
         hit = text.indexOf(needle, hit + needle.size(), Qt::CaseInsensitive)) {
        out += QStringView(text).mid(at, hit - at);
        out += kMarkOpen;
        out += QStringView(text).mid(hit, needle.size());
        out += kMarkClose;
        at = hit + needle.size();
    }
    out += QStringView(text).mid(at, end - at);
    if (end < text.size())
        out += QChar(0x2026);
    return out;
}

// Keeps, for each owner, its first matching message (in turn order, then column order), or
// its title when no message matches. Returns whether `id` now represents the owner.
bool note(QHash<QString, Found> *out, const QString &owner, qint64 id, int column, int position)
{
    Found &found = (*out)[owner];
    if (position < 0) {
        found.titleMatches = true;
        if (found.rowId >= 0)
            return false;
        found.rowId = id;
        return true;
    }
    ++found.matchingMessages;
    if (found.position >= 0
        && std::pair(position, column) >= std::pair(found.position, found.column)) {
        return false;
    }
    found.position = position;
    found.column = column;
    found.rowId = id;
    return true;
}

} // namespace

QString textOf(const Core::Turn &turn)
{
    QStringList pieces;
    for (const Core::ContentPart &part : turn.message.parts) {
        for (const QString *piece : {&part.text, &part.toolName, &part.toolArguments}) {
            if (piece->isEmpty())
                continue;
            QString clean = *piece;
            for (const QChar reserved : {kMarkOpen, kMarkClose, kPartSeparator})
                clean.replace(reserved, u' ');
            pieces.append(clean);
        }
    }
    return pieces.join(kPartSeparator);
}

QList<Row> rowsOf(const QString &title)
{
    QString text = title;
    text.replace(kMarkOpen, u' ').replace(kMarkClose, u' ');
    return {Row{-1, -1, text}};
}

void appendTurns(QList<Row> *rows, const QList<Core::Turn> &turns, int column)
{
    for (qsizetype i = 0; i < turns.size(); ++i)
        rows->append(Row{column, int(i), textOf(turns.at(i))});
}

void appendTexts(QList<Row> *rows, const QStringList &texts)
{
    for (qsizetype i = 0; i < texts.size(); ++i) {
        QString text = texts.at(i);
        for (const QChar reserved : {kMarkOpen, kMarkClose, kPartSeparator})
            text.replace(reserved, u' ');
        rows->append(Row{-1, int(i), text});
    }
}

std::optional<QSqlError> replace(QSqlDatabase &db, const QString &owner, const QList<Row> &rows,
                                 bool indexed, bool titleOnly)
{
    struct Stored
    {
        qint64 id;
        QString text;
    };
    QHash<std::pair<int, int>, Stored> stored;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.prepare(u"SELECT id, column_position, position, text FROM search_rows "
                           "WHERE owner = ?"_s
                           + (titleOnly ? u" AND position = -1"_s : QString())))
            return query.lastError();
        query.addBindValue(owner);
        if (const auto failure = exec(query))
            return failure;
        while (query.next()) {
            stored.insert({query.value(1).toInt(), query.value(2).toInt()},
                          {query.value(0).toLongLong(), query.value(3).toString()});
        }
        if (query.lastError().isValid())
            return query.lastError();
    }

    QSqlQuery update(db);
    if (!update.prepare(u"UPDATE search_rows SET text = ? WHERE id = ?"_s))
        return update.lastError();
    QSqlQuery insert(db);
    if (!insert.prepare(u"INSERT INTO search_rows (owner, column_position, position, text) "
                        "VALUES (?, ?, ?, ?)"_s))
        return insert.lastError();
    for (const Row &row : rows) {
        const auto it = stored.find({row.column, row.position});
        if (it != stored.end()) {
            const Stored old = *it;
            stored.erase(it);
            if (old.text == row.text)
                continue;
            if (indexed) {
                if (const auto failure = unindex(db, old.id, old.text))
                    return failure;
            }
            update.bindValue(0, SqlValues::text(row.text));
            update.bindValue(1, old.id);
            if (const auto failure = exec(update))
                return failure;
            if (indexed) {
                if (const auto failure = index(db, old.id, row.text))
                    return failure;
            }
            continue;
        }
        insert.bindValue(0, owner);
        insert.bindValue(1, row.column);
        insert.bindValue(2, row.position);
        insert.bindValue(3, SqlValues::text(row.text));
        if (const auto failure = exec(insert))
            return failure;
        if (indexed) {
            if (const auto failure = index(db, insert.lastInsertId().toLongLong(), row.text))
                return failure;
        }
    }

    // What the conversation no longer has (deleted turns, fewer columns).
    QSqlQuery remove(db);
    if (!remove.prepare(u"DELETE FROM search_rows WHERE id = ?"_s))
        return remove.lastError();
    for (const Stored &old : std::as_const(stored)) {
        if (indexed) {
            if (const auto failure = unindex(db, old.id, old.text))
                return failure;
        }
        remove.bindValue(0, old.id);
        if (const auto failure = exec(remove))
            return failure;
    }
    return std::nullopt;
}

std::optional<QSqlError> remove(QSqlDatabase &db, const QString &owner, bool indexed)
{
    if (indexed) {
        QSqlQuery query(db);
        if (!query.prepare(u"INSERT INTO search_text (search_text, rowid, text) "
                           "SELECT 'delete', id, text FROM search_rows WHERE owner = ?"_s))
            return query.lastError();
        query.addBindValue(owner);
        if (const auto failure = exec(query))
            return failure;
    }
    QSqlQuery query(db);
    if (!query.prepare(u"DELETE FROM search_rows WHERE owner = ?"_s))
        return query.lastError();
    query.addBindValue(owner);
    return exec(query);
}

std::optional<QSqlError> writeAll(QSqlDatabase &db)
{
    for (const QString &titles :
         {u"INSERT INTO search_rows (owner, column_position, position, text) "
          "SELECT key, -1, -1, coalesce(custom_title, title) FROM conversations"_s,
          u"INSERT INTO search_rows (owner, column_position, position, text) "
          "SELECT key, -1, -1, coalesce(custom_title, title) FROM comparisons"_s}) {
        if (const auto failure = exec(db, titles))
            return failure;
    }
    QSqlQuery insert(db);
    if (!insert.prepare(u"INSERT INTO search_rows (owner, column_position, position, text) "
                        "VALUES (?, ?, ?, ?)"_s))
        return insert.lastError();
    for (const QString &turns :
         {u"SELECT conversation_key, -1, position, json FROM turns"_s,
          u"SELECT comparison_key, column_position, position, json FROM comparison_turns"_s}) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(turns))
            return query.lastError();
        while (query.next()) {
            const std::optional<QJsonObject> json
                = SqlValues::jsonObject(query.value(3).toString(), nullptr);
            const std::optional<Core::Turn> turn = json ? turnFromJson(*json) : std::nullopt;
            if (!turn)
                continue;
            insert.bindValue(0, query.value(0));
            insert.bindValue(1, query.value(1));
            insert.bindValue(2, query.value(2));
            insert.bindValue(3, SqlValues::text(textOf(*turn)));
            if (const auto failure = exec(insert))
                return failure;
        }
        if (query.lastError().isValid())
            return query.lastError();
    }
    return std::nullopt;
}

bool fullTextAvailable(QSqlDatabase &db)
{
    // An SQLite built without FTS5 says "no such module: fts5" here.
    if (exec(db, u"CREATE VIRTUAL TABLE temp.parlance_fts5_probe USING fts5(x)"_s))
        return false;
    exec(db, u"DROP TABLE temp.parlance_fts5_probe"_s);
    return true;
}

bool hasIndex(QSqlDatabase &db, std::optional<QSqlError> *failure)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT 1 FROM sqlite_master WHERE name = 'search_text'"_s)) {
        *failure = query.lastError();
        return false;
    }
    const bool found = query.next();
    if (query.lastError().isValid())
        *failure = query.lastError();
    return found;
}

std::optional<QSqlError> createIndex(QSqlDatabase &db)
{
    if (const auto failure = exec(db, kCreateIndex))
        return failure;
    return exec(db, u"INSERT INTO search_text (search_text) VALUES ('rebuild')"_s);
}

QString matchExpression(const QString &text)
{
    // Words outside quotes each become a phrase of their own; quoted words one phrase. The
    // tokenizer splits a phrase at what is not a letter or digit, so "a_b" is "a" then "b",
    // and only a phrase with a letter or digit in it can match anything.
    QStringList phrases;
    const auto add = [&phrases](const QString &phrase) {
        const bool hasWord = std::any_of(phrase.cbegin(), phrase.cend(),
                                         [](QChar c) { return c.isLetterOrNumber(); });
        if (!hasWord)
            return;
        QString quoted = phrase;
        quoted.replace(u'"', u"\"\""_s);
        // The last word may be unfinished: it is looked for as the start of a word.
        phrases.append(u'"' + quoted + u"\"*"_s);
    };
    const QStringList pieces = text.split(u'"');
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (i % 2 == 1 && i + 1 < pieces.size()) {
            add(pieces.at(i).simplified()); // between a pair of quotes
            continue;
        }
        for (const QString &word : pieces.at(i).split(u' ', Qt::SkipEmptyParts)) {
            for (const QString &part : word.simplified().split(u' ', Qt::SkipEmptyParts))
                add(part);
        }
    }
    return phrases.join(u' ');
}

void parseSnippet(const QString &marked, QString *text, QList<SearchHit::Span> *spans)
{
    text->clear();
    spans->clear();
    text->reserve(marked.size());
    qsizetype open = -1;
    bool space = false;
    for (const QChar c : marked) {
        if (c == kMarkOpen) {
            if (space && !text->isEmpty())
                text->append(u' ');
            space = false;
            open = text->size();
            continue;
        }
        if (c == kMarkClose) {
            if (open >= 0 && text->size() > open)
                spans->append({open, text->size() - open});
            open = -1;
            continue;
        }
        if (c.isSpace() || c == kPartSeparator) {
            space = true;
            continue;
        }
        // As a reader sees the text: Markdown's emphasis and code marks are not words.
        if (c == u'*' || c == u'`')
            continue;
        if (space && !text->isEmpty())
            text->append(u' ');
        space = false;
        text->append(c);
    }
}

std::optional<QSqlError> searchIndex(QSqlDatabase &db, const QString &expression,
                                     QHash<QString, Found> *out)
{
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.prepare(u"SELECT r.id, r.owner, r.column_position, r.position FROM search_text "
                           "JOIN search_rows r ON r.id = search_text.rowid "
                           "WHERE search_text MATCH ?"_s))
            return query.lastError();
        query.addBindValue(expression);
        if (const auto failure = exec(query))
            return failure;
        while (query.next()) {
            note(out, query.value(1).toString(), query.value(0).toLongLong(),
                 query.value(2).toInt(), query.value(3).toInt());
        }
        if (query.lastError().isValid())
            return query.lastError();
    }
    if (out->isEmpty())
        return std::nullopt;

    // One snippet per owner, of the row that represents it.
    QHash<qint64, QString> ownerOfRow;
    QStringList ids;
    for (auto it = out->cbegin(); it != out->cend(); ++it) {
        ownerOfRow.insert(it->rowId, it.key());
        ids.append(QString::number(it->rowId));
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // The ids are the store's own integers, so they are written into the statement: one
    // statement for any number of them.
    if (!query.prepare(u"SELECT rowid, snippet(search_text, 0, ?, ?, ?, 16) FROM search_text "
                       "WHERE search_text MATCH ? AND rowid IN (%1)"_s.arg(ids.join(u','))))
        return query.lastError();
    query.addBindValue(QString(kMarkOpen));
    query.addBindValue(QString(kMarkClose));
    query.addBindValue(QString(QChar(0x2026)));
    query.addBindValue(expression);
    if (const auto failure = exec(query))
        return failure;
    while (query.next()) {
        const auto owner = ownerOfRow.constFind(query.value(0).toLongLong());
        if (owner == ownerOfRow.cend())
            continue;
        Found &found = (*out)[*owner];
        parseSnippet(query.value(1).toString(), &found.snippet, &found.spans);
    }
    if (query.lastError().isValid())
        return query.lastError();
    return std::nullopt;
}

std::optional<QSqlError> searchText(QSqlDatabase &db, const QString &text,
                                    QHash<QString, Found> *out)
{
    // SQLite first drops the rows that cannot contain the text; QString decides on the rest,
    // so the folding is Qt's whatever SQLite's LIKE knows.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString run = prefilterRun(text);
    if (run.isEmpty()) {
        if (!query.exec(u"SELECT id, owner, column_position, position, text FROM search_rows"_s))
            return query.lastError();
    } else {
        if (!query.prepare(u"SELECT id, owner, column_position, position, text FROM search_rows "
                           "WHERE text LIKE ? ESCAPE '\\'"_s))
            return query.lastError();
        query.addBindValue(likePattern(run));
        if (const auto failure = exec(query))
            return failure;
    }
    QHash<QString, QString> shown; // each owner's representing row's text
    while (query.next()) {
        const QString rowText = query.value(4).toString();
        if (!rowText.contains(text, Qt::CaseInsensitive))
            continue;
        const QString owner = query.value(1).toString();
        if (note(out, owner, query.value(0).toLongLong(), query.value(2).toInt(),
                 query.value(3).toInt())) {
            shown.insert(owner, rowText);
        }
    }
    if (query.lastError().isValid())
        return query.lastError();
    for (auto it = out->begin(); it != out->end(); ++it)
        parseSnippet(markedExcerpt(shown.value(it.key()), text), &it->snippet, &it->spans);
    return std::nullopt;
}

} // namespace Parlance::Store::SearchRows
