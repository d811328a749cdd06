#include "cli/clioutput.h"
#include "cli/commands.h"
#include "core/clocktext.h"
#include "engine/batchcheck.h"
#include "engine/batchreader.h"
#include "engine/batchresume.h"
#include "engine/batchrunner.h"
#include "engine/batchsql.h"
#include "engine/resultjson.h"
#include "engine/sqlcall.h"
#include "net/gatewayclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Parlance::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Cli::Batch)
};

QString percent(qint64 part, qint64 whole)
{
    return whole > 0 ? QStringLiteral("%1%").arg(100.0 * double(part) / double(whole), 0, 'f', 1)
                     : QStringLiteral("-");
}

QString table(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        widths.resize(qMax(widths.size(), row.size()));
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = qMax(widths.at(c), row.at(c).size());
    }
    QString out;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c > 0)
                line += QStringLiteral("  ");
            line += c == 0 ? row.at(c).leftJustified(widths.at(c))
                           : row.at(c).rightJustified(widths.at(c));
        }
        out += QStringLiteral("  ") + line.trimmed() + QLatin1Char('\n');
    }
    return out;
}

struct Inputs
{
    Engine::BatchInputOptions options;
    QList<Engine::BatchCheck> checks;
};

std::optional<Inputs> readInputs(const CliArgs &args, QString *error)
{
    Inputs inputs;
    const std::optional<Engine::BatchFormat> format
        = args.input.isEmpty() ? std::optional(Engine::BatchFormat::Jsonl) // --table
                               : Engine::BatchInputParser::formatForPath(args.input);
    if (!format) {
        *error = Tr::tr("--input %1: name a .jsonl or a .csv file (the ending says which it is)")
                     .arg(args.input);
        return std::nullopt;
    }
    inputs.options.format = *format;
    if (!args.promptColumn.isEmpty())
        inputs.options.promptColumn = args.promptColumn;
    if (!args.templateText.isEmpty()) {
        QString why;
        inputs.options.promptTemplate = Engine::BatchTemplate::parse(args.templateText, &why);
        if (!inputs.options.promptTemplate) {
            *error = QStringLiteral("--template: ") + why;
            return std::nullopt;
        }
    }
    for (const QString &spec : args.checks) {
        const std::optional<Engine::BatchCheck> check = Engine::BatchCheck::parse(spec, error);
        if (!check)
            return std::nullopt;
        inputs.checks.append(*check);
    }
    return inputs;
}

// Writes each finished cell as one line at once, keeps the counts for the summary, and shows
// the progress on a terminal.
class BatchRun
{
public:
    BatchRun(const CommandContext &context, Engine::BatchRunner::Setup setup,
             Engine::BatchInputOptions options, qint64 cells, Engine::BatchResume resume,
             std::unique_ptr<QFile> output)
        : m_context(context)
        , m_models(setup.models)
        , m_checks(setup.checks)
        , m_reader(std::move(options))
        , m_cells(cells)
        , m_resume(std::move(resume))
        , m_output(std::move(output))
        , m_runner(std::move(setup))
    {
        for (const QString &model : std::as_const(m_models))
            m_stats.insert(model, Stats{0, 0, 0, QList<qint64>(m_checks.size(), 0)});
    }

    bool open(QString *error) { return m_reader.open(m_context.args.input, error); }

    void run()
    {
        m_clock.start();
        QObject::connect(&m_runner, &Engine::BatchRunner::cellFinished, &m_runner,
                         [this](const Engine::BatchCell &cell) { write(cell); });
        QObject::connect(&m_runner, &Engine::BatchRunner::throttled, &m_runner,
                         [this](double seconds, int limit) {
                             if (!m_progress.isActive())
                                 return;
                             m_note = Tr::tr("rate-limited: waiting %1 s, %2 at once")
                                          .arg(seconds, 0, 'f', 1)
                                          .arg(limit);
                         });
        QObject::connect(&m_runner, &Engine::BatchRunner::finished, &m_runner,
                         [this] { finish(); });
        if (isatty(STDERR_FILENO)) {
            QObject::connect(&m_progress, &QTimer::timeout, &m_runner, [this] { showProgress(); });
            m_progress.start(250);
        }
        m_runner.start(
            [this] { return m_reader.next(); },
            [this](qint64 index, const QString &model) { return m_resume.isDone(index, model); });
    }

private:
    struct Stats
    {
        qint64 cells = 0;
        qint64 ok = 0;
        qint64 failed = 0;
        QList<qint64> passed; // per check
    };

