// The compare workspace driven like a user against the simulated gateway: one prompt to three
// columns, Stop on one, metrics with the best marked, a column's own API and parameters, blind
// votes before and after, continuing from one answer, columns added and removed, scrolling
// together, and the window's Compare action.
#include "compare/comparecolumnview.h"
#include "compare/compareview.h"
#include "compare/diffview.h"
#include "compare/leaderboarddialog.h"
#include "compare/leaderboardmodel.h"
#include "compare/metricsstrip.h"
#include "compare/votebar.h"
#include "config/pricesettings.h"
#include "controls/getcodedialog.h"
#include "controls/modelpicker.h"
#include "controls/parameterspanel.h"
#include "conversation/chatpane.h"
#include "conversation/composer.h"
#include "conversation/conversationmodel.h"
#include "conversation/conversationview.h"
#include "conversation/figureformat.h"
#include "conversation/turnlistview.h"
#include "engine/chatsession.h"
#include "engine/exchangelog.h"
#include "history/historypanel.h"
#include "inspector/exchangetablemodel.h"
#include "inspector/inspectorwidget.h"
#include "sim/simulatedgateway.h"
#include "window/mainwindow.h"
#include "workspace/comparekeeper.h"
#include "workspace/comparesession.h"
#include "workspace/workbench.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace Parlance;
using Ui::ColumnFigures;
using Workspace::CompareSession;

class TstCompareView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sendToThreeColumnsAndStopOne();
    void metricsMarkTheBest();
    void costsKeepTwoSignificantDigits();
    void columnOverridesAreUsedAndMarked();
    void blindVoteThenReveal();
    void continueWithAnAnswer();
    void addAndRemoveColumns();
    void columnsScrollTogether();
    void setsSaveAndLoad();
    void diffsAgainstABaseline();
    void exportsWriteEveryFormat();
    void windowOpensCompareFromToolbarMenuAndShortcut();
    void windowKeepsComparisonsVotesAndPrices();
    void getCodeFromATurnTheInspectorAndAColumn();

private:
    void makeView(const QStringList &models);
    void send(const QString &text);
    bool waitIdle() const;
    QList<Sim::RecordedRequest> chatRequests() const;

    Sim::SimulatedGateway m_gateway;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    Engine::ExchangeLog *m_log = nullptr;
    CompareSession *m_session = nullptr;
    Ui::CompareView *m_view = nullptr;
    QList<QAbstractItemModelTester *> m_testers;
};

void TstCompareView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_gateway.listen());
    QVERIFY(m_dir.isValid());
}

void TstCompareView::init()
{
    m_gateway.setTimeScale(1.0);
    m_gateway.clearRequests();
    m_settings = std::make_unique<QSettings>(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".ini"_qs),
        QSettings::IniFormat);
    m_log = new Engine::ExchangeLog(this);
}

void TstCompareView::cleanup()
{
    delete m_view;
    m_view = nullptr;
    delete m_session;
    m_session = nullptr;
    delete m_log;
    m_testers.clear();
}

void TstCompareView::makeView(const QStringList &models)
{
    m_session = new CompareSession(m_log, nullptr, nullptr);
    Core::Connection connection;
    connection.name = QStringLiteral("Simulated");
    connection.kind = Core::Connection::Kind::OpenAiCompatible;
    connection.baseUrl = QUrl(m_gateway.url().toString() + QStringLiteral("/v1"));
    connection.auth = Core::Connection::Auth::None;
    m_session->setSharedConnection(connection, {});
    QList<Core::CompareColumnSpec> specs;
    for (const QString &model : models)
        specs.append({model, std::nullopt, std::nullopt, std::nullopt});
    QVERIFY(m_session->startNew(specs));
    m_view = new Ui::CompareView(m_session, m_settings.get());
    m_view->setSharedSettingsProvider([] {
        Core::ChatSettings settings;
        settings.model = QStringLiteral("demo-echo");
        return settings;
    });
    m_view->resize(1400, 800);
    m_view->show();
    m_view->activateWindow();
    // Mnemonics (Alt+B) and shortcuts reach only the active window.
    QVERIFY(QTest::qWaitForWindowActive(m_view));
    for (Ui::CompareColumnView *column : m_view->columnViews()) {
        m_testers.append(new QAbstractItemModelTester(
            column->conversationView()->model(),
            QAbstractItemModelTester::FailureReportingMode::QtTest, column));
    }
}

