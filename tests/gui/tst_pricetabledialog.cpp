// The price table editor, driven by keyboard through its real widgets: add, edit and remove
// prices, refusals that say why, and the model under QAbstractItemModelTester.

#include "settings/pricetabledialog.h"
#include "settings/pricetablemodel.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Parlance;
using namespace Qt::StringLiterals;
using Core::ModelPrice;
using Core::PriceTable;
using Ui::PriceTableDialog;

namespace {

PriceTable startingPrices()
{
    PriceTable prices;
    prices.setPrice(u"gpt-4o"_s, {2.5, 10});
    prices.setPrice(u"claude-sonnet"_s, {3, 15});
    return prices;
}

const QStringList knownModels{u"demo-echo"_s, u"gpt-4o-mini"_s, u"gpt-4o"_s};

// Keys as the user presses them: to whatever has the focus now.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = {})
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}

void type(const QString &text)
{
    for (const QChar c : text)
        QTest::keyClicks(QApplication::focusWidget(), QString(c));
}

QString focusName()
{
    const QWidget *focus = QApplication::focusWidget();
    return focus ? focus->objectName() : u"(none)"_s;
}

} // namespace

class TestPriceTableDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsThePricesSortedByName();
    void addPriceByKeyboard();
    void completerOffersKnownModels();
    void editPriceByKeyboard();
    void removeByDeleteKeyAndButton();
    void invalidAmountIsRefused_data();
    void invalidAmountIsRefused();
    void duplicateNameIsRefused();
    void unnamedRowKeepsTheDialogOpen();
    void escapeCancelsTheEditOnly();
    void acceptCommitsTheOpenEditor();
    void amountsInTheUsersLocale();
    void tabLeavesTheTable();
    void modelPassesTheTester();
    void everyControlHasAName();

private:
    void open(const PriceTable &prices = startingPrices());
    QTableView *view() const;
    QLabel *message() const;
    QAbstractItemModel *model() const { return view()->model(); }
    QString cell(int row, int column) const;
    void focusCell(int row, int column);
    void typeName(const QString &name);
    void afterPopup(QWidget *focus);

    std::unique_ptr<PriceTableDialog> m_dialog;
};

void TestPriceTableDialog::init()
{
    QLocale::setDefault(QLocale::c());
}

void TestPriceTableDialog::cleanup()
{
    m_dialog.reset();
    QLocale::setDefault(QLocale::c());
}

void TestPriceTableDialog::open(const PriceTable &prices)
{
    m_dialog = std::make_unique<PriceTableDialog>(prices, knownModels);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    view()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view()));
}

QTableView *TestPriceTableDialog::view() const
{
    return m_dialog->findChild<QTableView *>(u"priceTable"_s);
}

QLabel *TestPriceTableDialog::message() const
{
    return m_dialog->findChild<QLabel *>(u"message"_s);
}

QString TestPriceTableDialog::cell(int row, int column) const
{
    return model()->index(row, column).data().toString();
}

void TestPriceTableDialog::focusCell(int row, int column)
{
    view()->setFocus();
    view()->setCurrentIndex(model()->index(row, column));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view()));
}

// Types into the model name editor, whose completer may pop up. The offscreen platform leaves
// no window active once that popup hides (a window manager gives the dialog its focus back),
// so the dialog is made active again, its editor still holding the focus.
void TestPriceTableDialog::typeName(const QString &name)
{
    QCOMPARE(focusName(), u"modelNameEditor"_s);
    QWidget *editor = QApplication::focusWidget();
    type(name);
    afterPopup(editor);
}

void TestPriceTableDialog::afterPopup(QWidget *focus)
{
    QCoreApplication::processEvents();
    if (!m_dialog->isActiveWindow()) {
        m_dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    }
    QTRY_COMPARE(QApplication::focusWidget(), focus);
}

void TestPriceTableDialog::showsThePricesSortedByName()
{
    open();
    QCOMPARE(model()->rowCount(), 2);
    QCOMPARE(model()->columnCount(), 3);
    QCOMPARE(model()->headerData(0, Qt::Horizontal).toString(), u"Model"_s);
    QCOMPARE(model()->headerData(1, Qt::Horizontal).toString(), u"Input $ / 1M tokens"_s);
    QCOMPARE(model()->headerData(2, Qt::Horizontal).toString(), u"Output $ / 1M tokens"_s);
    QCOMPARE(cell(0, 0), u"claude-sonnet"_s);
    QCOMPARE(cell(0, 1), u"3"_s);
    QCOMPARE(cell(1, 0), u"gpt-4o"_s);
    QCOMPARE(cell(1, 1), u"2.5"_s);
    QCOMPARE(cell(1, 2), u"10"_s);
    QVERIFY(!message()->isVisible());
    QCOMPARE(m_dialog->prices(), startingPrices());
}