    void write(const Engine::BatchCell &cell)
    {
        const QByteArray line = QJsonDocument(Engine::batchCellJson(cell))
                                    .toJson(QJsonDocument::Compact)
                                    .append('\n');
        if (m_output) {
            // Flushed line by line: a run killed now loses nothing it finished.
            if (m_output->write(line) != line.size() || !m_output->flush()) {
                if (m_writeError.isEmpty())
                    m_writeError = m_output->errorString();
                m_runner.cancel();
            }
        } else {
            writeOut(line);
            flushOut();
        }
        ++m_done;
        Stats &stats = m_stats[cell.model];
        ++stats.cells;
        if (cell.result.error) {
            ++stats.failed;
            // The gateway's own refusal is exit 2; 3 or 4 only when nothing else failed.
            const ExitCode code = exitCodeFor(*cell.result.error);
            if (m_exitCode == ExitOk || code == ExitGateway)
                m_exitCode = code;
        } else {
            ++stats.ok;
        }
        for (qsizetype i = 0; i < cell.checks.size() && i < stats.passed.size(); ++i)
            stats.passed[i] += cell.checks.at(i).pass ? 1 : 0;
    }

    void showProgress()
    {
        const double seconds = double(m_clock.elapsed()) / 1000.0;
        const double rate = seconds > 0 ? double(m_done) / seconds : 0;
        QString line = Tr::tr("batch: %1/%2 cells (%3), %4/s")
                           .arg(m_done)
                           .arg(m_cells)
                           .arg(percent(m_done, m_cells))
                           .arg(rate, 0, 'f', 1);
        if (rate > 0 && m_done < m_cells)
            line += Tr::tr(", ETA %1").arg(Core::clockText(double(m_cells - m_done) / rate));
        if (!m_note.isEmpty())
            line += QStringLiteral(", ") + std::exchange(m_note, {});
        writeErr(QByteArray("\r\033[K" + line.toUtf8()));
    }

    void finish()
    {
        if (m_progress.isActive()) {
            m_progress.stop();
            writeErr("\r\033[K");
        }
        flushOut();
        if (!m_writeError.isEmpty()) {
            printError(Tr::tr("cannot write %1: %2; run again with --resume once there is room")
                           .arg(m_context.args.output, m_writeError));
            m_context.done(ExitUsage);
            return;
        }
        if (const std::optional<Engine::BatchInputError> error = m_reader.error()) {
            printError(error->format(m_context.args.input));
            m_context.done(ExitUsage);
            return;
        }
        summary();
        m_context.done(m_exitCode);
    }

    void summary()
    {
        qint64 ok = 0;
        qint64 failed = 0;
        for (const Stats &s : std::as_const(m_stats)) {
            ok += s.ok;
            failed += s.failed;
        }
        QString text = Tr::tr("batch: %1 cells in %2: %3 succeeded, %4 failed")
                           .arg(m_done)
                           .arg(Core::clockText(double(m_clock.elapsed()) / 1000.0))
                           .arg(ok)
                           .arg(failed);
        if (!m_resume.done.isEmpty())
            text += Tr::tr(" (%1 were already in %2)")
                        .arg(m_resume.done.size())
                        .arg(m_context.args.output);
        if (m_runner.requeues() > 0)
            text += Tr::tr("; %1 asked again after a rate limit").arg(m_runner.requeues());
        text += QLatin1Char('\n');
        QList<QStringList> rows{{Tr::tr("MODEL"), Tr::tr("CELLS"), Tr::tr("OK"), Tr::tr("FAILED")}};
        if (!m_checks.isEmpty())
            rows.first().append(Tr::tr("CHECKS PASSED"));
        for (const QString &model : std::as_const(m_models)) {
            const Stats &s = m_stats[model];
            QStringList row{model, QString::number(s.cells), QString::number(s.ok),
                            QString::number(s.failed)};
            if (!m_checks.isEmpty()) {
                qint64 passed = 0;
                for (const qint64 p : s.passed)
                    passed += p;
                const qint64 all = s.cells * m_checks.size();
                row.append(
                    QStringLiteral("%1 (%2/%3)").arg(percent(passed, all)).arg(passed).arg(all));
            }
            rows.append(row);
        }
        text += table(rows);
        if (!m_checks.isEmpty()) {
            // One row per check, one column per model: its pass rate over that model's cells.
            QList<QStringList> byCheck{QStringList{Tr::tr("CHECK")} + m_models};
            for (qsizetype i = 0; i < m_checks.size(); ++i) {
                QString name = m_checks.at(i).name();
                if (name.size() > 40)
                    name = name.left(39) + QChar(0x2026);
                QStringList row{name};
                for (const QString &model : std::as_const(m_models)) {
                    const Stats &s = m_stats[model];
                    row.append(percent(s.passed.value(i), s.cells));
                }
                byCheck.append(row);
            }
            text += table(byCheck);
        }
        writeErr(text.toUtf8());
    }

