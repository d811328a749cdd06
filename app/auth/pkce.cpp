#include "auth/pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace Parlance::Auth {

namespace {

QByteArray randomUrlSafe(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    // system(): the operating system's CSPRNG, not a seeded generator.
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(raw.data()),
                                         reinterpret_cast<quint32 *>(raw.data() + bytes));
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

QByteArray newCodeVerifier()
{
    return randomUrlSafe(64);
}

QByteArray codeChallengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray newState()
{
    return randomUrlSafe(16);
}

} // namespace Parlance::Auth
