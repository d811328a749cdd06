#pragma once

#include <QByteArray>
#include <QList>

// JSON texts a count or index taken from the wire must read as absent: negative, fractional,
// beyond 2^53 or qint64, huge exponents, and values of other types. Every one parses.
inline QList<QByteArray> hostileNumbers()
{
    return {QByteArrayLiteral("1e20"),
            QByteArrayLiteral("-1"),
            QByteArrayLiteral("1.5"),
            QByteArrayLiteral("\"12\""),
            QByteArrayLiteral("null"),
            QByteArrayLiteral("true"),
            QByteArrayLiteral("[]"),
            QByteArrayLiteral("{}"),
            QByteArrayLiteral("9223372036854775807"),
            QByteArrayLiteral("9223372036854775808"),
            QByteArrayLiteral("-9223372036854775809"),
            QByteArrayLiteral("18446744073709551616"),
            QByteArrayLiteral("9007199254740992"),
            QByteArrayLiteral("1e308"),
            QByteArrayLiteral("-1e308"),
            QByteArrayLiteral("1.7976931348623157e308"),
            QByteArrayLiteral("4.9e-324")};
}
