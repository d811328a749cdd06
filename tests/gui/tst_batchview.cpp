// The batch view driven like a user against the simulated gateway: a 20-row prompt set run
// against three demo models (demo-error always fails), progress to the end, answers and
// errors in the cells, the failures filter, a cell opened from the keyboard with its request
// in the inspector, Pause then Resume and Cancel then Resume without asking a pair twice, the
// exports read back, the window's Batch action, and a set handed to the SQL console to run on
// a warehouse (Databricks only; a set a warehouse cannot take says why).
#include "batch/batchanswerdialog.h"
#include "batch/batchresultmodel.h"
#include "batch/batchsetuppanel.h"
#include "batch/batchview.h"
#include "compare/compareview.h"
#include "conversation/chatpane.h"
#include "engine/batchinput.h"
#include "engine/batchresume.h"
#include "engine/exchangelog.h"
#include "history/historypanel.h"
#include "inspector/inspectorwidget.h"
#include "sim/simulatedgateway.h"
#include "sql/sqlconsole.h"
#include "sql/sqlresultview.h"
#include "sql/warehousebar.h"
#include "window/mainwindow.h"
#include "workspace/batchsession.h"
#include "workspace/comparisonsets.h"
#include "workspace/workbench.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Parlance;
using Ui::BatchResultModel;
using Workspace::BatchSession;

class TstBatchView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void runsASetFromTheKeyboard();
    void filtersToFailures();
    void pauseThenResumeAsksEachPairOnce();
    void aPauseThatMeetsARateLimitSettles();
    void cancelThenResumeAsksOnlyTheMissing();
    void exportsReadBack();
    void aComparisonSetTicksItsModels();
    void loadsAFileAndNamesTheBadLine();
    void windowOpensTheBatchView();
    void windowKeepsBatchRunsInTheHistory();
    void runsTheSetOnAWarehouse();

private:
    void makeView(const QStringList &available);
    void setRows(int count);
    void tick(const QStringList &models);
    QStringList askedPrompts() const; // of the chat requests, in order
    bool waitState(BatchSession::State state, int timeout = 30000) const;

    Sim::SimulatedGateway m_gateway;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    Engine::ExchangeLog *m_log = nullptr;
    BatchSession *m_session = nullptr;
    Ui::BatchView *m_view = nullptr;
};

void TstBatchView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_gateway.listen());
    QVERIFY(m_dir.isValid());
}

void TstBatchView::init()
{
    m_gateway.setTimeScale(0.0);
    m_gateway.clearRequests();
    m_settings = std::make_unique<QSettings>(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".ini"_qs),
        QSettings::IniFormat);
    m_log = new Engine::ExchangeLog(nullptr, 5000);
}

void TstBatchView::cleanup()
{
    delete m_view;
    m_view = nullptr;
    delete m_session;
    m_session = nullptr;
    delete m_log;
    m_log = nullptr;
}

void TstBatchView::makeView(const QStringList &available)
{
    m_session = new BatchSession(m_log);
    Core::Connection connection;
    connection.name = QStringLiteral("Simulated");
    connection.kind = Core::Connection::Kind::OpenAiCompatible;
    connection.baseUrl = QUrl(m_gateway.url().toString() + QStringLiteral("/v1"));
    connection.auth = Core::Connection::Auth::None;
    m_session->setConnection(connection, {});
    m_view = new Ui::BatchView(m_session, m_settings.get());
    m_view->setSettingsProvider([] {
        Core::ChatSettings settings;
        settings.params.maxTokens = 64;
        return settings;
    });
    m_view->setAvailableModels(available);
    m_view->resize(1400, 800);
    m_view->show();
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view));
}

void TstBatchView::setRows(int count)
{
    QString jsonl;
    for (int i = 0; i < count; ++i)
        jsonl += QStringLiteral("{\"prompt\": \"prompt %1\", \"id\": %1}\n").arg(i);
    m_view->setupPanel()->setPrompts(jsonl, Engine::BatchFormat::Jsonl);
}

void TstBatchView::tick(const QStringList &models)
{
    QListWidget *list = m_view->setupPanel()->modelList();
    for (int i = 0; i < list->count(); ++i) {
        list->item(i)->setCheckState(models.contains(list->item(i)->text()) ? Qt::Checked
                                                                            : Qt::Unchecked);
    }
}

