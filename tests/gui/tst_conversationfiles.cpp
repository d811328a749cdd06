// File › Export conversation… and File › Import conversation… in the assembled window, driven
// from the keyboard: a chat exported as JSON imports back as a new conversation in the history
// and the chat pane with the same turns; Markdown by the file type chosen; a bad file explained
// in a message box; OpenAI-style messages with tool calls; the folder remembered.
#include "compare/compareview.h"
#include "controls/modelpicker.h"
#include "conversation/chatpane.h"
#include "conversation/composer.h"
#include "conversation/conversationmodel.h"
#include "conversation/conversationview.h"
#include "engine/chatsession.h"
#include "export/conversationfile.h"
#include "history/historylistmodel.h"
#include "history/historypanel.h"
#include "sim/simulatedgateway.h"
#include "window/conversationfileactions.h"
#include "window/mainwindow.h"
#include "workspace/historykeeper.h"
#include "workspace/workbench.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Parlance;
using namespace Qt::StringLiterals;

class TstConversationFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void exportThenImportGivesTheSameConversation();
    void markdownByTheFileTypeChosen();
    void badFileIsExplained();
    void openAiMessagesImport();
    void nothingToExportInAnEmptyChat();

private:
    void send(const QString &text);
    int historyRows(const QString &title) const;
    void writeFile(const QString &name, const QByteArray &bytes);

    Sim::SimulatedGateway m_gateway;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace::Workbench> m_workbench;
    std::unique_ptr<Ui::MainWindow> m_window;
    Ui::ConversationFileActions *m_files = nullptr;
    // What the file dialogs were asked, and what they answer.
    QString m_saveAnswer;
    QString m_saveFilterAnswer;
    QString m_openAnswer;
    QString m_askedStart;
};

void TstConversationFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_gateway.listen());
    QVERIFY(m_dir.isValid());
}

void TstConversationFiles::init()
{
    static int run = 0;
    ++run;
    m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings-%1.ini"_s.arg(run)),
                                             QSettings::IniFormat);
    Workspace::WorkbenchSetup setup;
    setup.historyFile = m_dir.filePath(u"history-%1.sqlite"_s.arg(run));
    setup.settings = m_settings.get();
    QProcessEnvironment env;
    env.insert(u"HOME"_s, m_dir.path());
    env.insert(u"OPENAI_BASE_URL"_s, m_gateway.url().toString() + u"/v1"_s);
    setup.environment = env;
    m_workbench = std::make_unique<Workspace::Workbench>(setup);
    m_window = std::make_unique<Ui::MainWindow>(m_workbench.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->start();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->modelPicker()->currentModel().isEmpty(), 10000);

    m_files = m_window->findChild<Ui::ConversationFileActions *>();
    QVERIFY(m_files);
    m_saveAnswer.clear();
    m_openAnswer.clear();
    m_saveFilterAnswer.clear();
    m_files->setSaveFileChooser(
        [this](const QString &, const QString &start, const QString &filters, QString *chosen) {
            m_askedStart = start;
            if (!m_saveFilterAnswer.isEmpty()) {
                if (!filters.split(u";;"_s).contains(m_saveFilterAnswer))
                    qFatal("no such filter: %s", qPrintable(m_saveFilterAnswer));
                *chosen = m_saveFilterAnswer;
            }
            return m_saveAnswer;
        });
    m_files->setOpenFileChooser(
        [this](const QString &, const QString &start, const QString &, QString *) {
            m_askedStart = start;
            return m_openAnswer;
        });
}

void TstConversationFiles::cleanup()
{
    for (QMessageBox *box : m_window->findChildren<QMessageBox *>())
        box->close();
    m_window.reset();
    m_workbench.reset();
    m_settings.reset();
}

void TstConversationFiles::send(const QString &text)
{
    QPlainTextEdit *input = m_window->chatPane()->composer()->input();
    input->setFocus();
    QTest::keyClicks(input, text);
    QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
    Engine::ChatSession *session = m_workbench->session();
    QTRY_VERIFY_WITH_TIMEOUT(!session->turns().isEmpty() && !session->isBusy()
                                 && !session->turns().constLast().isUser(),
                             10000);
}

