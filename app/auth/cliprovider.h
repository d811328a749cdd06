#pragma once

#include "auth/tokenprovider.h"

#include <QStringList>

namespace Parlance::Auth {

// The Databricks CLI's sign-in (auth_type = databricks-cli): `databricks auth token --profile P`
// (or `--host H`) prints the access token of what `databricks auth login` stored, renewing it
// itself, as JSON {access_token, token_type, expiry}. Run asynchronously with a time limit: a
// CLI that hangs (a prompt, a dead network) is killed.
class CliProvider final : public TokenProvider
{
    Q_OBJECT

public:
    // `program`: the databricks executable (empty when none was found on PATH). `host` and
    // `profile` pick the sign-in: the profile when given, else the host.
    CliProvider(QString program, QString host, QString profile, QObject *parent = nullptr);

    void setTimeout(int ms) { m_timeoutMs = ms; }
    static constexpr int DefaultTimeoutMs = 30 * 1000;

    // What the user runs to sign in: "databricks auth login --host H" (or --profile P).
    QString loginCommand() const;

protected:
    void obtain(Callback done) override;

private:
    QStringList arguments() const;

    const QString m_program;
    const QString m_host;
    const QString m_profile;
    int m_timeoutMs = DefaultTimeoutMs;
};

} // namespace Parlance::Auth
