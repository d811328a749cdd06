#include "export/comparisonexport.h"
#include "export/comparisonlayout.h"
#include "export/markdowntext.h"

#include <QCoreApplication>

// comparisonMarkdown(): CommonMark that no answer can break out of. Answers and tool arguments
// are fenced with more backticks than they contain, prompts and reasoning are quoted line by
// line, and names are inline code or escaped, so neither a heading nor a link can come from a
// model or a name.
namespace Parlance::Export {

namespace {

using namespace Qt::StringLiterals;
using namespace ComparisonLayout;
using namespace MarkdownText;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Export::ComparisonExport)
};

QString columnSection(const Column &column)
{
    const Core::ComparisonColumn &value = *column.value;
    QString out = u"### "_s + escaped(labelOf(column, false)) + u"\n\n"_s;
    out += u"- "_s + Tr::tr("Connection") + u": "_s + code(connectionText(value.connectionName))
           + u'\n';
    out += u"- "_s + Tr::tr("Model") + u": "_s + code(value.settings.model) + u'\n';
    out += u"- "_s + Tr::tr("API") + u": "_s + code(Core::apiKindName(value.settings.api)) + u'\n';
    QString blocks;
    for (const Item &item : parameterItems(value.settings.params)) {
        if (item.block)
            blocks += u"**"_s + item.label + u"**\n\n"_s + fenced(item.value);
        else
            out += u"- "_s + item.label + u": "_s + code(item.value) + u'\n';
    }
    return out + u'\n' + blocks;
}

QString answerSection(const Column &column, const Answer &answer, bool hidden)
{
    QString out = u"### "_s + escaped(labelOf(column, hidden)) + u"\n\n"_s;
    if (!answer.present)
        return out + u'*' + Tr::tr("No answer in this round.") + u"*\n\n"_s;
    if (!answer.reasoning.isEmpty())
        out += u"> **"_s + Tr::tr("Reasoning") + u"**\n>\n"_s + quoted(answer.reasoning);
    if (!answer.text.isEmpty())
        out += fenced(answer.text);
    if (!answer.refusal.isEmpty())
        out += u"**"_s + Tr::tr("Refusal") + u"**\n\n"_s + fenced(answer.refusal);
    for (const Core::ContentPart &call : answer.toolCalls) {
        out += u"**"_s + Tr::tr("Tool call") + u"** "_s + code(call.toolName);
        if (!call.toolCallId.isEmpty())
            out += u" ("_s + code(call.toolCallId) + u')';
        out += u"\n\n"_s + fenced(call.toolArguments, u"json"_s);
    }
    if (answer.incomplete)
        out += u'*' + Tr::tr("The answer was cut off before it finished.") + u"*\n\n"_s;
    if (hidden || !answer.last)
        return out;
    QStringList metrics;
    for (const Item &item : metricItems(*answer.last))
        metrics.append(item.label + u": "_s + escaped(item.value));
    if (!metrics.isEmpty())
        out += metrics.join(u" · "_s) + u"\n\n"_s;
    if (const QString error = errorText(*answer.last); !error.isEmpty())
        out += u"**"_s + Tr::tr("Error") + u":** "_s + escaped(error) + u"\n\n"_s;
    return out;
}

} // namespace

QString comparisonMarkdown(const Core::Comparison &comparison)
{
    const Layout layout = layoutOf(comparison);
    QString out = u"# "_s + escaped(titleOf(comparison)) + u"\n\n"_s
                  + escaped(summaryLine(comparison, layout)) + u"\n\n"_s;
    if (!layout.hidden && !layout.columns.isEmpty()) {
        out += u"## "_s + Tr::tr("Columns") + u"\n\n"_s;
        for (const Column &column : layout.columns)
            out += columnSection(column);
    }
    for (qsizetype r = 0; r < layout.rounds.size(); ++r) {
        const Round &round = layout.rounds.at(r);
        out += u"## "_s + Tr::tr("Round %1").arg(r + 1) + u"\n\n"_s;
        if (!round.prompt.isEmpty())
            out += quoted(round.prompt);
        for (qsizetype p = 0; p < layout.columns.size(); ++p)
            out += answerSection(layout.columns.at(p), round.answers.at(p), layout.hidden);
    }
    if (!comparison.votes.isEmpty()) {
        out += u"## "_s + Tr::tr("Votes") + u"\n\n"_s;
        for (const Core::Vote &vote : comparison.votes) {
            QString line = Tr::tr("Round %1: %2").arg(vote.round + 1).arg(voteText(vote, layout));
            if (const QString at = dateText(vote.at); !at.isEmpty())
                line += u" ("_s + at + u')';
            out += u"- "_s + escaped(line) + u'\n';
        }
        out += u'\n';
    }
    out += u'*' + Tr::tr("Exported from Parlance") + u"*\n"_s;
    return out;
}

} // namespace Parlance::Export