void TestPriceTableDialog::addPriceByKeyboard()
{
    open();
    press(Qt::Key_A, Qt::AltModifier); // &Add
    QTRY_COMPARE(focusName(), u"modelNameEditor"_s);
    QCOMPARE(model()->rowCount(), 3);
    typeName(u"my-model"_s);
    press(Qt::Key_Tab); // on to the input price, editing
    QTRY_COMPARE(focusName(), u"amountEditor"_s);
    press(Qt::Key_A, Qt::ControlModifier);
    type(u"0.15"_s);
    press(Qt::Key_Tab);
    QTRY_COMPARE(focusName(), u"amountEditor"_s);
    press(Qt::Key_A, Qt::ControlModifier);
    type(u"0.6"_s);
    press(Qt::Key_Return); // ends the edit, not the dialog
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view()));
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(cell(2, 0), u"my-model"_s);
    QCOMPARE(cell(2, 1), u"0.15"_s);
    QCOMPARE(cell(2, 2), u"0.6"_s);

    press(Qt::Key_Return); // now it is the dialog's: OK
    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    PriceTable expected = startingPrices();
    expected.setPrice(u"my-model"_s, {0.15, 0.6});
    QCOMPARE(m_dialog->prices(), expected);
}

void TestPriceTableDialog::completerOffersKnownModels()
{
    open();
    press(Qt::Key_A, Qt::AltModifier);
    QTRY_COMPARE(focusName(), u"modelNameEditor"_s);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor && editor->completer());
    type(u"mini"_s);
    QTRY_VERIFY(editor->completer()->popup()->isVisible());
    QCOMPARE(editor->completer()->currentCompletion(), u"gpt-4o-mini"_s);
    QTest::keyClick(editor->completer()->popup(), Qt::Key_Down);
    QTest::keyClick(editor->completer()->popup(), Qt::Key_Return);
    QTRY_VERIFY(!editor->completer()->popup()->isVisible());
    QCOMPARE(editor->text(), u"gpt-4o-mini"_s);
    afterPopup(editor);
    press(Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view()));
    QCOMPARE(cell(2, 0), u"gpt-4o-mini"_s);
    QVERIFY(m_dialog->isVisible());
}

void TestPriceTableDialog::editPriceByKeyboard()
{
    open();
    focusCell(1, 0); // gpt-4o
    press(Qt::Key_Right);
    QCOMPARE(view()->currentIndex(), model()->index(1, 1));
    press(Qt::Key_F2);
    QTRY_COMPARE(focusName(), u"amountEditor"_s);
    QCOMPARE(qobject_cast<QLineEdit *>(QApplication::focusWidget())->text(), u"2.5"_s);
    press(Qt::Key_A, Qt::ControlModifier);
    type(u"$5"_s); // a dollar sign is fine
    press(Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view()));
    QCOMPARE(cell(1, 1), u"5"_s);

    // Typing on a cell starts editing it with that key.
    press(Qt::Key_Right);
    type(u"20"_s);
    QCOMPARE(focusName(), u"amountEditor"_s);
    press(Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view()));

    // Renaming keeps the prices.
    press(Qt::Key_Home);
    press(Qt::Key_F2);
    QTRY_COMPARE(focusName(), u"modelNameEditor"_s);
    press(Qt::Key_A, Qt::ControlModifier);
    typeName(u"gpt-4o-2024"_s);
    press(Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view()));

    PriceTable expected;
    expected.setPrice(u"claude-sonnet"_s, {3, 15});
    expected.setPrice(u"gpt-4o-2024"_s, {5, 20});
    QCOMPARE(m_dialog->prices(), expected);
    QVERIFY(!message()->isVisible());
}

void TestPriceTableDialog::removeByDeleteKeyAndButton()
{
    open();
    auto *remove = m_dialog->findChild<QPushButton *>(u"removeButton"_s);
    focusCell(0, 1);
    press(Qt::Key_Delete);
    QCOMPARE(model()->rowCount(), 1);
    QCOMPARE(cell(0, 0), u"gpt-4o"_s);
    QCOMPARE(view()->currentIndex(), model()->index(0, 1)); // the next row is current
    QVERIFY(remove->isEnabled());

    press(Qt::Key_R, Qt::AltModifier); // &Remove: the button takes the focus and clicks
    QTRY_COMPARE(model()->rowCount(), 0);
    QVERIFY(!remove->isEnabled());
    QCOMPARE(m_dialog->prices(), PriceTable());
    press(Qt::Key_Delete); // nothing left: no harm
    QCOMPARE(model()->rowCount(), 0);
}

