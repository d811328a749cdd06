#pragma once

#include "core/turn.h"
#include "workspace/batchsession.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSettings;
class QTableView;
class QTimer;
class QToolButton;

namespace Parlance::Ui {

class BatchResultModel;
class BatchSetupPanel;

// The batch workspace: a prompt set asked of several models, its setup on the left and the
// results on the right as a table of prompts × models that fills while the run goes on.
// Run, Pause, Cancel and Resume drive the session; the progress shows cells done, the rate
// and the time left. The table filters to failures or to rows where the models differ and
// sorts by any model's time, tokens, checks or length; Enter or a double-click on a cell
// opens its whole answer and shows its request in the inspector. A footer gives each model's
// pass rate and medians; the results export as CSV, JSONL (the CLI's lines) and Markdown.
class BatchView final : public QWidget
{
    Q_OBJECT

public:
    enum class ExportFormat { Csv, Jsonl, Markdown };

    BatchView(Workspace::BatchSession *session, QSettings *settings, QWidget *parent = nullptr);
    ~BatchView() override;

    // Where the run's API and generation parameters come from (the window's panel).
    void setSettingsProvider(std::function<Core::ChatSettings()> provider);
    void setAvailableModels(const QStringList &models);
    // Whether the connection has SQL warehouses (Databricks): the set can go to one as SQL.
    void setWarehouseAvailable(bool available);

    // Writes the results; false with *error when the file cannot be written.
    bool exportTo(const QString &path, ExportFormat format, QString *error) const;

    BatchSetupPanel *setupPanel() const { return m_setup; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *warehouseButton() const { return m_warehouse; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *resumeButton() const { return m_resume; }
    QToolButton *exportButton() const { return m_export; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *progressLabel() const { return m_progressText; }
    QLabel *messageLabel() const { return m_message; }
    QComboBox *filterCombo() const { return m_filter; }
    QComboBox *sortCombo() const { return m_sort; }
    QTableView *table() const { return m_table; }
    BatchResultModel *resultModel() const { return m_model; }
    QLabel *footerLabel(int model) const;
    // The answer opened last, while it is open.
    QDialog *answerDialog() const { return m_answer; }

    // Opens the whole answer of the cell shown at `index`.
    void openCell(const QModelIndex &index);
    // The session's table came from the history: says so (and which checks no longer read),
    // and sets the setup up as that run was, so Run asks the same models the same way.
    void showReopened(const QStringList &droppedChecks);

signals:
    void showExchangeRequested(quint64 exchangeId);
    // The set as one Databricks SQL statement, for the SQL console to run.
    void warehouseSqlRequested(const QString &sql);

private:
    void run();
    void runOnWarehouse();
    void updateControls();
    void updateProgress();
    void rebuildSortChoices();
    void applySort();
    void rebuildFooter();
    void updateFooter();
    void chooseExport(ExportFormat format);

    Workspace::BatchSession *m_session;
    std::function<Core::ChatSettings()> m_settingsProvider;
    BatchSetupPanel *m_setup;
    QPushButton *m_run;
    QPushButton *m_warehouse;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    QPushButton *m_resume;
    QToolButton *m_export;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QLabel *m_message;
    QComboBox *m_filter;
    QComboBox *m_sort;
    QTableView *m_table;
    BatchResultModel *m_model;
    QHBoxLayout *m_footer;
    QList<QLabel *> m_footerLabels;
    QTimer *m_progressTimer;
    QPointer<QDialog> m_answer;
};

} // namespace Parlance::Ui
