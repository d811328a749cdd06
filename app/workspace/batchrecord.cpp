#include "workspace/batchrecord.h"

#include "engine/resultjson.h"
#include "store/conversationjson.h"
#include "store/storedconversation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Parlance::Workspace::BatchRecord {

namespace {

using namespace Qt::StringLiterals;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Workspace::BatchRecord)
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

Core::Turn turnOf(const Engine::ChatResult &result)
{
    Core::Turn turn;
    turn.message = result.message;
    turn.message.incomplete = result.incomplete;
    turn.model = result.model;
    turn.api = result.api;
    turn.usage = result.usage;
    turn.metrics = result.metrics;
    turn.finishReason = result.finishReason;
    turn.error = result.error;
    return turn;
}

} // namespace

QJsonObject rowToJson(const Engine::BatchRow &row)
{
    QJsonArray messages;
    for (const Core::Message &message : row.conversation.messages()) {
        Core::Turn turn;
        turn.message = message;
        messages.append(Store::turnToJson(turn));
    }
    return QJsonObject{{"index"_L1, row.index},
                       {"line"_L1, row.line},
                       {"prompt"_L1, row.prompt},
                       {"messages"_L1, messages},
                       {"columns"_L1, row.columns}};
}

std::optional<Engine::BatchRow> rowFromJson(const QJsonObject &json, QString *error)
{
    const QJsonValue index = json.value("index"_L1);
    const QJsonValue prompt = json.value("prompt"_L1);
    const QJsonValue messages = json.value("messages"_L1);
    if (!index.isDouble() || index.toDouble() < 0 || !prompt.isString() || !messages.isArray()
        || !(json.value("columns"_L1).isObject() || json.value("columns"_L1).isUndefined())) {
        fail(error, Tr::tr("its index, prompt or messages are missing or of the wrong type"));
        return std::nullopt;
    }
    Engine::BatchRow row;
    row.index = qint64(index.toDouble());
    row.line = qint64(json.value("line"_L1).toDouble());
    row.prompt = prompt.toString();
    row.columns = json.value("columns"_L1).toObject();
    const QJsonArray list = messages.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        QString why;
        const std::optional<Core::Turn> turn = Store::turnFromJson(list.at(i).toObject(), &why);
        if (!list.at(i).isObject() || !turn) {
            fail(error, Tr::tr("message %1: %2").arg(i + 1).arg(why));
            return std::nullopt;
        }
        row.conversation.append(turn->message);
    }
    return row;
}

QJsonObject cellToJson(const BatchSession::Cell &cell)
{
    if (!cell.result)
        return {};
    const Engine::ChatResult &result = *cell.result;
    QJsonArray checks;
    // As the CLI's lines hold them, which cellFromJson reads back.
    for (const Engine::BatchCheckResult &check : cell.checks)
        checks.append(Engine::checkResultJson(check));
    return QJsonObject{{"turn"_L1, Store::turnToJson(turnOf(result))},
                       {"http_status"_L1, result.httpStatus},
                       {"attempts"_L1, result.attempts},
                       {"checks"_L1, checks}};
}

std::optional<BatchSession::Cell> cellFromJson(const QJsonObject &json, QString *error)
{
    QString why;
    const std::optional<Core::Turn> turn
        = json.value("turn"_L1).isObject()
              ? Store::turnFromJson(json.value("turn"_L1).toObject(), &why)
              : std::nullopt;
    if (!turn) {
        fail(error, why.isEmpty() ? Tr::tr("its answer is missing") : why);
        return std::nullopt;
    }
    Engine::ChatResult result;
    result.model = turn->model;
    result.api = turn->api;
    result.message = turn->message;
    result.incomplete = turn->message.incomplete;
    result.message.incomplete = false;
    result.usage = turn->usage;
    result.metrics = turn->metrics;
    result.finishReason = turn->finishReason;
    result.error = turn->error;
    result.httpStatus = json.value("http_status"_L1).toInt();
    result.attempts = json.value("attempts"_L1).toInt();

    BatchSession::Cell cell;
    const QJsonArray checks = json.value("checks"_L1).toArray();
    for (const QJsonValue &value : checks) {
        const QJsonObject entry = value.toObject();
        if (!entry.value("name"_L1).isString() || !entry.value("pass"_L1).isBool()) {
            fail(error, Tr::tr("a check result has no name or outcome"));
            return std::nullopt;
        }
        Engine::BatchCheckResult check;
        check.name = entry.value("name"_L1).toString();
        check.pass = entry.value("pass"_L1).toBool();
        if (entry.value("score"_L1).isDouble())
            check.score = entry.value("score"_L1).toDouble();
        check.detail = entry.value("detail"_L1).toString();
        cell.passed += check.pass ? 1 : 0;
        cell.checks.append(check);
    }
    cell.result = std::move(result);
    return cell;
}