int TstConversationFiles::historyRows(const QString &title) const
{
    QAbstractItemModel *model = m_window->historyPanel()->listView()->model();
    int rows = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        rows += model->index(row, 0).data().toString() == title ? 1 : 0;
    return rows;
}

void TstConversationFiles::writeFile(const QString &name, const QByteArray &bytes)
{
    QFile file(m_dir.filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

void TstConversationFiles::exportThenImportGivesTheSameConversation()
{
    Workspace::HistoryKeeper *keeper = m_workbench->history();
    send(u"first question"_s);
    send(u"second question"_s);
    const QList<Core::Turn> original = m_workbench->session()->turns();
    QCOMPARE(original.size(), 4);
    QTRY_VERIFY(!keeper->currentKey().isEmpty());
    const QString originalKey = keeper->currentKey();
    // A name of the user's own goes with the file.
    const QString title = u"Named by me"_s;
    keeper->rename(originalKey, title);
    QTRY_COMPARE(historyRows(title), 1);

    // Ctrl+Shift+E from the composer: the file dialog starts in the documents folder with the
    // title as the name.
    const QString path = m_dir.filePath(u"chat.json"_s);
    m_saveAnswer = path;
    m_window->chatPane()->focusInput();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_E,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(QFile::exists(path));
    QVERIFY2(m_askedStart.endsWith(u"/Named by me.json"_s), qPrintable(m_askedStart));
    QString error;
    const std::optional<Store::StoredConversation> written
        = Export::readConversationFile(path, &error);
    QVERIFY2(written, qPrintable(error));
    QCOMPARE(written->title, title);
    QCOMPARE(written->turns.size(), 4);
    QCOMPARE(written->settings.model, m_window->modelPicker()->currentModel());

    // Start elsewhere (a new chat, the compare view in front), then Ctrl+O: the import is a
    // second entry under the same name, open in the chat pane with the same turns; the file
    // dialog starts where the export went.
    keeper->startNew();
    QTRY_VERIFY(m_workbench->session()->turns().isEmpty());
    auto *stack = qobject_cast<QStackedWidget *>(m_window->centralWidget());
    m_window->compareAction()->setChecked(true);
    QTRY_COMPARE(stack->currentWidget(), static_cast<QWidget *>(m_window->compareView()));
    QTRY_VERIFY(QApplication::focusWidget());
    m_openAnswer = path;
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_O, Qt::ControlModifier);
    QCOMPARE(m_askedStart, m_dir.path());
    QTRY_COMPARE(historyRows(title), 2);
    QVERIFY(!keeper->currentKey().isEmpty());
    QVERIFY(keeper->currentKey() != originalKey);
    const QList<Core::Turn> imported = m_workbench->session()->turns();
    QCOMPARE(imported.size(), original.size());
    for (qsizetype i = 0; i < imported.size(); ++i) {
        QCOMPARE(imported.at(i).message, original.at(i).message);
        QCOMPARE(imported.at(i).model, original.at(i).model);
        QCOMPARE(imported.at(i).usage, original.at(i).usage);
        QCOMPARE(imported.at(i).finishReason, original.at(i).finishReason);
        QCOMPARE(imported.at(i).metrics.totalMs, original.at(i).metrics.totalMs);
    }
    QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(m_window->chatPane()));
    Ui::ConversationModel *view = m_window->chatPane()->conversationView()->model();
    QTRY_COMPARE(view->rowCount(), 4);
    QCOMPARE(view->index(2, 0).data(Ui::ConversationModel::TextRole).toString(),
             u"second question"_s);
    // The history marks the imported one as open, and keeps it: it is in the store.
    QListView *list = m_window->historyPanel()->listView();
    bool marked = false;
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        marked |= index.data(Ui::HistoryListModel::CurrentRole).toBool()
                  && index.data().toString() == title;
    }
    QVERIFY(marked);
    QTRY_COMPARE(keeper->conversations().size(), 2);
}

