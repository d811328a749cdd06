#include "history/historylistmodel.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace Parlance::Ui {

HistoryListModel::HistoryListModel(QObject *parent) : QAbstractListModel(parent) {}

void HistoryListModel::setConversations(const QList<Store::ConversationSummary> &conversations)
{
    if (conversations == m_conversations)
        return;
    // A save while a reply streams changes only the open conversation's time and count: the
    // rows are the same, so the view keeps its scroll position and selection.
    const bool sameRows
        = conversations.size() == m_conversations.size()
          && std::equal(conversations.cbegin(), conversations.cend(), m_conversations.cbegin(),
                        [](const auto &a, const auto &b) { return a.key == b.key; });
    if (sameRows) {
        m_conversations = conversations;
        emit dataChanged(index(0), index(rowCount() - 1));
        return;
    }
    beginResetModel();
    m_conversations = conversations;
    endResetModel();
}

void HistoryListModel::setSearchHits(const QList<Store::SearchHit> &hits)
{
    QHash<QString, Store::SearchHit> byKey;
    for (const Store::SearchHit &hit : hits)
        byKey.insert(hit.conversation.key, hit);
    if (byKey == m_hits)
        return;
    m_hits = byKey;
    if (!m_conversations.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

void HistoryListModel::setCurrentKey(const QString &key)
{
    const int before = rowOf(m_currentKey);
    m_currentKey = key;
    const int after = rowOf(key);
    for (const int row : {before, after}) {
        if (row >= 0)
            emit dataChanged(index(row), index(row), {Qt::FontRole, CurrentRole});
    }
}

int HistoryListModel::rowOf(const QString &key) const
{
    if (key.isEmpty())
        return -1;
    for (int row = 0; row < m_conversations.size(); ++row) {
        if (m_conversations.at(row).key == key)
            return row;
    }
    return -1;
}

QString HistoryListModel::describeTime(const QDateTime &when, const QDateTime &now)
{
    const QDateTime local = when.toLocalTime();
    const qint64 seconds = when.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    const QLocale locale;
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    const qint64 days = local.date().daysTo(now.toLocalTime().date());
    if (days == 0)
        return time;
    if (days == 1)
        return tr("yesterday %1").arg(time);
    if (days < 7)
        return locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ')
               + time;
    return locale.toString(local.date(), QLocale::ShortFormat);
}

int HistoryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_conversations.size());
}

QString HistoryListModel::batchProgress(const Store::ConversationSummary &batch)
{
    const qint64 cells = qint64(batch.turnCount) * batch.modelCount;
    QString text = tr("%n prompt(s) × %1", nullptr, batch.turnCount)
                       .arg(tr("%n model(s)", nullptr, batch.modelCount));
    text += QStringLiteral(" · ");
    text += batch.cellsDone >= cells ? tr("all %L1 answered").arg(cells)
                                     : tr("%L1 of %L2 answered").arg(batch.cellsDone).arg(cells);
    if (batch.cellsFailed > 0)
        text += QStringLiteral(" · ") + tr("%n failed", nullptr, batch.cellsFailed);
    return text;
}

QString HistoryListModel::describeHit(const Store::SearchHit &hit) const
{
    if (hit.turn < 0)
        return tr("The title matches: %1").arg(hit.snippet);
    if (hit.conversation.kind == Store::ConversationSummary::Kind::Batch) {
        return tr("Found in prompt %1 of %2: %3")
            .arg(hit.turn + 1)
            .arg(hit.conversation.turnCount)
            .arg(hit.snippet);
    }
    if (hit.conversation.kind == Store::ConversationSummary::Kind::Comparison) {
        return tr("Found in column %1, message %2: %3")
            .arg(hit.column + 1)
            .arg(hit.turn + 1)
            .arg(hit.snippet);
    }
    return tr("Found in message %1 of %2: %3")
        .arg(hit.turn + 1)
        .arg(hit.conversation.turnCount)
        .arg(hit.snippet);
}

QVariant HistoryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Store::ConversationSummary &conversation = m_conversations.at(index.row());
    const bool comparison = conversation.kind == Store::ConversationSummary::Kind::Comparison;
    const bool batch = conversation.kind == Store::ConversationSummary::Kind::Batch;
    const auto hit = m_hits.constFind(conversation.key);
    switch (role) {
    case Qt::DisplayRole: {
        const QString title
            = conversation.title.isEmpty() ? tr("Untitled conversation") : conversation.title;
        // A comparison opens in the compare view, a batch in the batch view: the list says so
        // before the click.
        return comparison ? tr("⚖ %1").arg(title) : batch ? tr("▦ %1").arg(title) : title;
    }
    case Qt::EditRole:
    case TitleRole:
        return conversation.title;
    case Qt::AccessibleDescriptionRole: {
        QStringList parts;
        if (conversation.pinned)
            parts.append(tr("Pinned"));
        parts.append(comparison ? tr("Comparison of %1").arg(conversation.model)
                     : batch    ? tr("Batch run of %1").arg(conversation.model)
                                : tr("Chat"));
        if (hit != m_hits.cend())
            parts.append(describeHit(*hit));
        return parts.join(QStringLiteral(". "));
    }
    case Qt::ToolTipRole: {
        QString tip;
        if (batch) {
            tip = tr("%1\nBatch run: %2\n%3")
                      .arg(conversation.title, conversation.model, batchProgress(conversation))
                  + QStringLiteral(" · ")
                  + describeTime(conversation.updated, QDateTime::currentDateTimeUtc());
        } else if (comparison) {
            tip = tr("%1\nComparison: %2 · %3 prompts · %4")
                      .arg(conversation.title, conversation.model)
                      .arg(conversation.turnCount)
                      .arg(describeTime(conversation.updated, QDateTime::currentDateTimeUtc()));
        } else {
            tip = tr("%1\n%2 · %n message(s) · %3", nullptr, conversation.turnCount)
                      .arg(conversation.title,
                           conversation.model.isEmpty() ? tr("no model") : conversation.model,
                           describeTime(conversation.updated, QDateTime::currentDateTimeUtc()));
        }
        if (conversation.pinned)
            tip += QLatin1Char('\n') + tr("Pinned");
        if (hit != m_hits.cend())
            tip += QLatin1Char('\n') + describeHit(*hit);
        return tip;
    }
    case Qt::FontRole:
        if (conversation.key == m_currentKey) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case KeyRole:
        return conversation.key;
    case IsComparisonRole:
        return comparison;
    case KindRole:
        return int(conversation.kind);
    case CurrentRole:
        return conversation.key == m_currentKey;
    case PinnedRole:
        return conversation.pinned;
    case HitRole:
        return hit == m_hits.cend() ? QVariant() : QVariant::fromValue(*hit);
    case RevealTurnRole:
        // A comparison opens whole in the compare view, a batch in its table.
        return hit == m_hits.cend() || comparison || batch ? -1 : hit->turn;
    default:
        return {};
    }
}

bool HistoryListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    Store::ConversationSummary &conversation = m_conversations[index.row()];
    // One line, as the store keeps it; shown at once, and the store's list confirms it.
    const QString title = value.toString().simplified();
    if (title == conversation.title)
        return false;
    conversation.title = title;
    emit dataChanged(index, index);
    emit renameRequested(conversation.key, title);
    return true;
}

Qt::ItemFlags HistoryListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractListModel::flags(index);
    if (index.isValid())
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace Parlance::Ui
