// The history dock on its own: listing, the current conversation, filtering, the empty state,
// deleting after a confirmation, and a list that refreshes while a reply streams without
// losing the user's place.
#include "history/historylistmodel.h"
#include "history/historypanel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace Parlance;
using Store::ConversationSummary;

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

} // namespace

class TstHistoryPanel : public QObject
{
    Q_OBJECT

private slots:
    void listsAndMarksTheCurrentOne();
    void refreshKeepsScrollAndSelection();
    void filterAndEmptyStates();
    void deleteAsksFirst();
    void openAndNewChat();
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
    panel.setSearchResults(QStringLiteral("nothing like this"), {});
    QVERIFY(placeholder->text().contains(QStringLiteral("nothing like this")));

    // Message matches join the title matches; an answer to an older search is ignored.
    panel.filterEdit()->clear();
    QTest::keyClicks(panel.filterEdit(), QStringLiteral("even"));
    QCOMPARE(panel.listView()->model()->rowCount(), 3);
    ConversationSummary odd;
    odd.key = QStringLiteral("key-5");
    panel.setSearchResults(QStringLiteral("older text"), {odd});
    QCOMPARE(panel.listView()->model()->rowCount(), 3);
    panel.setSearchResults(QStringLiteral("even"), {odd});
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

void TstHistoryPanel::deleteAsksFirst()
{
    Ui::HistoryPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setConversations(sample(3, QDateTime::currentDateTimeUtc()));
    QSignalSpy removed(&panel, &Ui::HistoryPanel::removeRequested);
    panel.listView()->setFocus();
    panel.listView()->setCurrentIndex(panel.listView()->model()->index(1, 0));

    // Delete asks; Cancel keeps it.
    QTest::keyClick(panel.listView(), Qt::Key_Delete);
    QMessageBox *box = panel.findChild<QMessageBox *>(QStringLiteral("confirmDeleteConversation"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("Odd question 1")));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!panel.findChild<QMessageBox *>(QStringLiteral("confirmDeleteConversation")));
    QCOMPARE(removed.size(), 0);

    // Yes removes it.
    QTest::keyClick(panel.listView(), Qt::Key_Delete);
    box = panel.findChild<QMessageBox *>(QStringLiteral("confirmDeleteConversation"));
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().first().toString(), QStringLiteral("key-1"));
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
