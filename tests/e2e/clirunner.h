#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

// Runs parlance-cli as a child process while the test's event loop keeps turning, so an
// in-process SimulatedGateway can answer it.
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;
};

class CliRunner
{
public:
    CliRunner();

    // A clean environment: no DATABRICKS_* / OPENAI_* from the developer's shell, a private
    // HOME and XDG dirs so saved connections and ~/.databrickscfg are the test's own.
    QProcessEnvironment &env() { return m_env; }
    QString home() const { return m_home; }

    CliResult run(const QStringList &args, const QByteArray &stdinData = {}, int timeoutMs = 30000);

    static QString program();

private:
    QProcessEnvironment m_env;
    QString m_home;
};
