#include "export/conversationfile.h"

#include "core/utf8.h"
#include "export/conversationmessages.h"
#include "store/conversationjson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// The file builds on the history's own JSON for settings and turns (store/conversationjson.h),
// so what the history keeps and what a file holds cannot drift apart unnoticed; the test that
// reads tests/data/conversation-v1.json back and writes it again byte for byte fails the day
// the history's JSON changes under the published format.
namespace Parlance::Export {

namespace {

using namespace Qt::StringLiterals;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Export::ConversationFile)
};

const QLatin1StringView kFormat = "parlance.conversation"_L1;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// Line and column (from 1) of a byte offset, for messages a person can act on in an editor.
QString placeOf(const QByteArray &bytes, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, bytes.size());
    const qsizetype lineStart = bytes.lastIndexOf('\n', offset - 1) + 1;
    const qsizetype line = bytes.left(offset).count('\n') + 1;
    return Tr::tr("line %1, column %2").arg(line).arg(offset - lineStart + 1);
}

bool readTime(const QJsonObject &json, QLatin1StringView key, QDateTime *out, QString *error)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    const QDateTime time = value.isString()
                               ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs)
                               : QDateTime();
    if (!time.isValid())
        return fail(error, Tr::tr("The member \"%1\" should be a date and time such as "
                                  "\"2024-06-01T08:00:00.000Z\".")
                               .arg(key));
    *out = time.toUTC();
    return true;
}

bool readString(const QJsonObject &json, QLatin1StringView key, QString *out, QString *error)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString())
        return fail(error, Tr::tr("The member \"%1\" should be text.").arg(key));
    *out = value.toString();
    return true;
}

std::optional<Store::StoredConversation> fromParlanceFile(const QJsonObject &json, QString *error)
{
    const QJsonValue format = json.value("format"_L1);
    if (format != QJsonValue(kFormat)) {
        if (format == QJsonValue("parlance.comparison"_L1)) {
            fail(error, Tr::tr("This is an exported comparison, not a conversation: it cannot "
                               "be imported."));
        } else {
            fail(error, Tr::tr("The member \"format\" should be \"%1\"; this is not a Parlance "
                               "conversation file.")
                            .arg(kFormat));
        }
        return std::nullopt;
    }
    const QJsonValue version = json.value("version"_L1);
    if (!version.isDouble() || version.toDouble() != double(version.toInteger())
        || version.toInteger() < 1) {
        fail(error, Tr::tr("The member \"version\" should be a whole number from 1."));
        return std::nullopt;
    }
    if (version.toInteger() > kConversationFormatVersion) {
        fail(error, Tr::tr("This file was made by a newer Parlance (conversation format version "
                           "%1; this version reads up to %2). Update Parlance to import it.")
                        .arg(version.toInteger())
                        .arg(kConversationFormatVersion));
        return std::nullopt;
    }

    Store::StoredConversation conversation;
    if (!readString(json, "title"_L1, &conversation.title, error)
        || !readTime(json, "created"_L1, &conversation.created, error)
        || !readTime(json, "updated"_L1, &conversation.updated, error)
        || !readString(json, "connection"_L1, &conversation.connectionName, error)) {
        return std::nullopt;
    }

    const QJsonValue settings = json.value("settings"_L1);
    if (!settings.isUndefined() && !settings.isNull()) {
        if (!settings.isObject()) {
            fail(error, Tr::tr("The member \"settings\" should be an object."));
            return std::nullopt;
        }
        QString problem;
        std::optional<Core::ChatSettings> read
            = Store::settingsFromJson(settings.toObject(), &problem);
        if (!read) {
            fail(error, Tr::tr("In \"settings\": %1").arg(problem));
            return std::nullopt;
        }
        conversation.settings = *std::move(read);
    }

    const QJsonValue turns = json.value("turns"_L1);
    if (!turns.isArray()) {
        fail(error, Tr::tr("The member \"turns\" should be a list."));
        return std::nullopt;
    }
    const QJsonArray list = turns.toArray();
    conversation.turns.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = u"turns[%1]"_s.arg(i);
        if (!list.at(i).isObject()) {
            fail(error, Tr::tr("The member \"%1\" should be an object.").arg(path));
            return std::nullopt;
        }
        QString problem;
        std::optional<Core::Turn> turn = Store::turnFromJson(list.at(i).toObject(), &problem);
        if (!turn) {
            fail(error, Tr::tr("In \"%1\": %2").arg(path, problem));
            return std::nullopt;
        }
        conversation.turns.append(*std::move(turn));
    }
    return conversation;
}

} // namespace

