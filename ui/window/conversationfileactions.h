#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QWidget;

namespace Parlance::Store {
struct StoredConversation;
}
namespace Parlance::Workspace {
class Workbench;
}

namespace Parlance::Ui {

// File › Export conversation… (the open chat as JSON or Markdown, by the file type chosen) and
// File › Import conversation… (a Parlance conversation file or OpenAI-style messages, kept in
// the history as a new conversation and opened). Remembers the folder last used; problems are
// shown in a message box with the details. The window adds the actions to its menu.
class ConversationFileActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationFileActions)

public:
    // Asks for a file: (caption, folder or suggested path, filters, chosen filter) -> path, or
    // empty when cancelled. The defaults are QFileDialog's; tests give their own.
    using FileChooser = std::function<QString(const QString &caption, const QString &start,
                                              const QString &filters, QString *chosenFilter)>;

    // `window` parents the dialogs; `workbench` must outlive this.
    ConversationFileActions(Workspace::Workbench *workbench, QWidget *window);

    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }

    void setSaveFileChooser(FileChooser chooser) { m_chooseSave = std::move(chooser); }
    void setOpenFileChooser(FileChooser chooser) { m_chooseOpen = std::move(chooser); }

    // Writes the open conversation to `path`: Markdown for .md and .markdown, else JSON.
    bool exportTo(const QString &path, QString *error) const;
    // Reads `path` into the history as a new conversation and opens it.
    bool importFrom(const QString &path, QString *error);

signals:
    // A conversation was imported and opened: the window shows the chat.
    void imported();

private:
    void exportConversation();
    void importConversation();
    void updateExportEnabled();
    Store::StoredConversation openConversation() const;
    QString startFolder() const;
    void rememberFolder(const QString &path);
    void showProblem(const QString &what, const QString &details);

    Workspace::Workbench *m_workbench;
    QWidget *m_window;
    QAction *m_export;
    QAction *m_import;
    FileChooser m_chooseSave;
    FileChooser m_chooseOpen;
};

} // namespace Parlance::Ui
