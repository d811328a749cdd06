#include "export/codegenerator.h"

#include "export/snippetwriters.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Parlance::Export {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Export::Code)
};

QString commentPrefix(CodeTarget target)
{
    switch (target) {
    case CodeTarget::Sql:
        return u"--"_s;
    case CodeTarget::OpenAiJs:
        return u"//"_s;
    default:
        return u"#"_s;
    }
}
} // namespace

CodeSnippet generateCode(CodeTarget target, const Core::HttpRequest &request,
                         const Core::Connection &connection)
{
    const CodeSource source = CodeSource::from(request, connection);
    // Only curl and requests send any request; the clients need a chat request's JSON body.
    if (!source.api && target != CodeTarget::Curl && target != CodeTarget::PythonRequests) {
        const QString why = Tr::tr("the request is no chat request with a JSON body (Chat "
                                   "Completions, Responses or serving endpoint invocations)");
        return {Snippets::commentBlock(commentPrefix(target), {},
                                       codeTargetInfo(target).displayName, {why}),
                {why}};
    }
    switch (target) {
    case CodeTarget::Curl:
        return Snippets::curl(source);
    case CodeTarget::Rest:
        return Snippets::rest(source);
    case CodeTarget::PythonRequests:
        return Snippets::pythonRequests(source);
    case CodeTarget::OpenAiChat:
    case CodeTarget::OpenAiResponses:
    case CodeTarget::DatabricksOpenAi:
        return Snippets::openAiPython(source, target);
    case CodeTarget::Mlflow:
        return Snippets::mlflow(source);
    case CodeTarget::DatabricksSdk:
        return Snippets::databricksSdk(source);
    case CodeTarget::LangChain:
        return Snippets::langChain(source);
    case CodeTarget::OpenAiJs:
        return Snippets::openAiJavaScript(source);
    case CodeTarget::Sql:
        return Snippets::sql(source);
    }
    return {};
}

} // namespace Parlance::Export