    const CommandContext m_context;
    const QStringList m_models;
    const QList<Engine::BatchCheck> m_checks;
    Engine::BatchReader m_reader;
    const qint64 m_cells; // to ask in this run
    const Engine::BatchResume m_resume;
    std::unique_ptr<QFile> m_output; // null: stdout
    Engine::BatchRunner m_runner;
    QHash<QString, Stats> m_stats;
    qint64 m_done = 0;
    ExitCode m_exitCode = ExitOk;
    QString m_writeError;
    QElapsedTimer m_clock;
    QTimer m_progress;
    QString m_note;
};

// Exit code of a warehouse run stopped by Ctrl-C (SIGINT), as shells report a process that
// SIGINT ended: 128 + 2.
constexpr int kExitInterrupted = 130;

int g_interruptPipe[2] = {-1, -1};

void onInterrupt(int)
{
    const char byte = 1;
    // Only async-signal-safe work here; the event loop does the rest.
    [[maybe_unused]] const auto written = ::write(g_interruptPipe[0], &byte, 1);
}

// Calls `handler` on the event loop when SIGINT arrives, instead of dying at once.
void onSigint(QObject *owner, std::function<void()> handler)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_interruptPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_interruptPipe[1], QSocketNotifier::Read, owner);
    QObject::connect(notifier, &QSocketNotifier::activated, owner, [notifier, handler] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_interruptPipe[1], &byte, 1);
        notifier->setEnabled(false);
        // A second Ctrl-C, while the cancel is on its way, ends the program at once.
        std::signal(SIGINT, SIG_DFL);
        handler();
    });
    struct sigaction action = {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
}

bool onWarehouse(const CliArgs &args)
{
    return !args.table.isEmpty() || args.printSql || !args.warehouse.isEmpty();
}

// The statement's spec from the arguments; the rows of --input are read here (at most
// BatchSqlSpec::kMaxInlineRows of them).
std::optional<Engine::BatchSqlSpec> sqlSpec(const CliArgs &args, const Inputs &inputs,
                                            QString *error)
{
    Engine::BatchSqlSpec spec;
    spec.models = args.models;
    spec.params = args.generation;
    spec.table = args.table;
    spec.promptColumn = inputs.options.promptColumn;
    spec.promptTemplate = inputs.options.promptTemplate;
    if (spec.table.isEmpty()) {
        Engine::BatchReader reader(inputs.options);
        if (!reader.open(args.input, error))
            return std::nullopt;
        while (std::optional<Engine::BatchRow> row = reader.next()) {
            spec.rows.append(std::move(*row));
            if (spec.rows.size() > Engine::BatchSqlSpec::kMaxInlineRows)
                break; // batchSql() says why
        }
        if (const std::optional<Engine::BatchInputError> bad = reader.error()) {
            *error = bad->format(args.input);
            return std::nullopt;
        }
    }
    return spec;
}

// A `[CLASS] message` error's class: the code of a cell ai_query failed.
QString errorClass(const QString &message)
{
    if (!message.startsWith(QLatin1Char('[')))
        return QStringLiteral("AI_QUERY_ERROR");
    const qsizetype end = message.indexOf(QLatin1Char(']'));
    return end > 1 ? message.mid(1, end - 1) : QStringLiteral("AI_QUERY_ERROR");
}

// Runs the batch statement on a warehouse and writes each row of its result, chunk by chunk,
// as the line a local run writes for that (row, model).
class WarehouseRun
{
public:
    WarehouseRun(const CommandContext &context, Engine::BatchSqlSpec spec, const QString &sql,
                 QList<Engine::BatchCheck> checks, std::unique_ptr<QFile> output)
        : m_context(context)
        , m_spec(std::move(spec))
        , m_checks(std::move(checks))
        , m_output(std::move(output))
    {
        const QUrl restRoot = context.connection.restUrl(QString());
        m_call = new Engine::SqlCall(
            context.client, context.connection, context.token,
            Api::buildExecuteStatementRequest(restRoot, context.args.warehouse, sql),
            context.client);
        m_call->setKeepRows(false);
        for (const QString &model : std::as_const(m_spec.models))
            m_stats.insert(model, {0, 0});
    }

