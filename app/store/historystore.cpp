#include "store/historystore.h"

#include "store/batchrows.h"
#include "store/comparisonrows.h"
#include "store/conversationjson.h"
#include "store/historyschema.h"
#include "store/privatefiles.h"
#include "store/searchrows.h"
#include "store/sqlvalues.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>
#include <QVariant>

#include <optional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Parlance::Store {

namespace {

using namespace Qt::StringLiterals;
using namespace SqlValues;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Store::HistoryStore)
};

// Every SQLite database starts with these 16 bytes. SQLite itself takes a file too short to
// hold its header for an empty database and writes a new one over it, so the header is checked
// before SQLite sees the file: a document picked by mistake is never written to.
constexpr char kSqliteMagic[] = "SQLite format 3";

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// SQLite's own words ("disk I/O error", "database is locked"); the driver's text only says
// which call failed.
QString sqliteMessage(const QSqlError &error)
{
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text().trimmed() : text;
}

// Chats, comparisons and batch runs in one list, newest first; the key breaks ties so the
// order is the same on every call. Keys are unique across the tables (a save refuses a key of
// another). Pinned ones first. Those deleted pending an undo are not listed. A batch's models
// are its JSON list, joined by summaryFrom().
const auto kSummariesQuery
    = u"SELECT key, coalesce(custom_title, title), model, updated, turn_count, 0, pinned, "
      "0, 0, 0 FROM conversations WHERE deleted_at IS NULL "
      "UNION ALL SELECT key, coalesce(custom_title, title), models, updated, round_count, 1, "
      "pinned, 0, 0, 0 FROM comparisons WHERE deleted_at IS NULL "
      "UNION ALL SELECT key, coalesce(custom_title, title), models, updated, row_count, 2, "
      "pinned, model_count, cells_done, cells_failed FROM batches WHERE deleted_at IS NULL "
      "ORDER BY 7 DESC, 4 DESC, 1"_s;

// The tables whose rows share the list, and a key between them.
const QString kTables[] = {u"conversations"_s, u"comparisons"_s, u"batches"_s};

// The columns of kSummariesQuery.
ConversationSummary summaryFrom(const QSqlQuery &query)
{
    ConversationSummary summary;
    summary.key = query.value(0).toString();
    summary.title = query.value(1).toString();
    summary.model = query.value(2).toString();
    summary.updated = timeFromText(query.value(3).toString());
    summary.turnCount = query.value(4).toInt();
    switch (query.value(5).toInt()) {
    case 1:
        summary.kind = ConversationSummary::Kind::Comparison;
        break;
    case 2: {
        summary.kind = ConversationSummary::Kind::Batch;
        // A damaged list shows no models here; opening the batch reports the damage.
        QStringList models;
        const std::optional<QJsonArray> array = jsonArray(summary.model, nullptr);
        for (const QJsonValue &value : array.value_or(QJsonArray()))
            models.append(value.toString());
        summary.model = BatchRows::modelsOf(models);
        break;
    }
    default:
        summary.kind = ConversationSummary::Kind::Chat;
        break;
    }
    summary.pinned = query.value(6).toInt() != 0;
    summary.modelCount = query.value(7).toInt();
    summary.cellsDone = query.value(8).toInt();
    summary.cellsFailed = query.value(9).toInt();
    return summary;
}

// access() lets root write anything, and SQLite with it: a file or folder its owner made
// read-only is read-only to Parlance whoever runs it.
bool isWritable(const QFileInfo &info)
{
    if (!info.isWritable())
        return false;
#ifdef Q_OS_UNIX
    if (info.ownerId() == ::geteuid() && !info.permission(QFile::WriteOwner))
        return false;
#endif
    return true;
}

// SQLite's primary result code (the driver may report an extended one).
int resultCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : -1;
}

// What went wrong setting the file up, said for what it means to the user: the history is off,
// and what brings it back.
QString setupMessage(const QString &path, const QSqlError &sqlError)
{
    const QString sqlite = sqliteMessage(sqlError);
    switch (resultCode(sqlError)) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Tr::tr("The conversation history %1 is locked by another program (%2). The "
                      "history is off until Parlance is started again: close the other program "
                      "or Parlance window using the file first.")
            .arg(path, sqlite);
    case 8: // SQLITE_READONLY
        return Tr::tr("The conversation history %1 cannot be written (%2): the file, its folder "
                      "or the disk is read-only. The history is off; make them writable and "
                      "start Parlance again.")
            .arg(path, sqlite);
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Tr::tr("The conversation history %1 is damaged (%2). It has been left as it is, "
                      "and the history is off. Move or rename the file, then start Parlance "
                      "again to begin a new history; the sqlite3 tool's .recover command may "
                      "rescue its conversations.")
            .arg(path, sqlite);
    case 13: // SQLITE_FULL
        return Tr::tr("The conversation history %1 cannot be written: the disk is full (%2). "
                      "The history is off; free some space and start Parlance again.")
            .arg(path, sqlite);
    default:
        return Tr::tr("Cannot set up the conversation history %1: %2. Check that the disk is not "
                      "full and the file is writable, or move the file away to start a new "
                      "history.")
            .arg(path, sqlite);
    }
}

// Whether `table` (conversations, comparisons or batches) has a row with `key`: they share one
// list, so a key names one of them only.
std::optional<QSqlError> keyTaken(QSqlDatabase &db, const QString &table, const QString &key,
                                  bool *taken)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT 1 FROM %1 WHERE key = ?"_s.arg(table));
    query.addBindValue(key);
    if (!query.exec())
        return query.lastError();
    *taken = query.next();
    if (query.lastError().isValid())
        return query.lastError();
    return std::nullopt;
}

// Setting the file up waits at most about four seconds for another window's lock.
constexpr int kBusyAttempts = 25;