void TstCompareView::send(const QString &text)
{
    QPlainTextEdit *input = m_view->composer()->input();
    input->setFocus();
    QTest::keyClicks(input, text);
    QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
}

bool TstCompareView::waitIdle() const
{
    return QTest::qWaitFor([this] { return !m_session->isBusy(); }, 20000);
}

QList<Sim::RecordedRequest> TstCompareView::chatRequests() const
{
    QList<Sim::RecordedRequest> chats;
    for (const Sim::RecordedRequest &request : m_gateway.requests()) {
        if (request.method == u"POST")
            chats.append(request);
    }
    return chats;
}

void TstCompareView::sendToThreeColumnsAndStopOne()
{
    makeView({u"demo-echo"_qs, u"demo-slow"_qs, u"demo-lorem"_qs});
    QCOMPARE(m_view->columnViews().size(), 3);
    send(QStringLiteral("one two three four five six seven eight nine ten"));
    QVERIFY(m_session->isBusy());
    QVERIFY(m_view->composer()->input()->toPlainText().isEmpty()); // taken
    QVERIFY(m_view->stopAllAction()->isEnabled());
    Ui::CompareColumnView *slow = m_view->columnView(1);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->session(1)->messageAt(1).text().isEmpty(), 10000);
    QVERIFY(slow->stopButton()->isEnabled());
    QTest::mouseClick(slow->stopButton(), Qt::LeftButton);
    QVERIFY(waitIdle());
    QCOMPARE(slow->statusText(), Ui::CompareColumnView::tr("stopped"));
    QCOMPARE(m_view->columnView(0)->statusText(), Ui::CompareColumnView::tr("done"));
    QCOMPARE(m_view->columnView(2)->statusText(), Ui::CompareColumnView::tr("done"));
    QVERIFY(!m_view->stopAllAction()->isEnabled());
    QVERIFY(m_session->session(1)->turns().at(1).message.incomplete);
    QVERIFY(!m_session->session(2)->turns().at(1).message.text().isEmpty());
    // Each column shows its own conversation.
    QCOMPARE(m_view->columnView(2)->conversationView()->model()->rowCount(), 2);
}

void TstCompareView::metricsMarkTheBest()
{
    makeView({u"demo-echo"_qs, u"demo-slow"_qs});
    // A price for one model only: its cost shows, the other's says it is unknown.
    m_view->setCostFunction([](const QString &model, const Core::Usage &usage) {
        return model == u"demo-echo" && usage.inputTokens && usage.outputTokens
                   ? std::optional<double>(*usage.outputTokens * 0.001)
                   : std::nullopt;
    });
    send(QStringLiteral("alpha beta gamma delta"));
    QVERIFY(waitIdle());
    Ui::MetricsStrip *fast = m_view->columnView(0)->metrics();
    Ui::MetricsStrip *slow = m_view->columnView(1)->metrics();
    QTRY_VERIFY(fast->valueText(ColumnFigures::TotalTime) != u"–");
    QTRY_VERIFY(slow->valueText(ColumnFigures::TotalTime) != u"–");
    // demo-slow waits 300 ms before its first word: demo-echo is faster on both clocks.
    QVERIFY(fast->isBest(ColumnFigures::TimeToFirstToken));
    QVERIFY(!slow->isBest(ColumnFigures::TimeToFirstToken));
    QVERIFY(fast->isBest(ColumnFigures::TotalTime));
    QVERIFY(fast->valueText(ColumnFigures::TimeToFirstToken).startsWith(u"★"));
    QVERIFY(!slow->valueText(ColumnFigures::TimeToFirstToken).startsWith(u"★"));
    // Token counts have no better direction: never marked.
    QVERIFY(!fast->isBest(ColumnFigures::OutputTokens));
    QVERIFY(!slow->isBest(ColumnFigures::OutputTokens));
    QVERIFY(fast->valueText(ColumnFigures::Cost).startsWith(u"$"));
    QCOMPARE(slow->valueText(ColumnFigures::Cost), u"–"_qs);
    QVERIFY(!fast->isBest(ColumnFigures::Cost)); // one known cost is no contest
    QCOMPARE(fast->finishReasonText(), u"stop"_qs);
}

