// Opening a stored 1,000-message conversation from the history list of the real window (issue
// 10: at most 150 ms to the first painted screen and at most 60 MB more memory):
//  - a history file holds it (500 questions, 500 Markdown-rich answers of 150 to 450 words,
//    about 1.5 MB of text) among 50 short conversations;
//  - the window is up with a small conversation open; a click on the long one's row starts the
//    clock, which stops when the conversation view has painted the long conversation and the
//    event that painted it returned (the store reads it on its own thread meanwhile);
//  - memory: the process's resident size just before the click, at that first paint, and once
//    things have settled (the long conversation still open).
// Several opens per run, a small conversation opened in between: the first is reported on its
// own (nothing of the long one cached yet), then the median and the slowest of the others.
// Also: the same conversation opened at its 500th message from a search result.
//
//   bench_historyopen [RESULT_FILE]    (or the file named by BENCH_RESULT)
// Env: MESSAGES (default 1000), OPENS (default 5); MAX_MS and MAX_MB fail the run past a
// regression bound; ENFORCE=1 past the targets (150 ms, 60 MB).

#include "conversation/chatpane.h"
#include "conversation/conversationview.h"
#include "conversation/turnlistview.h"
#include "engine/chatsession.h"
#include "gui/longmarkdown.h"
#include "history/historylistmodel.h"
#include "history/historypanel.h"
#include "store/historystore.h"
#include "window/mainwindow.h"
#include "workspace/historykeeper.h"
#include "workspace/workbench.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <time.h>
#include <unistd.h>

using namespace Parlance;

namespace {

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

double rssMb()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / 1048576.0
                             : 0;
}

// Tells when the watched viewport has painted while `ready` holds, and the top-level event
// that painted it has returned (the window's repaint, flush included).
class BenchApp final : public QApplication
{
public:
    using QApplication::QApplication;

    void arm(QObject *viewport, std::function<bool()> ready)
    {
        m_viewport = viewport;
        m_ready = std::move(ready);
        m_painted = false;
        m_doneNs = 0;
    }
    qint64 doneNs() const { return m_doneNs; }

    bool notify(QObject *receiver, QEvent *event) override
    {
        const bool paint = event->type() == QEvent::Paint && receiver == m_viewport;
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        if (paint && m_ready && m_ready())
            m_painted = true;
        if (m_depth == 0 && m_painted && m_doneNs == 0)
            m_doneNs = monotonicNs();
        return result;
    }

private:
    QObject *m_viewport = nullptr;
    std::function<bool()> m_ready;
    bool m_painted = false;
    qint64 m_doneNs = 0;
    int m_depth = 0;
};

QString question(int i)
{
    static const QStringList openings
        = {QStringLiteral("How would you"), QStringLiteral("Can you explain why"),
           QStringLiteral("What is the best way to"), QStringLiteral("Please compare how to")};
    return QStringLiteral("%1 handle case %2 of the serving setup, given the latency budget and "
                          "the batch sizes we discussed? Keep the answer practical.")
        .arg(openings.at(i % openings.size()))
        .arg(i);
}

Store::StoredConversation longConversation(int messages)
{
    Store::StoredConversation conversation;
    conversation.key = QStringLiteral("long-conversation");
    conversation.title = QStringLiteral("A very long conversation");
    conversation.created = QDateTime::currentDateTimeUtc().addDays(-2);
    conversation.updated = conversation.created.addSecs(3600);
    conversation.settings.model = QStringLiteral("demo-echo");
    // A handful of answers, reused: what matters is their size and their Markdown.
    QList<QString> answers;
    for (int words : {150, 250, 350, 450, 200, 300})
        answers.append(LongMarkdown::generate(words).markdown);
    for (int i = 0; i < messages; ++i) {
        Core::Turn turn;
        if (i % 2 == 0) {
            turn.message = Core::Message::user(question(i / 2));
        } else {
            QString text = answers.at((i / 2) % answers.size());
            if (i == 499 || i == 501)
                text += QStringLiteral("\n\nThe quetzal marks this answer.");
            turn.message = Core::Message::assistant(text);
            turn.model = conversation.settings.model;
            turn.usage.inputTokens = 1200 + i;
            turn.usage.outputTokens = 300;
            turn.metrics.totalMs = 2400;
            turn.finishReason = QStringLiteral("stop");
        }
        conversation.turns.append(turn);
    }
    return conversation;
}

