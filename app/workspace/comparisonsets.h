#pragma once

#include "core/comparison.h"

#include <QList>

class QSettings;

namespace Parlance::Workspace {

// Saved "comparison sets": named lists of columns (model, and the connection, API and
// parameters a column overrides), kept in the settings as JSON. Never a token: a column names
// its saved connection. A damaged entry is skipped, not fatal.
class ComparisonSets
{
public:
    explicit ComparisonSets(QSettings *settings);

    QList<Core::ComparisonSet> sets() const; // sorted by name
    std::optional<Core::ComparisonSet> set(const QString &name) const;
    // Inserts, or replaces the set of that name. A set needs a name and 2 to 8 columns.
    bool save(const Core::ComparisonSet &set);
    void remove(const QString &name);

private:
    void write(const QList<Core::ComparisonSet> &sets);

    QSettings *m_settings;
};

} // namespace Parlance::Workspace
