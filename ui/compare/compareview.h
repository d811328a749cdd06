#pragma once

#include "compare/columnfigures.h"
#include "core/modelinfo.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QScrollArea;
class QSettings;
class QSplitter;
class QToolBar;
class QToolButton;

namespace Parlance::Workspace {
class CompareSession;
}

namespace Parlance::Ui {

class CompareColumnView;
class Composer;
class VoteBar;

// The compare workspace: 2 to 8 columns side by side, one composer sending to all of them,
// Stop per column and Stop all, blind mode with votes, synchronised scrolling and the metrics
// of every column's latest answer with the best of each marked.
class CompareView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareView)

public:
    // `settings` keeps the comparison sets; neither is owned.
    CompareView(Workspace::CompareSession *compare, QSettings *settings, QWidget *parent = nullptr);
    ~CompareView() override;

    Workspace::CompareSession *compare() const { return m_compare; }
    // What the window's toolbar says for whatever a column does not override, asked at send.
    // Asked when the view shows, at every send and by refreshSharedSettings().
    void setSharedSettingsProvider(std::function<Core::ChatSettings()> provider);
    void refreshSharedSettings(); // the shared model, API or parameters changed
    void setSharedModels(const QList<Core::ModelInfo> &models);
    void setCostFunction(ColumnFigures::CostFunction cost);

    // Columns in the order shown (shuffled in a blind comparison).
    QList<CompareColumnView *> columnViews() const { return m_columnViews; }
    CompareColumnView *columnView(int column) const; // by the session's column index
    Composer *composer() const { return m_composer; }
    VoteBar *voteBar() const { return m_voteBar; }
    QToolBar *toolBar() const { return m_toolBar; }
    QAction *addColumnAction() const { return m_addColumn; }
    QAction *stopAllAction() const { return m_stopAll; }
    QAction *blindAction() const { return m_blind; }
    QAction *syncScrollAction() const { return m_syncScroll; }
    QAction *newComparisonAction() const { return m_newComparison; }
    QToolButton *setsButton() const { return m_setsButton; }
    QToolButton *exportButton() const { return m_exportButton; }
    QAction *leaderboardAction() const { return m_leaderboard; }
    QComboBox *baselineBox() const { return m_baseline; }

    // Differences against `column`'s latest answer in every other column; -1 turns them off.
    void setBaseline(int column);
    int baseline() const { return m_baselineColumn; }

    enum class ExportFormat { Markdown, Json, Html };
    // Writes the comparison as it is now; false with what went wrong in `error`.
    bool exportTo(ExportFormat format, const QString &path, QString *error) const;

    // Saves the current columns as a comparison set (asks for a name when `name` is empty).
    bool saveSet(const QString &name = {});
    bool loadSet(const QString &name);

    void focusComposer();

signals:
    void showExchangeRequested(quint64 exchangeId);
    // The user works in a column (or asked for its exchanges): the inspector may follow it.
    void columnActivated(int column);
    void inspectColumnRequested(int column);
    void leaderboardRequested();
    void getCodeRequested(int column, int row); // row -1: the column's latest reply

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createToolBar();
    void rebuildColumns();
    void scheduleFigures();
    void updateFigures();
    void updateActions();
    void rebuildSetsMenu();
    void syncScroll(int fromColumn, int value);
    bool send(const QString &text);
    void continueWith(int column);
    void rebuildBaselineBox();
    void updateDiffs();
    void exportAs(ExportFormat format);

    Workspace::CompareSession *m_compare;
    QSettings *m_settings;
    std::function<Core::ChatSettings()> m_sharedSettings;
    ColumnFigures::CostFunction m_cost;
    QList<Core::ModelInfo> m_sharedModels;
    QStringList m_readyModels; // chat models ready to answer, for a fresh comparison's columns
    QToolBar *m_toolBar = nullptr;
    QAction *m_addColumn = nullptr;
    QAction *m_stopAll = nullptr;
    QAction *m_blind = nullptr;
    QAction *m_syncScroll = nullptr;
    QAction *m_newComparison = nullptr;
    QToolButton *m_setsButton = nullptr;
    QToolButton *m_exportButton = nullptr;
    QAction *m_leaderboard = nullptr;
    QComboBox *m_baseline = nullptr;
    int m_baselineColumn = -1;
    QScrollArea *m_scroll = nullptr;
    QSplitter *m_splitter = nullptr;
    QList<CompareColumnView *> m_columnViews;
    VoteBar *m_voteBar = nullptr;
    Composer *m_composer = nullptr;
    QTimer m_figuresTimer;
    bool m_syncing = false; // a synchronised scroll is being applied, not made by the user
};

} // namespace Parlance::Ui
