#include "conversation/conversationmodel.h"

#include "conversation/errordescription.h"
#include "engine/chatsession.h"

namespace Parlance::Ui {

namespace {

QString joinParts(const Core::Message &message, Core::ContentPart::Kind kind)
{
    QString out;
    for (const Core::ContentPart &part : message.parts) {
        if (part.kind == kind)
            out += part.text;
    }
    return out;
}

template<typename T>
QVariant optionalVariant(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

// Timings are -1 when the clock never started (stopped before the request left).
QVariant timing(const std::optional<qint64> &ms)
{
    return ms && *ms >= 0 ? QVariant::fromValue(*ms) : QVariant();
}

bool isIdentityRole(int role)
{
    switch (role) {
    case ConversationModel::ModelRole:
    case ConversationModel::InputTokensRole:
    case ConversationModel::OutputTokensRole:
    case ConversationModel::TimeToFirstTokenRole:
    case ConversationModel::TotalTimeRole:
    case ConversationModel::TokensPerSecondRole:
    case ConversationModel::FinishReasonRole:
        return true;
    default:
        return false;
    }
}

bool isStop(const Core::Turn &turn)
{
    return turn.error && turn.error->kind == Core::ApiError::Kind::Cancelled;
}

} // namespace

ConversationModel::ConversationModel(Engine::ChatSession *session, QObject *parent)
    : QAbstractListModel(parent), m_session(session)
{
    Q_ASSERT(session);
    connect(session, &Engine::ChatSession::turnsReset, this, [this] {
        beginResetModel();
        resetRows();
        endResetModel();
    });
    connect(session, &Engine::ChatSession::turnInserted, this, &ConversationModel::onInserted);
    connect(session, &Engine::ChatSession::turnChanged, this, &ConversationModel::onChanged);
    connect(session, &Engine::ChatSession::turnRemoved, this, &ConversationModel::onRemoved);
    connect(session, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_keys.clear();
        m_revisions.clear();
        endResetModel();
    });
    resetRows();
}

ConversationModel::~ConversationModel() = default;

void ConversationModel::resetRows()
{
    m_keys.clear();
    m_revisions.clear();
    const qsizetype count = m_session ? m_session->turns().size() : 0;
    for (qsizetype i = 0; i < count; ++i) {
        m_keys.append(++m_counter);
        m_revisions.append(++m_counter);
    }
}

void ConversationModel::onInserted(int row)
{
    m_pending = Pending::Insert;
    m_pendingRow = row;
    beginInsertRows({}, row, row);
    m_keys.insert(row, ++m_counter);
    m_revisions.insert(row, ++m_counter);
    m_pending = Pending::None;
    endInsertRows();
}

void ConversationModel::setIdentityHidden(bool hidden)
{
    if (hidden == m_identityHidden)
        return;
    m_identityHidden = hidden;
    if (m_keys.isEmpty())
        return;
    // Every footer changes its size: new revisions make views lay the rows out again.
    for (quint64 &revision : m_revisions)
        revision = ++m_counter;
    emit dataChanged(index(0), index(int(m_keys.size()) - 1));
}

void ConversationModel::onChanged(int row)
{
    if (row < 0 || row >= m_keys.size())
        return;
    m_revisions[row] = ++m_counter;
    const QModelIndex changed = index(row);
    const bool streaming = m_session && m_session->isStreaming(row);
    emit dataChanged(changed, changed, streaming ? streamingRoles() : QList<int>());
}

void ConversationModel::onRemoved(int row)
{
    if (row < 0 || row >= m_keys.size())
        return;
    m_pending = Pending::Remove;
    m_pendingRow = row;
    beginRemoveRows({}, row, row);
    m_keys.removeAt(row);
    m_revisions.removeAt(row);
    m_pending = Pending::None;
    endRemoveRows();
}

int ConversationModel::sessionRow(int row) const
{
    switch (m_pending) {
    case Pending::None:
        return row;
    case Pending::Insert:
        return row >= m_pendingRow ? row + 1 : row;
    case Pending::Remove:
        if (row == m_pendingRow)
            return -1;
        return row > m_pendingRow ? row - 1 : row;
    }
    return row;
}

QList<int> ConversationModel::streamingRoles()
{
    return {Qt::DisplayRole, TextRole, ReasoningRole, ToolCallsRole, RefusalRole, RevisionRole};
}

int ConversationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

Qt::ItemFlags ConversationModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !m_session)
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    // Editing a user turn means "edit and resend", which the session refuses while busy.
    if (index.data(IsUserRole).toBool() && !m_session->isBusy())
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    // Views ask about invalid indexes (the root) routinely; that is not a bug to warn about.
    if (!index.isValid() || !m_session)
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::ParentIsInvalid));
    const int row = index.row();
    if (role == KeyRole)
        return m_keys.at(row);
    if (role == RevisionRole)
        return m_revisions.at(row);
    const int at = sessionRow(row);
    if (at < 0 || at >= m_session->turns().size())
        return {};
    const Core::Turn &turn = m_session->turns().at(at);
    if (m_identityHidden && isIdentityRole(role))
        return {};

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case TextRole:
        return m_session->messageAt(at).text();
    case RoleNameRole:
        return Core::roleName(turn.message.role);
    case IsUserRole:
        return turn.isUser();
    case ReasoningRole:
        return m_session->messageAt(at).reasoning();
    case ToolCallsRole: {
        QVariantList calls;
        for (const Core::ContentPart &part : m_session->messageAt(at).toolCalls()) {
            calls.append(QVariantMap{{QStringLiteral("id"), part.toolCallId},
                                     {QStringLiteral("name"), part.toolName},
                                     {QStringLiteral("arguments"), part.toolArguments}});
        }
        return calls;
    }
    case RefusalRole:
        return joinParts(m_session->messageAt(at), Core::ContentPart::Kind::Refusal);
    case ModelRole:
        return turn.model;
    case InputTokensRole:
        return optionalVariant(turn.usage.inputTokens);
    case OutputTokensRole:
        return optionalVariant(turn.usage.outputTokens);
    case TimeToFirstTokenRole:
        return timing(turn.metrics.timeToFirstTokenMs);
    case TotalTimeRole:
        return timing(turn.metrics.totalMs);
    case TokensPerSecondRole:
        return optionalVariant(turn.metrics.outputTokensPerSecond());
    case FinishReasonRole:
        return turn.finishReason;
    case HasErrorRole:
        return turn.error.has_value() && !isStop(turn);
    case StoppedRole:
        return isStop(turn);
    case ErrorWhatRole:
        return turn.error ? describeError(*turn.error).what : QString();
    case ErrorAdviceRole:
        return turn.error ? describeError(*turn.error).advice : QString();
    case ErrorDetailRole:
        return turn.error ? describeError(*turn.error).detail : QString();
    case ErrorCodeRole:
        return turn.error ? turn.error->code : QString();
    case ErrorStatusRole:
        return turn.error ? turn.error->httpStatus : 0;
    case ErrorRawRole:
        return turn.error ? turn.error->raw : QByteArray();
    case StreamingRole:
        return m_session->isStreaming(at);
    case IncompleteRole:
        return turn.message.incomplete;
    case ExchangeIdsRole: {
        QVariantList ids;
        for (quint64 id : m_session->exchangeIds(at))
            ids.append(id);
        return ids;
    }
    case LastExchangeIdRole: {
        const QList<quint64> ids = m_session->exchangeIds(at);
        return ids.isEmpty() ? quint64(0) : ids.constLast();
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{RoleNameRole, "role"},
                  {IsUserRole, "isUser"},
                  {TextRole, "text"},
                  {ReasoningRole, "reasoning"},
                  {ToolCallsRole, "toolCalls"},
                  {RefusalRole, "refusal"},
                  {ModelRole, "model"},
                  {InputTokensRole, "inputTokens"},
                  {OutputTokensRole, "outputTokens"},
                  {TimeToFirstTokenRole, "ttftMs"},
                  {TotalTimeRole, "totalMs"},
                  {TokensPerSecondRole, "tokensPerSecond"},
                  {FinishReasonRole, "finishReason"},
                  {HasErrorRole, "hasError"},
                  {StoppedRole, "stopped"},
                  {ErrorWhatRole, "errorWhat"},
                  {ErrorAdviceRole, "errorAdvice"},
                  {ErrorDetailRole, "errorDetail"},
                  {ErrorCodeRole, "errorCode"},
                  {ErrorStatusRole, "errorStatus"},
                  {ErrorRawRole, "errorRaw"},
                  {StreamingRole, "streaming"},
                  {IncompleteRole, "incomplete"},
                  {ExchangeIdsRole, "exchangeIds"},
                  {LastExchangeIdRole, "lastExchangeId"},
                  {KeyRole, "key"},
                  {RevisionRole, "revision"}});
    return names;
}

} // namespace Parlance::Ui