void TstConversationFiles::markdownByTheFileTypeChosen()
{
    send(u"make it *markdown*"_s);
    // No suffix typed: the file type chosen gives it.
    m_saveAnswer = m_dir.filePath(u"notes"_s);
    m_saveFilterAnswer = u"Markdown (*.md)"_s;
    m_files->exportAction()->trigger();
    QFile file(m_dir.filePath(u"notes.md"_s));
    QTRY_VERIFY(file.exists());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(file.readAll());
    QVERIFY2(markdown.contains(u"## You\n\nmake it *markdown*\n\n"_s), qPrintable(markdown));
    QVERIFY(markdown.contains(u"## Assistant ("_s));

    // A place that cannot be written is explained.
    m_saveAnswer = m_dir.filePath(u"no-such-folder/x.json"_s);
    m_saveFilterAnswer.clear();
    m_files->exportAction()->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"conversationFileProblem"_s)));
    QVERIFY(box->text().contains(u"x.json"_s));
    QVERIFY(!box->informativeText().isEmpty());
}

void TstConversationFiles::badFileIsExplained()
{
    Workspace::HistoryKeeper *keeper = m_workbench->history();
    writeFile(u"newer.json"_s, R"({"format": "parlance.conversation", "version": 9,
                                   "turns": []})");
    m_openAnswer = m_dir.filePath(u"newer.json"_s);
    m_files->importAction()->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"conversationFileProblem"_s)));
    QVERIFY2(box->text().contains(u"newer.json"_s), qPrintable(box->text()));
    QVERIFY2(box->informativeText().contains(u"newer Parlance"_s),
             qPrintable(box->informativeText()));
    QVERIFY(box->isVisible());
    // The box is a plain one the keyboard closes.
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"conversationFileProblem"_s));
    QVERIFY(keeper->currentKey().isEmpty());
    QVERIFY(m_workbench->session()->turns().isEmpty());
}

void TstConversationFiles::openAiMessagesImport()
{
    writeFile(u"messages.json"_s, R"([
        {"role": "system", "content": "Use tools."},
        {"role": "user", "content": "Weather in Oslo?"},
        {"role": "assistant", "content": null, "tool_calls": [{"id": "call_9", "type": "function",
            "function": {"name": "get_weather", "arguments": "{\"city\":\"Oslo\"}"}}]},
        {"role": "tool", "tool_call_id": "call_9", "content": "snow"},
        {"role": "assistant", "content": "It snows."}
    ])");
    m_openAnswer = m_dir.filePath(u"messages.json"_s);
    m_files->importAction()->trigger();
    QTRY_COMPARE(historyRows(u"Weather in Oslo?"_s), 1);
    const QList<Core::Turn> turns = m_workbench->session()->turns();
    QCOMPARE(turns.size(), 4);
    QCOMPARE(turns.at(1).message.toolCalls().first().toolName, u"get_weather"_s);
    QCOMPARE(turns.at(2).message.toolCallId, u"call_9"_s);
    Ui::ConversationModel *view = m_window->chatPane()->conversationView()->model();
    QTRY_COMPARE(view->rowCount(), 4);
    QCOMPARE(view->index(3, 0).data(Ui::ConversationModel::TextRole).toString(), u"It snows."_s);
    QCOMPARE(m_workbench->session()->sentWith(3).params.systemPrompt, u"Use tools."_s);
}

void TstConversationFiles::nothingToExportInAnEmptyChat()
{
    QVERIFY(!m_files->exportAction()->isEnabled());
    send(u"now there is"_s);
    QVERIFY(m_files->exportAction()->isEnabled());
    m_workbench->history()->startNew();
    QTRY_VERIFY(!m_files->exportAction()->isEnabled());
    // Both are in the File menu.
    QMenu *file = m_window->menuBar()->actions().constFirst()->menu();
    QVERIFY(file->actions().contains(m_files->exportAction()));
    QVERIFY(file->actions().contains(m_files->importAction()));
}

QTEST_MAIN(TstConversationFiles)
#include "tst_conversationfiles.moc"
