#pragma once

#include "settings/connectiondraft.h"

#include <QAbstractListModel>
#include <QList>
#include <QSet>

namespace Parlance::Ui {

// The settings dialog's working copy of the saved connections: loaded from ProfileStore, edited
// in memory, written back only when the dialog is accepted. Rows keep the order they were
// loaded in (ProfileStore sorts by name); added rows go to the end, so a row does not jump
// away while its name is typed.
class ConnectionListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionListModel)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // Core::Connection::Kind as int
        IdRole,                      // ConnectionDraft::id
        HasErrorsRole,               // bool: the draft cannot be saved as it is
    };

    explicit ConnectionListModel(QObject *parent = nullptr);
    ~ConnectionListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reset(QList<ConnectionDraft> drafts); // assigns ids
    const QList<ConnectionDraft> &drafts() const { return m_drafts; }
    const ConnectionDraft &draft(int row) const { return m_drafts.at(row); }
    int rowOf(quint64 id) const; // -1 when gone

    int append(ConnectionDraft draft); // assigns an id; returns the row
    void update(int row, const ConnectionDraft &draft);
    void removeAt(int row);

    void setHasErrors(quint64 id, bool errors);

    // Every name in the list but the one of `row` (-1: all), for the duplicate check.
    QStringList namesExcept(int row) const;
    // "base", else "base 2", "base 3"...: a name no row has.
    QString uniqueName(const QString &base) const;

private:
    QList<ConnectionDraft> m_drafts;
    QSet<quint64> m_withErrors;
    quint64 m_nextId = 1;
};

} // namespace Parlance::Ui