void TestPriceTableDialog::invalidAmountIsRefused_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("words") << u"cheap"_s;
    QTest::newRow("negative") << u"-1"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("infinite") << u"1e999"_s;
    QTest::newRow("nan") << u"nan"_s;
    QTest::newRow("group separator") << u"1,000"_s;
    QTest::newRow("two numbers") << u"1 2"_s;
}

void TestPriceTableDialog::invalidAmountIsRefused()
{
    QFETCH(QString, typed);
    open();
    focusCell(1, 2); // gpt-4o output, 10
    press(Qt::Key_F2);
    QTRY_COMPARE(focusName(), u"amountEditor"_s);
    press(Qt::Key_A, Qt::ControlModifier);
    if (typed.isEmpty())
        press(Qt::Key_Backspace);
    else
        type(typed);
    press(Qt::Key_Return);
    QTRY_VERIFY(message()->isVisible());
    QVERIFY2(message()->text().contains(u"not an amount"_s), qPrintable(message()->text()));
    QVERIFY(message()->text().contains(u'"' + typed + u'"'));
    QCOMPARE(cell(1, 2), u"10"_s);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->prices(), startingPrices());

    // A good value afterwards clears the message.
    press(Qt::Key_F2);
    QTRY_COMPARE(focusName(), u"amountEditor"_s);
    press(Qt::Key_A, Qt::ControlModifier);
    type(u"12"_s);
    press(Qt::Key_Return);
    QTRY_VERIFY(!message()->isVisible());
    QCOMPARE(cell(1, 2), u"12"_s);
}

void TestPriceTableDialog::duplicateNameIsRefused()
{
    open();
    press(Qt::Key_A, Qt::AltModifier);
    QTRY_COMPARE(focusName(), u"modelNameEditor"_s);
    typeName(u"GPT-4O"_s); // the same model but for case
    press(Qt::Key_Return);
    QTRY_VERIFY(message()->isVisible());
    QCOMPARE(message()->text(), u"\"gpt-4o\" already has a price."_s);
    QCOMPARE(cell(2, 0), QString());

    // Renaming a row to another row's name is refused too.
    focusCell(0, 0);
    press(Qt::Key_F2);
    QTRY_COMPARE(focusName(), u"modelNameEditor"_s);
    press(Qt::Key_A, Qt::ControlModifier);
    typeName(u"gpt-4o"_s);
    press(Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view()));
    QCOMPARE(cell(0, 0), u"claude-sonnet"_s);
    QVERIFY(message()->isVisible());
}

void TestPriceTableDialog::unnamedRowKeepsTheDialogOpen()
{
    open();
    press(Qt::Key_A, Qt::AltModifier);
    QTRY_COMPARE(focusName(), u"modelNameEditor"_s);
    press(Qt::Key_Escape); // leaves the row without a name
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view()));
    QCOMPARE(model()->rowCount(), 3);

    press(Qt::Key_A, Qt::AltModifier); // the empty row is reused, not a second one added
    QTRY_COMPARE(focusName(), u"modelNameEditor"_s);
    QCOMPARE(model()->rowCount(), 3);
    press(Qt::Key_Escape);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view()));

    press(Qt::Key_Return); // OK
    QVERIFY(m_dialog->isVisible());
    QTRY_VERIFY(message()->isVisible());
    QVERIFY2(message()->text().contains(u"no model name"_s), qPrintable(message()->text()));
    QCOMPARE(view()->currentIndex(), model()->index(2, 0));

    press(Qt::Key_Delete);
    press(Qt::Key_Return);
    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->prices(), startingPrices());
}

void TestPriceTableDialog::escapeCancelsTheEditOnly()
{
    open();
    focusCell(1, 1);
    press(Qt::Key_F2);
    QTRY_COMPARE(focusName(), u"amountEditor"_s);
    press(Qt::Key_A, Qt::ControlModifier);
    type(u"99"_s);
    press(Qt::Key_Escape);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view()));
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(cell(1, 1), u"2.5"_s);
    press(Qt::Key_Escape);
    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
}

