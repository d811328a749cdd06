#pragma once

#include "engine/chatsession.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

namespace Parlance::Ui {

// The turns of a ChatSession as a list model, one row per turn. Rows follow the session's
// signals; data is read from the session on demand, so a streaming reply costs one
// dataChanged per delta and no copy.
class ConversationModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationModel)

public:
    enum Role {
        RoleNameRole = Qt::UserRole + 1, // QString: "user" or "assistant"
        IsUserRole,                      // bool
        TextRole,                        // QString: the answer's Markdown (also DisplayRole)
        ReasoningRole,                   // QString
        ToolCallsRole,                   // QVariantList of QVariantMap {id, name, arguments}
        RefusalRole,                     // QString
        ModelRole,                       // QString: the model that answered
        InputTokensRole,                 // qint64, invalid when unknown
        OutputTokensRole,                // qint64, invalid when unknown
        TimeToFirstTokenRole,            // qint64 ms, invalid when unknown
        TotalTimeRole,                   // qint64 ms, invalid when unknown
        TokensPerSecondRole,             // double, invalid when unknown
        FinishReasonRole,                // QString
        HasErrorRole,                    // bool: failed, stops by the user excepted
        StoppedRole,                     // bool: the user stopped this reply
        ErrorWhatRole,                   // QString: what happened, in plain words
        ErrorAdviceRole,                 // QString: what to do
        ErrorDetailRole,                 // QString: "CODE: server message"
        ErrorCodeRole,                   // QString
        ErrorStatusRole,                 // int, 0 without an HTTP status
        ErrorRawRole,                    // QByteArray: the body or event that carried the error
        StreamingRole,                   // bool
        IncompleteRole,                  // bool: cut off, partial text kept
        ExchangeIdsRole,                 // QVariantList of quint64 (ExchangeLog ids)
        LastExchangeIdRole,              // quint64, 0 when none
        KeyRole,                         // quint64: stable identity of the row
        RevisionRole,                    // quint64: changes whenever the row's content does
    };

    explicit ConversationModel(Engine::ChatSession *session, QObject *parent = nullptr);
    ~ConversationModel() override;

    Engine::ChatSession *session() const { return m_session; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The roles a streaming delta can change; views may treat such a change as cheap.
    static QList<int> streamingRoles();

    // Blind comparisons: while set, nothing tells who answered or how fast (model, token
    // counts, timings and finish reason read as unknown), so footers say nothing about it.
    void setIdentityHidden(bool hidden);
    bool isIdentityHidden() const { return m_identityHidden; }

private:
    void resetRows();
    void onInserted(int row);
    void onChanged(int row);
    void onRemoved(int row);
    int sessionRow(int row) const; // -1: the row is being removed

    QPointer<Engine::ChatSession> m_session;
    QList<quint64> m_keys;      // one per row: rowCount() is ours, not the session's
    QList<quint64> m_revisions; // parallel to m_keys
    quint64 m_counter = 0;
    // While the session has already changed and begin/end is being signalled, rows of the
    // old numbering are mapped onto the session's new one.
    enum class Pending { None, Insert, Remove } m_pending = Pending::None;
    int m_pendingRow = -1;
    bool m_identityHidden = false;
};

} // namespace Parlance::Ui
