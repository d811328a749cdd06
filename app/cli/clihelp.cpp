#include "cli/clihelp.h"

#include <QCoreApplication>

namespace Parlance::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Cli::CliArgs)
};

QString connectionOptions()
{
    return Tr::tr(
        "Connection:\n"
        "  --profile NAME         a saved connection or a ~/.databrickscfg profile\n"
        "  --host URL             Databricks workspace (env DATABRICKS_HOST)\n"
        "  --base-url URL         OpenAI-compatible base URL (env OPENAI_BASE_URL)\n"
        "  --gateway-path PATH    Databricks API base path (default /ai-gateway/mlflow/v1)\n"
        "  --auth bearer|basic|none\n"
        "  --header 'Name: value' extra request header (repeatable)\n"
        "  --timeout S            give up after S seconds without data (default 120)\n"
        "  --max-time S           give up when the whole call takes longer than S seconds\n"
        "  --max-response-mb N    stop reading an answer larger than N MB (default 256)\n"
        "  --retries N            retries on 429/503 and safe 5xx (default 2)\n"
        "  --token-stdin          read the token from standard input\n"
        "  --allow-http           allow sending a token over plain http to a non-loopback host\n"
        "  The token comes from the saved connection's keychain entry, DATABRICKS_TOKEN /\n"
        "  OPENAI_API_KEY, or --token-stdin; never from the command line.\n");
}

QString generationOptions()
{
    return Tr::tr("Generation:\n"
                  "  --system TEXT --max-tokens N --temperature X --top-p X --stop S (repeatable)\n"
                  "  --param KEY=JSON (repeatable, merged into the body) --no-stream\n");
}

} // namespace

QString usageText()
{
    return Tr::tr("Usage:\n"
                  "  parlance-cli [connection] models [--json]\n"
                  "  parlance-cli [connection] chat MODEL [generation] [--api "
                  "chat|responses|invocations] PROMPT\n"
                  "  parlance-cli [connection] compare --models A[@API],B[@API][,...] [generation] "
                  "PROMPT\n"
                  "  parlance-cli [connection] batch --models A,B --input FILE(.jsonl|.csv) "
                  "[--template TEXT]\n"
                  "               [--output FILE.jsonl] [--parallel N] [--resume] [--check ...]\n"
                  "  parlance-cli [connection] sql --warehouse ID (--model MODEL PROMPT | "
                  "--statement SQL)\n"
                  "  parlance-cli [connection] code --target T MODEL [generation] PROMPT\n"
                  "  parlance-cli [connection] login\n"
                  "  parlance-cli sim [--port N]\n"
                  "  parlance-cli profiles [--json]\n"
                  "  parlance-cli COMMAND --help   that command's options (or: parlance-cli help "
                  "COMMAND)\n"
                  "  parlance-cli --version        the version of parlance-cli\n"
                  "\n")
           + connectionOptions() + QLatin1Char('\n') + generationOptions()
           + Tr::tr("\n"
                    "Output:\n"
                    "  --json     one normalized result object    --inspect  the exchange on "
                    "stderr\n"
                    "  --raw      the raw response body or SSE bytes\n"
                    "\n"
                    "Exit codes: 0 ok, 1 usage or configuration, 2 gateway error status, 3 "
                    "network,\n"
                    "4 protocol (bad JSON, stream cut before it finished).\n");
}

