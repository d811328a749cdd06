#include "export/comparisonexport.h"
#include "export/comparisonlayout.h"

#include <QCoreApplication>

#include <algorithm>

// comparisonHtml(): one file that opens anywhere, offline. Every piece of text goes through
// toHtmlEscaped(), so an answer holding "<script>" or "</style>" stays text; the page has no
// script, no link and no external resource, and its CSS sits in one <style> element.
namespace Parlance::Export {

namespace {

using namespace Qt::StringLiterals;
using namespace ComparisonLayout;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Export::ComparisonExport)
};

// Beyond this many the grid wraps onto a second row rather than making columns too narrow
// to read.
constexpr qsizetype kMaxSideBySide = 8;

QString esc(const QString &text)
{
    return printable(text).toHtmlEscaped();
}

// Light by default, dark where the reader's system asks for it; stacked on narrow screens.
QString styleSheet(qsizetype columns)
{
    const qsizetype across = std::clamp<qsizetype>(columns, 1, kMaxSideBySide);
    return uR"(:root { color-scheme: light dark; --bg: #ffffff; --fg: #1f2328; --muted: #59636e;
  --card: #f6f8fa; --line: #d1d9e0; --accent: #0969da; --bad: #cf222e; }
@media (prefers-color-scheme: dark) { :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1;
  --card: #151b23; --line: #3d444d; --accent: #4493f8; --bad: #f85149; } }
* { box-sizing: border-box; }
body { margin: 0; padding: 1.5rem; background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
h1 { font-size: 1.5rem; margin: 0 0 0.25rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
h3 { font-size: 1rem; margin: 0 0 0.5rem; overflow-wrap: anywhere; }
.meta, .muted, footer { color: var(--muted); }
.grid { display: grid; grid-template-columns: repeat(%1, minmax(0, 1fr)); gap: 0.75rem; }
@media (max-width: 48rem) { .grid { grid-template-columns: minmax(0, 1fr); } }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px;
  padding: 0.75rem; min-width: 0; }
.text, pre { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0.5rem 0; }
pre, code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  font-size: 0.9em; }
.prompt { border-left: 3px solid var(--accent); padding: 0.25rem 0.75rem; margin: 0 0 0.75rem;
  white-space: pre-wrap; overflow-wrap: anywhere; }
details { margin: 0.5rem 0; }
summary { cursor: pointer; color: var(--muted); }
.refusal, .error { color: var(--bad); }
.metrics { color: var(--muted); font-size: 0.85em; }
dl { display: grid; grid-template-columns: auto minmax(0, 1fr); gap: 0.1rem 0.75rem;
  margin: 0; }
dt { color: var(--muted); }
dd { margin: 0; overflow-wrap: anywhere; }
footer { margin-top: 2rem; font-size: 0.85em; }
)"_s.arg(across);
}

QString definition(const QString &label, const QString &valueHtml)
{
    return u"<dt>"_s + esc(label) + u"</dt><dd>"_s + valueHtml + u"</dd>\n"_s;
}

QString columnCard(const Column &column)
{
    const Core::ComparisonColumn &value = *column.value;
    QString out
        = u"<div class=\"card\">\n<h3>"_s + esc(labelOf(column, false)) + u"</h3>\n<dl>\n"_s;
    out += definition(Tr::tr("Connection"), esc(connectionText(value.connectionName)));
    out += definition(Tr::tr("Model"), u"<code>"_s + esc(value.settings.model) + u"</code>"_s);
    out += definition(Tr::tr("API"),
                      u"<code>"_s + esc(Core::apiKindName(value.settings.api)) + u"</code>"_s);
    QString blocks;
    for (const Item &item : parameterItems(value.settings.params)) {
        if (item.block) {
            blocks += u"<details><summary>"_s + esc(item.label)
                      + u"</summary><div class=\"text\">"_s + esc(item.value)
                      + u"</div></details>\n"_s;
        } else {
            out += definition(item.label, u"<code>"_s + esc(item.value) + u"</code>"_s);
        }
    }
    return out + u"</dl>\n"_s + blocks + u"</div>\n"_s;
}