QStringList TstBatchView::askedPrompts() const
{
    QStringList prompts;
    for (const Sim::RecordedRequest &request : m_gateway.requests()) {
        if (request.method != u"POST")
            continue;
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QString model = body.value(u"model").toString();
        const QJsonArray messages = body.value(u"messages").toArray();
        prompts.append(messages.last().toObject().value(u"content").toString() + u'/' + model);
    }
    return prompts;
}

bool TstBatchView::waitState(BatchSession::State state, int timeout) const
{
    return QTest::qWaitFor([this, state] { return m_session->state() == state; }, timeout);
}

void TstBatchView::runsASetFromTheKeyboard()
{
    makeView({u"demo-echo"_qs, u"demo-lorem"_qs, u"demo-error"_qs, u"demo-slow"_qs});
    setRows(20);
    QCOMPARE(m_view->setupPanel()->promptStatus()->text(), Ui::BatchSetupPanel::tr("20 prompt(s)"));
    tick({u"demo-echo"_qs, u"demo-lorem"_qs, u"demo-error"_qs});
    m_view->setupPanel()->checksEdit()->setPlainText(u"contains:You said\nmax-length:5000"_qs);

    // Tab from the last setting reaches Run; Space presses it.
    m_view->setupPanel()->parallelSpin()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(m_view->runButton()));
    QTest::keyClick(m_view->runButton(), Qt::Key_Space);
    QVERIFY(m_session->isActive());
    QVERIFY(!m_view->runButton()->isEnabled());
    QVERIFY(m_view->cancelButton()->isEnabled());

    QVERIFY(waitState(BatchSession::State::Finished));
    QCOMPARE(m_view->progressBar()->maximum(), 60);
    QCOMPARE(m_view->progressBar()->value(), 60);
    QVERIFY2(m_view->progressLabel()->text().startsWith(u"60 / 60"),
             qPrintable(m_view->progressLabel()->text()));
    QCOMPARE(askedPrompts().size(), 60);

    // Answers, errors and checks in the cells.
    BatchResultModel *model = m_view->resultModel();
    QCOMPARE(model->rowCount(), 20);
    QCOMPARE(model->columnCount(), 4);
    QCOMPARE(model->headerData(3, Qt::Horizontal).toString(), u"demo-error"_qs);
    QCOMPARE(model->index(5, 0).data().toString(), u"prompt 5"_qs);
    QCOMPARE(model->index(5, 1).data().toString(), u"You said: prompt 5"_qs);
    QCOMPARE(model->index(5, 1).data(BatchResultModel::ChecksPassedRole).toInt(), 2);
    QVERIFY(model->index(5, 1).data(BatchResultModel::FiguresRole).toString().contains(u"ms"));
    QVERIFY(!model->index(5, 2).data().toString().isEmpty());
    QVERIFY(
        model->index(5, 3).data(BatchResultModel::ErrorRole).toString().contains(u"demo-error"));
    QCOMPARE(model->index(5, 3).data(BatchResultModel::ChecksPassedRole).toInt(), 0);
    QVERIFY(m_view->footerLabel(0)->text().contains(u"100% passed"));
    QVERIFY(m_view->footerLabel(2)->text().contains(u"0% passed"));

    // Arrows move in the table; Enter opens the whole answer and shows its request.
    QSignalSpy inspect(m_view, &Ui::BatchView::showExchangeRequested);
    QTableView *table = m_view->table();
    table->setFocus();
    table->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Right);
    QCOMPARE(table->currentIndex(), model->index(2, 1));
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY(m_view->answerDialog());
    auto *dialog = qobject_cast<Ui::BatchAnswerDialog *>(m_view->answerDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->answerEdit()->toPlainText(), u"You said: prompt 2"_qs);
    QCOMPARE(inspect.size(), 1);
    const quint64 id = inspect.first().first().toULongLong();
    QCOMPARE(m_log->conversationOf(id), m_session->logKey());
    QVERIFY(m_log->exchangeById(id)->request.body.contains("prompt 2"));
    dialog->close();
    QTRY_VERIFY(!m_view->answerDialog()); // it goes once closed

    // A double-click opens a cell too. (QTest's double-click sends only the second press, as
    // the window system does after a first click: the first goes in as a click.)
    const QRect rect = table->visualRect(model->index(1, 1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_VERIFY(m_view->answerDialog());
    dialog = qobject_cast<Ui::BatchAnswerDialog *>(m_view->answerDialog());
    QCOMPARE(dialog->answerEdit()->toPlainText(), u"You said: prompt 1"_qs);
    dialog->close();
    QTRY_VERIFY(!m_view->answerDialog());
    table->setFocus();
    table->setCurrentIndex(model->index(2, 1));

    // An error opens the same way.
    QTest::keyClick(table, Qt::Key_Right);
    QTest::keyClick(table, Qt::Key_Right);
    QCOMPARE(table->currentIndex(), model->index(2, 3));
    QTest::keyClick(table, Qt::Key_Enter);
    QTRY_VERIFY(m_view->answerDialog());
    dialog = qobject_cast<Ui::BatchAnswerDialog *>(m_view->answerDialog());
    QVERIFY(dialog->answerEdit()->toPlainText().contains(u"demo-error"));
    dialog->close();
}

void TstBatchView::filtersToFailures()
{
    makeView({u"demo-echo"_qs, u"demo-lorem"_qs});
    setRows(20);
    tick({u"demo-echo"_qs});
    // Rows 10 to 19 pass; 0 to 9 fail the check.
    m_view->setupPanel()->checksEdit()->setPlainText(u"regex:prompt 1\\d"_qs);
    QTest::mouseClick(m_view->runButton(), Qt::LeftButton);
    QVERIFY(waitState(BatchSession::State::Finished));
    BatchResultModel *model = m_view->resultModel();
    QComboBox *filter = m_view->filterCombo();
    filter->setCurrentIndex(filter->findData(int(BatchResultModel::Filter::Failures)));
    QCOMPARE(model->rowCount(), 10);
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->index(row, 1).data(BatchResultModel::FailedRole).toBool(), true);
        QVERIFY(model->sessionRow(row) < 10);
    }
    filter->setCurrentIndex(filter->findData(int(BatchResultModel::Filter::All)));
    QCOMPARE(model->rowCount(), 20);

    // A click on a model's header sorts by its time (the metric chosen), and the combo says so.
    QHeaderView *header = m_view->table()->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(1) + header->sectionSize(1) / 2,
                             header->height() / 2));
    QCOMPARE(model->sortColumn(), 1);
    QCOMPARE(m_view->sortCombo()->currentText(),
             Ui::BatchView::tr("%1 · total time").arg(u"demo-echo"));
    qint64 previous = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const qint64 ms = *m_session->cell(model->sessionRow(row), 0).result->metrics.totalMs;
        QVERIFY(ms >= previous);
        previous = ms;
    }

    // Sorting by the checks passed puts the passing rows first.
    QComboBox *sort = m_view->sortCombo();
    const int byChecks = sort->findText(Ui::BatchView::tr("%1 · checks passed").arg(u"demo-echo"));
    QVERIFY(byChecks > 0);
    sort->setCurrentIndex(byChecks);
    emit sort->activated(byChecks);
    QCOMPARE(model->sessionRow(0), 10);
    QCOMPARE(model->sessionRow(19), 9);
}

