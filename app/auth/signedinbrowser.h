#pragma once

#include <QUrl>

class QNetworkAccessManager;

namespace Parlance::Auth {

// A stand-in for the browser of a user who is signed in already: it fetches the authorization
// URL and follows its redirects (at most `hops`) down to the loopback receiver, as the browser
// would. For tests and the CLI's PARLANCE_TEST_BROWSER=fetch switch only: a real sign-in always
// goes through the system browser, where the user sees what they agree to.
void fetchLikeASignedInBrowser(QNetworkAccessManager *network, const QUrl &url, int hops = 5);

} // namespace Parlance::Auth
