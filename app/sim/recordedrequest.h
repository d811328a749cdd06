#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace Parlance::Sim {

// A request as the simulated gateway logs it for tests. The Authorization value is never
// kept: only which scheme it used, so a log can be printed or served without leaking a token.
struct RecordedRequest
{
    QString method;
    QString path;                   // with the query
    QMap<QString, QString> headers; // lower-case names, repeats comma-joined; no authorization
    QString authorizationScheme;    // "Bearer", "Basic", or "" (absent, or another scheme)
    bool authorizationPresent = false;
    QByteArray body;

    // {method, path, authorization: "Bearer"|"Basic"|"Other"|null, headers: {...}, body}
    QJsonObject toJson() const;
};

} // namespace Parlance::Sim

Q_DECLARE_METATYPE(Parlance::Sim::RecordedRequest)
