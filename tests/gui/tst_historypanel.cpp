// The history dock on its own: listing, the current conversation, filtering, search results with
// their snippets, the empty state, renaming in place, pinning, deleting with an undo, every one
// from the keyboard, and a list that refreshes while a reply streams without losing the user's
// place.
#include "history/historyitemdelegate.h"
#include "history/historylistmodel.h"
#include "history/historypanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Parlance;
using Store::ConversationSummary;
using Store::SearchHit;

namespace {

QList<ConversationSummary> sample(int count, const QDateTime &newest)
{
    QList<ConversationSummary> list;
    for (int i = 0; i < count; ++i) {
        ConversationSummary summary;
        summary.key = QStringLiteral("key-%1").arg(i);
        summary.title = i % 2 ? QStringLiteral("Odd question %1").arg(i)
                              : QStringLiteral("Even question %1").arg(i);
        summary.model = QStringLiteral("demo-echo");
        summary.updated = newest.addSecs(-60 * i);
        summary.turnCount = 2;
        list.append(summary);
    }
    return list;
}

SearchHit hitFor(const ConversationSummary &conversation, int turn, const QString &snippet,
                 const QString &word)
{
    SearchHit hit;
    hit.conversation = conversation;
    hit.turn = turn;
    hit.matchingMessages = turn < 0 ? 0 : 1;
    hit.titleMatches = turn < 0;
    hit.snippet = snippet;
    const qsizetype at = snippet.indexOf(word, 0, Qt::CaseInsensitive);
    if (at >= 0)
        hit.spans = {{at, word.size()}};
    return hit;
}

// The list model and the filter over it, both under the model tester.
void watch(Ui::HistoryPanel &panel)
{
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(panel.listView()->model());
    QVERIFY(proxy);
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(proxy), proxy->sourceModel()}) {
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     &panel);
    }
}

QModelIndex rowOf(Ui::HistoryPanel &panel, const QString &key)
{
    QAbstractItemModel *model = panel.listView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(Ui::HistoryListModel::KeyRole).toString() == key)
            return model->index(row, 0);
    }
    return {};
}

} // namespace

class TstHistoryPanel : public QObject
{
    Q_OBJECT

private slots:
    void listsAndMarksTheCurrentOne();
    void refreshKeepsScrollAndSelection();
    void filterAndEmptyStates();
    void deleteAtOnceThenUndo();
    void renameInPlace();
    void pinFromKeyAndMenu();
    void listKeysWinOverTheWindowsShortcuts();
    void contextMenuFromTheKeyboard();
    void searchResultsShowWhereAndOpenThere();
    void snippetMarksTheMatch();
    void fitSnippetKeepsTheMatchInView();
    void fromTheSearchBoxToTheResults();
    void openAndNewChat();
    void batchRunsSayWhatTheyAre();
    void describeTime();
};