QByteArray conversationJson(const Store::StoredConversation &conversation)
{
    QJsonArray turns;
    for (const Core::Turn &turn : conversation.turns)
        turns.append(Store::turnToJson(turn));
    const auto time = [](const QDateTime &time) {
        return time.isValid() ? QJsonValue(timeText(time)) : QJsonValue(QJsonValue::Null);
    };
    const QJsonObject rest{
        {"title"_L1, conversation.title},
        {"created"_L1, time(conversation.created)},
        {"updated"_L1, time(conversation.updated)},
        {"connection"_L1, conversation.connectionName},
        {"settings"_L1, Store::settingsToJson(conversation.settings)},
        {"turns"_L1, turns},
    };
    // QJsonObject sorts its keys; `format` and `version` go first all the same, so `head -3`
    // tells what a file is.
    QByteArray head = QJsonDocument(QJsonObject{{"format"_L1, kFormat},
                                                {"version"_L1, kConversationFormatVersion}})
                          .toJson(QJsonDocument::Indented);
    head.chop(3);                                                                     // "\n}\n"
    return head + ",\n" + QJsonDocument(rest).toJson(QJsonDocument::Indented).mid(2); // "{\n"
}

std::optional<Store::StoredConversation> readConversation(const QByteArray &bytes, QString *error)
{
    if (bytes.size() > kMaxConversationFileBytes) {
        fail(error, Tr::tr("The file is too large to import (%1 MB; at most %2 MB).")
                        .arg(bytes.size() / (1024 * 1024))
                        .arg(kMaxConversationFileBytes / (1024 * 1024)));
        return std::nullopt;
    }
    // Checked before parsing: the JSON parser only says "illegal UTF-8", not where.
    if (const qsizetype bad
        = Core::firstInvalidUtf8(reinterpret_cast<const uchar *>(bytes.constData()), bytes.size());
        bad >= 0) {
        fail(error, Tr::tr("The file is not valid UTF-8 text: byte %1 (%2) cannot be read.")
                        .arg(bad)
                        .arg(placeOf(bytes, bad)));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error, Tr::tr("The file is not valid JSON: %1 at %2.")
                        .arg(parseError.errorString(), placeOf(bytes, parseError.offset)));
        return std::nullopt;
    }

    std::optional<Store::StoredConversation> conversation;
    if (document.isArray()) {
        conversation = conversationFromMessages(document.array(), error);
    } else if (document.isObject()) {
        const QJsonObject object = document.object();
        if (object.contains("format"_L1))
            conversation = fromParlanceFile(object, error);
        else if (object.contains("messages"_L1))
            conversation = conversationFromChatBody(object, error);
        else
            fail(error, Tr::tr("The file is neither a Parlance conversation (no \"format\") nor "
                               "an OpenAI-style request (no \"messages\")."));
    } else {
        fail(error, Tr::tr("The file should hold a JSON object or a list of messages."));
    }
    if (conversation && conversation->turns.isEmpty()) {
        fail(error, Tr::tr("The file holds no messages."));
        return std::nullopt;
    }
    return conversation;
}

std::optional<Store::StoredConversation> readConversationFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, Tr::tr("Could not open %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    // Asked of the file, not of what was read: a huge file is refused without reading it.
    if (file.size() > kMaxConversationFileBytes) {
        fail(error, Tr::tr("%1 is too large to import (%2 MB; at most %3 MB).")
                        .arg(QFileInfo(path).fileName())
                        .arg(file.size() / (1024 * 1024))
                        .arg(kMaxConversationFileBytes / (1024 * 1024)));
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        fail(error, Tr::tr("Could not read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    return readConversation(bytes, error);
}

} // namespace Parlance::Export