using Entry = HistoryStore::Entry;
constexpr Entry kEntries[] = {Entry::Chat, Entry::Comparison, Entry::Batch};

QString tableOf(Entry entry)
{
    switch (entry) {
    case Entry::Chat:
        return u"conversations"_s;
    case Entry::Comparison:
        return u"comparisons"_s;
    case Entry::Batch:
        break;
    }
    return u"batches"_s;
}

// The entry with an article, as "its key belongs to %1" names its owner.
QString ownerText(Entry entry)
{
    switch (entry) {
    case Entry::Chat:
        return Tr::tr("a chat");
    case Entry::Comparison:
        return Tr::tr("a comparison");
    case Entry::Batch:
        break;
    }
    return Tr::tr("a batch run");
}

QString notOpenText(Entry entry, const QString &path)
{
    switch (entry) {
    case Entry::Chat:
        return Tr::tr("Cannot save the conversation: the history %1 is not open. Restart "
                      "Parlance, or fix the problem reported when it opened.")
            .arg(path);
    case Entry::Comparison:
        return Tr::tr("Cannot save the comparison: the history %1 is not open. Restart "
                      "Parlance, or fix the problem reported when it opened.")
            .arg(path);
    case Entry::Batch:
        break;
    }
    return Tr::tr("Cannot save the batch run: the history %1 is not open. Restart Parlance, or "
                  "fix the problem reported when it opened.")
        .arg(path);
}

QString noKeyText(Entry entry, const QString &path)
{
    switch (entry) {
    case Entry::Chat:
        return Tr::tr("Cannot save a conversation without a key in the history %1.").arg(path);
    case Entry::Comparison:
        return Tr::tr("Cannot save a comparison without a key in the history %1.").arg(path);
    case Entry::Batch:
        break;
    }
    return Tr::tr("Cannot save a batch run without a key in the history %1.").arg(path);
}

QString saveFailedText(Entry entry, const QString &name, const QString &path, const QString &sqlite)
{
    switch (entry) {
    case Entry::Chat:
        return Tr::tr("Cannot save the conversation \"%1\" in the history %2: %3. Check that "
                      "the disk is not full and the file is writable; the previously saved "
                      "version is unchanged.")
            .arg(name, path, sqlite);
    case Entry::Comparison:
        return Tr::tr("Cannot save the comparison \"%1\" in the history %2: %3. Check that the "
                      "disk is not full and the file is writable; the previously saved version "
                      "is unchanged.")
            .arg(name, path, sqlite);
    case Entry::Batch:
        break;
    }
    return Tr::tr("Cannot save the batch run \"%1\" in the history %2: %3. Check that the disk "
                  "is not full and the file is writable; the previously saved version is "
                  "unchanged.")
        .arg(name, path, sqlite);
}

QString keyTakenText(Entry entry, const QString &name, const QString &path, const QString &key,
                     Entry owner)
{
    const QString owned = ownerText(owner);
    switch (entry) {
    case Entry::Chat:
        return Tr::tr("Cannot save the conversation \"%1\" in the history %2: its key %3 "
                      "belongs to %4. Nothing was changed; this is a fault in Parlance, please "
                      "report it.")
            .arg(name, path, key, owned);
    case Entry::Comparison:
        return Tr::tr("Cannot save the comparison \"%1\" in the history %2: its key %3 belongs "
                      "to %4. Nothing was changed; this is a fault in Parlance, please report "
                      "it.")
            .arg(name, path, key, owned);
    case Entry::Batch:
        break;
    }
    return Tr::tr("Cannot save the batch run \"%1\" in the history %2: its key %3 belongs to "
                  "%4. Nothing was changed; this is a fault in Parlance, please report it.")
        .arg(name, path, key, owned);
}

} // namespace

HistoryStore::HistoryStore()
    : m_connectionName(u"parlance-history-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

HistoryStore::~HistoryStore()
{
    close();
}

QString HistoryStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/history.sqlite"_s;
}

bool HistoryStore::isOpen() const
{
    return m_open;
}

void HistoryStore::close()
{
    m_open = false;
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    // Only once no QSqlDatabase copy is left, or Qt warns the connection is still in use.
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool HistoryStore::open(const QString &filePath, QString *error)
{
    close();
    m_filePath = filePath;
    const QString path = native(filePath);
    const QFileInfo info(filePath);

    const QString folder = info.absolutePath();
    if (!PrivateFiles::makeFolder(folder)) {
        return fail(error, Tr::tr("Cannot create the folder %1 for the conversation history. "
                                  "Check that no file has that name and that you may write "
                                  "there.")
                               .arg(native(folder)));
    }
    // Parlance's own folder is made private even when an older version created it. A folder
    // the caller chose and that existed is left as it was (it may be shared): the files are
    // private all the same.
    if (QFileInfo(folder) == QFileInfo(QFileInfo(defaultFilePath()).absolutePath()))
        PrivateFiles::restrict(folder, PrivateFiles::FolderMode);
    if (!info.exists()) {
        // SQLite would create it with the umask's mode (usually 0644); it gives the -wal,
        // -shm and -journal files the mode of the database file.
        PrivateFiles::makeFile(filePath);
    } else {
        if (!info.isFile()) {
            return fail(error, Tr::tr("Cannot open the conversation history %1: it is not a "
                                      "file. Move it away or choose another location.")
                                   .arg(path));
        }
        QFile file(filePath);
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(error, Tr::tr("Cannot read the conversation history %1: %2. Check that "
                                      "the file is readable.")
                                   .arg(path, file.errorString()));
        }
        const QByteArray head = file.read(sizeof kSqliteMagic);
        file.close();
        // An empty file is an empty database to SQLite; anything else must carry its header.
        if (!head.isEmpty() && head != QByteArray(kSqliteMagic, sizeof kSqliteMagic)) {
            return fail(error, Tr::tr("Cannot open the conversation history %1: the file is not "
                                      "an SQLite database. It has been left as it is; move or "
                                      "rename it, then start Parlance again to begin a new "
                                      "history.")
                                   .arg(path));
        }
    }

    // SQLite would open a file it may not write read-only and fail at the first save; and it
    // writes its -wal and -shm files next to the history.
    if (info.exists() && !isWritable(info)) {
        return fail(error, Tr::tr("The conversation history %1 is read-only. The history is off; "
                                  "make the file writable and start Parlance again.")
                               .arg(path));
    }
    if (!isWritable(QFileInfo(folder))) {
        return fail(error, Tr::tr("The folder %1 of the conversation history is read-only, and "
                                  "SQLite keeps its journal there. The history is off; make the "
                                  "folder writable and start Parlance again.")
                               .arg(native(folder)));
    }

    // Another window setting the same file up holds its lock for a moment, and SQLite does
    // not wait where waiting could deadlock (a reader asking to write): try again shortly.
    for (int attempt = 0;; ++attempt) {
        m_busy = false;
        if (openDatabase(error))
            break;
        close();
        if (!m_busy || attempt == kBusyAttempts)
            return false;
        QThread::msleep(10 + 10 * attempt);
    }
    setUpSearch();
    if (!purgeDeleted(error)) {
        close();
        return false;
    }
    // Only now that the file is known to be a history: a file that is refused stays as it was.
    // Files of an older version, or left by one, become private here.
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        PrivateFiles::restrict(filePath + QLatin1StringView(suffix), PrivateFiles::FileMode);
    m_open = true;
    return true;
}