void TstHistoryPanel::listsAndMarksTheCurrentOne()
{
    Ui::HistoryPanel panel;
    new QAbstractItemModelTester(panel.listView()->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, &panel);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    panel.setConversations(sample(5, now));
    QCOMPARE(panel.listView()->model()->rowCount(), 5);
    QCOMPARE(panel.listView()->model()->index(0, 0).data().toString(),
             QStringLiteral("Even question 0"));
    panel.setCurrentKey(QStringLiteral("key-3"));
    const QModelIndex current = panel.listView()->currentIndex();
    QCOMPARE(current.data(Ui::HistoryListModel::KeyRole).toString(), QStringLiteral("key-3"));
    QVERIFY(current.data(Ui::HistoryListModel::CurrentRole).toBool());
    QVERIFY(current.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(
        !panel.listView()->model()->index(0, 0).data(Ui::HistoryListModel::CurrentRole).toBool());
    QVERIFY(current.data(Qt::ToolTipRole).toString().contains(QStringLiteral("demo-echo")));
}

void TstHistoryPanel::refreshKeepsScrollAndSelection()
{
    Ui::HistoryPanel panel;
    panel.resize(240, 200);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<ConversationSummary> list = sample(60, now);
    panel.setConversations(list);
    panel.setCurrentKey(QStringLiteral("key-40"));
    panel.listView()->scrollTo(panel.listView()->currentIndex());
    const int scrolled = panel.listView()->verticalScrollBar()->value();
    QVERIFY(scrolled > 0);

    // A save of the open conversation while it streams: same rows, new time and count.
    QSignalSpy resets(panel.listView()->model(), &QAbstractItemModel::modelReset);
    list[40].turnCount = 3;
    list[40].updated = now.addSecs(1);
    panel.setConversations(list);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(panel.listView()->verticalScrollBar()->value(), scrolled);
    QCOMPARE(panel.listView()->currentIndex().data(Ui::HistoryListModel::KeyRole).toString(),
             QStringLiteral("key-40"));

    // A new conversation on top changes the rows; the current one stays selected.
    ConversationSummary fresh;
    fresh.key = QStringLiteral("fresh");
    fresh.title = QStringLiteral("Brand new");
    fresh.updated = now.addSecs(5);
    list.prepend(fresh);
    panel.setConversations(list);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(panel.listView()->currentIndex().data(Ui::HistoryListModel::KeyRole).toString(),
             QStringLiteral("key-40"));
}

void TstHistoryPanel::filterAndEmptyStates()
{
    Ui::HistoryPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *placeholder = [&panel] {
        for (QLabel *label : panel.findChildren<QLabel *>()) {
            if (label != panel.errorLabel() && !label->text().isEmpty() && label->isVisible())
                return label;
        }
        return static_cast<QLabel *>(nullptr);
    }();
    QVERIFY(placeholder);
    QVERIFY(placeholder->text().contains(QStringLiteral("No saved conversations")));
    QVERIFY(!panel.listView()->isVisible());
    // A history that is off lists nothing, and the error alone says why.
    panel.setError(QStringLiteral("The conversation history /x is damaged. The history is off."));
    QVERIFY(!placeholder->isVisible());
    panel.setError({});
    QVERIFY(placeholder->isVisible());

    panel.setConversations(sample(6, QDateTime::currentDateTimeUtc()));
    QVERIFY(panel.listView()->isVisible());
    QVERIFY(!placeholder->isVisible());
    QTest::keyClicks(panel.filterEdit(), QStringLiteral("odd"));
    QCOMPARE(panel.listView()->model()->rowCount(), 3);
    QCOMPARE(panel.keyAt(0), QStringLiteral("key-1"));
    panel.filterEdit()->clear();
    QSignalSpy search(&panel, &Ui::HistoryPanel::searchRequested);
    QTest::keyClicks(panel.filterEdit(), QStringLiteral("nothing like this"));
    QCOMPARE(panel.listView()->model()->rowCount(), 0);
    QVERIFY(placeholder->isVisible());
    QVERIFY(!panel.listView()->isVisible());
    // No title matches; the messages are searched once typing pauses, once.
    QVERIFY(placeholder->text().contains(QStringLiteral("Searching")));
    QTRY_COMPARE(search.size(), 1);
    QCOMPARE(search.first().first().toString(), QStringLiteral("nothing like this"));
    panel.setSearchResults(QStringLiteral("nothing like this"), QList<SearchHit>());
    QVERIFY(placeholder->text().contains(QStringLiteral("nothing like this")));

    // Message matches join the title matches; an answer to an older search is ignored.
    panel.filterEdit()->clear();
    QTest::keyClicks(panel.filterEdit(), QStringLiteral("even"));
    QCOMPARE(panel.listView()->model()->rowCount(), 3);
    ConversationSummary odd;
    odd.key = QStringLiteral("key-5");
    const SearchHit oddHit = hitFor(odd, 1, QStringLiteral("even so"), QStringLiteral("even"));
    panel.setSearchResults(QStringLiteral("older text"), {oddHit});
    QCOMPARE(panel.listView()->model()->rowCount(), 3);
    panel.setSearchResults(QStringLiteral("even"), {oddHit});
    QCOMPARE(panel.listView()->model()->rowCount(), 4);
    QCOMPARE(panel.keyAt(3), QStringLiteral("key-5"));
    panel.filterEdit()->clear();
    QCOMPARE(panel.listView()->model()->rowCount(), 6);

    // A history that cannot be written is said, visibly.
    QVERIFY(!panel.errorLabel()->isVisible());
    panel.setError(QStringLiteral("Cannot save the conversation: disk full."));
    QVERIFY(panel.errorLabel()->isVisible());
    panel.setError({});
    QVERIFY(!panel.errorLabel()->isVisible());
}

void TstHistoryPanel::deleteAtOnceThenUndo()
{
    Ui::HistoryPanel panel;
    watch(panel);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setConversations(sample(3, QDateTime::currentDateTimeUtc()));
    QSignalSpy removed(&panel, &Ui::HistoryPanel::removeRequested);
    QSignalSpy undo(&panel, &Ui::HistoryPanel::undoRemoveRequested);
    QListView *list = panel.listView();
    list->setFocus();
    list->setCurrentIndex(list->model()->index(1, 0));

    // Delete asks nothing: the keeper takes it out of the list and offers the undo.
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().first().toString(), QStringLiteral("key-1"));
    QVERIFY(!panel.findChild<QMenu *>());
    QVERIFY(!panel.undoBar()->isVisible());
    panel.setUndoableRemoval(true, QStringLiteral("Odd question 1"));
    QVERIFY(panel.undoBar()->isVisible());
    const QLabel *text = panel.undoBar()->findChild<QLabel *>();
    QVERIFY(text->text().contains(QStringLiteral("Odd question 1")));
    QVERIFY(!panel.undoBar()->accessibleName().isEmpty());
    QVERIFY(!panel.undoButton()->accessibleName().isEmpty());

    // Ctrl+Z in the list, the button, or Ctrl+Z on the button.
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(undo.size(), 1);
    QTest::mouseClick(panel.undoButton(), Qt::LeftButton);
    QCOMPARE(undo.size(), 2);
    // Reached with Tab, where it shows: after the search box, before the list.
    panel.filterEdit()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(panel.filterEdit(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(panel.undoButton()));
    QTest::keyClick(panel.undoButton(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(list));
    panel.undoButton()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(panel.undoButton(), Qt::Key_Space);
    QCOMPARE(undo.size(), 3);
    QTest::keyClick(panel.undoButton(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(undo.size(), 4);

    // Nothing left to undo: the bar goes, the focus stays in the panel, Ctrl+Z does nothing.
    panel.setUndoableRemoval(false, {});
    QVERIFY(!panel.undoBar()->isVisible());
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(list));
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(undo.size(), 4);

    // Backspace deletes too; an untitled one is named as the list names it.
    QTest::keyClick(list, Qt::Key_Backspace);
    QCOMPARE(removed.size(), 2);
    panel.setUndoableRemoval(true, {});
    QVERIFY(text->text().contains(QStringLiteral("Untitled conversation")));
}

void TstHistoryPanel::renameInPlace()
{
    Ui::HistoryPanel panel;
    watch(panel);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QList<ConversationSummary> list = sample(3, QDateTime::currentDateTimeUtc());
    list[2].kind = ConversationSummary::Kind::Comparison;
    panel.setConversations(list);
    QSignalSpy renamed(&panel, &Ui::HistoryPanel::renameRequested);
    QSignalSpy opened(&panel, &Ui::HistoryPanel::openRequested);
    QListView *view = panel.listView();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));

    // F2 edits the title in place.
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = view->findChild<QLineEdit *>(QStringLiteral("historyTitleEditor"));
    QVERIFY(editor);
    QTRY_VERIFY(editor->hasFocus());
    QCOMPARE(editor->text(), QStringLiteral("Even question 0"));
    QVERIFY(!editor->accessibleName().isEmpty());
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("  Budget   talk "));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(renamed.size(), 1); // the view commits an edit from the event loop
    QCOMPARE(renamed.first(),
             (QList<QVariant>{QStringLiteral("key-0"), QStringLiteral("Budget talk")}));
    // Shown at once, before the store's list confirms it; nothing was opened.
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Budget talk"));
    QCOMPARE(opened.size(), 0);

    // Escape keeps the title.
    QTest::keyClick(view, Qt::Key_F2);
    editor = view->findChild<QLineEdit *>(QStringLiteral("historyTitleEditor"));
    QTRY_VERIFY(editor && editor->hasFocus());
    QTest::keyClicks(editor, QStringLiteral("oops"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(!view->findChild<QLineEdit *>(QStringLiteral("historyTitleEditor")));
    QCOMPARE(renamed.size(), 1);

    // A comparison is edited without its mark; from the menu's Rename too.
    view->setCurrentIndex(view->model()->index(2, 0));
    QVERIFY(panel.renameAction()->isEnabled());
    panel.renameAction()->trigger();
    editor = view->findChild<QLineEdit *>(QStringLiteral("historyTitleEditor"));
    QTRY_VERIFY(editor && editor->hasFocus());
    QCOMPARE(editor->text(), QStringLiteral("Even question 2"));
    editor->clear(); // empty: the store names it after its first message again
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(renamed.size(), 2);
    QCOMPARE(renamed.last(), (QList<QVariant>{QStringLiteral("key-2"), QString()}));
}

void TstHistoryPanel::pinFromKeyAndMenu()
{
    Ui::HistoryPanel panel;
    watch(panel);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QList<ConversationSummary> list = sample(3, QDateTime::currentDateTimeUtc());
    list[0].pinned = true;
    panel.setConversations(list);
    QSignalSpy pinned(&panel, &Ui::HistoryPanel::pinRequested);
    QListView *view = panel.listView();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(1, 0));
    QCOMPARE(panel.pinAction()->text(), QStringLiteral("Pin to the top"));
    QTest::keyClick(view, Qt::Key_P, Qt::ControlModifier);
    QCOMPARE(pinned.size(), 1);
    QCOMPARE(pinned.first(), (QList<QVariant>{QStringLiteral("key-1"), true}));

    // The pinned one says so (to the eye, the tooltip and screen readers) and offers to unpin.
    const QModelIndex top = view->model()->index(0, 0);
    QVERIFY(top.data(Ui::HistoryListModel::PinnedRole).toBool());
    QVERIFY(top.data(Qt::AccessibleDescriptionRole).toString().contains(QStringLiteral("Pinned")));
    QVERIFY(top.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Pinned")));
    view->setCurrentIndex(top);
    QCOMPARE(panel.pinAction()->text(), QStringLiteral("Unpin"));
    panel.pinAction()->trigger();
    QCOMPARE(pinned.last(), (QList<QVariant>{QStringLiteral("key-0"), false}));
}

// The window has shortcuts of its own (a future one may take Ctrl+P or Delete): while the list
// has the focus its keys act on the list, without an ambiguous-shortcut warning.
void TstHistoryPanel::listKeysWinOverTheWindowsShortcuts()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*[Aa]mbiguous.*")));
    QMainWindow window;
    auto *panel = new Ui::HistoryPanel(&window);
    window.setCentralWidget(panel);
    int windowActions = 0;
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::Key_P), QKeySequence(QKeySequence::Delete),
          QKeySequence(Qt::Key_F2), QKeySequence(QKeySequence::Undo)}) {
        auto *action = new QAction(&window);
        action->setShortcut(key);
        connect(action, &QAction::triggered, &window, [&] { ++windowActions; });
        window.addAction(action);
    }
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    panel->setConversations(sample(3, QDateTime::currentDateTimeUtc()));
    panel->setUndoableRemoval(true, QStringLiteral("x"));
    QSignalSpy pinned(panel, &Ui::HistoryPanel::pinRequested);
    QSignalSpy removed(panel, &Ui::HistoryPanel::removeRequested);
    QSignalSpy undo(panel, &Ui::HistoryPanel::undoRemoveRequested);
    QListView *view = panel->listView();
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    view->setCurrentIndex(view->model()->index(0, 0));

    QTest::keyClick(view, Qt::Key_P, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_Delete);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_F2);
    QCOMPARE(pinned.size(), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(undo.size(), 1);
    QTRY_VERIFY(view->findChild<QLineEdit *>(QStringLiteral("historyTitleEditor")));
    QCOMPARE(windowActions, 0);

    // Elsewhere the window's shortcuts are the window's.
    panel->filterEdit()->setFocus();
    QTRY_VERIFY(panel->filterEdit()->hasFocus());
    QTest::keyClick(panel->filterEdit(), Qt::Key_P, Qt::ControlModifier);
    QCOMPARE(windowActions, 1);
    QCOMPARE(pinned.size(), 1);
}

