#pragma once

#include <QString>

namespace Parlance::Core {

// Whether a connection to `host` (a URL's host, brackets around IPv6 allowed) stays on this
// machine: `localhost` in any case, or a literal address in 127.0.0.0/8, ::1 or ::ffff:127.x,
// in any spelling the network stack reads as one (127.1, 0x7f.0.0.1). Plain http is allowed
// there without asking, and no proxy is used.
//
// Not *.localhost, nor "localhost." with a trailing dot: glibc resolves neither from
// /etc/hosts, so they go to DNS, whose answer may be any machine.
bool isLoopbackHost(const QString &host);

} // namespace Parlance::Core
