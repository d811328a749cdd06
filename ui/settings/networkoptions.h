#pragma once

#include <QString>

namespace Parlance::Ui {

// How one connection reaches its server, beyond what Core::Connection holds: the proxy and a
// private CA bundle. Kept beside the saved connections by NetworkOptionsStore until
// Core::Connection grows fields for them (GatewayCall would then apply them per request).
struct NetworkOptions
{
    enum class Proxy { System, None, Manual };

    Proxy proxy = Proxy::System;
    QString proxyHost; // Manual only
    int proxyPort = 8080;
    QString caFile; // PEM bundle trusted in addition to the system's; empty for none

    bool isDefault() const { return *this == NetworkOptions(); }

    friend bool operator==(const NetworkOptions &, const NetworkOptions &) = default;
};

} // namespace Parlance::Ui