void TstBatchView::pauseThenResumeAsksEachPairOnce()
{
    m_gateway.setTimeScale(0.2); // demo-slow: a few hundred ms an answer
    makeView({u"demo-slow"_qs});
    setRows(20);
    tick({u"demo-slow"_qs});
    m_view->setupPanel()->parallelSpin()->setValue(2);
    QTest::mouseClick(m_view->runButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->done() >= 2, 20000);
    QVERIFY(m_view->pauseButton()->isEnabled());
    QTest::mouseClick(m_view->pauseButton(), Qt::LeftButton);
    QVERIFY(waitState(BatchSession::State::Paused));
    QVERIFY(m_view->resumeButton()->isEnabled());
    QVERIFY(!m_view->pauseButton()->isEnabled());
    const qint64 doneWhenPaused = m_session->done();
    QVERIFY(doneWhenPaused < 20);
    QCOMPARE(askedPrompts().size(), doneWhenPaused); // nothing asked beyond what finished
    QVERIFY(m_view->progressLabel()->text().contains(Ui::BatchView::tr(" · paused")));

    QTest::mouseClick(m_view->resumeButton(), Qt::LeftButton);
    QVERIFY(waitState(BatchSession::State::Finished));
    QCOMPARE(m_session->done(), 20);
    const QStringList asked = askedPrompts();
    QCOMPARE(asked.size(), 20);
    QCOMPARE(QSet<QString>(asked.begin(), asked.end()).size(), 20);
}

