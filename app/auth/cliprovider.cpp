#include "auth/cliprovider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

namespace Parlance::Auth {

namespace {

// The CLI's Go time.Time: RFC 3339, with nanoseconds and an offset.
QDateTime parseExpiry(const QString &text)
{
    QString value = text.trimmed();
    // Qt reads at most milliseconds: cut the fraction to three digits.
    static const QRegularExpression fraction(QStringLiteral("(\\.\\d{3})\\d+"));
    value.replace(fraction, QStringLiteral("\\1"));
    QDateTime when = QDateTime::fromString(value, Qt::ISODateWithMs);
    return when.isValid() ? when.toUTC() : QDateTime();
}

// The first line of what the CLI said, for the message; the CLI never prints a token there.
QString firstLine(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes).trimmed();
    const QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    return line.left(300);
}

} // namespace

CliProvider::CliProvider(QString program, QString host, QString profile, QObject *parent)
    : TokenProvider(parent)
    , m_program(std::move(program))
    , m_host(std::move(host))
    , m_profile(std::move(profile))
{}

QStringList CliProvider::arguments() const
{
    if (!m_profile.isEmpty())
        return {QStringLiteral("auth"), QStringLiteral("token"), QStringLiteral("--profile"),
                m_profile};
    return {QStringLiteral("auth"), QStringLiteral("token"), QStringLiteral("--host"), m_host};
}

QString CliProvider::loginCommand() const
{
    return m_profile.isEmpty() ? QStringLiteral("databricks auth login --host ") + m_host
                               : QStringLiteral("databricks auth login --profile ") + m_profile;
}

void CliProvider::obtain(Callback done)
{
    if (m_program.isEmpty()) {
        TokenAnswer answer;
        answer.needsSignIn = true;
        answer.error = tr("This connection signs in with the Databricks CLI, but no databricks "
                          "executable is on PATH. Install the Databricks CLI, then sign in with: "
                          "%1")
                           .arg(loginCommand());
        QTimer::singleShot(0, this, [done, answer] { done(answer); });
        return;
    }
    auto *process = new QProcess(this);
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    auto answered = std::make_shared<bool>(false);
    const QString command = QStringLiteral("databricks ") + arguments().join(QLatin1Char(' '));
    auto answer = [this, process, answered, done](TokenAnswer a) {
        if (std::exchange(*answered, true))
            return;
        process->disconnect(this);
        process->deleteLater();
        done(a);
    };
    connect(timer, &QTimer::timeout, this, [this, process, answer, command] {
        process->kill();
        TokenAnswer a;
        a.network = true;
        a.error = tr("%1 did not answer within %2 s, so Parlance stopped it. Run it in a "
                     "terminal to see what it waits for; to sign in again: %3")
                      .arg(command)
                      .arg(m_timeoutMs / 1000.0)
                      .arg(loginCommand());
        answer(a);
    });
    connect(process, &QProcess::errorOccurred, this,
            [this, process, answer, command](QProcess::ProcessError error) {
                if (error != QProcess::FailedToStart)
                    return;
                TokenAnswer a;
                a.error = tr("Could not run %1 (%2). Install the Databricks CLI, then sign in "
                             "with: %3")
                              .arg(command, process->errorString(), loginCommand());
                answer(a);
            });
    connect(process, &QProcess::finished, this,
            [this, process, answer, command](int exitCode, QProcess::ExitStatus status) {
                TokenAnswer a;
                const QByteArray out = process->readAllStandardOutput();
                if (status != QProcess::NormalExit || exitCode != 0) {
                    const QString said = firstLine(process->readAllStandardError());
                    a.needsSignIn = true;
                    a.error = tr("%1 failed (exit code %2)%3. Sign in with: %4")
                                  .arg(command)
                                  .arg(exitCode)
                                  .arg(said.isEmpty() ? QString() : QStringLiteral(": ") + said)
                                  .arg(loginCommand());
                    answer(a);
                    return;
                }
                const QJsonObject json = QJsonDocument::fromJson(out).object();
                a.accessToken = json.value(QLatin1String("access_token")).toString();
                if (a.accessToken.isEmpty()) {
                    // What it printed is not shown: it may hold a token in another shape.
                    a.error = tr("%1 printed no access token (not the JSON the Databricks CLI "
                                 "prints). Update the Databricks CLI, or sign in again with: %2")
                                  .arg(command, loginCommand());
                    answer(a);
                    return;
                }
                a.ok = true;
                a.expiresAt = parseExpiry(json.value(QLatin1String("expiry")).toString());
                answer(a);
            });
    process->setProgram(m_program);
    process->setArguments(arguments());
    process->setStandardInputFile(QProcess::nullDevice());
    timer->start(m_timeoutMs);
    process->start();
}

} // namespace Parlance::Auth
