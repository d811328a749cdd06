#include "cli/clioutput.h"
#include "cli/commands.h"
#include "cli/comparetable.h"
#include "cli/harrecorder.h"
#include "engine/chatrunner.h"
#include "engine/resultjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

namespace Parlance::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Cli::Compare)
};

struct Entry
{
    QString label; // as given in --models: the header and the table's row
    QString model;
    Core::ApiKind api = Core::ApiKind::ChatCompletions;
};

// MODEL or MODEL@API; the API is what follows the last '@', so a model whose name holds one
// (claude-3-5-sonnet@20240620) is written with its API: claude-3-5-sonnet@20240620@chat.
std::optional<QList<Entry>> parseEntries(const QStringList &models, Core::ApiKind defaultApi,
                                         QString *error)
{
    QList<Entry> entries;
    for (const QString &label : models) {
        Entry entry{label, label, defaultApi};
        if (const qsizetype at = label.lastIndexOf(QLatin1Char('@')); at >= 0) {
            entry.model = label.left(at);
            const QString api = label.mid(at + 1);
            const std::optional<Core::ApiKind> kind = Core::apiKindFromName(api);
            if (!kind) {
                *error = Tr::tr("'%1' in --models: '%2' is not an API; write MODEL@chat, "
                                "MODEL@responses or MODEL@invocations (a model whose name holds "
                                "'@' needs its API after it)")
                             .arg(label, api);
                return std::nullopt;
            }
            entry.api = *kind;
        }
        if (entry.model.isEmpty()) {
            *error = Tr::tr("'%1' in --models names no model; write MODEL or MODEL@API").arg(label);
            return std::nullopt;
        }
        entries.append(entry);
    }
    return entries;
}

// Prints the columns' answers in --models order while they run at once: the first unfinished
// column streams live, the ones after it collect, and each is printed when its turn comes.
class Comparison
{
public:
    Comparison(const CommandContext &context, QList<Entry> entries)
        : m_context(context), m_entries(std::move(entries)), m_har(context)
    {
        for (const Entry &e : std::as_const(m_entries))
            m_labels.append(e.label);
    }

    void run()
    {
        const CliArgs &args = m_context.args;
        m_runner.setRecordEvents(args.inspect || m_har.isOn());
        QList<Engine::ChatColumn> columns;
        for (const Entry &e : std::as_const(m_entries)) {
            Engine::ChatColumn column;
            column.connection = m_context.connection;
            column.token = m_context.token;
            column.request.api = e.api;
            column.request.model = e.model;
            column.request.conversation
                = Core::Conversation::singleTurn(args.positionals.join(QLatin1Char(' ')));
            column.request.params = args.generation;
            columns.append(column);
        }
        QObject::connect(&m_runner, &Engine::ChatRunner::deltas, &m_runner,
                         [this](int column, const QList<Core::ReplyDelta> &deltas) {
                             if (column == m_cursor && !m_context.args.json)
                                 printDeltas(deltas);
                         });
        QObject::connect(&m_runner, &Engine::ChatRunner::retrying, &m_runner,
                         [this](int column, int next, double delay, const Core::ApiError &reason) {
                             if (m_context.args.json)
                                 return;
                             printWarning(Tr::tr("%1: %2; retrying in %3 s (attempt %4)")
                                              .arg(m_labels.at(column), describeError(reason))
                                              .arg(delay, 0, 'f', 1)
                                              .arg(next));
                         });
        if (args.inspect) {
            QObject::connect(&m_runner, &Engine::ChatRunner::exchangeRecorded, &m_runner,
                             [this](int column, const Net::Exchange &exchange) {
                                 // Marked with the column: the exchanges of all columns interleave.
                                 writeErr(QByteArray("* column " + m_labels.at(column).toUtf8()
                                                     + '\n' + formatExchange(exchange)));
                             });
        }
        if (m_har.isOn()) {
            QObject::connect(&m_runner, &Engine::ChatRunner::exchangeRecorded, &m_runner,
                             [this](int column, const Net::Exchange &exchange) {
                                 m_har.add(exchange, m_labels.at(column));
                             });
        }
        QObject::connect(&m_runner, &Engine::ChatRunner::finished, &m_runner,
                         [this] { advance(); });
        m_runner.start(columns);
        if (!args.json)
            beginSection();
    }

private:
    QByteArray header(int column) const
    {
        return QByteArray("== " + m_labels.at(column).toUtf8() + " ==\n");
    }

