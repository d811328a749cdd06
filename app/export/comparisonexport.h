#pragma once

#include "core/comparison.h"

#include <QByteArray>
#include <QString>

// A comparison as a document to keep or share: every round's prompt, each column's answer,
// settings and metrics, and the votes. A blind comparison not voted on yet keeps its secret:
// its columns are "A", "B", … in the order shown, and no model, connection, API, parameter or
// metric appears. Values carry no token, so no export can print one. Fixed words are
// translated (context Parlance::Export::ComparisonExport).
namespace Parlance::Export {

// CommonMark: answers in fences longer than any backtick run inside them, reasoning and
// prompts as quotes.
QString comparisonMarkdown(const Core::Comparison &comparison);

// {"format": "parlance.comparison", "version": 1, …} as indented UTF-8; every member is
// described in docs/comparison-format.md.
QByteArray comparisonJson(const Core::Comparison &comparison);

// One standalone HTML file: inline CSS only, no script, no external resource, light and dark,
// columns side by side (stacked on narrow screens). Every text is escaped.
QString comparisonHtml(const Core::Comparison &comparison);

} // namespace Parlance::Export