void TstHistoryPanel::contextMenuFromTheKeyboard()
{
    Ui::HistoryPanel panel;
    watch(panel);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setConversations(sample(3, QDateTime::currentDateTimeUtc()));
    QSignalSpy removed(&panel, &Ui::HistoryPanel::removeRequested);
    QListView *view = panel.listView();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(2, 0));
    QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(), QPoint());
    QApplication::sendEvent(view, &event);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = panel.findChild<QMenu *>(QStringLiteral("historyMenu"))) != nullptr);
    QStringList texts;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator())
            texts.append(action->text());
    }
    QCOMPARE(texts, (QStringList{QStringLiteral("Open"), QStringLiteral("Rename…"),
                                 QStringLiteral("Pin to the top"), QStringLiteral("Delete")}));
    // The keys are shown where the actions are.
    QCOMPARE(panel.pinAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));
    QCOMPARE(panel.renameAction()->shortcut(), QKeySequence(Qt::Key_F2));
    QTRY_VERIFY(menu->isVisible());
    menu->setActiveAction(menu->actions().last());
    QTest::keyClick(menu, Qt::Key_Return);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().first().toString(), QStringLiteral("key-2"));
}

void TstHistoryPanel::searchResultsShowWhereAndOpenThere()
{
    Ui::HistoryPanel panel;
    watch(panel);
    panel.resize(300, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QList<ConversationSummary> list = sample(4, QDateTime::currentDateTimeUtc());
    list[1].turnCount = 8;
    list[3].kind = ConversationSummary::Kind::Comparison;
    panel.setConversations(list);
    QSignalSpy opened(&panel, &Ui::HistoryPanel::openRequested);
    QListView *view = panel.listView();
    const int plainHeight = view->visualRect(view->model()->index(0, 0)).height();

    QTest::keyClicks(panel.filterEdit(), QStringLiteral("zebra"));
    QSignalSpy search(&panel, &Ui::HistoryPanel::searchRequested);
    QTRY_COMPARE(search.size(), 1);
    SearchHit chat = hitFor(list[1], 3, QStringLiteral("…the ZEBRA crossing is here…"),
                            QStringLiteral("zebra"));
    chat.matchingMessages = 2;
    SearchHit comparison = hitFor(list[3], 1, QStringLiteral("A zebra."), QStringLiteral("zebra"));
    comparison.column = 2;
    const SearchHit titled
        = hitFor(list[2], -1, QStringLiteral("Zebra facts"), QStringLiteral("zebra"));
    panel.setSearchResults(QStringLiteral("zebra"), {chat, titled, comparison});
    QCOMPARE(view->model()->rowCount(), 3);
    QCOMPARE(panel.searchText(), QStringLiteral("zebra"));

    // Each says where the words are, to the eye (a second line) and to screen readers.
    const QModelIndex chatRow = rowOf(panel, QStringLiteral("key-1"));
    QVERIFY(view->visualRect(chatRow).height() > plainHeight * 3 / 2);
    const QString described = chatRow.data(Qt::AccessibleDescriptionRole).toString();
    QVERIFY2(described.contains(QStringLiteral("Found in message 4 of 8")), qPrintable(described));
    QVERIFY2(described.contains(QStringLiteral("ZEBRA crossing")), qPrintable(described));
    QVERIFY(rowOf(panel, QStringLiteral("key-3"))
                .data(Qt::AccessibleDescriptionRole)
                .toString()
                .contains(QStringLiteral("column 3, message 2")));
    QVERIFY(rowOf(panel, QStringLiteral("key-2"))
                .data(Qt::AccessibleDescriptionRole)
                .toString()
                .contains(QStringLiteral("title matches")));

    // Opened from there: a chat at the message; a comparison, and a title match, as a whole.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(chatRow).center());
    QCOMPARE(opened.last(), (QList<QVariant>{QStringLiteral("key-1"), 3}));
    view->setFocus();
    view->setCurrentIndex(rowOf(panel, QStringLiteral("key-3")));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(opened.last(), (QList<QVariant>{QStringLiteral("key-3"), -1}));
    view->setCurrentIndex(rowOf(panel, QStringLiteral("key-2")));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(opened.last(), (QList<QVariant>{QStringLiteral("key-2"), -1}));

    // Typing on forgets them; without a search a row opens as it is.
    QTest::keyClick(panel.filterEdit(), Qt::Key_S);
    QVERIFY(
        !rowOf(panel, QStringLiteral("key-1")).isValid()
        || !rowOf(panel, QStringLiteral("key-1")).data(Ui::HistoryListModel::HitRole).isValid());
    panel.filterEdit()->clear();
    QCOMPARE(view->model()->rowCount(), 4);
    QTRY_COMPARE(view->visualRect(rowOf(panel, QStringLiteral("key-1"))).height(), plainHeight);
    view->setCurrentIndex(rowOf(panel, QStringLiteral("key-1")));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(opened.last(), (QList<QVariant>{QStringLiteral("key-1"), -1}));
}

// The matched word is painted marked (the highlighter's colour), not only described.
void TstHistoryPanel::snippetMarksTheMatch()
{
    Ui::HistoryPanel panel;
    panel.resize(320, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QList<ConversationSummary> list = sample(2, QDateTime::currentDateTimeUtc());
    panel.setConversations(list);
    const QColor mark(0xff, 0xd5, 0x4f);
    const auto markedPixels = [&panel, &mark] {
        const QImage image = panel.listView()->viewport()->grab().toImage();
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                count += image.pixelColor(x, y) == mark;
        }
        return count;
    };
    QCOMPARE(markedPixels(), 0);
    QTest::keyClicks(panel.filterEdit(), QStringLiteral("zebra"));
    panel.setSearchResults(
        QStringLiteral("zebra"),
        {hitFor(list[1], 1, QStringLiteral("see the zebra run"), QStringLiteral("zebra"))});
    QTRY_VERIFY(markedPixels() > 50);
}

void TstHistoryPanel::fitSnippetKeepsTheMatchInView()
{
    const QFont font = QApplication::font();
    const QString snippet = QString(200, u'a') + QStringLiteral(" zebra tail");
    qsizetype shift = -1;
    const QString shown = Ui::HistoryItemDelegate::fitSnippet(snippet, 201, font, 240, &shift);
    QVERIFY(shown.startsWith(QChar(0x2026)));
    QCOMPARE(shown.mid(201 - shift, 5), QStringLiteral("zebra"));
    QVERIFY(QFontMetrics(font).horizontalAdvance(shown.left(201 - shift)) <= 80);
    // A match already in view: as it is.
    QCOMPARE(Ui::HistoryItemDelegate::fitSnippet(QStringLiteral("a zebra"), 2, font, 240, &shift),
             QStringLiteral("a zebra"));
    QCOMPARE(shift, 0);
}

void TstHistoryPanel::fromTheSearchBoxToTheResults()
{
    Ui::HistoryPanel panel;
    watch(panel);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setConversations(sample(6, QDateTime::currentDateTimeUtc()));
    QSignalSpy opened(&panel, &Ui::HistoryPanel::openRequested);
    panel.filterEdit()->setFocus();
    QTest::keyClicks(panel.filterEdit(), QStringLiteral("odd"));
    // Return opens the first result; Down goes to the list.
    QTest::keyClick(panel.filterEdit(), Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toString(), QStringLiteral("key-1"));
    QTest::keyClick(panel.filterEdit(), Qt::Key_Down);
    QTRY_VERIFY(panel.listView()->hasFocus());
    QTest::keyClick(panel.listView(), Qt::Key_Down);
    QTest::keyClick(panel.listView(), Qt::Key_Return);
    QCOMPARE(opened.last().first().toString(), QStringLiteral("key-3"));
}

void TstHistoryPanel::openAndNewChat()
{
    Ui::HistoryPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setConversations(sample(3, QDateTime::currentDateTimeUtc()));
    QSignalSpy open(&panel, &Ui::HistoryPanel::openRequested);
    QSignalSpy fresh(&panel, &Ui::HistoryPanel::newChatRequested);
    QListView *list = panel.listView();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(list->model()->index(2, 0)).center());
    QVERIFY(!open.isEmpty());
    QCOMPARE(open.last().first().toString(), QStringLiteral("key-2"));
    QTest::mouseClick(panel.newChatButton(), Qt::LeftButton);
    QCOMPARE(fresh.size(), 1);
}

