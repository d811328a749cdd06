#include "settings/keychainfailureprompt.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace Parlance::Ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KeychainFailurePrompt)
};
} // namespace

QList<TokenStorageChoice> &KeychainFailurePrompt::nextAnswers()
{
    static QList<TokenStorageChoice> answers;
    return answers;
}

void KeychainFailurePrompt::setNextAnswer(TokenStorageChoice choice)
{
    nextAnswers().append(choice);
}

void KeychainFailurePrompt::clearNextAnswers()
{
    nextAnswers().clear();
}

void KeychainFailurePrompt::ask(QWidget *parent, const QString &connectionName,
                                const QString &error, Answer answer)
{
    if (!nextAnswers().isEmpty()) {
        const TokenStorageChoice choice = nextAnswers().takeFirst();
        const QPointer<QWidget> alive(parent);
        QMetaObject::invokeMethod(
            parent,
            [alive, choice, answer = std::move(answer)] {
                if (alive && answer)
                    answer(choice);
            },
            Qt::QueuedConnection);
        return;
    }

    auto *box = new QMessageBox(
        QMessageBox::Warning, Tr::tr("Secret Not Stored"),
        Tr::tr("The keychain did not store a secret of \"%1\".").arg(connectionName),
        QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("keychainFailurePrompt"));
    box->setInformativeText(
        Tr::tr("%1\n\nUnlock or start the keychain and try again, keep it only until Parlance "
               "quits, or store it in a file only you can read (mode 0600, not encrypted).")
            .arg(error));
    QPushButton *retry = box->addButton(Tr::tr("Try Again"), QMessageBox::AcceptRole);
    retry->setObjectName(QStringLiteral("retryKeychainButton"));
    QPushButton *session = box->addButton(Tr::tr("Keep for This Session"), QMessageBox::AcceptRole);
    session->setObjectName(QStringLiteral("sessionOnlyButton"));
    QPushButton *file = box->addButton(Tr::tr("Store in a File"), QMessageBox::AcceptRole);
    file->setObjectName(QStringLiteral("fileButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(retry);
    box->setEscapeButton(cancel);
    QObject::connect(
        box, &QDialog::finished, box, [box, retry, session, file, answer = std::move(answer)] {
            const QAbstractButton *clicked = box->clickedButton();
            const TokenStorageChoice choice = clicked == retry ? TokenStorageChoice::RetryKeychain
                                              : clicked == session ? TokenStorageChoice::SessionOnly
                                              : clicked == file    ? TokenStorageChoice::File
                                                                   : TokenStorageChoice::Cancel;
            box->deleteLater();
            if (answer)
                answer(choice);
        });
    box->open();
}

} // namespace Parlance::Ui
