#include "clirunner.h"

#include <QDir>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

QString CliRunner::program()
{
    return QStringLiteral(PARLANCE_CLI);
}

CliRunner::CliRunner()
{
    static QTemporaryDir home; // one per test process, removed at exit
    m_home = home.path();
    QDir(m_home).mkpath(QStringLiteral(".config"));
    QDir(m_home).mkpath(QStringLiteral(".local/share"));
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    for (const QString &key : system.keys()) {
        if (key.startsWith(QLatin1String("DATABRICKS_")) || key.startsWith(QLatin1String("OPENAI_"))
            || key.startsWith(QLatin1String("XDG_")) || key == QLatin1String("HOME")
            || key.startsWith(QLatin1String("PARLANCE_SIM")))
            continue;
        m_env.insert(key, system.value(key));
    }
    m_env.insert(QStringLiteral("HOME"), m_home);
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/.config"));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/.local/share"));
    m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
}

CliResult CliRunner::run(const QStringList &args, const QByteArray &stdinData, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.start(program(), args);
    CliResult result;
    if (!process.waitForStarted(10000))
        return result;
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    // Keep the event loop turning: the simulated gateway lives in this process.
    if (process.state() != QProcess::NotRunning) {
        QEventLoop loop;
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }
    result.finished = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}