void TstHistoryPanel::batchRunsSayWhatTheyAre()
{
    Ui::HistoryPanel panel;
    watch(panel);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QList<ConversationSummary> list = sample(3, QDateTime::currentDateTimeUtc());
    ConversationSummary &batch = list[1];
    batch.kind = ConversationSummary::Kind::Batch;
    batch.title = QStringLiteral("Summarise the ticket");
    batch.model = QStringLiteral("demo-echo, demo-lorem");
    batch.turnCount = 5;
    batch.modelCount = 2;
    batch.cellsDone = 7;
    batch.cellsFailed = 3;
    panel.setConversations(list);
    QAbstractItemModel *model = panel.listView()->model();
    const QModelIndex row = model->index(1, 0);
    // Marked in the list: it opens in the batch view, not the chat.
    QCOMPARE(row.data().toString(), QStringLiteral("▦ Summarise the ticket"));
    QCOMPARE(row.data(Ui::HistoryListModel::TitleRole).toString(),
             QStringLiteral("Summarise the ticket"));
    const QString tip = row.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Batch run: demo-echo, demo-lorem")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("5 prompt(s) × 2 model(s) · 7 of 10 answered · 3 failed")),
             qPrintable(tip));
    QVERIFY(row.data(Qt::AccessibleDescriptionRole)
                .toString()
                .contains(QStringLiteral("Batch run of demo-echo, demo-lorem")));
    // A finished one says so.
    list[1].cellsDone = 10;
    list[1].cellsFailed = 0;
    panel.setConversations(list);
    QVERIFY(model->index(1, 0)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("5 prompt(s) × 2 model(s) · all 10 answered")));

    // The search names the prompt it found; the batch opens whole, at no message.
    QSignalSpy search(&panel, &Ui::HistoryPanel::searchRequested);
    QTest::keyClicks(panel.filterEdit(), QStringLiteral("ticket"));
    QTRY_COMPARE(search.size(), 1);
    panel.setSearchResults(
        QStringLiteral("ticket"),
        {hitFor(list[1], 3, QStringLiteral("the ticket says"), QStringLiteral("ticket"))});
    QListView *view = panel.listView();
    QTRY_COMPARE(view->model()->rowCount(), 1);
    const QModelIndex found = view->model()->index(0, 0);
    QVERIFY(found.data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Found in prompt 4 of 5: the ticket says")));
    QCOMPARE(found.data(Ui::HistoryListModel::RevealTurnRole).toInt(), -1);
    QSignalSpy open(&panel, &Ui::HistoryPanel::openRequested);
    view->setFocus();
    view->setCurrentIndex(found);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first(), (QList<QVariant>{QStringLiteral("key-1"), -1}));
}

void TstHistoryPanel::describeTime()
{
    const QDateTime now = QDateTime(QDate(2026, 11, 27), QTime(15, 0), Qt::LocalTime).toUTC();
    using M = Ui::HistoryListModel;
    QCOMPARE(M::describeTime(now.addSecs(-20), now), QStringLiteral("just now"));
    QCOMPARE(M::describeTime(now.addSecs(-5 * 60), now), QStringLiteral("5 min ago"));
    QVERIFY(M::describeTime(now.addSecs(-3 * 3600), now).contains(QStringLiteral("12")));
    QVERIFY(M::describeTime(now.addDays(-1), now).startsWith(QStringLiteral("yesterday")));
    QVERIFY(!M::describeTime(now.addDays(-30), now).isEmpty());
}

QTEST_MAIN(TstHistoryPanel)
#include "tst_historypanel.moc"