// Paused while the only request in flight meets a 429: the cell goes back in the queue rather
// than being handed out, and the run must still settle at Paused (not stay "pausing").
void TstBatchView::aPauseThatMeetsARateLimitSettles()
{
    makeView({u"demo-echo"_qs});
    Core::Connection connection;
    connection.name = QStringLiteral("Simulated");
    connection.kind = Core::Connection::Kind::OpenAiCompatible;
    connection.baseUrl = QUrl(m_gateway.url().toString() + QStringLiteral("/v1"));
    connection.auth = Core::Connection::Auth::None;
    connection.retries = 0;
    connection.extraHeaders = {{"X-Sim-Fault", "rate-limit=1"}};
    m_session->setConnection(connection, {});
    setRows(1);
    tick({u"demo-echo"_qs});
    m_view->setupPanel()->parallelSpin()->setValue(1);
    QTest::mouseClick(m_view->runButton(), Qt::LeftButton);
    QTest::mouseClick(m_view->pauseButton(), Qt::LeftButton);
    QCOMPARE(m_session->state(), BatchSession::State::Pausing);
    QVERIFY(waitState(BatchSession::State::Paused));
    QCOMPARE(m_session->done(), 0);

    QTest::mouseClick(m_view->resumeButton(), Qt::LeftButton);
    QVERIFY(waitState(BatchSession::State::Finished));
    QCOMPARE(m_session->done(), 1);
}

void TstBatchView::cancelThenResumeAsksOnlyTheMissing()
{
    m_gateway.setTimeScale(0.2);
    makeView({u"demo-slow"_qs, u"demo-echo"_qs});
    setRows(20);
    tick({u"demo-slow"_qs, u"demo-echo"_qs});
    m_view->setupPanel()->parallelSpin()->setValue(2);
    QTest::mouseClick(m_view->runButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->done() >= 3, 20000);
    QTest::mouseClick(m_view->cancelButton(), Qt::LeftButton);
    QVERIFY(waitState(BatchSession::State::Cancelled));
    const qint64 doneWhenCancelled = m_session->done();
    QVERIFY(doneWhenCancelled < 40);
    QStringList before;
    for (int row = 0; row < m_session->rowCount(); ++row) {
        for (int model = 0; model < m_session->modelCount(); ++model) {
            if (m_session->cell(row, model).done())
                before.append(u"prompt %1/"_qs.arg(row) + m_session->models().at(model));
        }
    }
    QCOMPARE(before.size(), doneWhenCancelled);
    QVERIFY(m_view->resumeButton()->isEnabled());
    m_gateway.clearRequests();
    QTest::mouseClick(m_view->resumeButton(), Qt::LeftButton);
    QVERIFY(waitState(BatchSession::State::Finished));
    QCOMPARE(m_session->done(), 40);
    // The pairs asked are exactly the missing ones. (A request cancelled in flight may still
    // reach the gateway's record after it was cleared, so the count is not compared.)
    const QStringList asked = askedPrompts();
    QCOMPARE(QSet<QString>(asked.begin(), asked.end()).size(), 40 - doneWhenCancelled);
    for (const QString &pair : before)
        QVERIFY2(!asked.contains(pair), qPrintable(pair)); // a finished pair is not asked again
}

