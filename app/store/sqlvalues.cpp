#include "store/sqlvalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Parlance::Store::SqlValues {

namespace {

using namespace Qt::StringLiterals;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Store::HistoryStore)
};

std::optional<QJsonDocument> document(const QString &text, QString *error)
{
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = parseError.errorString();
        return std::nullopt;
    }
    return document;
}

} // namespace

QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : u""_s;
}

QDateTime timeFromText(const QString &text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::optional<QJsonObject> jsonObject(const QString &text, QString *error)
{
    const std::optional<QJsonDocument> parsed = document(text, error);
    if (!parsed)
        return std::nullopt;
    if (!parsed->isObject()) {
        if (error)
            *error = Tr::tr("not a JSON object");
        return std::nullopt;
    }
    return parsed->object();
}

std::optional<QJsonArray> jsonArray(const QString &text, QString *error)
{
    const std::optional<QJsonDocument> parsed = document(text, error);
    if (!parsed)
        return std::nullopt;
    if (!parsed->isArray()) {
        if (error)
            *error = Tr::tr("not a JSON list");
        return std::nullopt;
    }
    return parsed->array();
}

} // namespace Parlance::Store::SqlValues
