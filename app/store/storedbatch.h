#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Parlance::Store {

// A batch run as the history keeps it: the prompt set, the models, how they were asked, and
// every cell that has a result. What the engine owns (a row, the setup, a result) is kept as
// the JSON the workspace gives and handed back as it was, so the history never needs to know
// the engine's types. Never a token: the connection is named only.
struct StoredBatch
{
    // One (row, model) pair with a result.
    struct Cell
    {
        int row = 0;      // position in `rows`
        int model = 0;    // position in `models`
        QJsonObject line; // the cell as `parlance-cli batch` writes its JSONL line
        bool failed = false;

        friend bool operator==(const Cell &, const Cell &) = default;
    };

    QString key;            // stable identity; unique across chats, comparisons and batches
    QString title;          // what the list shows
    QDateTime created;      // UTC
    QDateTime updated;      // UTC; the list is newest first by this
    QString connectionName; // empty for the demo gateway
    QStringList models;
    QJsonObject setup;       // api, parameters, checks, parallelism: the workspace's business
    QList<QJsonObject> rows; // the prompt set, in order
    // The cells that have a result, in any order; at most one per (row, model).
    QList<Cell> cells;
};

} // namespace Parlance::Store