void TstBatchView::exportsReadBack()
{
    makeView({u"demo-echo"_qs, u"demo-error"_qs});
    setRows(20);
    tick({u"demo-echo"_qs, u"demo-error"_qs});
    m_view->setupPanel()->checksEdit()->setPlainText(u"contains:said"_qs);
    QTest::mouseClick(m_view->runButton(), Qt::LeftButton);
    QVERIFY(waitState(BatchSession::State::Finished));
    QVERIFY(m_view->exportButton()->isEnabled());

    // JSONL: the CLI's lines, so `batch --resume` takes the file as a finished run.
    QString error;
    const QString jsonl = m_dir.filePath(u"out.jsonl"_qs);
    QVERIFY(m_view->exportTo(jsonl, Ui::BatchView::ExportFormat::Jsonl, &error));
    const std::optional<Engine::BatchResume> resume = Engine::BatchResume::read(jsonl, &error);
    QVERIFY2(resume, qPrintable(error));
    QCOMPARE(resume->lines, 40);
    QVERIFY(resume->isDone(19, u"demo-error"_qs));
    QFile file(jsonl);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject first = QJsonDocument::fromJson(file.readLine()).object();
    QCOMPARE(first.value(u"text").toString(), u"You said: prompt 0"_qs);
    QCOMPARE(first.value(u"id").toInt(), 0); // the input's own column
    QCOMPARE(first.value(u"checks").toArray().first().toObject().value(u"pass").toBool(), true);

    // CSV: read back as a prompt set would be.
    const QString csv = m_dir.filePath(u"out.csv"_qs);
    QVERIFY(m_view->exportTo(csv, Ui::BatchView::ExportFormat::Csv, &error));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    Engine::BatchInputOptions options;
    options.format = Engine::BatchFormat::Csv;
    Engine::BatchInputParser parser(options);
    QList<Engine::BatchRow> rows;
    QVERIFY(parser.feed(csvFile.readAll(), rows) && parser.finish(rows));
    QCOMPARE(rows.size(), 40);
    QCOMPARE(rows.at(1).columns.value(u"model").toString(), u"demo-error"_qs);
    QVERIFY(rows.at(1).columns.value(u"error").toString().contains(u"demo-error"));

    // Markdown: a header, a rule and a line per prompt.
    const QString md = m_dir.filePath(u"out.md"_qs);
    QVERIFY(m_view->exportTo(md, Ui::BatchView::ExportFormat::Markdown, &error));
    QFile mdFile(md);
    QVERIFY(mdFile.open(QIODevice::ReadOnly));
    QCOMPARE(mdFile.readAll().trimmed().split('\n').size(), 22);
}

void TstBatchView::aComparisonSetTicksItsModels()
{
    Core::ComparisonSet set;
    set.name = QStringLiteral("echo and lorem");
    set.columns = {{u"demo-echo"_qs, std::nullopt, std::nullopt, std::nullopt},
                   {u"demo-lorem"_qs, std::nullopt, std::nullopt, std::nullopt}};
    QVERIFY(Workspace::ComparisonSets(m_settings.get()).save(set));
    makeView({u"demo-echo"_qs, u"demo-lorem"_qs, u"demo-error"_qs});
    tick({u"demo-error"_qs});
    QComboBox *sets = m_view->setupPanel()->setsCombo();
    const int index = sets->findText(set.name);
    QVERIFY(index > 0);
    sets->setFocus();
    sets->setCurrentIndex(index);
    emit sets->activated(index);
    QCOMPARE(m_view->setupPanel()->selectedModels(),
             (QStringList{u"demo-echo"_qs, u"demo-lorem"_qs}));
}

void TstBatchView::loadsAFileAndNamesTheBadLine()
{
    makeView({u"demo-echo"_qs});
    Ui::BatchSetupPanel *setup = m_view->setupPanel();
    const QString csv = m_dir.filePath(u"set.csv"_qs);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id,prompt\r\n1,\"Hello, \"\"world\"\"\"\r\n2,\"two\nlines\"\r\n");
    file.close();
    QString error;
    QVERIFY(setup->loadFile(csv, &error));
    QCOMPARE(setup->formatCombo()->currentData().toInt(), int(Engine::BatchFormat::Csv));
    QCOMPARE(setup->promptStatus()->text(), Ui::BatchSetupPanel::tr("%n prompt(s)", nullptr, 2));
    tick({u"demo-echo"_qs});
    QTest::mouseClick(m_view->runButton(), Qt::LeftButton);
    QVERIFY(waitState(BatchSession::State::Finished));
    QCOMPARE(m_view->resultModel()->index(0, 1).data().toString(),
             u"You said: Hello, \"world\""_qs);

    // A malformed line: Run says where, and nothing is asked.
    setup->setPrompts(u"{\"prompt\": \"fine\"}\n{\"prompt\": 3}\n"_qs, Engine::BatchFormat::Jsonl);
    QVERIFY(setup->promptStatus()->text().startsWith(u"Prompts:2:"));
    m_gateway.clearRequests();
    QTest::mouseClick(m_view->runButton(), Qt::LeftButton);
    QVERIFY(m_view->messageLabel()->text().startsWith(u"Prompts:2:"));
    QCOMPARE(m_session->state(), BatchSession::State::Finished); // the earlier run's table
    QVERIFY(askedPrompts().isEmpty());

    QVERIFY(!setup->loadFile(m_dir.filePath(u"set.txt"_qs), &error));
    QVERIFY(error.contains(u".jsonl"));
}