    void run()
    {
        m_clock.start();
        if (m_context.args.inspect) {
            QObject::connect(
                m_call, &Engine::SqlCall::exchangeRecorded, m_call,
                [](const Net::Exchange &exchange) { writeErr(formatExchange(exchange)); });
        }
        QObject::connect(m_call, &Engine::SqlCall::stateChanged, m_call,
                         [this](const QString &state) {
                             if (isatty(STDERR_FILENO))
                                 writeErr(QByteArray("\r\033[Kbatch: statement " + state.toUtf8()));
                         });
        QObject::connect(m_call, &Engine::SqlCall::rowsReceived, m_call,
                         [this](const QList<QList<QJsonValue>> &rows) { write(rows); });
        QObject::connect(m_call, &Engine::SqlCall::finished, m_call, [this] { finish(); });
        onSigint(m_call, [this] {
            m_interrupted = true;
            m_call->cancel();
        });
        m_call->start();
    }

private:
    void write(const QList<QList<QJsonValue>> &rows)
    {
        for (const QList<QJsonValue> &values : rows) {
            if (!m_badRow.isEmpty())
                return;
            QString why;
            const std::optional<Engine::BatchSqlCell> cell
                = Engine::batchSqlCell(values, m_spec, &why);
            if (!cell) {
                m_badRow = why;
                m_call->cancel();
                return;
            }
            auto row = std::make_shared<Engine::BatchRow>();
            row->index = cell->index;
            row->prompt = cell->prompt;
            row->columns = cell->columns;
            Engine::BatchCell out;
            out.row = row;
            out.model = cell->model;
            out.result.model = cell->model;
            out.result.message = Core::Message::make(Core::Role::Assistant, cell->text);
            if (cell->error) {
                Core::ApiError error;
                error.kind = Core::ApiError::Kind::Stream;
                error.code = errorClass(*cell->error);
                error.message = *cell->error;
                out.result.error = error;
            } else {
                out.result.finishReason = QString();
            }
            for (const Engine::BatchCheck &check : std::as_const(m_checks))
                out.checks.append(cell->error ? check.notAnswered() : check.evaluate(cell->text));
            QJsonObject json = Engine::batchCellJson(out);
            // What ran it: ai_query on a warehouse, which reports no usage, timings or HTTP
            // status per row (those stay null).
            json.insert(QStringLiteral("api"), QStringLiteral("ai_query"));
            json.insert(QStringLiteral("http"),
                        QJsonObject{{QStringLiteral("status"), QJsonValue()},
                                    {QStringLiteral("attempts"), QJsonValue()}});
            const QByteArray line = QJsonDocument(json).toJson(QJsonDocument::Compact).append('\n');
            if (m_output) {
                if (m_output->write(line) != line.size() || !m_output->flush()) {
                    m_writeError = m_output->errorString();
                    m_call->cancel();
                    return;
                }
            } else {
                writeOut(line);
                flushOut();
            }
            ++m_done;
            auto &[ok, failed] = m_stats[cell->model];
            ++(cell->error ? failed : ok);
        }
    }