// Separate from open() so that no QSqlDatabase or QSqlQuery is alive when a failure closes
// the connection.
bool HistoryStore::openDatabase(QString *error)
{
    const QString path = native(m_filePath);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!db.isValid()) {
        return fail(error, Tr::tr("Cannot open the conversation history %1: Qt's SQLite driver "
                                  "(QSQLITE) is not installed. Install the Qt 6 SQLite plugin "
                                  "(libqt6sql6-sqlite on Debian) and start Parlance again.")
                               .arg(path));
    }
    db.setDatabaseName(m_filePath);
    if (!db.open()) {
        return fail(error, Tr::tr("Cannot open the conversation history %1: %2. Check that the "
                                  "file and its folder are readable and writable.")
                               .arg(path, sqliteMessage(db.lastError())));
    }

    auto setupFailed = [this, &path, error](const QSqlError &sqlError) {
        // SQLITE_BUSY and SQLITE_LOCKED: another connection holds the lock.
        m_busy = sqlError.nativeErrorCode() == QLatin1String("5")
                 || sqlError.nativeErrorCode() == QLatin1String("6");
        return fail(error, setupMessage(path, sqlError));
    };

    QSqlQuery query(db);
    // What the file holds: its format version and whether it has tables of any kind. Both
    // are read in one read transaction, so another Parlance creating the schema this instant
    // is seen before or after, never half-way (version 0 with tables would look foreign).
    const auto readState = [&query](int *version, int *objects) {
        if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
            return false;
        *version = query.value(0).toInt();
        query.finish();
        if (!query.exec(u"SELECT count(*) FROM sqlite_master"_s) || !query.next())
            return false;
        *objects = query.value(0).toInt();
        query.finish();
        return true;
    };
    const auto refusal = [&path, error](int version, int objects) -> std::optional<bool> {
        if (version > HistorySchema::kVersion) {
            return fail(error, Tr::tr("The conversation history %1 was written by a newer "
                                      "version of Parlance (format %2; this version reads format "
                                      "%3 and older). It has been left as it is; update Parlance "
                                      "to open it.")
                                   .arg(path)
                                   .arg(version)
                                   .arg(HistorySchema::kVersion));
        }
        if (version == 0 && objects > 0) {
            return fail(error, Tr::tr("The file %1 is an SQLite database of another program, not "
                                      "a Parlance conversation history. It has been left as it "
                                      "is; choose another file.")
                                   .arg(path));
        }
        return std::nullopt;
    };

    // Read before anything is written: a file this build must refuse stays as it was.
    int version = 0;
    int objects = 0;
    if (!db.transaction())
        return setupFailed(db.lastError());
    const bool read = readState(&version, &objects);
    const QSqlError readError = query.lastError();
    query.finish();
    db.rollback(); // nothing was written; this only ends the read transaction
    if (!read)
        return setupFailed(readError);
    if (const std::optional<bool> refused = refusal(version, objects))
        return *refused;

    // foreign_keys makes removing a conversation remove its turns. WAL lets a save proceed
    // while a list is read and survives a crash mid-write; with WAL, synchronous=NORMAL cannot
    // corrupt the file (a power cut may lose the last save, never mix two) and avoids an fsync
    // per save. These pragmas cannot run inside a transaction, so they come before the schema.
    // A file system without shared memory keeps the old journal mode; that is slower, not wrong.
    for (const QString &pragma : {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA journal_mode = WAL"_s,
                                  u"PRAGMA synchronous = NORMAL"_s}) {
        if (!query.exec(pragma))
            return setupFailed(query.lastError());
        query.finish();
    }

    if (version < HistorySchema::kVersion) {
        // Two Parlance windows may open a new or older file at once: the write lock is taken
        // before looking again, so exactly one of them creates or upgrades the schema and the
        // other finds it done.
        if (!query.exec(u"BEGIN IMMEDIATE"_s))
            return setupFailed(query.lastError());
        query.finish();
        const auto abandon = [&query, &setupFailed](const QSqlError &sqlError) {
            query.finish();
            query.exec(u"ROLLBACK"_s);
            query.finish();
            return setupFailed(sqlError);
        };
        if (!readState(&version, &objects))
            return abandon(query.lastError());
        if (const std::optional<bool> refused = refusal(version, objects)) {
            query.exec(u"ROLLBACK"_s);
            query.finish();
            return *refused;
        }
        // One transaction for every step: a failure or a crash leaves the file at the version
        // it had, every conversation in it, and the next start tries again.
        const int from = version;
        const auto upgrade = [&]() -> std::optional<QSqlError> {
            for (const QString &statement : HistorySchema::upgradeStatements(from)) {
                if (!query.exec(statement))
                    return query.lastError();
                query.finish();
            }
            // What is already stored becomes searchable with the rest of the upgrade.
            if (HistorySchema::needsSearchRows(from))
                return SearchRows::writeAll(db);
            return std::nullopt;
        }();
        if (upgrade) {
            const QSqlError sqlError = *upgrade;
            if (from == 0)
                return abandon(sqlError);
            query.finish();
            query.exec(u"ROLLBACK"_s);
            query.finish();
            return fail(error, Tr::tr("Cannot update the conversation history %1 to this "
                                      "version of Parlance (format %2 to %3): %4. The file has "
                                      "been left as it was. Check that the disk is not full and "
                                      "the file is writable, then start Parlance again.")
                                   .arg(path, QString::number(from),
                                        QString::number(HistorySchema::kVersion),
                                        sqliteMessage(sqlError)));
        }
        if (!query.exec(u"COMMIT"_s))
            return abandon(query.lastError());
        query.finish();
    }
    return true;
}

