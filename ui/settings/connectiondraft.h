#pragma once

#include "core/connection.h"

#include <QString>

namespace Parlance::Ui {

// One connection as the settings dialog edits it: nothing reaches ProfileStore or the keychain
// until the dialog is accepted, so Cancel can discard every change, renames included.
struct ConnectionDraft
{
    // The token and the values of secret headers are read from the keychain together, so one
    // state covers both.
    enum class TokenState {
        Unread,  // not asked for yet: the keychain is only opened for what the user looks at
        Reading, // SecretStore::readToken is under way
        Known,   // `token` holds the token (possibly empty: none stored, or cleared)
        Failed,  // the keychain answered with an error; `tokenError` says which
    };

    quint64 id = 0;              // stable while the dialog is open, unlike row or name
    Core::Connection connection; // proxy and CA file included

    QString savedName;   // its name in ProfileStore; empty until it has been saved
    QString tokenSource; // the keychain entry its token comes from while unread (a duplicate's
                         // source, a renamed connection's old name); empty: there is none
    TokenState tokenState = TokenState::Known;
    QString token;
    QString tokenError;
    bool tokenEdited = false; // typed or imported: must be written on save
    // The secret header values as read from the keychain under tokenSource: a value that differs
    // is written on save, one that is gone is removed.
    Core::HttpHeaders storedSecrets;
    // oauth-m2m: a client secret typed here, written to the keychain on save (never read back
    // into the form: empty means "keep what is stored").
    QString clientSecret;

    QString name() const { return connection.name; }
};

} // namespace Parlance::Ui
