#pragma once

#include "controls/modelpreferences.h"
#include "core/modelinfo.h"

#include <QAbstractListModel>
#include <QList>
#include <QStringList>

namespace Parlance::Ui {

// The models a connection serves, in picker order: favourites, then recently used, then the
// rest alphabetically, then endpoints that are not for chat (embeddings). Favourite and recent
// names the list does not hold (typed by hand, or gone from the server) are still rows, so a
// model used last week stays one click away before the list has been fetched.
//
// Favourites and recents are stored per connection name through ModelPreferences.
class ModelListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelListModel)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        TaskRole,
        StateRole, // as the server said it: READY, NOT_READY or empty
        DescriptionRole,
        FavouriteRole,
        RecentRole,  // used recently; a favourite can be recent too
        SectionRole, // Section
        ChatRole,    // false for embeddings and other non-chat tasks
        ReadyRole,   // false only when the server said the endpoint is not ready
        ListedRole,  // false for a favourite/recent name the model list does not hold
        AliasRole,   // the model's other name (a model service's serving endpoint), or empty
    };
    Q_ENUM(Role)

    enum class Section { Favourites, Recent, Models, OtherEndpoints };
    Q_ENUM(Section)

    explicit ModelListModel(QObject *parent = nullptr);
    explicit ModelListModel(ModelPreferences preferences, QObject *parent = nullptr);
    ~ModelListModel() override;

    // Loads that connection's favourites and recents.
    void setConnectionName(const QString &connection);
    QString connectionName() const { return m_connection; }

    void setModels(const QList<Core::ModelInfo> &models);
    QList<Core::ModelInfo> models() const { return m_models; }
    bool hasList() const { return m_hasList; } // setModels() has been called

    QStringList favourites() const { return m_favourites; }
    bool isFavourite(const QString &name) const { return m_favourites.contains(name); }
    void setFavourite(const QString &name, bool favourite);
    void toggleFavourite(const QString &name) { setFavourite(name, !isFavourite(name)); }

    QStringList recents() const { return m_recents; } // most recent first
    void addRecent(const QString &name);

    int rowOf(const QString &name) const; // -1 when absent
    QString nameAt(int row) const;
    int nonChatCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString sectionTitle(Section section);
    static QString stateText(const QString &state); // "ready", "not ready", or the raw state

private:
    struct Row
    {
        Core::ModelInfo info;
        bool listed = true;
        Section section = Section::Models;
    };

    QList<Row> buildRows() const;
    void rebuild();

    ModelPreferences m_preferences;
    QString m_connection;
    QList<Core::ModelInfo> m_models;
    bool m_hasList = false;
    QStringList m_favourites;
    QStringList m_recents;
    QList<Row> m_rows;
};

} // namespace Parlance::Ui