QString answerCard(const Column &column, const Answer &answer, bool hidden)
{
    QString out = u"<article class=\"card\">\n<h3>"_s + esc(labelOf(column, hidden)) + u"</h3>\n"_s;
    if (!answer.present) {
        return out + u"<p class=\"muted\">"_s + esc(Tr::tr("No answer in this round."))
               + u"</p>\n</article>\n"_s;
    }
    if (!answer.reasoning.isEmpty()) {
        out += u"<details><summary>"_s + esc(Tr::tr("Reasoning"))
               + u"</summary><div class=\"text\">"_s + esc(answer.reasoning)
               + u"</div></details>\n"_s;
    }
    if (!answer.text.isEmpty())
        out += u"<div class=\"text\">"_s + esc(answer.text) + u"</div>\n"_s;
    if (!answer.refusal.isEmpty()) {
        out += u"<div class=\"text refusal\"><strong>"_s + esc(Tr::tr("Refusal")) + u":</strong> "_s
               + esc(answer.refusal) + u"</div>\n"_s;
    }
    for (const Core::ContentPart &call : answer.toolCalls) {
        out += u"<div class=\"tool\"><strong>"_s + esc(Tr::tr("Tool call")) + u"</strong> <code>"_s
               + esc(call.toolName) + u"</code>"_s;
        if (!call.toolCallId.isEmpty())
            out += u" <span class=\"muted\">"_s + esc(call.toolCallId) + u"</span>"_s;
        out += u"<pre>"_s + esc(call.toolArguments) + u"</pre></div>\n"_s;
    }
    if (answer.incomplete) {
        out += u"<p class=\"muted\">"_s + esc(Tr::tr("The answer was cut off before it finished."))
               + u"</p>\n"_s;
    }
    if (!hidden && answer.last) {
        const QList<Item> metrics = metricItems(*answer.last);
        if (!metrics.isEmpty()) {
            out += u"<dl class=\"metrics\">\n"_s;
            for (const Item &item : metrics)
                out += definition(item.label, esc(item.value));
            out += u"</dl>\n"_s;
        }
        if (const QString error = errorText(*answer.last); !error.isEmpty()) {
            out += u"<p class=\"error\"><strong>"_s + esc(Tr::tr("Error")) + u":</strong> "_s
                   + esc(error) + u"</p>\n"_s;
        }
    }
    return out + u"</article>\n"_s;
}

} // namespace

QString comparisonHtml(const Core::Comparison &comparison)
{
    const Layout layout = layoutOf(comparison);
    const QString title = esc(titleOf(comparison));
    //: The language of this translation, as an HTML lang attribute (de, fr, …)
    const QString language = Tr::tr("en", "HTML lang attribute");
    QString out = u"<!DOCTYPE html>\n<html lang=\""_s + esc(language)
                  + u"\">\n<head>\n<meta charset=\"utf-8\">\n"_s
                    u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"_s
                    u"<meta name=\"color-scheme\" content=\"light dark\">\n<title>"_s
                  + title + u"</title>\n<style>\n"_s + styleSheet(layout.columns.size())
                  + u"</style>\n</head>\n<body>\n<header>\n<h1>"_s + title
                  + u"</h1>\n<p class=\"meta\">"_s + esc(summaryLine(comparison, layout))
                  + u"</p>\n</header>\n<main>\n"_s;
    if (!layout.hidden && !layout.columns.isEmpty()) {
        out += u"<section>\n<h2>"_s + esc(Tr::tr("Columns")) + u"</h2>\n<div class=\"grid\">\n"_s;
        for (const Column &column : layout.columns)
            out += columnCard(column);
        out += u"</div>\n</section>\n"_s;
    }
    for (qsizetype r = 0; r < layout.rounds.size(); ++r) {
        const Round &round = layout.rounds.at(r);
        out += u"<section>\n<h2>"_s + esc(Tr::tr("Round %1").arg(r + 1)) + u"</h2>\n"_s;
        if (!round.prompt.isEmpty())
            out += u"<div class=\"prompt\">"_s + esc(round.prompt) + u"</div>\n"_s;
        out += u"<div class=\"grid\">\n"_s;
        for (qsizetype p = 0; p < layout.columns.size(); ++p)
            out += answerCard(layout.columns.at(p), round.answers.at(p), layout.hidden);
        out += u"</div>\n</section>\n"_s;
    }
    if (!comparison.votes.isEmpty()) {
        out += u"<section>\n<h2>"_s + esc(Tr::tr("Votes")) + u"</h2>\n<ul>\n"_s;
        for (const Core::Vote &vote : comparison.votes) {
            QString line = Tr::tr("Round %1: %2").arg(vote.round + 1).arg(voteText(vote, layout));
            if (const QString at = dateText(vote.at); !at.isEmpty())
                line += u" ("_s + at + u')';
            out += u"<li>"_s + esc(line) + u"</li>\n"_s;
        }
        out += u"</ul>\n</section>\n"_s;
    }
    out += u"</main>\n<footer>"_s + esc(Tr::tr("Exported from Parlance"))
           + u"</footer>\n</body>\n</html>\n"_s;
    return out;
}

} // namespace Parlance::Export