void TstCompareView::costsKeepTwoSignificantDigits()
{
    const QLocale before;
    QLocale::setDefault(QLocale::c());
    QCOMPARE(Ui::formatCost(0.000043), u"$0.000043"_qs);
    QCOMPARE(Ui::formatCost(0.000028), u"$0.000028"_qs);
    QCOMPARE(Ui::formatCost(0.0001), u"$0.00010"_qs);
    QCOMPARE(Ui::formatCost(0.0123), u"$0.0123"_qs);
    QCOMPARE(Ui::formatCost(12.345), u"$12.35"_qs);
    QCOMPARE(Ui::formatCost(0), u"$0.00"_qs);
    QCOMPARE(Ui::formatCost(1e-12), u"$0.00000000"_qs); // never a runaway number of digits
    QLocale::setDefault(QLocale(QLocale::German));
    QCOMPARE(Ui::formatCost(0.0123), u"$0,0123"_qs); // the locale's decimal mark
    QLocale::setDefault(before);
}

void TstCompareView::columnOverridesAreUsedAndMarked()
{
    makeView({u"demo-echo"_qs, u"demo-echo"_qs});
    Ui::CompareColumnView *column = m_view->columnView(1);
    QComboBox *api = column->apiBox();
    QCOMPARE(api->property("overridden").toBool(), false);
    // Chosen by keyboard, as a user without a mouse would.
    api->setFocus();
    const int responses = api->findData(int(Core::ApiKind::Responses));
    QVERIFY(responses > 0);
    while (api->currentIndex() != responses)
        QTest::keyClick(api, Qt::Key_Down);
    QCOMPARE(m_session->spec(1).api, std::optional<Core::ApiKind>(Core::ApiKind::Responses));
    QTRY_COMPARE(m_view->columnView(1)->apiBox()->property("overridden").toBool(), true);
    QVERIFY(m_view->columnView(1)->apiBox()->font().bold());
    QVERIFY(!m_view->columnView(0)->apiBox()->font().bold());

    // Its own parameters, through the dialog.
    auto *dialog = qobject_cast<QDialog *>(m_view->columnView(1)->editParameters());
    QVERIFY(dialog);
    auto *panel = dialog->findChild<Ui::ParametersPanel *>();
    QVERIFY(panel);
    Core::GenerationParams params = panel->params();
    params.temperature = 1.25;
    params.maxTokens = 42;
    panel->setParams(params);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(m_session->spec(1).params.has_value());
    QCOMPARE(m_session->spec(1).params->temperature, 1.25);
    QTRY_VERIFY(m_view->columnView(1)->parametersButton()->font().bold());

    send(QStringLiteral("override me"));
    QVERIFY(waitIdle());
    bool sawResponses = false;
    for (const Sim::RecordedRequest &request : chatRequests()) {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (request.path.endsWith(u"/responses")) {
            sawResponses = true;
            QCOMPARE(body.value(u"temperature").toDouble(), 1.25);
            QCOMPARE(body.value(u"max_output_tokens").toInt(), 42);
        } else {
            QVERIFY(!body.contains(u"temperature"));
        }
    }
    QVERIFY(sawResponses);
}

void TstCompareView::blindVoteThenReveal()
{
    makeView({u"demo-echo"_qs, u"demo-lorem"_qs, u"demo-reasoning"_qs});
    m_view->blindAction()->trigger();
    QVERIFY(m_session->isBlind());
    QCOMPARE(m_view->columnViews().size(), 3);
    QStringList titles;
    for (Ui::CompareColumnView *column : m_view->columnViews()) {
        titles.append(column->title());
        QVERIFY(!column->identityControls()->isVisible());
        QVERIFY(!column->metrics()->isVisible());
        QVERIFY(!column->title().contains(u"demo"));
    }
    QCOMPARE(titles, (QStringList{Ui::CompareColumnView::tr("Answer %1").arg(u"A"_qs),
                                  Ui::CompareColumnView::tr("Answer %1").arg(u"B"_qs),
                                  Ui::CompareColumnView::tr("Answer %1").arg(u"C"_qs)}));
    QVERIFY(!m_view->voteBar()->isVisible());

    send(QStringLiteral("which one?"));
    QVERIFY(waitIdle());
    // Answers are there, but nothing says who gave them.
    for (Ui::CompareColumnView *column : m_view->columnViews()) {
        const QModelIndex reply = column->conversationView()->model()->index(1, 0);
        QVERIFY(!reply.data(Ui::ConversationModel::TextRole).toString().isEmpty());
        QVERIFY(!reply.data(Ui::ConversationModel::ModelRole).isValid());
        QVERIFY(!reply.data(Ui::ConversationModel::TimeToFirstTokenRole).isValid());
    }
    QTRY_VERIFY(m_view->voteBar()->isVisible());
    QCOMPARE(m_view->voteBar()->bestButtons().size(), 3);

    // Alt+B votes for the answer shown second, by keyboard.
    const int shownSecond = m_session->displayOrder().at(1);
    QTest::keyClick(m_view->voteBar()->bestButtons().at(1), Qt::Key_B, Qt::AltModifier);
    // A mnemonic clicks the button the way a user sees it pressed: a moment later.
    QTRY_COMPARE(m_session->votes().size(), 1);
    QCOMPARE(m_session->votes().first().best, shownSecond);
    QVERIFY(m_session->isRevealed());
    QTRY_VERIFY(m_view->columnViews().first()->identityControls()->isVisible());
    for (Ui::CompareColumnView *column : m_view->columnViews()) {
        QVERIFY(column->title().contains(m_session->spec(column->column()).model));
        QVERIFY(column->metrics()->isVisible());
        const QModelIndex reply = column->conversationView()->model()->index(1, 0);
        QCOMPARE(reply.data(Ui::ConversationModel::ModelRole).toString(),
                 m_session->spec(column->column()).model);
    }
    QVERIFY(m_view->voteBar()->resultText().contains(m_session->spec(shownSecond).model));
    QVERIFY(m_view->voteBar()->bestButtons().first()->isHidden());
}