void HistoryStore::setUpSearch()
{
    m_fullText = false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    std::optional<QSqlError> failure;
    if (!m_fullTextAllowed) {
        // Saves made here would not reach the index: it goes, and is made again, whole, by the
        // next store that uses it. (An SQLite without FTS5 cannot drop it; see README.)
        if (SearchRows::hasIndex(db, &failure)) {
            QSqlQuery drop(db);
            drop.exec(u"DROP TABLE search_text"_s);
        }
        return;
    }
    if (SearchRows::hasIndex(db, &failure)) {
        m_fullText = true;
        return;
    }
    // Without the index the search still works, by reading search_rows: slower, and it finds
    // text rather than words.
    if (failure || !SearchRows::fullTextAvailable(db))
        return;
    QSqlQuery query(db);
    // Another window may be making it: the write lock first, then a second look.
    if (!query.exec(u"BEGIN IMMEDIATE"_s))
        return;
    query.finish();
    const bool made
        = SearchRows::hasIndex(db, &failure) || (!failure && !SearchRows::createIndex(db));
    if (made && query.exec(u"COMMIT"_s)) {
        m_fullText = true;
        return;
    }
    query.finish();
    query.exec(u"ROLLBACK"_s);
}

bool HistoryStore::purgeDeleted(QString *error)
{
    // Also the first write of this connection: a file that cannot be written (locked by
    // another program, read-only) is found here rather than at the first save.
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QString path = native(m_filePath);
    QSqlQuery query(db);
    if (!query.exec(u"BEGIN IMMEDIATE"_s))
        return fail(error, setupMessage(path, query.lastError()));
    query.finish();
    const auto failure = [&]() -> std::optional<QSqlError> {
        QSqlQuery due(db);
        due.setForwardOnly(true);
        due.prepare(u"SELECT key FROM conversations WHERE deleted_at < ? "
                    "UNION ALL SELECT key FROM comparisons WHERE deleted_at < ? "
                    "UNION ALL SELECT key FROM batches WHERE deleted_at < ?"_s);
        const QString before
            = timeText(QDateTime::currentDateTimeUtc().addSecs(-kDeletedGraceSeconds));
        due.addBindValue(before);
        due.addBindValue(before);
        due.addBindValue(before);
        if (!due.exec())
            return due.lastError();
        QStringList keys;
        while (due.next())
            keys.append(due.value(0).toString());
        if (due.lastError().isValid())
            return due.lastError();
        for (const QString &key : std::as_const(keys)) {
            if (const auto removed = removeRows(key))
                return removed;
        }
        return std::nullopt;
    }();
    if (failure || !query.exec(u"COMMIT"_s)) {
        const QSqlError sqlError = failure ? *failure : query.lastError();
        query.finish();
        query.exec(u"ROLLBACK"_s);
        return fail(error, setupMessage(path, sqlError));
    }
    return true;
}

std::optional<QSqlError>
HistoryStore::writeSearchRows(const QString &key, const QString &table,
                              const std::function<void(QList<SearchRows::Row> *)> &addTurns,
                              bool titleOnly)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // The title as listed: the user's own when they renamed it.
    QSqlQuery title(db);
    title.setForwardOnly(true);
    title.prepare(u"SELECT coalesce(custom_title, title) FROM %1 WHERE key = ?"_s.arg(table));
    title.addBindValue(key);
    if (!title.exec())
        return title.lastError();
    const QString shown = title.next() ? title.value(0).toString() : QString();
    if (title.lastError().isValid())
        return title.lastError();
    QList<SearchRows::Row> rows = SearchRows::rowsOf(shown);
    if (addTurns)
        addTurns(&rows);
    return SearchRows::replace(db, key, rows, m_fullText, titleOnly);
}

std::optional<QSqlError> HistoryStore::removeRows(const QString &key)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // A key is a chat's, a comparison's or a batch's, never two of them; turns, columns, rows
    // and cells go with their row through ON DELETE CASCADE. A comparison's votes stay: they
    // are the leaderboard's.
    for (const QString &table : kTables) {
        QSqlQuery query(db);
        query.prepare(u"DELETE FROM %1 WHERE key = ?"_s.arg(table));
        query.addBindValue(key);
        if (!query.exec())
            return query.lastError();
    }
    return SearchRows::remove(db, key, m_fullText);
}

