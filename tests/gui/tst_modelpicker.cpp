// The model picker, its list model and filter, and the API selector, driven like a user would:
// typing, arrow keys, Enter, clicks on rows and stars, the refresh button.

#include "controls/apiselector.h"
#include "controls/modelfilterproxy.h"
#include "controls/modelitemdelegate.h"
#include "controls/modellistmodel.h"
#include "controls/modelpicker.h"
#include "controls/modelpickerpopup.h"
#include "controls/modelpreferences.h"
#include "engine/modelscall.h"
#include "net/gatewayclient.h"
#include "sim/simulatedgateway.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

using namespace Parlance;
using Ui::ModelListModel;

namespace {

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

Core::ModelInfo info(const char *name, const char *task, const char *state,
                     const char *description = "")
{
    Core::ModelInfo model;
    model.name = QString::fromUtf8(name);
    model.task = QString::fromUtf8(task);
    model.state = QString::fromUtf8(state);
    model.description = QString::fromUtf8(description);
    return model;
}

// Alphabetical order, chat only: Alpha-model, databricks-claude-sonnet-4,
// databricks-meta-llama-3-3-70b-instruct, demo-lorem, my-agent; then the embeddings endpoint.
QList<Core::ModelInfo> sampleModels()
{
    return {
        info("databricks-meta-llama-3-3-70b-instruct", "llm/v1/chat", "READY",
             "Meta Llama 3.3 70B Instruct"),
        info("demo-lorem", "llm/v1/chat", "READY", "Lorem ipsum of the asked length"),
        info("databricks-gte-large-en", "llm/v1/embeddings", "READY", "GTE Large (English)"),
        info("my-agent", "agent/v1/responses", "NOT_READY", "A custom agent"),
        info("databricks-claude-sonnet-4", "llm/v1/chat", "READY",
             "Claude Sonnet 4: hybrid reasoning model"),
        info("Alpha-model", "", "", ""),
    };
}

QStringList namesOf(const QAbstractItemModel *model)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, 0).data(ModelListModel::NameRole).toString();
    return names;
}

} // namespace

class TstModelPicker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listModelOrdersSections();
    void listModelPersistsPerConnection();
    void proxyFiltersNameAndDescription();
    void typingFilters();
    void chooseWithKeyboard();
    void enterReachesTheDialogWhenClosed();
    void keysTypedIntoThePopupReachTheEdit();
    void chooseWithMouse();
    void freeEntry();
    void shiftEnterTakesTheTypedText();
    void escapeRevertsTheText();
    void starTogglesFavouriteAndPersists();
    void recentsAfterChoosing();
    void refreshShowsBusyUntilAnswered();
    void statesAndNonChatEndpoints();
    void modelsFromTheSimulator();
    void apiSelector();

private:
    Ui::ModelPreferences preferences() const;
    void makePicker();
    QRect rowRect(const QString &name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<QWidget> m_host;
    Ui::ModelPicker *m_picker = nullptr;
};

void TstModelPicker::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TstModelPicker::init()
{
    QFile::remove(preferences().filePath());
    makePicker();
}

void TstModelPicker::cleanup()
{
    m_host.reset();
    m_picker = nullptr;
}

Ui::ModelPreferences TstModelPicker::preferences() const
{
    return Ui::ModelPreferences(m_dir.filePath(QStringLiteral("model-preferences.ini")));
}

void TstModelPicker::makePicker()
{
    m_host = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_host.get());
    m_picker = new Ui::ModelPicker(preferences(), m_host.get());
    layout->addWidget(m_picker);
    layout->addStretch();
    m_host->resize(420, 300);
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
    new QAbstractItemModelTester(m_picker->listModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, m_picker);
    new QAbstractItemModelTester(m_picker->filterModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, m_picker);
    m_picker->setConnectionName(QStringLiteral("workspace"));
    m_picker->setModels(sampleModels());
    m_picker->lineEdit()->setFocus();
}

QRect TstModelPicker::rowRect(const QString &name) const
{
    const int row = m_picker->filterModel()->rowOf(name);
    return m_picker->listView()->visualRect(m_picker->filterModel()->index(row, 0));
}

