#include "window/conversationfileactions.h"

#include "engine/chatsession.h"
#include "export/conversationfile.h"
#include "export/conversationmarkdown.h"
#include "workspace/historykeeper.h"
#include "workspace/workbench.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QWidget>

namespace Parlance::Ui {

namespace {

const QString kFolderKey = QStringLiteral("conversationFiles/lastFolder");

bool isMarkdown(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("md") || suffix == QLatin1String("markdown");
}

// A title as a file name: what a file system could trip over becomes a space.
QString fileNameFor(const QString &title)
{
    QString name = title.left(60);
    for (QChar &c : name) {
        if (QStringLiteral("/\\:*?\"<>|").contains(c) || c.category() == QChar::Other_Control)
            c = u' ';
    }
    return name.simplified();
}

} // namespace

ConversationFileActions::ConversationFileActions(Workspace::Workbench *workbench, QWidget *window)
    : QObject(window)
    , m_workbench(workbench)
    , m_window(window)
    , m_export(new QAction(tr("&Export conversation…"), this))
    , m_import(new QAction(tr("&Import conversation…"), this))
{
    m_export->setObjectName(QStringLiteral("exportConversationAction"));
    m_export->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    m_export->setStatusTip(tr("Save the open conversation as JSON (to import again) or Markdown"));
    m_import->setObjectName(QStringLiteral("importConversationAction"));
    m_import->setShortcut(QKeySequence::Open);
    m_import->setStatusTip(
        tr("Open a Parlance conversation file or OpenAI-style messages as a new conversation"));
    connect(m_export, &QAction::triggered, this, &ConversationFileActions::exportConversation);
    connect(m_import, &QAction::triggered, this, &ConversationFileActions::importConversation);

    m_chooseSave = [this](const QString &caption, const QString &start, const QString &filters,
                          QString *chosen) {
        return QFileDialog::getSaveFileName(m_window, caption, start, filters, chosen);
    };
    m_chooseOpen = [this](const QString &caption, const QString &start, const QString &filters,
                          QString *chosen) {
        return QFileDialog::getOpenFileName(m_window, caption, start, filters, chosen);
    };

    // Nothing to export until the chat has a message.
    Engine::ChatSession *session = m_workbench->session();
    for (const auto signal :
         {&Engine::ChatSession::turnInserted, &Engine::ChatSession::turnRemoved}) {
        connect(session, signal, this, &ConversationFileActions::updateExportEnabled);
    }
    connect(session, &Engine::ChatSession::turnsReset, this,
            &ConversationFileActions::updateExportEnabled);
    updateExportEnabled();
}

void ConversationFileActions::updateExportEnabled()
{
    m_export->setEnabled(!m_workbench->session()->turns().isEmpty());
}

QString ConversationFileActions::startFolder() const
{
    const QString folder = m_workbench->settings()->value(kFolderKey).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void ConversationFileActions::rememberFolder(const QString &path)
{
    m_workbench->settings()->setValue(kFolderKey, QFileInfo(path).absolutePath());
}

void ConversationFileActions::showProblem(const QString &what, const QString &details)
{
    // Not exec(): the window (and a test driving it) stays live while the box is up.
    auto *box
        = new QMessageBox(QMessageBox::Warning, tr("Parlance"), what, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("conversationFileProblem"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(details);
    box->open();
}

Store::StoredConversation ConversationFileActions::openConversation() const
{
    Workspace::HistoryKeeper *keeper = m_workbench->history();
    Store::StoredConversation conversation = keeper->current();
    // The title as the history lists it: a name the user gave it wins over the automatic one.
    for (const Store::ConversationSummary &summary : keeper->conversations()) {
        if (!conversation.key.isEmpty() && summary.key == conversation.key)
            conversation.title = summary.title;
    }
    return conversation;
}

bool ConversationFileActions::exportTo(const QString &path, QString *error) const
{
    const Store::StoredConversation conversation = openConversation();
    const QByteArray bytes = isMarkdown(path) ? Export::conversationMarkdown(conversation).toUtf8()
                                              : Export::conversationJson(conversation);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void ConversationFileActions::exportConversation()
{
    if (m_workbench->session()->turns().isEmpty())
        return;
    const QString json = tr("Parlance conversation (*.json)");
    const QString markdown = tr("Markdown (*.md)");
    QString title = openConversation().title;
    if (title.isEmpty())
        title = tr("conversation");
    QString chosen = json;
    QString path = m_chooseSave(tr("Export Conversation"),
                                QDir(startFolder()).filePath(fileNameFor(title) + u".json"),
                                json + u";;" + markdown, &chosen);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += chosen == markdown ? QStringLiteral(".md") : QStringLiteral(".json");
    rememberFolder(path);
    QString error;
    if (!exportTo(path, &error))
        showProblem(tr("Could not write %1.").arg(QDir::toNativeSeparators(path)), error);
}

bool ConversationFileActions::importFrom(const QString &path, QString *error)
{
    std::optional<Store::StoredConversation> conversation
        = Export::readConversationFile(path, error);
    if (!conversation)
        return false;
    m_workbench->history()->addImported(*std::move(conversation));
    emit imported();
    return true;
}

void ConversationFileActions::importConversation()
{
    QString chosen;
    const QString path
        = m_chooseOpen(tr("Import Conversation"), startFolder(),
                       tr("Conversations (*.json)") + u";;" + tr("All files (*)"), &chosen);
    if (path.isEmpty())
        return;
    rememberFolder(path);
    QString error;
    if (!importFrom(path, &error))
        showProblem(tr("Could not import %1.").arg(QFileInfo(path).fileName()), error);
}

} // namespace Parlance::Ui
