#pragma once

#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace Parlance::Ui {

// What to do with a secret (a token, a secret header's value) the keychain would not take.
enum class TokenStorageChoice {
    RetryKeychain, // try the keychain again (the user unlocked it, or started one)
    SessionOnly,   // keep it in memory until Parlance quits; nothing is written
    File,          // the private file (mode 0600, not encrypted)
    Cancel,        // store nothing; the settings dialog stays open with the token
};

// Asks the user, at the moment the keychain refused a secret, where it should go instead. The
// question is window-modal over `parent` and opened with open(), so no nested event loop runs;
// the answer arrives from the event loop.
class KeychainFailurePrompt final
{
public:
    using Answer = std::function<void(TokenStorageChoice)>;

    // `error` is the keychain's own explanation. `answer` is called once, unless `parent`
    // goes away first.
    static void ask(QWidget *parent, const QString &connectionName, const QString &error,
                    Answer answer);

    // For tests (KeePassXC's MessageBox::setNextAnswer): the next ask() takes this answer,
    // from the event loop, without showing anything. Answers queue up in order.
    static void setNextAnswer(TokenStorageChoice choice);
    static void clearNextAnswers();

private:
    static QList<TokenStorageChoice> &nextAnswers();
};

} // namespace Parlance::Ui