    void finish()
    {
        if (isatty(STDERR_FILENO))
            writeErr("\r\033[K");
        flushOut();
        const QString id = m_call->result().statementId;
        if (!m_writeError.isEmpty()) {
            printError(Tr::tr("cannot write %1: %2").arg(m_context.args.output, m_writeError));
            m_context.done(ExitUsage);
            return;
        }
        if (!m_badRow.isEmpty()) {
            printError(m_badRow);
            m_context.done(ExitProtocol);
            return;
        }
        if (m_interrupted) {
            printError(id.isEmpty() ? Tr::tr("interrupted before the statement was submitted")
                                    : Tr::tr("interrupted: statement %1 was cancelled on "
                                             "warehouse %2")
                                          .arg(id, m_context.args.warehouse));
            m_context.done(kExitInterrupted);
            return;
        }
        if (const std::optional<Core::ApiError> &error = m_call->error()) {
            if (error->kind == Core::ApiError::Kind::Stream) {
                // The statement itself failed: the SQL state is in the message.
                printError(Tr::tr("statement %1: %2: %3")
                               .arg(m_call->result().state, error->code, error->message));
            } else if (error->code == QLatin1String("INVALID_STATE")) {
                printError(Tr::tr("warehouse %1 is not running: start it in the workspace's SQL "
                                  "Warehouses page or with `databricks warehouses start %1`, "
                                  "then run again (%2)")
                               .arg(m_context.args.warehouse, error->message));
            } else {
                reportCallError(m_context, *error);
            }
            m_context.done(exitCodeFor(*error));
            return;
        }
        qint64 ok = 0;
        qint64 failed = 0;
        QList<QStringList> rows{{Tr::tr("MODEL"), Tr::tr("CELLS"), Tr::tr("OK"), Tr::tr("FAILED")}};
        for (const QString &model : std::as_const(m_spec.models)) {
            const auto [o, f] = m_stats.value(model);
            ok += o;
            failed += f;
            rows.append({model, QString::number(o + f), QString::number(o), QString::number(f)});
        }
        writeErr((Tr::tr("batch: %1 cells on warehouse %2 in %3: %4 succeeded, %5 failed")
                      .arg(m_done)
                      .arg(m_context.args.warehouse)
                      .arg(Core::clockText(double(m_clock.elapsed()) / 1000.0))
                      .arg(ok)
                      .arg(failed)
                  + QLatin1Char('\n') + table(rows))
                     .toUtf8());
        m_context.done(failed > 0 ? ExitGateway : ExitOk);
    }

    const CommandContext m_context;
    const Engine::BatchSqlSpec m_spec;
    const QList<Engine::BatchCheck> m_checks;
    std::unique_ptr<QFile> m_output; // null: stdout
    Engine::SqlCall *m_call = nullptr;
    QHash<QString, std::pair<qint64, qint64>> m_stats; // ok, failed
    qint64 m_done = 0;
    bool m_interrupted = false;
    QString m_badRow;
    QString m_writeError;
    QElapsedTimer m_clock;
};

void runOnWarehouse(const CommandContext &context, const Inputs &inputs)
{
    const CliArgs &args = context.args;
    QString error;
    const std::optional<Engine::BatchSqlSpec> spec = sqlSpec(args, inputs, &error);
    const std::optional<QString> sql = spec ? Engine::batchSql(*spec, &error) : std::nullopt;
    if (!sql) {
        printError(error);
        context.done(ExitUsage);
        return;
    }
    std::unique_ptr<QFile> output;
    if (!args.output.isEmpty()) {
        if (QFileInfo(args.output).size() > 0) {
            printError(Tr::tr("%1 already holds results: remove it, or name another file")
                           .arg(args.output));
            context.done(ExitUsage);
            return;
        }
        output = std::make_unique<QFile>(args.output);
        if (!output->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            printError(Tr::tr("cannot write %1: %2").arg(args.output, output->errorString()));
            context.done(ExitUsage);
            return;
        }
    }
    // Lives until the process exits: `done` ends the event loop, not this.
    auto *run = new WarehouseRun(context, *spec, *sql, inputs.checks, std::move(output));
    run->run();
}

} // namespace

int runBatchPrintSql(const CliArgs &args)
{
    QString error;
    const std::optional<Inputs> inputs = readInputs(args, &error);
    const std::optional<Engine::BatchSqlSpec> spec
        = inputs ? sqlSpec(args, *inputs, &error) : std::nullopt;
    const std::optional<QString> sql = spec ? Engine::batchSql(*spec, &error) : std::nullopt;
    if (!sql) {
        printError(error);
        return ExitUsage;
    }
    writeOut(sql->toUtf8());
    flushOut();
    return ExitOk;
}