QJsonObject setupToJson(const BatchSession::RunSetup &setup)
{
    QJsonArray checks;
    for (const Engine::BatchCheck &check : setup.checks)
        checks.append(check.name());
    return QJsonObject{
        {"settings"_L1, Store::settingsToJson(Core::ChatSettings{{}, setup.api, setup.params})},
        {"checks"_L1, checks},
        {"parallel"_L1, setup.parallel}};
}

QString promptSetJsonl(const BatchSession &session)
{
    QString jsonl;
    for (int i = 0; i < session.rowCount(); ++i) {
        const Engine::BatchRow &row = session.row(i);
        QJsonObject line = row.columns;
        line.remove("prompt"_L1);
        line.remove("messages"_L1);
        const QList<Core::Message> &messages = row.conversation.messages();
        if (messages.size() == 1 && messages.first().role == Core::Role::User) {
            line.insert("prompt"_L1, row.prompt);
        } else {
            // What a prompt set's messages can hold: a role and its text.
            QJsonArray list;
            for (const Core::Message &message : messages) {
                list.append(QJsonObject{{"role"_L1, Core::roleName(message.role)},
                                        {"content"_L1, message.text()}});
            }
            line.insert("messages"_L1, list);
        }
        jsonl += QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact));
        jsonl += QLatin1Char('\n');
    }
    return jsonl;
}

Store::StoredBatch snapshot(const BatchSession &session)
{
    Store::StoredBatch stored;
    stored.key = session.logKey();
    stored.connectionName = session.connectionName();
    stored.models = session.models();
    stored.setup = setupToJson(session.setup());
    stored.rows.reserve(session.rowCount());
    for (int row = 0; row < session.rowCount(); ++row)
        stored.rows.append(rowToJson(session.row(row)));
    stored.title = session.rowCount() > 0 ? Store::titleFor(session.row(0).prompt) : QString();
    for (int row = 0; row < session.rowCount(); ++row) {
        for (int model = 0; model < session.modelCount(); ++model) {
            const BatchSession::Cell &cell = session.cell(row, model);
            if (cell.done())
                stored.cells.append({row, model, cellToJson(cell), cell.failed()});
        }
    }
    return stored;
}

std::optional<Restored> restore(const Store::StoredBatch &stored, QString *error,
                                QStringList *droppedChecks)
{
    Restored restored;
    BatchSession::RunSetup &setup = restored.setup;
    setup.models = stored.models;
    if (setup.models.isEmpty() || stored.rows.isEmpty()) {
        fail(error, Tr::tr("it has no models or no prompts"));
        return std::nullopt;
    }
    QString why;
    const std::optional<Core::ChatSettings> settings
        = Store::settingsFromJson(stored.setup.value("settings"_L1).toObject(), &why);
    if (!settings) {
        fail(error, Tr::tr("its settings: %1").arg(why));
        return std::nullopt;
    }
    setup.api = settings->api;
    setup.params = settings->params;
    setup.parallel = std::max(1, stored.setup.value("parallel"_L1).toInt(setup.parallel));
    for (const QJsonValue &spec : stored.setup.value("checks"_L1).toArray()) {
        QString checkError;
        if (std::optional<Engine::BatchCheck> check
            = Engine::BatchCheck::parse(spec.toString(), &checkError)) {
            setup.checks.append(std::move(*check));
        } else if (droppedChecks) {
            droppedChecks->append(spec.toString());
        }
    }
    setup.rows.reserve(stored.rows.size());
    for (qsizetype i = 0; i < stored.rows.size(); ++i) {
        std::optional<Engine::BatchRow> row = rowFromJson(stored.rows.at(i), &why);
        if (!row) {
            fail(error, Tr::tr("prompt %1: %2").arg(i + 1).arg(why));
            return std::nullopt;
        }
        setup.rows.append(std::move(*row));
    }
    const qsizetype models = setup.models.size();
    restored.cells.assign(size_t(setup.rows.size() * models), BatchSession::Cell{});
    for (const Store::StoredBatch::Cell &stored : stored.cells) {
        if (stored.row < 0 || stored.row >= setup.rows.size() || stored.model < 0
            || stored.model >= models) {
            fail(error, Tr::tr("an answer belongs to no prompt and model of the table"));
            return std::nullopt;
        }
        std::optional<BatchSession::Cell> cell = cellFromJson(stored.line, &why);
        if (!cell) {
            fail(error, Tr::tr("the answer of %1 to prompt %2: %3")
                            .arg(setup.models.at(stored.model))
                            .arg(stored.row + 1)
                            .arg(why));
            return std::nullopt;
        }
        restored.cells[size_t(stored.row * models + stored.model)] = std::move(*cell);
    }
    return restored;
}

} // namespace Parlance::Workspace::BatchRecord
