#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// How the history writes values into its SQLite text columns and reads them back; shared by
// the chat and the comparison tables so both read the same way.
namespace Parlance::Store::SqlValues {

// QSQLITE binds a null QString as NULL, and the text columns are NOT NULL.
QString text(const QString &value);

// ISO 8601 in UTC with milliseconds sorts as text in time order, so `ORDER BY updated` needs
// no conversion and the file stays readable with the sqlite3 shell. Invalid: empty text.
QString timeText(const QDateTime &time);
QDateTime timeFromText(const QString &text);

QString jsonText(const QJsonObject &object);
QString jsonText(const QJsonArray &array);
// The object in `text`; nullopt with what is wrong in `error` otherwise.
std::optional<QJsonObject> jsonObject(const QString &text, QString *error);
std::optional<QJsonArray> jsonArray(const QString &text, QString *error);

} // namespace Parlance::Store::SqlValues
