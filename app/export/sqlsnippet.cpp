#include "export/snippetwriters.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

// Databricks SQL ai_query(): one prompt string per row, and modelParameters for what the
// `sql` command sends too (max_tokens, temperature, top_p). A conversation, a system prompt,
// tools and other parameters have no place in it; the comment on top says which were there.
namespace Parlance::Export::Snippets {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Export::Code)
};

// Always with a decimal point or an exponent, so 1 stays a DOUBLE rather than an INT.
QString doubleLiteral(double value)
{
    QString text = numberLiteral(value);
    if (!text.contains(u'.') && !text.contains(u'e'))
        text += u".0"_s;
    return text;
}

QString messageText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QString text;
    for (const QJsonValue &part : content.toArray()) {
        if (part.toObject().value("type"_L1) == "text"_L1)
            text += part.toObject().value("text"_L1).toString();
    }
    return text;
}
} // namespace

CodeSnippet sql(const CodeSource &source)
{
    const TranslatedBody translated = chatCompletionsBody(source);
    const QJsonObject &body = translated.body;
    QStringList omissions = translated.omissions;

    // The prompt is the last user message; everything before it is left out.
    const QJsonArray messages = body.value("messages"_L1).toArray();
    qsizetype last = -1;
    for (qsizetype i = messages.size() - 1; i >= 0 && last < 0; --i) {
        if (messages.at(i).toObject().value("role"_L1) == "user"_L1)
            last = i;
    }
    int system = 0;
    int others = 0;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        if (i == last)
            continue;
        if (messages.at(i).toObject().value("role"_L1) == "system"_L1)
            ++system;
        else
            ++others;
    }
    if (system > 0)
        omissions << Tr::tr("the system prompt (ai_query sends one prompt string)");
    if (others > 0)
        omissions << (others == 1 ? Tr::tr("one other message of the conversation: only the "
                                           "last user message is the prompt")
                                  : Tr::tr("%1 other messages of the conversation, tool calls "
                                           "and results included: only the last user message "
                                           "is the prompt")
                                        .arg(others));
    const QString prompt
        = last >= 0 ? messageText(messages.at(last).toObject().value("content"_L1)) : QString();

    QStringList parameters;
    QStringList left;
    QString responseFormat;
    for (const QString &key : readingOrder(body)) {
        const QJsonValue value = body.value(key);
        if (key == "model"_L1 || key == "messages"_L1 || key == "stream"_L1
            || key == "stream_options"_L1)
            continue;
        if ((key == "max_tokens"_L1 || key == "max_completion_tokens"_L1) && value.isDouble()) {
            parameters << u"'max_tokens', "_s + numberLiteral(value.toDouble());
        } else if ((key == "temperature"_L1 || key == "top_p"_L1) && value.isDouble()) {
            parameters << sqlString(key) + u", "_s + doubleLiteral(value.toDouble());
        } else if (key == "response_format"_L1 && value.isObject()) {
            responseFormat
                = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        } else if (key == "tools"_L1) {
            omissions << Tr::tr("the tool definitions (ai_query cannot call tools)");
        } else if (key == "stop"_L1) {
            omissions << Tr::tr("the stop sequences");
        } else {
            left << key;
        }
    }
    if (!left.isEmpty()) {
        QStringList quoted;
        for (const QString &key : std::as_const(left))
            quoted << u'"' + key + u'"';
        omissions << Tr::tr("the parameters %1 (modelParameters here carries max_tokens, "
                            "temperature and top_p)")
                         .arg(quoted.join(u", "_s));
    }
    if (!source.headers.isEmpty()) {
        QStringList quoted;
        for (const QString &name : source.headerNames())
            quoted << u'"' + name + u'"';
        omissions << Tr::tr("the custom headers %1").arg(quoted.join(u", "_s));
    }
    if (source.streaming)
        omissions << Tr::tr("streaming: ai_query returns the whole answer");

    QStringList lines{Tr::tr("Run in a Databricks SQL warehouse or notebook; the answer is the "
                             "column \"answer\"."),
                      notDatabricksLine(source)};
    QString code = commentBlock(u"--"_s, lines, u"ai_query"_s, omissions);
    code += u"SELECT ai_query(\n  "_s + sqlString(source.model) + u",\n  "_s + sqlString(prompt);
    if (!parameters.isEmpty())
        code += u",\n  modelParameters => named_struct("_s + parameters.join(u", "_s) + u')';
    if (!responseFormat.isEmpty())
        code += u",\n  responseFormat => "_s + sqlString(responseFormat);
    code += u"\n) AS answer\n"_s;
    return {code, omissions};
}

} // namespace Parlance::Export::Snippets