void TstBatchView::windowOpensTheBatchView()
{
    Workspace::WorkbenchSetup setup;
    setup.historyFile = m_dir.filePath(u"window-history.sqlite"_qs);
    setup.settings = m_settings.get();
    QProcessEnvironment env;
    env.insert(u"HOME"_qs, m_dir.path());
    env.insert(u"OPENAI_BASE_URL"_qs, m_gateway.url().toString() + u"/v1"_qs);
    setup.environment = env;
    Workspace::Workbench workbench(setup);
    Ui::MainWindow window(&workbench);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.start();
    auto *stack = qobject_cast<QStackedWidget *>(window.centralWidget());
    QTRY_COMPARE(stack->currentWidget(), static_cast<QWidget *>(window.chatPane()));
    Ui::BatchView *batch = window.batchView();
    QTRY_VERIFY(batch->setupPanel()->modelList()->count() > 0);
    QVERIFY(batch->setupPanel()
                ->modelList()
                ->findItems(u"demo-embeddings"_qs, Qt::MatchExactly)
                .isEmpty()); // chat models only

    window.chatPane()->focusInput();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_B,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(batch));
    QVERIFY(window.batchAction()->isChecked());

    // A run from the window logs under its key; a cell shows its request in the inspector.
    batch->setupPanel()->setPrompts(u"{\"prompt\": \"from the window\"}\n"_qs,
                                    Engine::BatchFormat::Jsonl);
    QListWidget *list = batch->setupPanel()->modelList();
    list->findItems(u"demo-echo"_qs, Qt::MatchExactly).first()->setCheckState(Qt::Checked);
    batch->setupPanel()->checksEdit()->setPlainText(u"judge:demo-echo:Say yes"_qs);
    QTest::mouseClick(batch->runButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(workbench.batch()->state(), BatchSession::State::Finished, 20000);
    batch->openCell(batch->resultModel()->index(0, 1));
    const quint64 shown = window.inspector()->currentId();
    QVERIFY(shown != 0);
    QCOMPARE(workbench.log()->conversationOf(shown), workbench.batch()->logKey());
    // Its judge's request is one click away.
    const QList<quint64> judges = workbench.batch()->cell(0, 0).judgeExchangeIds;
    QCOMPARE(judges.size(), 1);
    auto *dialog = qobject_cast<Ui::BatchAnswerDialog *>(batch->answerDialog());
    QVERIFY(dialog && dialog->judgeRequestButton());
    QTest::mouseClick(dialog->judgeRequestButton(), Qt::LeftButton);
    QCOMPARE(window.inspector()->currentId(), judges.first());
    QVERIFY(workbench.log()->exchangeById(judges.first())->request.body.contains("Say yes"));
    batch->answerDialog()->close();

    // Compare takes the front; the batch action goes off.
    window.compareAction()->trigger();
    QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(window.compareView()));
    QVERIFY(!window.batchAction()->isChecked());
    window.batchAction()->trigger();
    QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(batch));
    QVERIFY(!window.compareAction()->isChecked());
    window.batchAction()->trigger();
    QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(window.chatPane()));
}