// OK pressed while a cell is still being edited takes what was typed, or stays open if it
// is refused.
void TestPriceTableDialog::acceptCommitsTheOpenEditor()
{
    open();
    focusCell(0, 2);
    press(Qt::Key_F2);
    QTRY_COMPARE(focusName(), u"amountEditor"_s);
    press(Qt::Key_A, Qt::ControlModifier);
    type(u"oops"_s);
    m_dialog->accept();
    QVERIFY(m_dialog->isVisible());
    QTRY_VERIFY(message()->isVisible());
    QCOMPARE(cell(0, 2), u"15"_s);

    focusCell(0, 2);
    press(Qt::Key_F2);
    QTRY_COMPARE(focusName(), u"amountEditor"_s);
    press(Qt::Key_A, Qt::ControlModifier);
    type(u"16"_s);
    m_dialog->accept();
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->prices().priceOf(u"claude-sonnet"_s), (ModelPrice{3, 16}));
}

void TestPriceTableDialog::amountsInTheUsersLocale()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    open();
    QCOMPARE(cell(1, 1), u"2,5"_s);
    focusCell(1, 1);
    press(Qt::Key_F2);
    QTRY_COMPARE(focusName(), u"amountEditor"_s);
    press(Qt::Key_A, Qt::ControlModifier);
    type(u"0,075"_s);
    press(Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view()));
    QCOMPARE(cell(1, 1), u"0,075"_s);
    QCOMPARE(m_dialog->prices().priceOf(u"gpt-4o"_s), (ModelPrice{0.075, 10}));

    // A decimal point works as well; "2.500" is 2.5, never 2500.
    QCOMPARE(Ui::PriceTableModel::parseAmount(u"2.500"_s), std::optional<double>(2.5));
    QCOMPARE(Ui::PriceTableModel::parseAmount(u"1.000,5"_s), std::nullopt);
    QCOMPARE(Ui::PriceTableModel::formatAmount(1250000), u"1250000"_s);
}

// Arrows move between cells; Tab goes on to the buttons instead of being caught in the table.
void TestPriceTableDialog::tabLeavesTheTable()
{
    open();
    focusCell(0, 0);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"addButton"_s);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"removeButton"_s);
    press(Qt::Key_Backtab, Qt::ShiftModifier);
    press(Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view()));
    QCOMPARE(view()->currentIndex(), model()->index(0, 0));
}

void TestPriceTableDialog::modelPassesTheTester()
{
    open();
    QAbstractItemModelTester tester(model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    press(Qt::Key_A, Qt::AltModifier);
    QTRY_COMPARE(focusName(), u"modelNameEditor"_s);
    typeName(u"x"_s);
    press(Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view()));
    QVERIFY(model()->setData(model()->index(2, 1), 1.25));
    QVERIFY(!model()->setData(model()->index(2, 1), -1.0));
    QVERIFY(!model()->setData(model()->index(2, 1), u"1"_s, Qt::DisplayRole));
    QVERIFY(!model()->setData(model()->index(5, 1), u"1"_s));
    QVERIFY(!model()->removeRows(0, 4));
    QVERIFY(!model()->removeRows(-1, 1));
    QVERIFY(!model()->removeRows(0, 1, model()->index(0, 0)));
    QCOMPARE(model()->rowCount(model()->index(0, 0)), 0);
    QCOMPARE(model()->flags(model()->index(0, 0)) & Qt::ItemIsEditable, Qt::ItemIsEditable);
    press(Qt::Key_Delete);
    QVERIFY(model()->removeRows(0, 2));
    QCOMPARE(model()->rowCount(), 0);
}

void TestPriceTableDialog::everyControlHasAName()
{
    open();
    press(Qt::Key_A, Qt::AltModifier); // with an editor open, so it is checked too
    QTRY_COMPARE(focusName(), u"modelNameEditor"_s);
    QList<QWidget *> widgets = m_dialog->findChildren<QWidget *>();
    QStringList unnamed;
    for (QWidget *widget : std::as_const(widgets)) {
        if (widget->focusPolicy() == Qt::NoFocus || widget->focusProxy()
            || widget->window() != m_dialog.get() || qobject_cast<QLabel *>(widget))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(QString::fromLatin1(widget->metaObject()->className()) + u'#'
                           + widget->objectName());
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    QCOMPARE(
        QAccessible::queryAccessibleInterface(QApplication::focusWidget())->text(QAccessible::Name),
        u"Model"_s);
}

QTEST_MAIN(TestPriceTableDialog)
#include "tst_pricetabledialog.moc"