QString commandHelp(const QString &command)
{
    QString text;
    bool connection = true;
    bool generation = false;
    if (command == QLatin1String("models")) {
        text = Tr::tr("Usage: parlance-cli [connection] models [--json]\n"
                      "\n"
                      "Lists the models the connection serves, one a line: the name, then the\n"
                      "task and state where the gateway reports them, separated by tabs.\n"
                      "\n"
                      "Options:\n"
                      "  --json      one JSON array of {name, task, state, owned_by, description}\n"
                      "  --inspect   the redacted exchange on stderr\n");
    } else if (command == QLatin1String("chat")) {
        generation = true;
        text = Tr::tr(
            "Usage: parlance-cli [connection] chat MODEL [generation] [--api "
            "chat|responses|invocations] PROMPT\n"
            "\n"
            "Sends PROMPT to MODEL and prints the answer text to stdout as it streams.\n"
            "\n"
            "Options:\n"
            "  --api chat|responses|invocations   the API to call (default chat)\n"
            "  --json      instead of the text, one normalized result object: model, api, text,\n"
            "              reasoning, tool_calls, finish_reason, usage, metrics, http, error,\n"
            "              incomplete\n"
            "  --raw       the raw response body or SSE bytes instead of the text\n"
            "  --inspect   the redacted exchange (request, response, timed events) on stderr\n"
            "  --har FILE  every exchange (each attempt, redirects too) as HAR 1.2, with\n"
            "              credentials masked\n"
            "  --har-include-credentials   the HAR file keeps the token and secret header\n"
            "              values (a 0600 file; never share it)\n");
    } else if (command == QLatin1String("compare")) {
        generation = true;
        text = Tr::tr(
            "Usage: parlance-cli [connection] compare --models A[@API],B[@API][,...] "
            "[generation] PROMPT\n"
            "\n"
            "Sends PROMPT to every model at once and prints each answer under a == MODEL ==\n"
            "header, in --models order, then a metrics table: time to first token, total time,\n"
            "output tokens per second, tokens in and out, finish reason, status. Exit code 0\n"
            "when every model answered, else that of the first one in --models that failed.\n"
            "\n"
            "Options:\n"
            "  --models A[@API],B[@API][,...]   the models; @chat, @responses or @invocations\n"
            "              picks a model's API, so one model can be compared across APIs\n"
            "  --api chat|responses|invocations   the API of models without @API (default chat)\n"
            "  --json      an array of result objects (as chat --json) in --models order\n"
            "  --inspect   every model's redacted exchange on stderr, marked with its entry\n"
            "  --har FILE  every model's exchanges as HAR 1.2 (_source names the model), with\n"
            "              credentials masked; --har-include-credentials keeps them\n"
            "  (--raw is for chat only)\n");
    } else if (command == QLatin1String("batch")) {
        generation = true;
        text = Tr::tr(
            "Usage: parlance-cli [connection] batch --models A,B (--input FILE(.jsonl|.csv) |\n"
            "             --table CATALOG.SCHEMA.TABLE) [--prompt-column COL] [--template TEXT]\n"
            "             [--output FILE.jsonl] [--parallel N] [--resume] [--check ...]\n"
            "             [--print-sql | --warehouse ID] [generation]\n"
            "\n"
            "Asks every model for every row and writes one JSON line per (row, model) as\n"
            "each finishes: the result object (as chat --json) with input_index, prompt, the\n"
            "row's other columns and checks. A summary with pass rates goes to stderr. Exit\n"
            "code 0 when every cell succeeded, 2 when any failed at the gateway, 1 for bad\n"
            "input (named by line and column; nothing is sent).\n"
            "\n"
            "Options:\n"
            "  --models A,B          the models\n"
            "  --input FILE          JSONL (a \"prompt\" or a \"messages\" array per line) or\n"
            "                        CSV with a header row\n"
            "  --prompt-column COL   the prompt's column or key (default prompt)\n"
            "  --template TEXT       the prompt made from the columns: 'Summarise {{text}}'\n"
            "  --output FILE.jsonl   where the lines go (default stdout); an existing file\n"
            "                        with results needs --resume\n"
            "  --parallel N          requests in flight at once (1 to 64, default 4); a 429\n"
            "                        slows the run down rather than failing it\n"
            "  --resume              ask only for the pairs missing from --output\n"
            "  --check contains:TEXT | not-contains:TEXT | regex:RE | json |\n"
            "          json-schema:FILE | max-length:N | judge:MODEL:RUBRIC   (repeatable)\n"
            "  --api chat|responses|invocations   the API to call (default chat)\n"
            "  --table CATALOG.SCHEMA.TABLE  the prompts from a table (with --warehouse or\n"
            "                        --print-sql)\n"
            "  --print-sql           print the Databricks SQL that runs the set (ai_query per\n"
            "                        model) instead of running it; needs no connection\n"
            "  --warehouse ID        run that SQL on SQL warehouse ID and write the same lines\n"
            "                        (Ctrl-C cancels the statement; exit 130)\n");
    } else if (command == QLatin1String("sql")) {
        generation = true;
        text = Tr::tr(
            "Usage: parlance-cli [connection] sql --warehouse ID (--model MODEL PROMPT | "
            "--statement SQL)\n"
            "\n"
            "Runs SQL on a Databricks SQL warehouse and waits for the result: ai_query(MODEL,\n"
            "PROMPT) with --model (the prompt travels as a parameter, never in the SQL), or\n"
            "any statement with --statement (the rows are printed tab-separated).\n"
            "\n"
            "Options:\n"
            "  --warehouse ID    the SQL warehouse (env DATABRICKS_WAREHOUSE_ID)\n"
            "  --model MODEL     ask MODEL through ai_query; generation options apply\n"
            "  --statement SQL   the statement to run\n"
            "  --json            one object: statement_id, state, columns, rows, error\n"
            "  --inspect         the redacted exchanges on stderr\n");
    } else if (command == QLatin1String("code")) {
        generation = true;
        text
            = Tr::tr("Usage: parlance-cli [connection] code --target T MODEL [generation] "
                     "PROMPT\n"
                     "\n"
                     "Prints a program that sends the request chat would send and prints the\n"
                     "answer (as it streams, unless --no-stream). The token appears only as an\n"
                     "environment variable (DATABRICKS_TOKEN or OPENAI_API_KEY), a secret header\n"
                     "as one named after it. What a target cannot send is listed in a comment at\n"
                     "the top. Nothing is sent, so no token is needed.\n"
                     "\n"
                     "Options:\n"
                     "  --target T   curl, openai-chat, openai-responses, databricks-openai, sql,\n"
                     "               rest, mlflow, databricks-sdk, langchain, python-requests,\n"
                     "               openai-js; --target alone lists them with their names\n"
                     "  --api chat|responses|invocations   the API of the request (default chat);\n"
                     "               curl, python-requests and openai-js call it, the other\n"
                     "               targets use their own\n");
    } else if (command == QLatin1String("login")) {
        text
            = Tr::tr("Usage: parlance-cli [connection] login\n"
                     "\n"
                     "Signs in to a Databricks connection with OAuth (user to machine): prints\n"
                     "the sign-in address on stderr, opens a browser where one can be opened,\n"
                     "and keeps the sign-in (its refresh token) in the keychain. Then use the\n"
                     "connection with auth_type = external-browser in its ~/.databrickscfg\n"
                     "profile, or DATABRICKS_AUTH_TYPE=external-browser.\n"
                     "\n"
                     "Environment:\n"
                     "  PARLANCE_SIGN_IN_TIMEOUT   seconds to wait for the browser (default 300)\n"
                     "                             and for `databricks auth token` (default 30)\n");
    } else if (command == QLatin1String("sim")) {
        connection = false;
        text = Tr::tr("Usage: parlance-cli sim [--port N]\n"
                      "\n"
                      "Serves the simulated gateway on 127.0.0.1 until SIGINT or SIGTERM. The\n"
                      "first line on stdout is \"listening on http://127.0.0.1:PORT\".\n"
                      "\n"
                      "Options:\n"
                      "  --port N   the port to listen on (default 0: any free port)\n"
                      "\n"
                      "Environment:\n"
                      "  PARLANCE_SIM_REQUIRE_TOKEN   answer 401 to requests without this token\n");
    } else if (command == QLatin1String("profiles")) {
        connection = false;
        text = Tr::tr("Usage: parlance-cli profiles [--json]\n"
                      "\n"
                      "Lists the saved connections and the ~/.databrickscfg profiles, one a line:\n"
                      "name, kind, URL, source and sign-in method (pat, databricks-cli,\n"
                      "oauth-m2m, external-browser, none, or unsupported:AUTH_TYPE), separated\n"
                      "by tabs. Never a token.\n"
                      "\n"
                      "Options:\n"
                      "  --json   one JSON array of {name, kind, url, source, method}\n");
    } else if (command == QLatin1String("help")) {
        connection = false;
        text = Tr::tr("Usage: parlance-cli help [COMMAND]\n"
                      "\n"
                      "Prints the options of COMMAND, or of every command without one. Same as\n"
                      "parlance-cli COMMAND --help.\n");
    } else {
        return {};
    }
    if (generation)
        text += QLatin1Char('\n') + generationOptions();
    if (connection)
        text += QLatin1Char('\n') + connectionOptions();
    return text;
}

} // namespace Parlance::Cli