void TstCompareView::continueWithAnAnswer()
{
    makeView({u"demo-echo"_qs, u"demo-lorem"_qs});
    send(QStringLiteral("first"));
    QVERIFY(waitIdle());
    const QString chosen = m_session->session(1)->turns().at(1).message.text();
    QMenu *menu = m_view->columnView(1)->menuButton()->menu();
    QAction *continueAction = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text().contains(Ui::CompareColumnView::tr("&Continue with this answer")))
            continueAction = action;
    }
    QVERIFY(continueAction);
    continueAction->trigger();
    QCOMPARE(m_session->session(0)->turns().at(1).message.text(), chosen);
    QVERIFY(m_view->composer()->notice().contains(m_view->columnView(1)->title()));
    QTRY_COMPARE(m_view->columnView(0)
                     ->conversationView()
                     ->model()
                     ->index(1, 0)
                     .data(Ui::ConversationModel::TextRole)
                     .toString(),
                 chosen);
}

void TstCompareView::addAndRemoveColumns()
{
    makeView({u"demo-echo"_qs, u"demo-lorem"_qs});
    for (int i = 2; i < CompareSession::kMaxColumns; ++i) {
        QVERIFY(m_view->addColumnAction()->isEnabled());
        m_view->addColumnAction()->trigger();
    }
    QCOMPARE(m_view->columnViews().size(), 8);
    QVERIFY(!m_view->addColumnAction()->isEnabled());
    // Eight columns do not squeeze below a readable width: the row scrolls sideways.
    for (Ui::CompareColumnView *column : m_view->columnViews())
        QVERIFY(column->width() >= 300);

    QMenu *menu = m_view->columnView(7)->menuButton()->menu();
    menu->actions().last()->trigger(); // Remove column
    QCOMPARE(m_view->columnViews().size(), 7);
    QVERIFY(m_view->addColumnAction()->isEnabled());
    while (m_session->columnCount() > 2)
        QVERIFY(m_session->removeColumn(m_session->columnCount() - 1));
    m_view->columnView(0)->menuButton()->menu()->actions().last()->trigger();
    QCOMPARE(m_session->columnCount(), 2);
    QVERIFY(!m_view->composer()->notice().isEmpty()); // says why not
}

void TstCompareView::columnsScrollTogether()
{
    makeView({u"demo-echo"_qs, u"demo-echo"_qs});
    QString longPrompt;
    for (int i = 0; i < 150; ++i)
        longPrompt += QStringLiteral("line %1\n").arg(i);
    m_view->composer()->setText(longPrompt);
    m_view->composer()->submit();
    QVERIFY(waitIdle());
    QScrollBar *first = m_view->columnView(0)->conversationView()->listView()->verticalScrollBar();
    QScrollBar *second = m_view->columnView(1)->conversationView()->listView()->verticalScrollBar();
    QTRY_VERIFY(first->maximum() > 0 && second->maximum() > 0);
    first->setValue(0);
    second->setValue(0);
    first->setValue(first->maximum() / 2);
    QVERIFY(std::abs(second->value() - second->maximum() / 2) <= 2);
    m_view->syncScrollAction()->setChecked(false);
    first->setValue(0);
    QVERIFY(second->value() > 0); // stays where it was
}