void TstModelPicker::listModelOrdersSections()
{
    ModelListModel model(preferences());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnectionName(QStringLiteral("workspace"));
    model.setModels(sampleModels());
    QCOMPARE(namesOf(&model), strings({"Alpha-model", "databricks-claude-sonnet-4",
                                       "databricks-meta-llama-3-3-70b-instruct", "demo-lorem",
                                       "my-agent", "databricks-gte-large-en"}));
    QCOMPARE(model.index(5, 0).data(ModelListModel::SectionRole).value<ModelListModel::Section>(),
             ModelListModel::Section::OtherEndpoints);
    QCOMPARE(model.nonChatCount(), 1);

    const QPersistentModelIndex lorem = model.index(3, 0);
    model.setFavourite(QStringLiteral("demo-lorem"), true);
    QCOMPARE(lorem.row(), 0); // moved, and views following it stay on it
    QCOMPARE(model.index(0, 0).data(ModelListModel::SectionRole).value<ModelListModel::Section>(),
             ModelListModel::Section::Favourites);
    QVERIFY(model.index(0, 0).data(ModelListModel::FavouriteRole).toBool());

    model.addRecent(QStringLiteral("my-agent"));
    model.addRecent(QStringLiteral("typed-by-hand"));
    QCOMPARE(namesOf(&model).mid(0, 3), strings({"demo-lorem", "typed-by-hand", "my-agent"}));
    QCOMPARE(model.index(1, 0).data(ModelListModel::SectionRole).value<ModelListModel::Section>(),
             ModelListModel::Section::Recent);
    QVERIFY(!model.index(1, 0).data(ModelListModel::ListedRole).toBool());
    QVERIFY(model.index(2, 0).data(ModelListModel::ListedRole).toBool());
    QCOMPARE(model.recents(), strings({"typed-by-hand", "my-agent"}));

    // A favourite that is also recent shows once, with the favourites.
    model.addRecent(QStringLiteral("demo-lorem"));
    QCOMPARE(namesOf(&model).count(QStringLiteral("demo-lorem")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("demo-lorem")), 0);

    for (int i = 0; i < 10; ++i)
        model.addRecent(QStringLiteral("extra-%1").arg(i));
    QCOMPARE(model.recents().size(), Ui::ModelPreferences::maxRecents);
    QCOMPARE(model.recents().first(), QStringLiteral("extra-9"));

    model.setFavourite(QStringLiteral("demo-lorem"), false);
    QCOMPARE(model.index(0, 0).data(ModelListModel::SectionRole).value<ModelListModel::Section>(),
             ModelListModel::Section::Recent);
}

void TstModelPicker::listModelPersistsPerConnection()
{
    {
        ModelListModel model(preferences());
        model.setConnectionName(QStringLiteral("workspace"));
        model.setFavourite(QStringLiteral("databricks-claude-sonnet-4"), true);
        model.addRecent(QStringLiteral("demo-lorem"));
        model.setConnectionName(QStringLiteral("local/ollama")); // '/' is not a group here
        model.setFavourite(QStringLiteral("llama3.2"), true);
    }
    ModelListModel model(preferences());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnectionName(QStringLiteral("workspace"));
    QCOMPARE(model.favourites(), strings({"databricks-claude-sonnet-4"}));
    QCOMPARE(model.recents(), strings({"demo-lorem"}));
    // Before any list arrives, favourites and recents are already rows to pick from.
    QCOMPARE(namesOf(&model), strings({"databricks-claude-sonnet-4", "demo-lorem"}));
    model.setModels(sampleModels());
    QCOMPARE(model.rowOf(QStringLiteral("databricks-claude-sonnet-4")), 0);
    QCOMPARE(model.rowOf(QStringLiteral("demo-lorem")), 1);

    model.setConnectionName(QStringLiteral("local/ollama"));
    QCOMPARE(model.favourites(), strings({"llama3.2"}));
    QVERIFY(model.recents().isEmpty());
    model.setConnectionName(QString()); // the ad-hoc connection has its own
    QVERIFY(model.favourites().isEmpty());
}

