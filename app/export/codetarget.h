#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Parlance::Export {

// The clients a request can be written for: every option of the Databricks "Query a chat
// model" page, plus curl, Python requests and the OpenAI JavaScript SDK.
enum class CodeTarget {
    Curl,
    OpenAiChat,
    OpenAiResponses,
    DatabricksOpenAi,
    Sql,
    Rest,
    Mlflow,
    DatabricksSdk,
    LangChain,
    PythonRequests,
    OpenAiJs,
};

struct CodeTargetInfo
{
    CodeTarget target = CodeTarget::Curl;
    QString id;          // "openai-chat": parlance-cli's --target, and what a setting remembers
    QString displayName; // translated, for a list: "OpenAI Chat Completions (Python)"
    QString language;    // "shell", "python", "sql" or "javascript", for a highlighter
    QString fileSuffix;  // "sh", "py", "sql" or "mjs", for saving the snippet
};

// Every target, in the order of the contract in docs/cli.md.
QList<CodeTargetInfo> codeTargets();
CodeTargetInfo codeTargetInfo(CodeTarget target);
std::optional<CodeTarget> codeTargetFromId(QStringView id);

} // namespace Parlance::Export
