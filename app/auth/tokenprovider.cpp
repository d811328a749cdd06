#include "auth/tokenprovider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace Parlance::Auth {

QString tokenSubject(const QString &accessToken)
{
    const QStringList parts = accessToken.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    const QByteArray claims
        = QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding);
    return QJsonDocument::fromJson(claims).object().value(QLatin1String("sub")).toString();
}

TokenProvider::TokenProvider(QObject *parent) : QObject(parent) {}

TokenProvider::~TokenProvider() = default;

bool TokenProvider::hasFreshToken() const
{
    if (m_token.isEmpty())
        return false;
    if (!m_expiresAt.isValid())
        return true;
    const qint64 lifeMs = m_obtainedAt.msecsTo(m_expiresAt);
    const qint64 marginMs = qMin<qint64>(RefreshMarginSeconds * 1000, qMax<qint64>(0, lifeMs / 2));
    return QDateTime::currentDateTimeUtc().msecsTo(m_expiresAt) > marginMs;
}

void TokenProvider::forget()
{
    m_token.clear();
    m_expiresAt = {};
}

void TokenProvider::abandon(const QString &why)
{
    m_obtaining = false;
    TokenAnswer answer;
    answer.error = why;
    const QList<Callback> waiting = std::exchange(m_waiting, {});
    for (const Callback &done : waiting)
        done(answer);
}

void TokenProvider::token(const QString &refused, Callback done)
{
    if (!refused.isEmpty() && refused == m_token)
        forget();
    if (hasFreshToken()) {
        TokenAnswer answer;
        answer.ok = true;
        answer.accessToken = m_token;
        answer.expiresAt = m_expiresAt;
        QTimer::singleShot(0, this, [done, answer] { done(answer); });
        return;
    }
    m_waiting.append(std::move(done));
    if (m_obtaining)
        return;
    m_obtaining = true;
    obtain([this](const TokenAnswer &answer) { settle(answer); });
}

void TokenProvider::settle(const TokenAnswer &answer)
{
    m_obtaining = false;
    if (answer.ok) {
        m_token = answer.accessToken;
        m_obtainedAt = QDateTime::currentDateTimeUtc();
        m_expiresAt = answer.expiresAt;
    }
    const QList<Callback> waiting = std::exchange(m_waiting, {});
    for (const Callback &done : waiting)
        done(answer);
}

} // namespace Parlance::Auth
