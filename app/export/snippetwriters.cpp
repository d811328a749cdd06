#include "export/snippetwriters.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parlance::Export::Snippets {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Export::Code)
};
} // namespace

QString commentBlock(const QString &prefix, const QStringList &lines, const QString &client,
                     const QStringList &omissions)
{
    QString out;
    for (const QString &line : lines) {
        if (!line.isEmpty())
            out += prefix + u' ' + commentText(line) + u'\n';
    }
    if (!omissions.isEmpty()) {
        out += prefix + u' '
               + commentText(Tr::tr("Left out, because %1 cannot send it:").arg(client)) + u'\n';
        for (const QString &omission : omissions)
            out += prefix + u"   - "_s + commentText(omission) + u'\n';
    }
    return out;
}

QString environmentLine(const CodeSource &source, bool withToken, const QString &tokenVariable)
{
    QStringList variables;
    // A client that signs in its own way (a WorkspaceClient) reads its variable whatever the
    // connection's auth; the others read one only when the connection sends a token.
    if (withToken && (source.auth != Core::Connection::Auth::None || !tokenVariable.isEmpty()))
        variables << (tokenVariable.isEmpty() ? source.tokenVariable : tokenVariable);
    variables << source.secretVariables();
    if (variables.isEmpty())
        return {};
    if (variables.size() == 1)
        return Tr::tr("Set %1 in the environment first.").arg(variables.first());
    const QString last = variables.takeLast();
    return Tr::tr("Set %1 and %2 in the environment first.").arg(variables.join(u", "_s), last);
}

QString notDatabricksLine(const CodeSource &source)
{
    if (source.isDatabricks())
        return {};
    return Tr::tr("This client is made for Databricks; %1 is the origin of an OpenAI-compatible "
                  "server, standing in for a workspace.")
        .arg(urlText(source.workspace));
}

QString pythonEnvironment(const QString &variable)
{
    return u"os.environ["_s + pythonString(variable) + u']';
}

CodeValue pythonHeaders(const QList<CodeHeader> &headers)
{
    QList<CodeValue::Item> entries;
    for (const CodeHeader &header : headers) {
        entries.append({header.name, CodeValue::raw(header.variable.isEmpty()
                                                        ? pythonString(header.value)
                                                        : pythonEnvironment(header.variable))});
    }
    return CodeValue::map(std::move(entries));
}

QString urlText(const QUrl &url)
{
    return url.toString(QUrl::FullyEncoded | QUrl::RemoveUserInfo);
}

QString pythonTextOf()
{
    return u"def text_of(content):\n    # "_s
           + commentText(Tr::tr("Databricks answers some models with a list of typed parts, "
                                "not a string."))
           + u"\n"
             "    if isinstance(content, list):\n"
             "        return \"\".join(p.get(\"text\", \"\") for p in content if p.get(\"type\") "
             "== \"text\")\n"
             "    return content or \"\"\n"_s;
}

QString pythonStatement(const QString &prefix, const CodeValue &call)
{
    return prefix + renderCode(call, CodeLanguage::Python, 0, int(prefix.size())) + u'\n';
}

} // namespace Parlance::Export::Snippets