void TstModelPicker::proxyFiltersNameAndDescription()
{
    ModelListModel model(preferences());
    Ui::ModelFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setModels(sampleModels());
    QCOMPARE(proxy.rowCount(), 5); // the embeddings endpoint waits for "show all"
    proxy.setFilterText(QStringLiteral("CLAUDE"));
    QCOMPARE(namesOf(&proxy), strings({"databricks-claude-sonnet-4"}));
    proxy.setFilterText(QStringLiteral("reasoning")); // only in the description
    QCOMPARE(namesOf(&proxy), strings({"databricks-claude-sonnet-4"}));
    proxy.setFilterText(QStringLiteral("  databricks "));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setShowAll(true);
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(proxy.rowOf(QStringLiteral("databricks-gte-large-en")), 2);
    proxy.setFilterText(QStringLiteral("nothing-like-this"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 6);
    model.setFavourite(QStringLiteral("my-agent"), true);
    QCOMPARE(proxy.rowOf(QStringLiteral("my-agent")), 0);

    // A model service is found by the endpoint name it also answers to.
    Core::ModelInfo service;
    service.name = QStringLiteral("system.ai.gpt-5");
    service.alias = QStringLiteral("databricks-gpt-5");
    model.setModels({service});
    proxy.setFilterText(QStringLiteral("databricks-gpt"));
    QCOMPARE(namesOf(&proxy), strings({"system.ai.gpt-5"}));
}

void TstModelPicker::typingFilters()
{
    QVERIFY(!m_picker->isPopupVisible());
    QTest::keyClicks(m_picker->lineEdit(), QStringLiteral("LLAMA"));
    QTRY_VERIFY(m_picker->isPopupVisible());
    QCOMPARE(namesOf(m_picker->filterModel()), strings({"databricks-meta-llama-3-3-70b-instruct"}));
    QCOMPARE(m_picker->listView()->currentIndex().data(ModelListModel::NameRole).toString(),
             QStringLiteral("databricks-meta-llama-3-3-70b-instruct"));

    QTest::keyClick(m_picker->lineEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(m_picker->lineEdit(), QStringLiteral("zzz"));
    QCOMPARE(m_picker->filterModel()->rowCount(), 0);
    QVERIFY(!m_picker->listView()->currentIndex().isValid());
    QVERIFY(m_picker->popup()->statusLabel()->isVisible());
    QVERIFY(m_picker->popup()->statusLabel()->text().contains(QStringLiteral("zzz")));
    QVERIFY(m_picker->popup()->useTypedButton()->isVisible());

    for (int i = 0; i < 3; ++i)
        QTest::keyClick(m_picker->lineEdit(), Qt::Key_Backspace);
    QCOMPARE(m_picker->filterModel()->rowCount(), 5);
    QVERIFY(!m_picker->popup()->statusLabel()->isVisible());
}

void TstModelPicker::chooseWithKeyboard()
{
    QSignalSpy chosen(m_picker, &Ui::ModelPicker::modelChosen);
    QTest::keyClick(m_picker->lineEdit(), Qt::Key_Down);
    QTRY_VERIFY(m_picker->isPopupVisible());
    QVERIFY(!m_picker->listView()->currentIndex().isValid()); // no current model yet
    QTest::keyClick(m_picker->lineEdit(), Qt::Key_Down);
    QTest::keyClick(m_picker->lineEdit(), Qt::Key_Down);
    QTest::keyClick(m_picker->lineEdit(), Qt::Key_Down);
    QTest::keyClick(m_picker->lineEdit(), Qt::Key_Up);
    QCOMPARE(m_picker->listView()->currentIndex().row(), 1);
    QTest::keyClick(m_picker->lineEdit(), Qt::Key_Return);
    QVERIFY(!m_picker->isPopupVisible());
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("databricks-claude-sonnet-4"));
    QCOMPARE(m_picker->currentModel(), QStringLiteral("databricks-claude-sonnet-4"));
    QCOMPARE(m_picker->lineEdit()->text(), QStringLiteral("databricks-claude-sonnet-4"));

    // A few letters and Enter take the first match.
    QTest::keyClicks(m_picker->lineEdit(), QStringLiteral("lore"));
    QTest::keyClick(m_picker->lineEdit(), Qt::Key_Enter);
    QCOMPARE(chosen.size(), 2);
    QCOMPARE(m_picker->currentModel(), QStringLiteral("demo-lorem"));

    // Opened again, the list starts on the current model; Enter on it changes nothing.
    QTest::keyClick(m_picker->lineEdit(), Qt::Key_F4);
    QVERIFY(m_picker->isPopupVisible());
    QCOMPARE(m_picker->listView()->currentIndex().data(ModelListModel::NameRole).toString(),
             QStringLiteral("demo-lorem"));
    QTest::keyClick(m_picker->lineEdit(), Qt::Key_Return);
    QCOMPARE(chosen.size(), 2);
}

void TstModelPicker::enterReachesTheDialogWhenClosed()
{
    // Closed and untouched, Enter is left for the dialog's default button.
    QDialog dialog;
    auto *picker = new Ui::ModelPicker(preferences(), &dialog);
    auto *ok = new QPushButton(QStringLiteral("OK"), &dialog);
    ok->setDefault(true);
    connect(ok, &QPushButton::clicked, &dialog, &QDialog::accept);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(picker);
    layout->addWidget(ok);
    picker->setCurrentModel(QStringLiteral("demo-lorem"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy chosen(picker, &Ui::ModelPicker::modelChosen);
    QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(chosen.size(), 0);
}

void TstModelPicker::keysTypedIntoThePopupReachTheEdit()
{
    // While the popup is open it has the keyboard; typing must still land in the line edit.
    QSignalSpy chosen(m_picker, &Ui::ModelPicker::modelChosen);
    m_picker->showPopup();
    QVERIFY(m_picker->isPopupVisible());
    QTest::keyClicks(m_picker->popup(), QStringLiteral("sonnet"));
    QCOMPARE(m_picker->lineEdit()->text(), QStringLiteral("sonnet"));
    QCOMPARE(m_picker->filterModel()->rowCount(), 1);
    QTest::keyClick(m_picker->popup(), Qt::Key_Return);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(m_picker->currentModel(), QStringLiteral("databricks-claude-sonnet-4"));
}

void TstModelPicker::chooseWithMouse()
{
    QSignalSpy chosen(m_picker, &Ui::ModelPicker::modelChosen);
    QTest::mouseClick(m_picker->findChild<QToolButton *>(QStringLiteral("modelDropDown")),
                      Qt::LeftButton);
    QTRY_VERIFY(m_picker->isPopupVisible());
    const QRect rect = rowRect(QStringLiteral("my-agent"));
    QVERIFY(rect.isValid());
    QTest::mouseClick(m_picker->listView()->viewport(), Qt::LeftButton, {},
                      QPoint(rect.center().x(), rect.bottom() - 4));
    QTRY_VERIFY(!m_picker->isPopupVisible());
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("my-agent"));
    QCOMPARE(m_picker->lineEdit()->text(), QStringLiteral("my-agent"));
}

void TstModelPicker::freeEntry()
{
    QSignalSpy chosen(m_picker, &Ui::ModelPicker::modelChosen);
    QTest::keyClicks(m_picker->lineEdit(), QStringLiteral("  ft:my-fine-tune  "));
    QCOMPARE(m_picker->filterModel()->rowCount(), 0);
    QTest::keyClick(m_picker->lineEdit(), Qt::Key_Return);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(m_picker->currentModel(), QStringLiteral("ft:my-fine-tune")); // trimmed
    const int row = m_picker->listModel()->rowOf(QStringLiteral("ft:my-fine-tune"));
    QCOMPARE(row, 0); // the newest recent
    QVERIFY(!m_picker->listModel()->index(row, 0).data(ModelListModel::ListedRole).toBool());

    // The "use as typed" button does the same with the mouse.
    QTest::keyClicks(m_picker->lineEdit(), QStringLiteral("other-name"));
    QPushButton *use = m_picker->popup()->useTypedButton();
    QVERIFY(use->isVisible());
    QVERIFY(use->text().contains(QStringLiteral("other-name")));
    QTest::mouseClick(use, Qt::LeftButton);
    QCOMPARE(m_picker->currentModel(), QStringLiteral("other-name"));
}

void TstModelPicker::shiftEnterTakesTheTypedText()
{
    QSignalSpy chosen(m_picker, &Ui::ModelPicker::modelChosen);
    QTest::keyClicks(m_picker->lineEdit(), QStringLiteral("demo"));
    QCOMPARE(m_picker->listView()->currentIndex().data(ModelListModel::NameRole).toString(),
             QStringLiteral("demo-lorem")); // what plain Enter would take
    QTest::keyClick(m_picker->lineEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(m_picker->currentModel(), QStringLiteral("demo"));
}

void TstModelPicker::escapeRevertsTheText()
{
    QSignalSpy chosen(m_picker, &Ui::ModelPicker::modelChosen);
    m_picker->setCurrentModel(QStringLiteral("demo-lorem"));
    QTest::keyClick(m_picker->lineEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(m_picker->lineEdit(), QStringLiteral("cla"));
    QVERIFY(m_picker->isPopupVisible());
    QTest::keyClick(m_picker->lineEdit(), Qt::Key_Escape);
    QVERIFY(!m_picker->isPopupVisible());
    QCOMPARE(m_picker->lineEdit()->text(), QStringLiteral("demo-lorem"));
    QCOMPARE(m_picker->filterModel()->filterText(), QString());
    QCOMPARE(chosen.size(), 0);
}

void TstModelPicker::starTogglesFavouriteAndPersists()
{
    QSignalSpy chosen(m_picker, &Ui::ModelPicker::modelChosen);
    m_picker->showPopup();
    QListView *view = m_picker->listView();
    auto *delegate = qobject_cast<Ui::ModelItemDelegate *>(view->itemDelegate());
    QVERIFY(delegate);
    const QString name = QStringLiteral("demo-lorem");
    QModelIndex index = m_picker->filterModel()->index(m_picker->filterModel()->rowOf(name), 0);
    QCOMPARE(index.row(), 3);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      delegate->starRect(view->visualRect(index), index, view->font()).center());
    QVERIFY(m_picker->listModel()->isFavourite(name));
    QCOMPARE(m_picker->filterModel()->rowOf(name), 0); // on top
    QVERIFY(m_picker->isPopupVisible());               // a star click does not choose
    QCOMPARE(chosen.size(), 0);
    QCOMPARE(view->currentIndex().data(ModelListModel::NameRole).toString(), name);

    // Ctrl+D toggles the highlighted row.
    QTest::keyClick(m_picker->lineEdit(), Qt::Key_Down);
    const QString second = view->currentIndex().data(ModelListModel::NameRole).toString();
    QTest::keyClick(m_picker->lineEdit(), Qt::Key_D, Qt::ControlModifier);
    QVERIFY(m_picker->listModel()->isFavourite(second));
    QCOMPARE(m_picker->listModel()->favourites(), QStringList({name, second}));
    QTest::keyClick(m_picker->lineEdit(), Qt::Key_D, Qt::ControlModifier);
    QVERIFY(!m_picker->listModel()->isFavourite(second));

    // A new model on the same settings, and a new picker, see the favourite on top.
    ModelListModel model(preferences());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnectionName(QStringLiteral("workspace"));
    model.setModels(sampleModels());
    QCOMPARE(model.favourites(), QStringList({name}));
    QCOMPARE(model.rowOf(name), 0);
    makePicker();
    QCOMPARE(m_picker->listModel()->rowOf(name), 0);
    QVERIFY(m_picker->listModel()->isFavourite(name));
}

void TstModelPicker::recentsAfterChoosing()
{
    QTest::keyClicks(m_picker->lineEdit(), QStringLiteral("my-agent"));
    QTest::keyClick(m_picker->lineEdit(), Qt::Key_Return);
    QTest::keyClicks(m_picker->lineEdit(), QStringLiteral("claude"));
    QTest::keyClick(m_picker->lineEdit(), Qt::Key_Return);
    QCOMPARE(m_picker->listModel()->recents(), strings({"databricks-claude-sonnet-4", "my-agent"}));
    m_picker->showPopup();
    QCOMPARE(namesOf(m_picker->filterModel()).mid(0, 2),
             strings({"databricks-claude-sonnet-4", "my-agent"}));
    QCOMPARE(m_picker->filterModel()
                 ->index(0, 0)
                 .data(ModelListModel::SectionRole)
                 .value<ModelListModel::Section>(),
             ModelListModel::Section::Recent);

    makePicker();
    QCOMPARE(m_picker->listModel()->recents(), strings({"databricks-claude-sonnet-4", "my-agent"}));
}

void TstModelPicker::refreshShowsBusyUntilAnswered()
{
    QSignalSpy refresh(m_picker, &Ui::ModelPicker::refreshRequested);
    QToolButton *button = m_picker->refreshButton();
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(refresh.size(), 1);
    QVERIFY(m_picker->isBusy());
    QVERIFY(!button->isEnabled());
    m_picker->refresh(); // a second request while one runs is not sent
    QCOMPARE(refresh.size(), 1);
    m_picker->showPopup();
    QVERIFY(m_picker->popup()->statusLabel()->text().contains(QStringLiteral("Loading")));

    QList<Core::ModelInfo> fewer = sampleModels().mid(0, 2);
    m_picker->setModels(fewer);
    QVERIFY(!m_picker->isBusy());
    QVERIFY(button->isEnabled());
    QVERIFY(!m_picker->popup()->statusLabel()->isVisible());
    QCOMPARE(m_picker->filterModel()->rowCount(), 2);

    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(refresh.size(), 2);
    QVERIFY(m_picker->isBusy());
    m_picker->setError(QStringLiteral("HTTP 403 PERMISSION_DENIED: no access"));
    QVERIFY(!m_picker->isBusy());
    QVERIFY(button->isEnabled());
    QCOMPARE(m_picker->errorString(), QStringLiteral("HTTP 403 PERMISSION_DENIED: no access"));
    m_picker->showPopup();
    QVERIFY(m_picker->popup()->statusLabel()->isVisible());
    QVERIFY(m_picker->popup()->statusLabel()->text().contains(QStringLiteral("PERMISSION_DENIED")));
    QCOMPARE(m_picker->filterModel()->rowCount(), 2); // the last good list stays usable
}

void TstModelPicker::statesAndNonChatEndpoints()
{
    ModelListModel *model = m_picker->listModel();
    const QModelIndex agent = model->index(model->rowOf(QStringLiteral("my-agent")), 0);
    QVERIFY(!agent.data(ModelListModel::ReadyRole).toBool());
    QCOMPARE(agent.data(ModelListModel::StateRole).toString(), QStringLiteral("NOT_READY"));
    QVERIFY(agent.data(Qt::ToolTipRole).toString().contains(QStringLiteral("not ready")));
    const QModelIndex lorem = model->index(model->rowOf(QStringLiteral("demo-lorem")), 0);
    QVERIFY(lorem.data(ModelListModel::ReadyRole).toBool());
    QCOMPARE(lorem.data(ModelListModel::TaskRole).toString(), QStringLiteral("llm/v1/chat"));
    QCOMPARE(ModelListModel::stateText(QStringLiteral("READY")), QStringLiteral("ready"));
    QCOMPARE(ModelListModel::stateText(QStringLiteral("NOT_READY")), QStringLiteral("not ready"));

    m_picker->showPopup();
    QCheckBox *showAll = m_picker->popup()->showAllCheck();
    QVERIFY(showAll->isVisible());
    QVERIFY(showAll->text().contains(QStringLiteral("1")));
    QCOMPARE(m_picker->filterModel()->rowOf(QStringLiteral("databricks-gte-large-en")), -1);
    QTest::mouseClick(showAll, Qt::LeftButton, {}, QPoint(8, showAll->height() / 2));
    QVERIFY(showAll->isChecked());
    QCOMPARE(m_picker->filterModel()->rowOf(QStringLiteral("databricks-gte-large-en")), 5);
    QVERIFY(m_picker->isPopupVisible());

    // Rows with section titles are taller, and painting every kind of row works.
    QListView *view = m_picker->listView();
    QVERIFY(view->sizeHintForRow(0) > view->sizeHintForRow(1));
    QVERIFY(!view->viewport()->grab().isNull());
}

void TstModelPicker::modelsFromTheSimulator()
{
    Sim::SimulatedGateway gateway;
    QVERIFY(gateway.listen());
    Net::GatewayClient client;
    Core::Connection connection;
    connection.kind = Core::Connection::Kind::Databricks;
    connection.host = gateway.url();
    connection.timeoutSeconds = 5;

    // What the main window does: the picker asks, a ModelsCall answers.
    connect(m_picker, &Ui::ModelPicker::refreshRequested, this, [&] {
        auto *call = new Engine::ModelsCall(&client, connection,
                                            QStringLiteral("dapi-picker-test-token"), this);
        connect(call, &Engine::ModelsCall::finished, this, [this, call] {
            if (call->error())
                m_picker->setError(call->error()->message);
            else
                m_picker->setModels(call->models());
            call->deleteLater();
        });
        call->start();
    });
    QTest::mouseClick(m_picker->refreshButton(), Qt::LeftButton);
    QVERIFY(m_picker->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!m_picker->isBusy(), 10000);
    QVERIFY2(m_picker->errorString().isEmpty(), qPrintable(m_picker->errorString()));
    ModelListModel *model = m_picker->listModel();
    const int notReady = model->rowOf(QStringLiteral("demo-not-ready"));
    QVERIFY(notReady >= 0);
    QVERIFY(!model->index(notReady, 0).data(ModelListModel::ReadyRole).toBool());
    const int embeddings = model->rowOf(QStringLiteral("demo-embeddings"));
    QCOMPARE(embeddings, model->rowCount() - 1);
    QCOMPARE(m_picker->filterModel()->rowOf(QStringLiteral("demo-embeddings")), -1);

    QTest::keyClicks(m_picker->lineEdit(), QStringLiteral("echo"));
    QTest::keyClick(m_picker->lineEdit(), Qt::Key_Return);
    QCOMPARE(m_picker->currentModel(), QStringLiteral("demo-echo"));

    // A server that is not there: the error shows and the list stays.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    QUrl nowhere = gateway.url();
    nowhere.setPort(closed.serverPort());
    closed.close();
    connection.host = nowhere;
    const int rows = model->rowCount();
    QTest::mouseClick(m_picker->refreshButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_picker->isBusy(), 10000);
    QVERIFY(!m_picker->errorString().isEmpty());
    QCOMPARE(model->rowCount(), rows);
}

void TstModelPicker::apiSelector()
{
    Ui::ApiSelector selector;
    QSignalSpy changed(&selector, &Ui::ApiSelector::apiChanged);
    QCOMPARE(selector.currentApi(), Core::ApiKind::ChatCompletions);
    QCOMPARE(selector.count(), 3);
    selector.setCurrentApi(Core::ApiKind::Responses);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<Core::ApiKind>(), Core::ApiKind::Responses);
    selector.setCurrentApi(Core::ApiKind::Responses);
    QCOMPARE(changed.size(), 1);

    // With the keyboard, the way a user flips it.
    selector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&selector));
    QTest::keyClick(&selector, Qt::Key_Down);
    QCOMPARE(selector.currentApi(), Core::ApiKind::Invocations);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(selector.currentText(), QStringLiteral("Invocations"));

    // Not offered by the connection: greyed, and the selection moves off it.
    selector.setApiEnabled(Core::ApiKind::Invocations, false);
    QVERIFY(!selector.isApiEnabled(Core::ApiKind::Invocations));
    QCOMPARE(selector.currentApi(), Core::ApiKind::ChatCompletions);
    QCOMPARE(changed.size(), 3);
    selector.setApiEnabled(Core::ApiKind::Invocations, true);
    QVERIFY(selector.isApiEnabled(Core::ApiKind::Invocations));
}

QTEST_MAIN(TstModelPicker)
#include "tst_modelpicker.moc"