void TstCompareView::setsSaveAndLoad()
{
    makeView({u"demo-echo"_qs, u"demo-lorem"_qs, u"demo-reasoning"_qs});
    QVERIFY(m_view->saveSet(QStringLiteral("Three")));
    m_session->startNew({{u"demo-slow"_qs, std::nullopt, std::nullopt, std::nullopt},
                         {u"demo-slow"_qs, std::nullopt, std::nullopt, std::nullopt}});
    QCOMPARE(m_view->columnViews().size(), 2);
    QVERIFY(m_view->loadSet(QStringLiteral("Three")));
    QCOMPARE(m_view->columnViews().size(), 3);
    QCOMPARE(m_session->spec(2).model, u"demo-reasoning"_qs);
    QVERIFY(!m_view->loadSet(QStringLiteral("No such set")));
    // The menu offers it.
    QMenu *menu = m_view->setsButton()->menu();
    QMetaObject::invokeMethod(menu, "aboutToShow");
    bool listed = false;
    for (QAction *action : menu->actions())
        listed = listed || action->text().startsWith(u"Three");
    QVERIFY(listed);
}

void TstCompareView::diffsAgainstABaseline()
{
    makeView({u"demo-echo"_qs, u"demo-lorem"_qs, u"demo-echo"_qs});
    send(QStringLiteral("tell me <b>something</b>"));
    QVERIFY(waitIdle());
    QComboBox *box = m_view->baselineBox();
    QCOMPARE(box->count(), 4); // none, A, B, C
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Down); // against A, by keyboard
    QCOMPARE(m_view->baseline(), 0);
    // The baseline shows its conversation; the others their differences.
    QVERIFY(!m_view->columnView(0)->findChild<Ui::DiffView *>());
    auto *lorem = m_view->columnView(1)->findChild<Ui::DiffView *>();
    auto *echo = m_view->columnView(2)->findChild<Ui::DiffView *>();
    QVERIFY(lorem && lorem->isVisible());
    QVERIFY(echo);
    const QString base = m_session->session(0)->turns().at(1).message.text();
    const QString other = m_session->session(1)->turns().at(1).message.text();
    QString rebuiltBase;
    QString rebuiltOther;
    for (const Core::DiffSpan &span : lorem->spans()) {
        if (span.kind != Core::DiffSpan::Kind::Added)
            rebuiltBase += span.text;
        if (span.kind != Core::DiffSpan::Kind::Removed)
            rebuiltOther += span.text;
    }
    QCOMPARE(rebuiltBase, base);
    QCOMPARE(rebuiltOther, other);
    QVERIFY(lorem->summary().contains(m_view->columnView(0)->title()));
    QVERIFY(lorem->summary().contains(
        Ui::DiffView::tr("%1 words added, %2 removed against %3").section(u' ', 1, 2)));
    // The same answer: nothing differs, and what was typed stays text, not markup.
    QCOMPARE(echo->summary(),
             Ui::DiffView::tr("Same words as %1").arg(m_view->columnView(0)->title()));
    QVERIFY(echo->browser()->toPlainText().contains(u"<b>something</b>"));
    // A new round shows the answers arriving, then the differences again.
    send(QStringLiteral("again"));
    QVERIFY(!m_view->columnView(1)->findChild<Ui::DiffView *>()
            || !m_view->columnView(1)->findChild<Ui::DiffView *>()->isVisible());
    QVERIFY(waitIdle());
    QTRY_VERIFY(m_view->columnView(1)->findChild<Ui::DiffView *>());
    m_view->setBaseline(-1);
    QTRY_VERIFY(!m_view->columnView(1)->findChild<Ui::DiffView *>());
}