Store::StoredConversation shortConversation(int i)
{
    Store::StoredConversation conversation;
    conversation.key = QStringLiteral("short-%1").arg(i);
    conversation.title = QStringLiteral("Short conversation %1").arg(i);
    conversation.created = QDateTime::currentDateTimeUtc().addDays(-3).addSecs(i * 60);
    conversation.updated = conversation.created;
    conversation.settings.model = QStringLiteral("demo-echo");
    Core::Turn question;
    question.message = Core::Message::user(QStringLiteral("Question %1?").arg(i));
    Core::Turn answer;
    answer.message = Core::Message::assistant(QStringLiteral("Answer %1.").arg(i));
    conversation.turns = {question, answer};
    return conversation;
}

QModelIndex rowOf(QListView *list, const QString &key)
{
    QAbstractItemModel *model = list->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(Ui::HistoryListModel::KeyRole).toString() == key)
            return index;
    }
    return {};
}

bool waitFor(const std::function<bool()> &condition, int ms = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 0)
                                          : QStringLiteral("?");
}

struct Open
{
    double ms = 0;       // click to the first painted screen
    double loadedMs = 0; // click to the conversation in the session
    double rssBefore = 0;
    double rssLoaded = 0; // the conversation in the session, before the view lays it out
    double rssPainted = 0;
    double rssSettled = 0;
};

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    BenchApp app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int messages
        = qEnvironmentVariableIsSet("MESSAGES") ? qEnvironmentVariableIntValue("MESSAGES") : 1000;
    const int opens
        = qMax(2, qEnvironmentVariableIsSet("OPENS") ? qEnvironmentVariableIntValue("OPENS") : 5);

    QTemporaryDir dir;
    const QString historyFile = dir.filePath(QStringLiteral("history.sqlite"));
    {
        Store::HistoryStore store;
        QString error;
        if (!store.open(historyFile, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        for (int i = 0; i < 50; ++i)
            store.save(shortConversation(i), &error);
        if (!store.save(longConversation(messages), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }

    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Workspace::WorkbenchSetup setup;
    setup.environment = QProcessEnvironment();
    setup.historyFile = historyFile;
    setup.connectionsFile = dir.filePath(QStringLiteral("connections.json"));
    setup.settings = &settings;
    Workspace::Workbench workbench(setup);
    Ui::MainWindow window(&workbench);
    window.resize(1280, 820);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    window.start();

    QListView *list = window.historyPanel()->listView();
    Engine::ChatSession *session = workbench.session();
    Ui::TurnListView *turns = window.chatPane()->conversationView()->listView();
    if (!waitFor([&] { return rowOf(list, QStringLiteral("long-conversation")).isValid(); })) {
        std::fprintf(stderr, "the history list never showed the long conversation\n");
        return 1;
    }

    const auto click = [&](const QString &key) {
        const QModelIndex index = rowOf(list, key);
        list->scrollTo(index);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    };
    const auto openSmall = [&](int i) {
        const QString key = QStringLiteral("short-%1").arg(i);
        click(key);
        return waitFor([&] {
            return workbench.history()->currentKey() == key && session->turns().size() == 2;
        });
    };
    const auto settle = [] {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 400)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    };

    QList<Open> results;
    for (int run = 0; run < opens; ++run) {
        if (!openSmall(run)) {
            std::fprintf(stderr, "a short conversation did not open\n");
            return 1;
        }
        settle();
        Open open;
        qint64 loadedNs = 0;
        QObject scope;
        QObject::connect(workbench.history(), &Workspace::HistoryKeeper::opened, &scope, [&] {
            loadedNs = monotonicNs();
            open.rssLoaded = rssMb();
        });
        app.arm(turns->viewport(), [&] {
            return session->turns().size() == messages && turns->model()->rowCount() == messages;
        });
        open.rssBefore = rssMb();
        const qint64 start = monotonicNs();
        click(QStringLiteral("long-conversation"));
        if (!waitFor([&] { return app.doneNs() != 0; })) {
            std::fprintf(stderr, "the long conversation was never painted\n");
            return 1;
        }
        open.ms = double(app.doneNs() - start) / 1e6;
        open.loadedMs = double(loadedNs - start) / 1e6;
        open.rssPainted = rssMb();
        settle();
        open.rssSettled = rssMb();
        results.append(open);
    }

    // From a search: opened at its 500th message.
    openSmall(opens);
    settle();
    Ui::HistoryPanel *panel = window.historyPanel();
    panel->filterEdit()->setText(QStringLiteral("quetzal"));
    if (!waitFor([&] {
            const QModelIndex index = rowOf(list, QStringLiteral("long-conversation"));
            return index.isValid() && index.data(Ui::HistoryListModel::RevealTurnRole).toInt() > 0;
        })) {
        std::fprintf(stderr, "the search did not find the long conversation\n");
        return 1;
    }
    const int target = rowOf(list, QStringLiteral("long-conversation"))
                           .data(Ui::HistoryListModel::RevealTurnRole)
                           .toInt();
    app.arm(turns->viewport(), [&] {
        return session->turns().size() == messages && turns->currentIndex().row() == target
               && turns->visualRect(turns->currentIndex()).intersects(turns->viewport()->rect());
    });
    const qint64 searchStart = monotonicNs();
    click(QStringLiteral("long-conversation"));
    if (!waitFor([&] { return app.doneNs() != 0; })) {
        std::fprintf(stderr, "the found message was never painted\n");
        return 1;
    }
    const double searchMs = double(app.doneNs() - searchStart) / 1e6;

    const Open &first = results.first();
    QList<double> warm;
    for (qsizetype i = 1; i < results.size(); ++i)
        warm.append(results.at(i).ms);
    std::sort(warm.begin(), warm.end());
    const double warmMedian = warm.at(warm.size() / 2);
    const double warmMax = warm.last();
    double growth = 0;
    for (const Open &open : std::as_const(results))
        growth = std::max(
            {growth, open.rssPainted - open.rssBefore, open.rssSettled - open.rssBefore});
    const bool timeMet = first.ms <= 150 && warmMax <= 150;
    const bool memoryMet = growth <= 60;
    const auto verdict = [](bool met) {
        return met ? QStringLiteral("met") : QStringLiteral("MISSED");
    };

    QString report;
    QTextStream out(&report);
    out << QStringLiteral("Opening a stored %1-message conversation from the history (load %2)\n")
               .arg(messages)
               .arg(loadAverage());
    out << "  open   to painted   in session   RSS before   in session   at paint   settled\n";
    for (qsizetype i = 0; i < results.size(); ++i) {
        const Open &open = results.at(i);
        out << QStringLiteral("  %1 %2 ms %3 ms %4 MB %5 MB %6 MB %7 MB\n")
                   .arg(i == 0 ? QStringLiteral("first") : QString::number(i + 1), 5)
                   .arg(open.ms, 8, 'f', 1)
                   .arg(open.loadedMs, 10, 'f', 1)
                   .arg(open.rssBefore, 9, 'f', 1)
                   .arg(open.rssLoaded, 9, 'f', 1)
                   .arg(open.rssPainted, 8, 'f', 1)
                   .arg(open.rssSettled, 7, 'f', 1);
    }
    out << QStringLiteral("  first painted screen: first open %1 ms, others median %2 ms, slowest "
                          "%3 ms (target <= 150 ms: %4)\n")
               .arg(first.ms, 0, 'f', 1)
               .arg(warmMedian, 0, 'f', 1)
               .arg(warmMax, 0, 'f', 1)
               .arg(verdict(timeMet));
    out << QStringLiteral("  memory: at most %1 MB more than before the click (target <= 60 MB: "
                          "%2)\n")
               .arg(growth, 0, 'f', 1)
               .arg(verdict(memoryMet));
    out << QStringLiteral("  opened at message %1 from a search result: %2 ms\n")
               .arg(target + 1)
               .arg(searchMs, 0, 'f', 1);
    out.flush();
    std::fputs(qPrintable(report), stdout);
    const QString resultFile
        = argc > 1 ? QString::fromLocal8Bit(argv[1]) : qEnvironmentVariable("BENCH_RESULT");
    if (!resultFile.isEmpty()) {
        QFile file(resultFile);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(report.toUtf8());
    }
    if (qEnvironmentVariableIntValue("ENFORCE") && !(timeMet && memoryMet))
        return 2;
    // Bounds well past the targets, so a loaded machine's wobble passes and a regression (a
    // view that lays out every message before painting, a copy of the conversation kept) does
    // not.
    const auto bound = [](const char *name) {
        bool ok = false;
        const double value = qEnvironmentVariable(name).toDouble(&ok);
        return ok ? value : qInf();
    };
    if (std::max(first.ms, warmMax) > bound("MAX_MS") || growth > bound("MAX_MB")) {
        std::fprintf(stderr, "past a regression bound (MAX_MS, MAX_MB)\n");
        return 3;
    }
    return 0;
}
