#pragma once

#include <QDialog>
#include <QStringList>

#include <memory>

namespace Parlance::Config {
class ProfileStore;
class SecretStore;
} // namespace Parlance::Config
namespace Parlance::Net {
class GatewayClient;
}

namespace Parlance::Ui {

namespace Ui {
class SettingsDialog;
}

class ConnectionForm;
class ConnectionListModel;
class ConnectionSaver;
class ConnectionTestPanel;
class SignInPanel;
struct SignInHooks;

// Settings > Connections: the saved connections on the left (add, duplicate, remove, import
// from ~/.databrickscfg), the selected one's form on the right, and "Test Connection".
// Everything is edited in memory: OK writes connections, proxy settings and tokens (tokens to
// the keychain only), Cancel discards. Tokens are read from the keychain asynchronously, and
// only for the connections the user selects.
//
// Open it with open() or show(); the remove confirmation and the import list are opened the
// same way, so no nested event loop runs (and tests can answer them by clicking).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(Config::ProfileStore *store, Config::SecretStore *secrets,
                   Net::GatewayClient *client, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Connections that sign in get "Sign in with Databricks" and their state; without hooks
    // the dialog shows none.
    void setSignIn(SignInHooks hooks);
    // The sign-in state changed somewhere: shows it again.
    void refreshSignIn();

    // Selects the connection named `name`; false when there is none.
    bool selectConnection(const QString &name);

    void accept() override; // saves first; closes once everything is written
    void reject() override; // ignored while saving: what was started is finished first

signals:
    // Emitted after OK wrote a change, before the dialog closes.
    void connectionsChanged();

private:
    void load();
    int currentRow() const;
    void select(int row);
    void showCurrent();
    void takeEdits();
    void readTokenIfNeeded(int row);
    void revalidate();
    void addConnection();
    void duplicateConnection();
    void confirmRemoval();
    void removeConnection(quint64 id);
    void importFromDatabricksCfg();
    void testConnection();
    void saveFinished(bool ok);
    void updateBanner();
    void setBusy(bool busy);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Config::ProfileStore *m_store;
    Config::SecretStore *m_secrets;
    ConnectionListModel *m_model;
    ConnectionForm *m_form;
    SignInPanel *m_signInPanel;
    ConnectionTestPanel *m_testPanel;
    ConnectionSaver *m_saver;
    QStringList m_originalNames; // what ProfileStore held when the dialog opened
};

} // namespace Parlance::Ui