QString batchUsageError(const CliArgs &args)
{
    if (args.raw || (args.inspect && !onWarehouse(args)))
        return Tr::tr("%1 is for chat and compare: batch writes one JSON line per answer")
            .arg(args.raw ? QStringLiteral("--raw") : QStringLiteral("--inspect"));
    if (args.models.isEmpty())
        return Tr::tr("batch needs the models to ask: parlance-cli batch --models A,B --input "
                      "FILE.jsonl");
    if (!args.input.isEmpty() && !args.table.isEmpty())
        return Tr::tr("batch takes its prompts from --input or from --table, not both");
    if (args.input.isEmpty() && args.table.isEmpty())
        return Tr::tr("batch needs the prompts: --input FILE.jsonl or FILE.csv");
    if (!args.positionals.isEmpty())
        return Tr::tr("batch takes its prompts from --input, not from the command line ('%1')")
            .arg(args.positionals.first());
    if (args.printSql && !args.warehouse.isEmpty())
        return Tr::tr("--print-sql prints the SQL instead of running it: leave out --warehouse");
    if (!args.table.isEmpty() && !args.printSql && args.warehouse.isEmpty())
        return Tr::tr("--table is read on a SQL warehouse: add --warehouse ID to run the set "
                      "there, or --print-sql to see the SQL");
    if (onWarehouse(args) && args.resume)
        return Tr::tr("--resume is for runs here: a warehouse runs the whole set in one "
                      "statement, so run it again without --resume");
    if (args.resume && args.output.isEmpty())
        return Tr::tr("--resume continues the run in --output FILE.jsonl: name the file");
    if (onWarehouse(args) && args.parallel != CliArgs().parallel)
        return Tr::tr("--parallel is for runs here: the warehouse decides how many rows it "
                      "asks at once");
    QString error;
    const std::optional<Inputs> inputs = readInputs(args, &error);
    if (!inputs)
        return error;
    if (onWarehouse(args)) {
        for (const Engine::BatchCheck &check : inputs->checks) {
            if (check.isJudge())
                return Tr::tr("--check %1: a judge asks a model here for every answer, so it "
                              "cannot follow a warehouse run; run the set here, or leave the "
                              "judge out")
                    .arg(check.name());
        }
    }
    return {};
}

void runBatch(const CommandContext &context)
{
    const CliArgs &args = context.args;
    QString error;
    std::optional<Inputs> inputs = readInputs(args, &error);
    if (!inputs) {
        printError(error);
        context.done(ExitUsage);
        return;
    }
    if (!args.warehouse.isEmpty()) {
        runOnWarehouse(context, *inputs);
        return;
    }

    // The whole set is read once before anything is sent: a malformed row at the end fails
    // the run before it costs a request, and the count gives the progress its end.
    qint64 rows = 0;
    {
        Engine::BatchReader reader(inputs->options);
        if (!reader.open(args.input, &error)) {
            printError(error);
            context.done(ExitUsage);
            return;
        }
        while (reader.next())
            ++rows;
        if (const std::optional<Engine::BatchInputError> bad = reader.error()) {
            printError(bad->format(args.input));
            context.done(ExitUsage);
            return;
        }
    }

    Engine::BatchResume resume;
    std::unique_ptr<QFile> output;
    if (!args.output.isEmpty()) {
        if (args.resume) {
            std::optional<Engine::BatchResume> earlier
                = Engine::BatchResume::read(args.output, &error);
            if (!earlier) {
                printError(error);
                context.done(ExitUsage);
                return;
            }
            resume = std::move(*earlier);
        } else if (QFileInfo(args.output).size() > 0) {
            printError(Tr::tr("%1 already holds results: pass --resume to ask only for the "
                              "pairs it lacks, or remove it to start over")
                           .arg(args.output));
            context.done(ExitUsage);
            return;
        }
        output = std::make_unique<QFile>(args.output);
        const bool append = args.resume && output->exists();
        if (!output->open(append ? QIODevice::ReadWrite
                                 : QIODevice::WriteOnly | QIODevice::Truncate)
            || (append && (!output->resize(resume.keepBytes) || !output->seek(resume.keepBytes)))) {
            printError(Tr::tr("cannot write %1: %2").arg(args.output, output->errorString()));
            context.done(ExitUsage);
            return;
        }
        if (resume.cutShort)
            printWarning(Tr::tr("the last line of %1 was cut short (a run stopped while "
                                "writing it); it is dropped and its pair asked again")
                             .arg(args.output));
    }

    qint64 cells = 0;
    for (qint64 i = 0; i < rows; ++i) {
        for (const QString &model : args.models)
            cells += resume.isDone(i, model) ? 0 : 1;
    }

    Engine::BatchRunner::Setup setup;
    setup.connection = context.connection;
    setup.token = context.token;
    setup.api = args.api;
    setup.params = args.generation;
    setup.models = args.models;
    setup.parallel = args.parallel;
    setup.checks = inputs->checks;
    // Lives until the process exits: `done` ends the event loop, not this.
    auto *run = new BatchRun(context, std::move(setup), inputs->options, cells, std::move(resume),
                             std::move(output));
    if (!run->open(&error)) {
        printError(error);
        context.done(ExitUsage);
        return;
    }
    run->run();
}

} // namespace Parlance::Cli