void TstCompareView::exportsWriteEveryFormat()
{
    makeView({u"demo-echo"_qs, u"demo-lorem"_qs});
    send(QStringLiteral("export me"));
    QVERIFY(waitIdle());
    QVERIFY(m_session->vote(Core::Vote::Outcome::Best, 1));
    QString error;
    const QString json = m_dir.filePath(u"cmp.json"_qs);
    QVERIFY2(m_view->exportTo(Ui::CompareView::ExportFormat::Json, json, &error),
             qPrintable(error));
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(jsonFile.readAll()).object();
    QCOMPARE(root.value(u"format").toString(), u"parlance.comparison"_qs);
    QCOMPARE(root.value(u"columns").toArray().size(), 2);
    QCOMPARE(root.value(u"votes").toArray().size(), 1);
    const QString markdown = m_dir.filePath(u"cmp.md"_qs);
    QVERIFY(m_view->exportTo(Ui::CompareView::ExportFormat::Markdown, markdown, &error));
    QFile markdownFile(markdown);
    QVERIFY(markdownFile.open(QIODevice::ReadOnly));
    const QString markdownText = QString::fromUtf8(markdownFile.readAll());
    QVERIFY(markdownText.contains(u"export me"));
    QVERIFY(markdownText.contains(u"demo-lorem"));
    const QString html = m_dir.filePath(u"cmp.html"_qs);
    QVERIFY(m_view->exportTo(Ui::CompareView::ExportFormat::Html, html, &error));
    QFile htmlFile(html);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    QVERIFY(htmlFile.readAll().contains("demo-echo"));
    // A place that cannot be written says so, naming it.
    const QString nowhere = m_dir.filePath(u"missing-folder/cmp.md"_qs);
    QVERIFY(!m_view->exportTo(Ui::CompareView::ExportFormat::Markdown, nowhere, &error));
    QVERIFY(error.contains(nowhere));
}

void TstCompareView::windowOpensCompareFromToolbarMenuAndShortcut()
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
    QVERIFY(stack);
    QTRY_COMPARE(stack->currentWidget(), static_cast<QWidget *>(window.chatPane()));
    QTRY_VERIFY(!window.modelPicker()->currentModel().isEmpty());

    // The shortcut works from where the user types a chat message.
    window.chatPane()->focusInput();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_M,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(window.compareView()));
    QVERIFY(window.compareAction()->isChecked());
    QTRY_VERIFY(window.compareView()->composer()->input()->hasFocus());
    // A fresh comparison compares two different models of the connection.
    QTRY_VERIFY(workbench.compare()->spec(0).model != workbench.compare()->spec(1).model);

    // Sending from the compare view logs each column's exchange under its column.
    QPlainTextEdit *input = window.compareView()->composer()->input();
    QTest::keyClicks(input, QStringLiteral("from the window"));
    QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!workbench.compare()->isBusy()
                                 && workbench.compare()->session(1)->turns().size() == 2,
                             20000);
    const QList<quint64> ids = workbench.compare()->session(1)->exchangeIds(1);
    QCOMPARE(ids.size(), 1);
    QCOMPARE(workbench.log()->conversationOf(ids.first()), workbench.compare()->columnKey(1));

    // The inspector names each exchange's column; working in a column lists only its own.
    Ui::InspectorWidget *inspector = window.inspector();
    Ui::ExchangeTableModel *table = inspector->exchangeTable();
    QStringList tags;
    for (int row = 0; row < table->rowCount(); ++row)
        tags.append(table->index(row, Ui::ExchangeTableModel::SourceColumn).data().toString());
    const QString second = QStringLiteral("B · %1").arg(workbench.compare()->spec(1).model);
    QVERIFY2(tags.contains(second), qPrintable(tags.join(u", ")));
    QVERIFY(tags.contains(QStringLiteral("A · %1").arg(workbench.compare()->spec(0).model)));
    QVERIFY(tags.contains(QString())); // the model list is no column's
    QWidget *viewport
        = window.compareView()->columnView(1)->conversationView()->listView()->viewport();
    QTest::mouseClick(viewport, Qt::LeftButton, {}, QPoint(5, 5));
    QCOMPARE(inspector->conversationFilter(), workbench.compare()->columnKey(1));
    QTRY_COMPARE(inspector->exchangeList()->model()->rowCount(), 1);
    // Blind mode renames the columns in the inspector too, hiding the models.
    window.compareView()->blindAction()->trigger();
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString tag
            = table->index(row, Ui::ExchangeTableModel::SourceColumn).data().toString();
        QVERIFY2(!tag.contains(u"demo"), qPrintable(tag));
    }
    window.compareView()->blindAction()->trigger();

    window.compareAction()->trigger();
    QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(window.chatPane()));
    QVERIFY(inspector->conversationFilter().isEmpty()); // back in the chat, everything shows

    // Every compare action is in the Compare menu too; one used from the chat opens the view.
    auto *menu = window.findChild<QMenu *>(u"compareMenu"_qs);
    QVERIFY(menu);
    QList<QAction *> all;
    for (QAction *action : menu->actions())
        all += action->menu() ? action->menu()->actions() : QList<QAction *>{action};
    for (QAction *action :
         {window.compareAction(), window.compareView()->addColumnAction(),
          window.compareView()->stopAllAction(), window.compareView()->blindAction(),
          window.compareView()->syncScrollAction(), window.compareView()->newComparisonAction(),
          window.compareView()->leaderboardAction()}) {
        QVERIFY2(all.contains(action), qPrintable(action->text()));
    }
    // The three exports are there as well.
    QCOMPARE(std::count_if(all.cbegin(), all.cend(),
                           [](QAction *action) { return action->text().endsWith(u"…"); }),
             3);
    window.compareView()->syncScrollAction()->trigger();
    QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(window.compareView()));
    QVERIFY(window.compareAction()->isChecked());
}