void TstBatchView::windowKeepsBatchRunsInTheHistory()
{
    Workspace::WorkbenchSetup setup;
    setup.historyFile = m_dir.filePath(u"kept-batches.sqlite"_qs);
    setup.settings = m_settings.get();
    QProcessEnvironment env;
    env.insert(u"HOME"_qs, m_dir.path());
    env.insert(u"OPENAI_BASE_URL"_qs, m_gateway.url().toString() + u"/v1"_qs);
    setup.environment = env;
    const QString before = m_dir.filePath(u"before.jsonl"_qs);
    const QString after = m_dir.filePath(u"after.jsonl"_qs);
    QString error;
    {
        Workspace::Workbench workbench(setup);
        Ui::MainWindow window(&workbench);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.start();
        Ui::BatchView *batch = window.batchView();
        QTRY_VERIFY(batch->setupPanel()->modelList()->count() > 0);
        window.batchAction()->trigger();
        batch->setupPanel()->setPrompts(
            u"{\"prompt\": \"keep this batch\"}\n{\"prompt\": \"second\"}\n"
            "{\"prompt\": \"third\"}\n"_qs,
            Engine::BatchFormat::Jsonl);
        QListWidget *list = batch->setupPanel()->modelList();
        for (const QString &model : {u"demo-echo"_qs, u"demo-error"_qs})
            list->findItems(model, Qt::MatchExactly).first()->setCheckState(Qt::Checked);
        batch->setupPanel()->checksEdit()->setPlainText(u"contains:keep"_qs);
        QTest::mouseClick(batch->runButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(workbench.batch()->state(), BatchSession::State::Finished, 20000);
        QVERIFY2(batch->exportTo(before, Ui::BatchView::ExportFormat::Jsonl, &error),
                 qPrintable(error));
    } // the app quits: what the run left is on disk

    Workspace::Workbench workbench(setup);
    Ui::MainWindow window(&workbench);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.start();
    auto *stack = qobject_cast<QStackedWidget *>(window.centralWidget());
    QListView *history = window.historyPanel()->listView();
    int row = -1;
    QTRY_VERIFY([&] {
        for (int i = 0; i < history->model()->rowCount(); ++i) {
            if (history->model()->index(i, 0).data().toString() == u"▦ keep this batch")
                row = i;
        }
        return row >= 0;
    }());
    QVERIFY(history->model()
                ->index(row, 0)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"all 6 answered · 3 failed"));

    // From the keyboard: the list, the entry, Enter.
    history->setFocus();
    history->setCurrentIndex(history->model()->index(row, 0));
    QTest::keyClick(history, Qt::Key_Return);
    // A large table takes a moment: the status bar says it is on its way.
    auto *status = window.statusBar()->findChild<QLabel *>(u"statusMessage"_qs);
    QVERIFY(status);
    QCOMPARE(status->text(), u"Opening the batch run “keep this batch”…"_qs);
    Ui::BatchView *batch = window.batchView();
    QTRY_COMPARE(stack->currentWidget(), static_cast<QWidget *>(batch));
    QVERIFY2(!status->text().startsWith(u"Opening"), qPrintable(status->text()));
    QVERIFY(window.batchAction()->isChecked());
    QCOMPARE(batch->resultModel()->rowCount(), 3);
    QCOMPARE(workbench.batch()->state(), BatchSession::State::Finished);
    QVERIFY(batch->messageLabel()->text().contains(u"Opened from the history"));
    QCOMPARE(batch->setupPanel()->selectedModels(),
             (QStringList{u"demo-echo"_qs, u"demo-error"_qs}));
    QCOMPARE(batch->setupPanel()->checksEdit()->toPlainText(), u"contains:keep"_qs);
    // The prompts are back in the setup, so Run would ask the same set again.
    const std::optional<BatchSession::RunSetup> again = batch->setupPanel()->runSetup(&error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->rows.size(), 3);
    QCOMPARE(again->rows.at(0).prompt, u"keep this batch"_qs);
    QCOMPARE(again->rows.at(2).prompt, u"third"_qs);
    QVERIFY(history->model()->index(row, 0).data(Qt::FontRole).value<QFont>().bold());
    // The same table: its export is the one made before the restart, line for line.
    QVERIFY2(batch->exportTo(after, Ui::BatchView::ExportFormat::Jsonl, &error), qPrintable(error));
    QFile a(before);
    QFile b(after);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray exported = a.readAll();
    QCOMPARE(exported.count('\n'), 6);
    QCOMPARE(b.readAll(), exported);
    // A cell opens its answer; there is no request to show for it.
    const quint64 shownBefore = window.inspector()->currentId();
    batch->openCell(batch->resultModel()->index(0, 1));
    QVERIFY(batch->answerDialog());
    QCOMPARE(window.inspector()->currentId(), shownBefore);
    batch->answerDialog()->close();
}