    void print(const QString &text)
    {
        if (text.isEmpty())
            return;
        writeOut(text.toUtf8());
        m_endsWithNewline = text.endsWith(QLatin1Char('\n'));
    }

    void printDeltas(const QList<Core::ReplyDelta> &deltas)
    {
        QString text;
        for (const Core::ReplyDelta &delta : deltas) {
            if (delta.kind == Core::ReplyDelta::Kind::Text && delta.choice == 0)
                text += delta.text;
        }
        print(text);
        flushOut();
    }

    // The cursor column's header and what it has received so far; the rest streams.
    void beginSection()
    {
        if (m_cursor > 0)
            writeOut("\n");
        writeOut(header(m_cursor));
        m_endsWithNewline = true;
        print(m_runner.call(m_cursor)->reply().text());
        flushOut();
    }

    void endSection(const Engine::ChatResult &result)
    {
        if (!m_endsWithNewline)
            writeOut("\n");
        // In a comparison a tool call is the answer: it goes with the others, not to stderr.
        for (const Core::ContentPart &tool : result.message.toolCalls())
            writeOut(QByteArray(
                Tr::tr("[tool call %1 %2]").arg(tool.toolName, tool.toolArguments).toUtf8()
                + '\n'));
        flushOut();
        reportFailure(m_cursor, result);
    }

    void reportFailure(int column, const Engine::ChatResult &result)
    {
        if (!result.error)
            return;
        reportCallError(m_context, *result.error, m_labels.at(column), !m_hinted);
        m_hinted = true;
        if (result.incomplete && !result.message.text().isEmpty() && !m_context.args.json)
            printWarning(Tr::tr("the answer of %1 above is incomplete.").arg(m_labels.at(column)));
    }

    // Moves the cursor past every finished column, printing each; at the end, the table.
    void advance()
    {
        const bool json = m_context.args.json;
        while (m_cursor < m_entries.size()) {
            const std::optional<Engine::ChatResult> result = m_runner.result(m_cursor);
            if (!result)
                return;
            m_results.append(*result);
            if (json)
                reportFailure(m_cursor, *result);
            else
                endSection(*result);
            if (++m_cursor < m_entries.size() && !json)
                beginSection();
        }
        if (json) {
            QJsonArray array;
            for (const Engine::ChatResult &r : std::as_const(m_results))
                array.append(chatResultJson(r));
            writeOut(QJsonDocument(array).toJson(QJsonDocument::Compact).append('\n'));
        } else {
            writeOut(QByteArray('\n' + compareTable(m_labels, m_results).toUtf8()));
        }
        flushOut();
        int code = m_har.write() ? ExitOk : ExitUsage;
        for (const Engine::ChatResult &r : std::as_const(m_results)) {
            if (r.error) {
                code = exitCodeFor(*r.error);
                break;
            }
        }
        m_context.done(code);
    }

    const CommandContext m_context;
    const QList<Entry> m_entries;
    QStringList m_labels;
    Engine::ChatRunner m_runner;
    QList<Engine::ChatResult> m_results; // of the columns before the cursor
    int m_cursor = 0;                    // the column being printed
    bool m_endsWithNewline = true;
    bool m_hinted = false; // a missing-token hint is said once, not once per column
    HarRecorder m_har;
};

} // namespace

QString compareUsageError(const CliArgs &args)
{
    if (args.raw)
        return Tr::tr("--raw is for chat: compare prints each answer and a metrics table. Use "
                      "--inspect to see every column's exchange on stderr.");
    if (args.models.isEmpty())
        return Tr::tr("compare needs the models to ask: parlance-cli compare --models "
                      "A[@API],B[@API] \"PROMPT\"");
    QString error;
    if (!parseEntries(args.models, args.api, &error))
        return error;
    if (args.positionals.isEmpty())
        return Tr::tr("compare needs a PROMPT: parlance-cli compare --models A,B \"PROMPT\"");
    return {};
}

void runCompare(const CommandContext &context)
{
    if (const QString error = compareUsageError(context.args); !error.isEmpty()) {
        printError(error);
        context.done(ExitUsage);
        return;
    }
    QString ignored;
    QList<Entry> entries = *parseEntries(context.args.models, context.args.api, &ignored);
    // Lives until the process exits: `done` ends the event loop, not this.
    auto *comparison = new Comparison(context, std::move(entries));
    comparison->run();
}

} // namespace Parlance::Cli