void TstCompareView::windowKeepsComparisonsVotesAndPrices()
{
    Workspace::WorkbenchSetup setup;
    setup.historyFile = m_dir.filePath(u"kept-history.sqlite"_qs);
    setup.settings = m_settings.get();
    QProcessEnvironment env;
    env.insert(u"HOME"_qs, m_dir.path());
    env.insert(u"OPENAI_BASE_URL"_qs, m_gateway.url().toString() + u"/v1"_qs);
    setup.environment = env;
    // A price for one model, as the price table keeps it.
    Core::PriceTable prices;
    prices.setPrice(u"demo-echo"_qs, {2.0, 8.0});
    Config::savePrices(*m_settings, prices);
    Workspace::Workbench workbench(setup);
    Ui::MainWindow window(&workbench);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.start();
    QTRY_VERIFY(!window.modelPicker()->currentModel().isEmpty());
    window.compareAction()->trigger();
    CompareSession *compare = workbench.compare();
    compare->startNew({{u"demo-echo"_qs, std::nullopt, std::nullopt, std::nullopt},
                       {u"demo-lorem"_qs, std::nullopt, std::nullopt, std::nullopt}});
    QPlainTextEdit *input = window.compareView()->composer()->input();
    QTest::keyClicks(input, QStringLiteral("keep this comparison"));
    QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!compare->isBusy() && compare->session(1)->turns().size() == 2, 20000);
    // Cost from the price table, for the model that has one.
    QTRY_VERIFY(window.compareView()
                    ->columnView(0)
                    ->metrics()
                    ->valueText(ColumnFigures::Cost)
                    .startsWith(u"$"));
    QCOMPARE(window.compareView()->columnView(1)->metrics()->valueText(ColumnFigures::Cost),
             u"–"_qs);
    QVERIFY(compare->vote(Core::Vote::Outcome::Best, 1));
    const QString key = compare->key();

    // The history lists it as a comparison.
    QAbstractItemModel *list = window.historyPanel()->listView()->model();
    int row = -1;
    QTRY_VERIFY([&] {
        for (int i = 0; i < list->rowCount(); ++i) {
            if (list->index(i, 0).data().toString().contains(u"keep this comparison"))
                row = i;
        }
        return row >= 0;
    }());
    QVERIFY(list->index(row, 0).data().toString().startsWith(u"⚖"));
    // It is the entry marked current while the compare view is in front.
    QVERIFY(list->index(row, 0).data(Qt::FontRole).value<QFont>().bold());

    // The leaderboard reads the vote.
    auto *board = qobject_cast<Ui::LeaderboardDialog *>(window.showLeaderboard());
    QVERIFY(board);
    // It goes with the dialog, which closing deletes.
    new QAbstractItemModelTester(board->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, board);
    QTRY_COMPARE(board->model()->rowCount(), 2);
    QCOMPARE(board->model()->rows().first().contestant, u"demo-lorem"_qs);
    QCOMPARE(board->model()->rows().first().wins, 1);
    board->setDateRange(QDate::currentDate().addDays(-10), QDate::currentDate().addDays(-5));
    QCOMPARE(board->model()->rowCount(), 0);
    board->close();

    // Start over, then reopen it from the history: columns, answers and vote come back.
    window.compareView()->newComparisonAction()->trigger();
    QVERIFY(compare->key() != key);
    QCOMPARE(compare->rounds(), 0);
    window.compareAction()->trigger(); // back to the chat
    emit window.historyPanel()->openRequested(key);
    QTRY_COMPARE(compare->key(), key);
    QVERIFY(window.compareAction()->isChecked());
    QCOMPARE(compare->rounds(), 1);
    QCOMPARE(compare->spec(1).model, u"demo-lorem"_qs);
    QCOMPARE(compare->votes().size(), 1);
    QTRY_COMPARE(window.compareView()->columnView(1)->conversationView()->model()->rowCount(), 2);

    // The price editor opens with the prices known.
    QDialog *pricesDialog = window.showPrices();
    QVERIFY(pricesDialog && pricesDialog->isVisible());
    pricesDialog->reject();
}

