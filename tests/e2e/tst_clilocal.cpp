// The commands that need no gateway: help for every command, --version, and profiles when there
// is nothing to list. This process's home holds no saved connection and no ~/.databrickscfg.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TstCliLocal : public QObject
{
    Q_OBJECT

private slots:
    void commandHelp_data();
    void commandHelp();
    void topLevelHelp();
    void version();
    void profilesWhenNoneSaved();

private:
    CliRunner m_cli;
};

void TstCliLocal::commandHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("option"); // one option only that command has
    QTest::newRow("models") << QStringLiteral("models") << QStringLiteral("task and state");
    QTest::newRow("chat") << QStringLiteral("chat")
                          << QStringLiteral("--api chat|responses|invocations");
    QTest::newRow("sql") << QStringLiteral("sql") << QStringLiteral("--warehouse ID");
    QTest::newRow("sim") << QStringLiteral("sim") << QStringLiteral("--port N");
    QTest::newRow("profiles") << QStringLiteral("profiles") << QStringLiteral("Never a token");
    QTest::newRow("compare") << QStringLiteral("compare") << QStringLiteral("--models A[@API]");
    QTest::newRow("batch") << QStringLiteral("batch") << QStringLiteral("--parallel N");
    QTest::newRow("code") << QStringLiteral("code") << QStringLiteral("--target T");
    QTest::newRow("login") << QStringLiteral("login") << QStringLiteral("OAuth");
}

void TstCliLocal::commandHelp()
{
    QFETCH(QString, command);
    QFETCH(QString, option);
    const CliResult top = m_cli.run({QStringLiteral("--help")});
    // Every way of asking prints the same page: no connection, MODEL or PROMPT needed.
    const QList<QStringList> asks{{command, QStringLiteral("--help")},
                                  {command, QStringLiteral("-h")},
                                  {QStringLiteral("help"), command},
                                  {QStringLiteral("--base-url"),
                                   QStringLiteral("http://127.0.0.1:9/v1"), command,
                                   QStringLiteral("x"), QStringLiteral("--help")}};
    QByteArray first;
    for (const QStringList &args : asks) {
        const CliResult r = m_cli.run(args);
        QVERIFY2(r.exitCode == 0, qPrintable(args.join(QLatin1Char(' ')) + QLatin1Char(' ')
                                             + QString::fromUtf8(r.err)));
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QVERIFY2(r.out.startsWith(QByteArray("Usage: parlance-cli ")), r.out.constData());
        QVERIFY2(r.out.contains(option.toUtf8()), r.out.constData());
        QVERIFY(r.out != top.out);
        if (first.isEmpty())
            first = r.out;
        QCOMPARE(r.out, first);
    }
    // Every command of the contract is there now.
    QVERIFY(!first.contains("not implemented yet"));
}

void TstCliLocal::topLevelHelp()
{
    for (const char *flag : {"--help", "-h", "help"}) {
        const CliResult r = m_cli.run({QString::fromLatin1(flag)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("Usage:\n"));
        QVERIFY2(r.out.contains("--version"), r.out.constData());
        QVERIFY(r.out.contains("COMMAND --help"));
        QVERIFY(r.err.isEmpty());
    }
}

void TstCliLocal::version()
{
    const CliResult r = m_cli.run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith("parlance-cli ") && r.out.endsWith("\n"), r.out.constData());
    QCOMPARE(r.out.count('\n'), 1);
    QVERIFY(r.err.isEmpty());
}

void TstCliLocal::profilesWhenNoneSaved()
{
    const CliResult r = m_cli.run({QStringLiteral("profiles")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray()); // a script reading the list gets an empty one
    QVERIFY2(r.err.contains("No saved connections"), r.err.constData());
    QVERIFY2(r.err.contains(".databrickscfg"), r.err.constData());
    QVERIFY2(r.err.contains("--profile NAME"), r.err.constData());
    QVERIFY2(r.err.contains("--host URL") && r.err.contains("--base-url URL"), r.err.constData());

    const CliResult json = m_cli.run({QStringLiteral("profiles"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(json.out).array().size(), 0);
    QVERIFY(json.out.startsWith('['));
}

QTEST_GUILESS_MAIN(TstCliLocal)
#include "tst_clilocal.moc"
