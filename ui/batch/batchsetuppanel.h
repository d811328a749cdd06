#pragma once

#include "engine/batchsql.h"
#include "workspace/batchsession.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSettings;
class QSpinBox;

namespace Parlance::Ui {

// What a batch asks: the prompt set (a file, or pasted JSONL or CSV), the models (ticked from
// the connection's list or taken from a saved comparison set), a prompt template, the checks
// (one a line, as the CLI's --check takes them) and how many requests go at once.
class BatchSetupPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit BatchSetupPanel(QSettings *settings, QWidget *parent = nullptr);

    // The connection's chat models; the ticked ones stay ticked.
    void setAvailableModels(const QStringList &models);
    QStringList selectedModels() const;
    void setSelectedModels(const QStringList &models);
    // Reads the file into the prompt box; its ending (.jsonl, .csv) says the format.
    bool loadFile(const QString &path, QString *error);
    void setPrompts(const QString &text, Engine::BatchFormat format);

    // The run as set up (api and parameters are the window's: the caller adds them), or
    // nullopt with a message that names the line (of the prompts) or the check that is wrong.
    std::optional<Workspace::BatchSession::RunSetup> runSetup(QString *error) const;
    // The same set as a warehouse statement's spec (inline rows, the template rendered in SQL;
    // the caller adds the parameters), or nullopt with the message runSetup() gives.
    std::optional<Engine::BatchSqlSpec> sqlSpec(QString *error) const;

    QPlainTextEdit *promptEdit() const { return m_prompts; }
    QComboBox *formatCombo() const { return m_format; }
    QLineEdit *templateEdit() const { return m_template; }
    QListWidget *modelList() const { return m_models; }
    QComboBox *setsCombo() const { return m_sets; }
    QPlainTextEdit *checksEdit() const { return m_checks; }
    QSpinBox *parallelSpin() const { return m_parallel; }
    QPushButton *openButton() const { return m_open; }
    QLabel *promptStatus() const { return m_status; }

signals:
    void changed();

private:
    void chooseFile();
    void reloadSets();
    void applySet(int index);
    void updateStatus();

    QSettings *m_settings;
    QPushButton *m_open;
    QComboBox *m_format;
    QPlainTextEdit *m_prompts;
    QLabel *m_status;
    QLineEdit *m_template;
    QComboBox *m_sets;
    QListWidget *m_models;
    QPlainTextEdit *m_checks;
    QSpinBox *m_parallel;
};

} // namespace Parlance::Ui
