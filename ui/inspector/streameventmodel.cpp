#include "inspector/streameventmodel.h"

#include "engine/exchangereader.h"
#include "inspector/deltasummary.h"

#include <QFontDatabase>

namespace Parlance::Ui {

// The table shows the head of each payload; the detail pane below it shows all of it.
static constexpr qsizetype MaxShownData = 300;
static constexpr qsizetype MaxToolTipData = 4000;

StreamEventModel::StreamEventModel(QObject *parent) : QAbstractTableModel(parent) {}

StreamEventModel::~StreamEventModel() = default;

void StreamEventModel::setEvents(const Net::Exchange &exchange, Core::ApiKind api)
{
    beginResetModel();
    m_exchange = exchange;
    m_api = api;
    m_reader.reset();
    m_parsed.clear();
    endResetModel();
}

void StreamEventModel::clear()
{
    setEvents({}, Core::ApiKind::ChatCompletions);
}

void StreamEventModel::decodeUpTo(int row) const
{
    if (!m_reader)
        m_reader = std::make_unique<Engine::EventReader>(m_api);
    while (m_parsed.size() <= row && m_parsed.size() < m_exchange.events.size()) {
        const Core::SseEvent event = m_exchange.eventAt(m_parsed.size());
        m_parsed.append(summarizeDeltas(m_reader->read(event), event.data));
    }
}

QString StreamEventModel::parsedAt(int row) const
{
    if (row < 0 || row >= m_exchange.events.size())
        return {};
    decodeUpTo(row);
    return m_parsed.at(row);
}

int StreamEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_exchange.events.size());
}

int StreamEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString oneLine(const QByteArray &data, qsizetype limit)
{
    QString text = QString::fromUtf8(data.left(limit + 1));
    text.replace(QLatin1Char('\n'), QChar(0x21b5));
    if (text.size() > limit)
        text = QString(text.left(limit) + QChar(0x2026));
    return text;
}

QVariant StreamEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return QString::number(m_exchange.events.at(row).atMs);
        case TypeColumn: {
            const QByteArray type = m_exchange.eventAt(row).type;
            return type.isEmpty() ? QStringLiteral("message") : QString::fromUtf8(type);
        }
        case DataColumn:
            return oneLine(m_exchange.eventAt(row).data, MaxShownData);
        case ParsedColumn:
            return parsedAt(index.row());
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DataColumn)
            return QString::fromUtf8(m_exchange.eventAt(row).data.left(MaxToolTipData));
        if (index.column() == ParsedColumn)
            return parsedAt(index.row());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TimeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (index.column() == DataColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case RawDataRole:
        return m_exchange.eventAt(row).data;
    default:
        return {};
    }
}

QVariant StreamEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == TimeColumn)
        return tr("Milliseconds since the request was sent");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("ms");
    case TypeColumn:
        return tr("Event");
    case DataColumn:
        return tr("Data");
    case ParsedColumn:
        return tr("Parsed");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Parlance::Ui
