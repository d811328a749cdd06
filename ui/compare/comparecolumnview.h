#pragma once

#include "compare/columnfigures.h"
#include "core/modelinfo.h"

#include <QFrame>

class QComboBox;
class QLabel;
class QStackedWidget;
class QToolButton;
class QWidget;

namespace Parlance::Workspace {
class CompareSession;
}

namespace Parlance::Ui {

class ConversationView;
class MetricsStrip;
class ModelPicker;

// One column of the compare view: who answers (model, connection, API, parameters, each
// either the shared default or the column's own, marked), its conversation, its Stop, and the
// metrics of its latest answer. In a blind comparison before the vote only its letter shows.
class CompareColumnView final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareColumnView)

public:
    CompareColumnView(Workspace::CompareSession *compare, int column, QWidget *parent = nullptr);
    ~CompareColumnView() override;

    int column() const { return m_column; }

    // Reads the column's spec, connection, problem and the blind state again.
    void refresh();
    // The models the shared connection serves (a column with its own connection lists its own).
    void setSharedModels(const QList<Core::ModelInfo> &models);
    void setFigures(const ColumnFigures &figures, const QList<ColumnFigures::Figure> &best);
    // A page shown instead of the conversation (the differences against the baseline), or
    // nullptr for the conversation.
    void setAlternativePage(QWidget *page);

    QString title() const; // "A", "demo-lorem", "A · demo-lorem"
    QString statusText() const;
    ConversationView *conversationView() const { return m_view; }
    MetricsStrip *metrics() const { return m_metrics; }
    ModelPicker *modelPicker() const { return m_model; }
    QComboBox *connectionBox() const { return m_connection; }
    QComboBox *apiBox() const { return m_api; }
    QToolButton *parametersButton() const { return m_params; }
    QToolButton *stopButton() const { return m_stop; }
    QToolButton *menuButton() const { return m_menuButton; }
    QWidget *identityControls() const { return m_identity; }

    // Opens the column's own parameters (non-modal; the dialog is returned for tests).
    QWidget *editParameters();

signals:
    void continueRequested(int column);
    void removeRequested(int column);
    void inspectRequested(int column);
    // The request of the turn at `row` (-1: its latest reply) as code.
    void getCodeRequested(int column, int row = -1);
    void showExchangeRequested(quint64 exchangeId);
    void activated(int column); // the user works in this column (focus, click)

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildHeader();
    void updateStatus();
    void fillConnections();
    void onConnectionChosen(int index);
    void onApiChosen(int index);
    void onModelChosen(const QString &model);
    static void markOverride(QWidget *widget, bool overridden, const QString &sharedText);

    Workspace::CompareSession *m_compare;
    int m_column;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_stop = nullptr;
    QToolButton *m_menuButton = nullptr;
    QWidget *m_identity = nullptr;
    ModelPicker *m_model = nullptr;
    QComboBox *m_connection = nullptr;
    QComboBox *m_api = nullptr;
    QToolButton *m_params = nullptr;
    QLabel *m_problem = nullptr;
    QStackedWidget *m_body = nullptr;
    ConversationView *m_view = nullptr;
    MetricsStrip *m_metrics = nullptr;
    QList<Core::ModelInfo> m_sharedModels;
    QList<Core::ModelInfo> m_ownModels;
    bool m_filling = false; // the boxes are being filled, not chosen from
};

} // namespace Parlance::Ui
