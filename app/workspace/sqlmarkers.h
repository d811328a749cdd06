#pragma once

#include <QStringList>

namespace Parlance::Workspace {

// The named parameter markers (`:name`) of a Databricks SQL statement, each once, in the order
// they first appear. What only looks like one is left out: text in quotes, backquoted names and
// comments, `::` casts, and the JSON path operator (`raw:field`, right after a column, a
// closing bracket or a backquoted name).
QStringList sqlParameterMarkers(const QString &sql);

} // namespace Parlance::Workspace
