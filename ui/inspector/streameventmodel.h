#pragma once

#include "core/apikind.h"
#include "net/exchange.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <memory>

namespace Parlance::Engine {
class EventReader;
}

namespace Parlance::Ui {

// The Stream tab's table: one row per SSE event of one exchange. The "parsed" column runs
// the dialect's stream decoder, lazily and in order, only as far as the rows that are shown,
// so opening a 20,000-event stream costs what is on screen.
class StreamEventModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamEventModel)

public:
    enum Column { TimeColumn, TypeColumn, DataColumn, ParsedColumn, ColumnCount };
    enum Role { RawDataRole = Qt::UserRole + 1 }; // QByteArray: the event's data

    explicit StreamEventModel(QObject *parent = nullptr);
    ~StreamEventModel() override;

    // The events of `exchange` (which shares its data with the one given).
    void setEvents(const Net::Exchange &exchange, Core::ApiKind api);
    void clear();

    int decodedCount() const { return int(m_parsed.size()); }
    QString parsedAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void decodeUpTo(int row) const;

    Net::Exchange m_exchange;
    Core::ApiKind m_api = Core::ApiKind::ChatCompletions;
    mutable std::unique_ptr<Engine::EventReader> m_reader;
    mutable QStringList m_parsed;
};

} // namespace Parlance::Ui