void TstCompareView::getCodeFromATurnTheInspectorAndAColumn()
{
    const QString token = QStringLiteral("sk-getcode-secret-0123456789");
    Workspace::WorkbenchSetup setup;
    setup.historyFile = m_dir.filePath(u"code-history.sqlite"_qs);
    setup.settings = m_settings.get();
    QProcessEnvironment env;
    env.insert(u"HOME"_qs, m_dir.path());
    env.insert(u"OPENAI_BASE_URL"_qs, m_gateway.url().toString() + u"/v1"_qs);
    env.insert(u"OPENAI_API_KEY"_qs, token);
    setup.environment = env;
    Workspace::Workbench workbench(setup);
    Ui::MainWindow window(&workbench);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.start();
    QTRY_VERIFY(!window.modelPicker()->currentModel().isEmpty());
    const auto openDialog = [&window]() -> Ui::GetCodeDialog * {
        Ui::GetCodeDialog *found = nullptr;
        for (auto *dialog : window.findChildren<Ui::GetCodeDialog *>()) {
            if (dialog->isVisible())
                found = dialog;
        }
        return found;
    };

    // A chat turn.
    QPlainTextEdit *input = window.chatPane()->composer()->input();
    input->setFocus();
    QTest::keyClicks(input, QStringLiteral("turn me into code"));
    QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(
        !workbench.session()->isBusy() && workbench.session()->turns().size() == 2, 20000);
    window.chatPane()->conversationView()->getCode(1);
    Ui::GetCodeDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->targetList()->count() >= 11);
    dialog->setCurrentTarget(u"python-requests"_qs);
    QVERIFY2(dialog->code().contains(u"turn me into code"), qPrintable(dialog->code()));
    QVERIFY(dialog->code().contains(u"OPENAI_API_KEY"));
    for (int row = 0; row < dialog->targetList()->count(); ++row) {
        dialog->targetList()->setCurrentRow(row);
        QVERIFY2(!dialog->code().contains(token), qPrintable(dialog->currentTarget()));
        QVERIFY(!dialog->code().isEmpty());
    }
    QCOMPARE(dialog->highlighter()->language(), Ui::CodeHighlighter::Language::JavaScript);
    dialog->close();

    // An inspector entry: the request as sent.
    Ui::InspectorWidget *inspector = window.inspector();
    const quint64 sent = workbench.session()->exchangeIds(1).last();
    inspector->showExchange(sent);
    QVERIFY(inspector->getCodeAction()->isEnabled());
    inspector->getCodeAction()->trigger();
    QTRY_VERIFY(openDialog());
    openDialog()->setCurrentTarget(u"curl"_qs);
    QVERIFY(openDialog()->code().contains(u"turn me into code"));
    QVERIFY(!openDialog()->code().contains(token));
    openDialog()->close();

    // A compare column: its latest reply's request, with its own model.
    window.compareAction()->trigger();
    CompareSession *compare = workbench.compare();
    QVERIFY(compare->startNew({{u"demo-echo"_qs, std::nullopt, std::nullopt, std::nullopt},
                               {u"demo-lorem"_qs, std::nullopt, std::nullopt, std::nullopt}}));
    emit window.compareView()->getCodeRequested(1, -1); // nothing sent yet: nothing to show
    QVERIFY(!openDialog());
    QPlainTextEdit *compareInput = window.compareView()->composer()->input();
    QTest::keyClicks(compareInput, QStringLiteral("columns into code"));
    QTest::keyClick(compareInput, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!compare->isBusy() && compare->session(1)->turns().size() == 2, 20000);
    QMenu *menu = window.compareView()->columnView(1)->menuButton()->menu();
    for (QAction *action : menu->actions()) {
        if (action->text() == Ui::CompareColumnView::tr("&Get code…"))
            action->trigger();
    }
    QTRY_VERIFY(openDialog());
    openDialog()->setCurrentTarget(u"openai-chat"_qs);
    QVERIFY(openDialog()->code().contains(u"demo-lorem"));
    QVERIFY(openDialog()->code().contains(u"columns into code"));
    openDialog()->close();
}

QTEST_MAIN(TstCompareView)
#include "tst_compareview.moc"
