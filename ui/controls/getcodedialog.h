#pragma once

#include "controls/codehighlighter.h"

#include <QDialog>

#include <functional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSettings;

namespace Parlance::Ui {

// "Get code": the request the user tried, as a program for the client they choose (curl, the
// OpenAI SDKs, Databricks' clients, SQL…), highlighted, to copy or save. The last target
// chosen is the next dialog's first.
class GetCodeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GetCodeDialog)

public:
    struct Target
    {
        QString id;       // "openai-chat"
        QString name;     // "OpenAI Python SDK, Chat Completions"
        QString language; // "python", "javascript", "shell", "sql"; empty: guessed from the code
        QString suffix;   // "py" for saving; empty: from the language
    };
    // The snippet for a target id. Generating is cheap and pure: asked each time one is shown.
    using Generator = std::function<QString(const QString &target)>;

    // `settings` remembers the last target (not owned; may be null).
    GetCodeDialog(const QList<Target> &targets, Generator generate, QSettings *settings,
                  QWidget *parent = nullptr);
    ~GetCodeDialog() override;

    QString currentTarget() const;
    void setCurrentTarget(const QString &id);
    QString code() const;

    // Writes the snippet; false with what went wrong in `error`.
    bool saveTo(const QString &path, QString *error) const;
    void copyToClipboard() const;

    QListWidget *targetList() const { return m_targets; }
    QPlainTextEdit *editor() const { return m_editor; }
    CodeHighlighter *highlighter() const { return m_highlighter; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *saveButton() const { return m_save; }

    // The file name suffix for the snippet's language: ".py", ".mjs", ".sh", ".sql".
    static QString suffixFor(const QString &code);
    static CodeHighlighter::Language languageFor(const Target &target, const QString &code);

private:
    void showTarget();
    const Target *currentInfo() const;
    void save();

    QList<Target> m_targetInfo;
    Generator m_generate;
    QSettings *m_settings;
    QListWidget *m_targets;
    QPlainTextEdit *m_editor;
    CodeHighlighter *m_highlighter;
    QLabel *m_note;
    QPushButton *m_copy;
    QPushButton *m_save;
};

} // namespace Parlance::Ui