bool HistoryStore::saveEntry(Entry entry, const QString &key, const QString &title,
                             const std::function<std::optional<QSqlError>(QSqlDatabase &)> &write,
                             const std::function<void(QList<SearchRows::Row> *)> &addSearchRows,
                             QString *error)
{
    const QString path = native(m_filePath);
    if (!m_open)
        return fail(error, notOpenText(entry, path));
    if (key.isEmpty())
        return fail(error, noKeyText(entry, path));

    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QString name = title.isEmpty() ? key : title;
    auto saveFailed = [&](const QSqlError &sqlError) {
        return fail(error, saveFailedText(entry, name, path, sqliteMessage(sqlError)));
    };
    if (!db.transaction())
        return saveFailed(db.lastError());
    // One transaction replaces the entry and all its parts, so a crash leaves the old version
    // or the new one. Its own row is written first so the transaction holds the write lock
    // before it looks at the other tables (a read first could find its snapshot stale when it
    // comes to write).
    std::optional<Entry> owner;
    const auto failure = [&]() -> std::optional<QSqlError> {
        if (const auto written = write(db))
            return written;
        for (const Entry other : kEntries) {
            bool taken = false;
            if (other == entry)
                continue;
            if (const auto failed = keyTaken(db, tableOf(other), key, &taken))
                return failed;
            if (taken) {
                owner = other;
                return std::nullopt;
            }
        }
        return writeSearchRows(key, tableOf(entry), addSearchRows);
    }();
    if (failure || owner) {
        db.rollback();
        if (owner)
            return fail(error, keyTakenText(entry, name, path, key, *owner));
        return saveFailed(*failure);
    }
    if (!db.commit()) {
        const QSqlError sqlError = db.lastError();
        db.rollback();
        return saveFailed(sqlError);
    }
    return true;
}

bool HistoryStore::save(const StoredConversation &conversation, QString *error)
{
    // An upsert rather than INSERT OR REPLACE: REPLACE deletes the row, and the cascade that
    // should follow depends on recursive_triggers.
    const auto write = [&](QSqlDatabase &db) -> std::optional<QSqlError> {
        QSqlQuery upsert(db);
        upsert.prepare(u"INSERT INTO conversations (key, title, created, updated, "
                       "connection_name, model, settings, turn_count) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET title = excluded.title, "
                       "created = excluded.created, updated = excluded.updated, "
                       "connection_name = excluded.connection_name, model = excluded.model, "
                       "settings = excluded.settings, turn_count = excluded.turn_count"_s);
        upsert.addBindValue(conversation.key);
        upsert.addBindValue(text(conversation.title));
        upsert.addBindValue(timeText(conversation.created));
        upsert.addBindValue(timeText(conversation.updated));
        upsert.addBindValue(text(conversation.connectionName));
        upsert.addBindValue(text(conversation.settings.model));
        upsert.addBindValue(jsonText(settingsToJson(conversation.settings)));
        upsert.addBindValue(qint64(conversation.turns.size()));
        if (!upsert.exec())
            return upsert.lastError();

        QSqlQuery removeTurns(db);
        removeTurns.prepare(u"DELETE FROM turns WHERE conversation_key = ?"_s);
        removeTurns.addBindValue(conversation.key);
        if (!removeTurns.exec())
            return removeTurns.lastError();

        QSqlQuery insert(db);
        if (!insert.prepare(
                u"INSERT INTO turns (conversation_key, position, json) VALUES (?, ?, ?)"_s))
            return insert.lastError();
        for (qsizetype i = 0; i < conversation.turns.size(); ++i) {
            insert.bindValue(0, conversation.key);
            insert.bindValue(1, qint64(i));
            insert.bindValue(2, jsonText(turnToJson(conversation.turns.at(i))));
            if (!insert.exec())
                return insert.lastError();
        }
        return std::nullopt;
    };
    return saveEntry(
        Entry::Chat, conversation.key, conversation.title, write,
        [&](QList<SearchRows::Row> *rows) { SearchRows::appendTurns(rows, conversation.turns); },
        error);
}

