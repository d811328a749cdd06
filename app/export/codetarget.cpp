#include "export/codetarget.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Parlance::Export {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Export::CodeTarget)
};

constexpr CodeTarget allTargets[] = {
    CodeTarget::Curl,
    CodeTarget::OpenAiChat,
    CodeTarget::OpenAiResponses,
    CodeTarget::DatabricksOpenAi,
    CodeTarget::Sql,
    CodeTarget::Rest,
    CodeTarget::Mlflow,
    CodeTarget::DatabricksSdk,
    CodeTarget::LangChain,
    CodeTarget::PythonRequests,
    CodeTarget::OpenAiJs,
};
} // namespace

CodeTargetInfo codeTargetInfo(CodeTarget target)
{
    const QString python = u"python"_s;
    const QString py = u"py"_s;
    switch (target) {
    case CodeTarget::Curl:
        return {target, u"curl"_s, Tr::tr("curl (shell)"), u"shell"_s, u"sh"_s};
    case CodeTarget::OpenAiChat:
        return {target, u"openai-chat"_s, Tr::tr("OpenAI Chat Completions (Python)"), python, py};
    case CodeTarget::OpenAiResponses:
        return {target, u"openai-responses"_s, Tr::tr("OpenAI Responses (Python)"), python, py};
    case CodeTarget::DatabricksOpenAi:
        return {target, u"databricks-openai"_s, Tr::tr("Databricks OpenAI client (Python)"), python,
                py};
    case CodeTarget::Sql:
        return {target, u"sql"_s, Tr::tr("SQL ai_query (Databricks SQL)"), u"sql"_s, u"sql"_s};
    case CodeTarget::Rest:
        return {target, u"rest"_s, Tr::tr("REST API: serving endpoint invocations (curl)"),
                u"shell"_s, u"sh"_s};
    case CodeTarget::Mlflow:
        return {target, u"mlflow"_s, Tr::tr("MLflow Deployments (Python)"), python, py};
    case CodeTarget::DatabricksSdk:
        return {target, u"databricks-sdk"_s, Tr::tr("Databricks SDK (Python)"), python, py};
    case CodeTarget::LangChain:
        return {target, u"langchain"_s, Tr::tr("LangChain ChatDatabricks (Python)"), python, py};
    case CodeTarget::PythonRequests:
        return {target, u"python-requests"_s, Tr::tr("Python requests"), python, py};
    case CodeTarget::OpenAiJs:
        return {target, u"openai-js"_s, Tr::tr("OpenAI JavaScript SDK (Node.js)"), u"javascript"_s,
                u"mjs"_s};
    }
    return {};
}

QList<CodeTargetInfo> codeTargets()
{
    QList<CodeTargetInfo> targets;
    for (const CodeTarget target : allTargets)
        targets << codeTargetInfo(target);
    return targets;
}

std::optional<CodeTarget> codeTargetFromId(QStringView id)
{
    for (const CodeTarget target : allTargets) {
        if (codeTargetInfo(target).id == id)
            return target;
    }
    return std::nullopt;
}

} // namespace Parlance::Export
