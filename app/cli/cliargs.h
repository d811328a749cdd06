#pragma once

#include "config/connectionresolver.h"
#include "core/apikind.h"
#include "core/generationparams.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Parlance::Cli {

// parlance-cli's command line, parsed but not yet acted on. The option set is the contract in
// docs/cli.md; scripts outside the project depend on it, so names never change.
struct CliArgs
{
    QString command; // models, chat, compare, batch, sql, code, login, sim, profiles, help, version
    QStringList positionals;
    bool help = false; // --help / -h was given
    QString helpTopic; // command "help": the command whose options to print, empty for all

    Config::ConnectionOptions connection;
    bool tokenFromStdin = false;
    bool allowHttp = false;

    Core::GenerationParams generation;
    Core::ApiKind api = Core::ApiKind::ChatCompletions;

    bool json = false;
    bool inspect = false;
    bool raw = false;
    QString har;                        // chat, compare: --har FILE
    bool harIncludeCredentials = false; // --har-include-credentials

    QStringList models;       // compare, batch
    QString input;            // batch
    QString output;           // batch
    int parallel = 4;         // batch
    QString table;            // batch --table
    QString promptColumn;     // batch --prompt-column
    QString templateText;     // batch --template
    QStringList checks;       // batch --check (repeatable)
    bool resume = false;      // batch --resume
    bool printSql = false;    // batch --print-sql
    QString warehouse;        // sql
    QString model;            // sql --model
    QString statement;        // sql --statement
    QString target;           // code
    bool targetGiven = false; // code: --target was there, with a value or (to list them) without
    quint16 port = 0;         // sim
};

// Returns nullopt and sets *error (one line, no "error:" prefix) on a usage mistake.
std::optional<CliArgs> parseArgs(const QStringList &arguments, QString *error);

} // namespace Parlance::Cli