std::optional<StoredConversation> HistoryStore::load(const QString &key, QString *error)
{
    const QString path = native(m_filePath);
    if (!m_open) {
        fail(error, Tr::tr("Cannot open the conversation: the history %1 is not open. Restart "
                           "Parlance, or fix the problem reported when it opened.")
                        .arg(path));
        return std::nullopt;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    auto readFailed = [&](const QSqlError &sqlError) {
        fail(error, Tr::tr("Cannot read a conversation from the history %1: %2. Check that the "
                           "file is readable, then try again.")
                        .arg(path, sqliteMessage(sqlError)));
        return std::nullopt;
    };
    // One read transaction, so a save from another instance cannot land between the row and
    // its turns.
    if (!db.transaction())
        return readFailed(db.lastError());

    StoredConversation conversation;
    QString damage;
    const auto failure = [&]() -> std::optional<QSqlError> {
        QSqlQuery row(db);
        row.setForwardOnly(true);
        row.prepare(u"SELECT coalesce(custom_title, title), created, updated, connection_name, "
                    "settings FROM conversations WHERE key = ?"_s);
        row.addBindValue(key);
        if (!row.exec())
            return row.lastError();
        if (!row.next()) {
            if (row.lastError().isValid())
                return row.lastError();
            return std::nullopt; // missing: conversation.key stays empty
        }
        conversation.key = key;
        conversation.title = row.value(0).toString();
        conversation.created = timeFromText(row.value(1).toString());
        conversation.updated = timeFromText(row.value(2).toString());
        conversation.connectionName = row.value(3).toString();
        QString why;
        const std::optional<QJsonObject> settingsJson = jsonObject(row.value(4).toString(), &why);
        const std::optional<Core::ChatSettings> settings
            = settingsJson ? settingsFromJson(*settingsJson, &why) : std::nullopt;
        if (!settings) {
            damage = Tr::tr("settings: %1").arg(why);
            return std::nullopt;
        }
        conversation.settings = *settings;

        QSqlQuery turns(db);
        turns.setForwardOnly(true);
        turns.prepare(u"SELECT position, json FROM turns WHERE conversation_key = ? "
                      "ORDER BY position"_s);
        turns.addBindValue(key);
        if (!turns.exec())
            return turns.lastError();
        while (turns.next()) {
            const std::optional<QJsonObject> turnJson = jsonObject(turns.value(1).toString(), &why);
            std::optional<Core::Turn> turn
                = turnJson ? turnFromJson(*turnJson, &why) : std::nullopt;
            if (!turn) {
                damage = Tr::tr("turn %1: %2").arg(turns.value(0).toLongLong() + 1).arg(why);
                return std::nullopt;
            }
            conversation.turns.append(*std::move(turn));
        }
        if (turns.lastError().isValid())
            return turns.lastError();
        return std::nullopt;
    }();
    // Nothing was written; ending the read transaction cannot lose anything.
    db.rollback();

    if (failure)
        return readFailed(*failure);
    if (conversation.key.isEmpty()) {
        fail(error, Tr::tr("The conversation is no longer in the history %1; it may have been "
                           "deleted in another window. Refresh the list.")
                        .arg(path));
        return std::nullopt;
    }
    if (!damage.isEmpty()) {
        const QString name = conversation.title.isEmpty() ? key : conversation.title;
        fail(error, Tr::tr("The conversation \"%1\" in the history %2 is damaged (%3) and "
                           "cannot be opened. Delete it from the history; the other "
                           "conversations are not affected.")
                        .arg(name, path, damage));
        return std::nullopt;
    }
    return conversation;
}

std::optional<QList<ConversationSummary>> HistoryStore::list(QString *error)
{
    const QString path = native(m_filePath);
    if (!m_open) {
        fail(error, Tr::tr("Cannot list the conversations: the history %1 is not open. Restart "
                           "Parlance, or fix the problem reported when it opened.")
                        .arg(path));
        return std::nullopt;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(kSummariesQuery)) {
        fail(error, Tr::tr("Cannot list the conversations in the history %1: %2. Check that the "
                           "file is readable, then try again.")
                        .arg(path, sqliteMessage(query.lastError())));
        return std::nullopt;
    }
    QList<ConversationSummary> summaries;
    while (query.next())
        summaries.append(summaryFrom(query));
    if (query.lastError().isValid()) {
        fail(error, Tr::tr("Cannot list the conversations in the history %1: %2. Check that the "
                           "file is readable, then try again.")
                        .arg(path, sqliteMessage(query.lastError())));
        return std::nullopt;
    }
    return summaries;
}

std::optional<QList<SearchHit>> HistoryStore::search(const QString &text, QString *error)
{
    const QString path = native(m_filePath);
    if (!m_open) {
        fail(error, Tr::tr("Cannot search the conversations: the history %1 is not open. "
                           "Restart Parlance, or fix the problem reported when it opened.")
                        .arg(path));
        return std::nullopt;
    }
    if (text.trimmed().isEmpty())
        return QList<SearchHit>();

    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    auto searchFailed = [&](const QSqlError &sqlError) {
        fail(error, Tr::tr("Cannot search the conversations in the history %1: %2. Check that "
                           "the file is readable, then try again.")
                        .arg(path, sqliteMessage(sqlError)));
        return std::nullopt;
    };
    // One read transaction, so a save from another window cannot land between the list and
    // the rows that decide which of them match.
    if (!db.transaction())
        return searchFailed(db.lastError());

    QList<ConversationSummary> rows;
    QHash<QString, SearchRows::Found> found;
    const auto failure = [&]() -> std::optional<QSqlError> {
        QSqlQuery conversations(db);
        conversations.setForwardOnly(true);
        if (!conversations.exec(kSummariesQuery))
            return conversations.lastError();
        while (conversations.next())
            rows.append(summaryFrom(conversations));
        if (conversations.lastError().isValid())
            return conversations.lastError();
        // Text with no word in it ("%", "->") has nothing for the index to look up.
        const QString expression = m_fullText ? SearchRows::matchExpression(text) : QString();
        return expression.isEmpty() ? SearchRows::searchText(db, text, &found)
                                    : SearchRows::searchIndex(db, expression, &found);
    }();
    // Nothing was written; ending the read transaction cannot lose anything.
    db.rollback();
    if (failure)
        return searchFailed(*failure);

    // In the order of the list; those deleted pending an undo are not in it.
    QList<SearchHit> hits;
    for (const ConversationSummary &row : std::as_const(rows)) {
        const auto match = found.constFind(row.key);
        if (match == found.cend())
            continue;
        SearchHit hit;
        hit.conversation = row;
        hit.turn = match->position;
        hit.column = match->position < 0 ? -1 : match->column;
        hit.matchingMessages = match->matchingMessages;
        hit.titleMatches = match->titleMatches;
        hit.snippet = match->snippet;
        hit.spans = match->spans;
        hits.append(hit);
    }
    return hits;
}

bool HistoryStore::rename(const QString &key, const QString &title, QString *error)
{
    // One line; an empty one gives the conversation back the title made from its first
    // message.
    const QString simplified = title.simplified();
    return update(key, error,
                  [&](QSqlDatabase &db, const QString &table) -> std::optional<QSqlError> {
                      QSqlQuery query(db);
                      query.prepare(u"UPDATE %1 SET custom_title = ? WHERE key = ?"_s.arg(table));
                      query.addBindValue(simplified.isEmpty() ? QVariant() : QVariant(simplified));
                      query.addBindValue(key);
                      if (!query.exec())
                          return query.lastError();
                      if (query.numRowsAffected() <= 0)
                          return std::nullopt;
                      return writeSearchRows(key, table, {}, true);
                  });
}

bool HistoryStore::setPinned(const QString &key, bool pinned, QString *error)
{
    return update(key, error,
                  [&](QSqlDatabase &db, const QString &table) -> std::optional<QSqlError> {
                      QSqlQuery query(db);
                      query.prepare(u"UPDATE %1 SET pinned = ? WHERE key = ?"_s.arg(table));
                      query.addBindValue(pinned ? 1 : 0);
                      query.addBindValue(key);
                      if (!query.exec())
                          return query.lastError();
                      return std::nullopt;
                  });
}

bool HistoryStore::setDeleted(const QString &key, bool deleted, QString *error)
{
    return update(
        key, error, [&](QSqlDatabase &db, const QString &table) -> std::optional<QSqlError> {
            QSqlQuery query(db);
            query.prepare(u"UPDATE %1 SET deleted_at = ? WHERE key = ?"_s.arg(table));
            query.addBindValue(deleted ? QVariant(timeText(QDateTime::currentDateTimeUtc()))
                                       : QVariant());
            query.addBindValue(key);
            if (!query.exec())
                return query.lastError();
            return std::nullopt;
        });
}

bool HistoryStore::update(
    const QString &key, QString *error,
    const std::function<std::optional<QSqlError>(QSqlDatabase &, const QString &)> &change)
{
    const QString path = native(m_filePath);
    if (!m_open) {
        return fail(error, Tr::tr("Cannot change the conversation: the history %1 is not open. "
                                  "Restart Parlance, or fix the problem reported when it "
                                  "opened.")
                               .arg(path));
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const auto changeFailed = [&](const QSqlError &sqlError) {
        return fail(error, Tr::tr("Cannot change the conversation in the history %1: %2. Check "
                                  "that the disk is not full and the file is writable, then try "
                                  "again.")
                               .arg(path, sqliteMessage(sqlError)));
    };
    if (!db.transaction())
        return changeFailed(db.lastError());
    // A key is a chat's, a comparison's or a batch's: the change applies to the one that has
    // it.
    std::optional<QSqlError> failure;
    for (const QString &table : kTables) {
        if (!failure)
            failure = change(db, table);
    }
    if (failure) {
        db.rollback();
        return changeFailed(*failure);
    }
    if (!db.commit()) {
        const QSqlError sqlError = db.lastError();
        db.rollback();
        return changeFailed(sqlError);
    }
    return true;
}

bool HistoryStore::remove(const QString &key, QString *error)
{
    const QString path = native(m_filePath);
    if (!m_open) {
        return fail(error, Tr::tr("Cannot delete the conversation: the history %1 is not open. "
                                  "Restart Parlance, or fix the problem reported when it "
                                  "opened.")
                               .arg(path));
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const auto removeFailed = [&](const QSqlError &sqlError) {
        return fail(error, Tr::tr("Cannot delete the conversation from the history %1: %2. "
                                  "Check that the disk is not full and the file is writable, "
                                  "then try again.")
                               .arg(path, sqliteMessage(sqlError)));
    };
    // One transaction: the rows and the text the search finds go together.
    if (!db.transaction())
        return removeFailed(db.lastError());
    if (const auto failure = removeRows(key)) {
        db.rollback();
        return removeFailed(*failure);
    }
    if (!db.commit()) {
        const QSqlError sqlError = db.lastError();
        db.rollback();
        return removeFailed(sqlError);
    }
    return true;
}

bool HistoryStore::saveComparison(const Core::Comparison &comparison, QString *error)
{
    return saveEntry(
        Entry::Comparison, comparison.key, comparison.title,
        [&](QSqlDatabase &db) { return ComparisonRows::write(db, comparison); },
        [&](QList<SearchRows::Row> *rows) {
            for (qsizetype c = 0; c < comparison.columns.size(); ++c)
                SearchRows::appendTurns(rows, comparison.columns.at(c).turns, int(c));
        },
        error);
}

std::optional<Core::Comparison> HistoryStore::loadComparison(const QString &key, QString *error)
{
    const QString path = native(m_filePath);
    if (!m_open) {
        fail(error, Tr::tr("Cannot open the comparison: the history %1 is not open. Restart "
                           "Parlance, or fix the problem reported when it opened.")
                        .arg(path));
        return std::nullopt;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    auto readFailed = [&](const QSqlError &sqlError) {
        fail(error, Tr::tr("Cannot read a comparison from the history %1: %2. Check that the "
                           "file is readable, then try again.")
                        .arg(path, sqliteMessage(sqlError)));
        return std::nullopt;
    };
    // One read transaction, so a save from another window cannot land between the rows.
    if (!db.transaction())
        return readFailed(db.lastError());
    std::optional<Core::Comparison> comparison;
    QString damage;
    const std::optional<QSqlError> failure = ComparisonRows::read(db, key, &comparison, &damage);
    db.rollback(); // nothing was written; this only ends the read transaction
    if (failure)
        return readFailed(*failure);
    if (!comparison) {
        fail(error, Tr::tr("The comparison is no longer in the history %1; it may have been "
                           "deleted in another window. Refresh the list.")
                        .arg(path));
        return std::nullopt;
    }
    if (!damage.isEmpty()) {
        const QString name = comparison->title.isEmpty() ? key : comparison->title;
        fail(error, Tr::tr("The comparison \"%1\" in the history %2 is damaged (%3) and cannot "
                           "be opened. Delete it from the history; the other conversations are "
                           "not affected.")
                        .arg(name, path, damage));
        return std::nullopt;
    }
    return comparison;
}

bool HistoryStore::saveBatch(const StoredBatch &batch, QString *error)
{
    const QString path = native(m_filePath);
    const QString name = batch.title.isEmpty() ? batch.key : batch.title;
    if (const auto outside
        = BatchRows::cellOutside(batch.cells, batch.rows.size(), batch.models.size())) {
        return fail(error, Tr::tr("Cannot save the batch run \"%1\" in the history %2: it has a "
                                  "result for row %3 and model %4, which it does not have. "
                                  "Nothing was changed; this is a fault in Parlance, please "
                                  "report it.")
                               .arg(name, path)
                               .arg(qint64(outside->row) + 1)
                               .arg(qint64(outside->model) + 1));
    }

    return saveEntry(
        Entry::Batch, batch.key, batch.title,
        [&](QSqlDatabase &db) { return BatchRows::write(db, batch); },
        [&](QList<SearchRows::Row> *rows) {
            QStringList prompts;
            prompts.reserve(batch.rows.size());
            for (const QJsonObject &row : batch.rows)
                prompts.append(BatchRows::promptOf(row));
            SearchRows::appendTexts(rows, prompts);
        },
        error);
}

bool HistoryStore::saveBatchCells(const QString &key, const QDateTime &updated,
                                  const QList<StoredBatch::Cell> &cells, QString *error)
{
    const QString path = native(m_filePath);
    if (!m_open) {
        return fail(error, Tr::tr("Cannot save the results of the batch run: the history %1 is "
                                  "not open. Restart Parlance, or fix the problem reported when "
                                  "it opened.")
                               .arg(path));
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    auto saveFailed = [&](const QSqlError &sqlError) {
        return fail(error, Tr::tr("Cannot save the results of the batch run %1 in the history "
                                  "%2: %3. Check that the disk is not full and the file is "
                                  "writable; the results saved before are unchanged.")
                               .arg(key, path, sqliteMessage(sqlError)));
    };
    if (!db.transaction())
        return saveFailed(db.lastError());
    BatchRows::CellsWritten written;
    const std::optional<QSqlError> failure
        = BatchRows::writeCells(db, key, updated, cells, &written);
    if (failure || !written.batchFound || written.outside) {
        db.rollback();
        if (failure)
            return saveFailed(*failure);
        if (!written.batchFound) {
            return fail(error, Tr::tr("Cannot save the results of the batch run %1: it is no "
                                      "longer in the history %2; it may have been deleted in "
                                      "another window. Save the whole batch run to keep it.")
                                   .arg(key, path));
        }
        return fail(error, Tr::tr("Cannot save the results of the batch run %1 in the history "
                                  "%2: one is for row %3 and model %4, which the batch run does "
                                  "not have. Nothing was changed; this is a fault in Parlance, "
                                  "please report it.")
                               .arg(key, path)
                               .arg(qint64(written.outside->row) + 1)
                               .arg(qint64(written.outside->model) + 1));
    }
    if (!db.commit()) {
        const QSqlError sqlError = db.lastError();
        db.rollback();
        return saveFailed(sqlError);
    }
    return true;
}

std::optional<StoredBatch> HistoryStore::loadBatch(const QString &key, QString *error)
{
    const QString path = native(m_filePath);
    if (!m_open) {
        fail(error, Tr::tr("Cannot open the batch run: the history %1 is not open. Restart "
                           "Parlance, or fix the problem reported when it opened.")
                        .arg(path));
        return std::nullopt;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    auto readFailed = [&](const QSqlError &sqlError) {
        fail(error, Tr::tr("Cannot read a batch run from the history %1: %2. Check that the "
                           "file is readable, then try again.")
                        .arg(path, sqliteMessage(sqlError)));
        return std::nullopt;
    };
    // One read transaction, so a save from another window cannot land between the rows.
    if (!db.transaction())
        return readFailed(db.lastError());
    std::optional<StoredBatch> batch;
    QString damage;
    const std::optional<QSqlError> failure = BatchRows::read(db, key, &batch, &damage);
    db.rollback(); // nothing was written; this only ends the read transaction
    if (failure)
        return readFailed(*failure);
    if (!batch) {
        fail(error, Tr::tr("The batch run is no longer in the history %1; it may have been "
                           "deleted in another window. Refresh the list.")
                        .arg(path));
        return std::nullopt;
    }
    if (!damage.isEmpty()) {
        const QString name = batch->title.isEmpty() ? key : batch->title;
        fail(error, Tr::tr("The batch run \"%1\" in the history %2 is damaged (%3) and cannot "
                           "be opened. Delete it from the history; the other conversations are "
                           "not affected.")
                        .arg(name, path, damage));
        return std::nullopt;
    }
    return batch;
}

std::optional<QList<Core::Vote>> HistoryStore::votes(QString *error)
{
    const QString path = native(m_filePath);
    if (!m_open) {
        fail(error, Tr::tr("Cannot read the votes: the history %1 is not open. Restart "
                           "Parlance, or fix the problem reported when it opened.")
                        .arg(path));
        return std::nullopt;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QList<Core::Vote> votes;
    QString damage;
    if (const auto failure = ComparisonRows::readVotes(db, &votes, &damage)) {
        fail(error, Tr::tr("Cannot read the votes from the history %1: %2. Check that the file "
                           "is readable, then try again.")
                        .arg(path, sqliteMessage(*failure)));
        return std::nullopt;
    }
    if (!damage.isEmpty()) {
        // Skipping it would change the leaderboard without a word.
        fail(error, Tr::tr("A vote in the history %1 is damaged (%2), so the votes cannot be "
                           "counted. Repair or delete that row with an SQLite tool.")
                        .arg(path, damage));
        return std::nullopt;
    }
    return votes;
}

} // namespace Parlance::Store