void TstBatchView::runsTheSetOnAWarehouse()
{
    Workspace::WorkbenchSetup setup;
    setup.historyFile = m_dir.filePath(u"warehouse-history.sqlite"_qs);
    setup.connectionsFile = m_dir.filePath(u"warehouse-connections.json"_qs);
    setup.settings = m_settings.get();
    QProcessEnvironment env;
    env.insert(u"HOME"_qs, m_dir.path());
    env.insert(u"DATABRICKS_HOST"_qs, m_gateway.url().toString());
    env.insert(u"DATABRICKS_TOKEN"_qs, u"dapi-batch-token"_qs);
    setup.environment = env;
    Workspace::Workbench workbench(setup);
    Ui::MainWindow window(&workbench);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.start();
    QTRY_VERIFY(workbench.hasConnection());
    auto *stack = qobject_cast<QStackedWidget *>(window.centralWidget());
    Ui::BatchView *batch = window.batchView();
    QListWidget *list = batch->setupPanel()->modelList();
    QTRY_VERIFY_WITH_TIMEOUT(!list->findItems(u"demo-lorem"_qs, Qt::MatchExactly).isEmpty(), 10000);
    window.batchAction()->trigger();
    QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(batch));

    const QString prompts = u"{\"prompt\": \"first\"}\n{\"prompt\": \"second\"}\n"
                            u"{\"prompt\": \"it's third\"}\n"_qs;
    batch->setupPanel()->setPrompts(prompts, Engine::BatchFormat::Jsonl);
    list->findItems(u"demo-echo"_qs, Qt::MatchExactly).first()->setCheckState(Qt::Checked);
    list->findItems(u"demo-lorem"_qs, Qt::MatchExactly).first()->setCheckState(Qt::Checked);

    // Tab from Run reaches the button; Space presses it, and the console shows the SQL.
    QPushButton *warehouse = batch->warehouseButton();
    QVERIFY(warehouse->isEnabled());
    batch->runButton()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(warehouse));
    QTest::keyClick(warehouse, Qt::Key_Space);
    Ui::SqlConsole *console = window.sqlConsole();
    QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(console));
    QVERIFY(window.sqlConsoleAction()->isChecked());
    QVERIFY(!window.batchAction()->isChecked());
    const QString sql = console->editor()->toPlainText();
    QVERIFY2(sql.contains(u"ai_query"), qPrintable(sql));
    QVERIFY2(sql.contains(u"'demo-echo'") && sql.contains(u"'demo-lorem'"), qPrintable(sql));
    QCOMPARE(workbench.batch()->state(), BatchSession::State::Idle); // nothing asked here

    // Run there: one row per prompt and model.
    QTRY_VERIFY_WITH_TIMEOUT(!console->warehouseBar()->currentWarehouseId().isEmpty(), 10000);
    console->editor()->setFocus();
    QTest::keyClick(console->editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(console->resultView()->model()->rowCount(), 6, 20000);

    // A conversation cannot go to ai_query: the batch view says so, and keeps the set.
    window.batchAction()->trigger();
    QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(batch));
    const QString conversation
        = u"{\"messages\": [{\"role\": \"user\", \"content\": \"a\"}, {\"role\": "
          u"\"assistant\", \"content\": \"b\"}, {\"role\": \"user\", \"content\": \"c\"}]}\n"_qs;
    batch->setupPanel()->setPrompts(conversation, Engine::BatchFormat::Jsonl);
    QTest::mouseClick(warehouse, Qt::LeftButton);
    QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(batch));
    QVERIFY2(batch->messageLabel()->text().contains(u"holds a conversation"),
             qPrintable(batch->messageLabel()->text()));
    QCOMPARE(batch->setupPanel()->promptEdit()->toPlainText(), conversation);
    QCOMPARE(console->editor()->toPlainText(), sql);
    // Nor a template variable a row lacks: named, and nothing handed over.
    batch->setupPanel()->setPrompts(u"{\"topic\": \"tea\"}\n{\"prompt\": \"x\"}\n"_qs,
                                    Engine::BatchFormat::Jsonl);
    batch->setupPanel()->templateEdit()->setText(u"Tell me about {{topic}}"_qs);
    batch->messageLabel()->clear();
    QTest::mouseClick(warehouse, Qt::LeftButton);
    QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(batch));
    QVERIFY2(batch->messageLabel()->text().contains(u"topic"),
             qPrintable(batch->messageLabel()->text()));
    QCOMPARE(console->editor()->toPlainText(), sql);

    // Not on a gateway without warehouses; the tooltip says why.
    workbench.startDemo();
    QTRY_VERIFY(!warehouse->isEnabled());
    QVERIFY(warehouse->toolTip().contains(u"Databricks connection"));
}

QTEST_MAIN(TstBatchView)
#include "tst_batchview.moc"
