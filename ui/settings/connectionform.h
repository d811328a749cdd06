#pragma once

#include "settings/connectiondraft.h"
#include "settings/connectionvalidator.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QWidget>

#include <memory>

class QLabel;
class QTableWidgetItem;

namespace Parlance::Ui {

namespace Ui {
class ConnectionForm;
}

class SignInPanel;

// The right-hand side of the settings dialog: every field of one connection. It edits a copy
// of a ConnectionDraft and says edited() on each change; the dialog decides what to keep.
// Fields that do not apply to the connection's kind or authentication are hidden or disabled.
class ConnectionForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionForm)

public:
    explicit ConnectionForm(QWidget *parent = nullptr);
    ~ConnectionForm() override;

    // Fills every field; does not emit edited().
    void setDraft(const ConnectionDraft &draft);
    // The draft last set, with what the fields hold now.
    ConnectionDraft draft() const;
    quint64 draftId() const { return m_draft.id; }

    // A keychain answer for the draft on show: updates the token field, and fills in the values
    // of secret headers that have none yet from `answered`'s, so nothing the user is typing is
    // touched.
    void setSecrets(const ConnectionDraft &answered);

    // Shows each message under its field; clears the fields not mentioned.
    void setIssues(const QList<ValidationIssue> &issues);

    void focusName();

    // Places the dialog's sign-in panel in the authentication group, under the sign-in
    // method's fields (the panel shows and hides itself).
    void setSignInPanel(SignInPanel *panel);

signals:
    void edited();

private:
    void updateVisibleFields();
    void updateTokenField();
    void addHeaderRow();
    void removeHeaderRow();
    void headerChanged(QTableWidgetItem *item);
    void browseCaFile();
    void emitEdited();
    QLabel *messageLabel(ValidationIssue::Field field) const;

    Core::Connection::SignIn signIn() const;

    std::unique_ptr<Ui::ConnectionForm> m_ui;
    // Built here rather than in the .ui file: they belong to the authentication group's first
    // rows, ahead of the authentication and token rows.
    QLabel *m_signInLabel = nullptr;
    QComboBox *m_signInCombo = nullptr;
    QLabel *m_signInProfileLabel = nullptr;
    QLineEdit *m_signInProfileEdit = nullptr;
    QLabel *m_clientSecretLabel = nullptr;
    QLineEdit *m_clientSecretEdit = nullptr;
    ConnectionDraft m_draft;
    bool m_filling = false;
};

} // namespace Parlance::Ui
