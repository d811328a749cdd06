#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace Parlance::Ui {

// The history list as filtered by the search box: titles match at once, as the user types;
// conversations whose messages match arrive a moment later from the store's search.
class HistoryFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryFilterProxy)

public:
    explicit HistoryFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text); // forgets the content matches of the previous text
    QString text() const { return m_text; }
    // The keys whose messages contain `text`; ignored when `text` is no longer the search.
    void setContentMatches(const QString &text, const QSet<QString> &keys);
    bool hasContentMatches() const { return m_haveMatches; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QSet<QString> m_matches;
    bool m_haveMatches = false;
};

} // namespace Parlance::Ui
