#include "settings/settingsdialog.h"

#include "config/connectionsecrets.h"
#include "config/databrickscfg.h"
#include "config/profilestore.h"
#include "config/secretstore.h"
#include "settings/connectionform.h"
#include "settings/connectionlistmodel.h"
#include "settings/connectionsaver.h"
#include "settings/connectiontestpanel.h"
#include "settings/connectionvalidator.h"
#include "settings/databricksimportdialog.h"
#include "settings/signinpanel.h"
#include "ui_settingsdialog.h"

#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProcessEnvironment>
#include <QPushButton>

namespace Parlance::Ui {

using TokenState = ConnectionDraft::TokenState;

SettingsDialog::SettingsDialog(Config::ProfileStore *store, Config::SecretStore *secrets,
                               Net::GatewayClient *client, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_store(store)
    , m_secrets(secrets)
    , m_model(new ConnectionListModel(this))
    , m_saver(new ConnectionSaver(store, secrets, this))
{
    m_ui->setupUi(this);
    m_form = new ConnectionForm(m_ui->editorContents);
    m_form->setObjectName(QStringLiteral("connectionForm"));
    m_signInPanel = new SignInPanel(m_ui->editorContents);
    m_signInPanel->setObjectName(QStringLiteral("signInPanel"));
    m_testPanel = new ConnectionTestPanel(client, m_ui->editorContents);
    m_testPanel->setObjectName(QStringLiteral("connectionTest"));
    m_ui->editorLayout->addWidget(m_form);
    m_form->setSignInPanel(m_signInPanel);
    m_ui->editorLayout->addWidget(m_testPanel);
    m_ui->editorLayout->addStretch(1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({240, 700});
    m_ui->connectionList->setModel(m_model);
    m_ui->keychainBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #e0c060;"
                       " border-radius: 3px; }"));

    connect(m_ui->connectionList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { showCurrent(); });
    connect(m_form, &ConnectionForm::edited, this, [this] { takeEdits(); });
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] { addConnection(); });
    connect(m_ui->duplicateButton, &QPushButton::clicked, this, [this] { duplicateConnection(); });
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] { confirmRemoval(); });
    connect(m_ui->importButton, &QPushButton::clicked, this, [this] { importFromDatabricksCfg(); });
    connect(m_testPanel, &ConnectionTestPanel::testRequested, this, [this] { testConnection(); });
    // The result sits below a long form: bring it into view when it arrives.
    auto showTestPanel = [this] {
        // After the layout has made room for what was added.
        QMetaObject::invokeMethod(
            this, [this] { m_ui->editorPage->ensureWidgetVisible(m_testPanel, 0, 0); },
            Qt::QueuedConnection);
    };
    connect(m_testPanel, &ConnectionTestPanel::finished, this, showTestPanel);
    connect(m_testPanel, &ConnectionTestPanel::detailsToggled, this, showTestPanel);
    connect(m_signInPanel, &SignInPanel::resized, this, [this] {
        QMetaObject::invokeMethod(
            this, [this] { m_ui->editorPage->ensureWidgetVisible(m_signInPanel, 0, 0); },
            Qt::QueuedConnection);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_saver, &ConnectionSaver::finished, this, [this](bool ok) { saveFinished(ok); });
    m_saver->setKeychainFailureHandler(
        [this](const QString &name, const QString &error, KeychainFailurePrompt::Answer answer) {
            KeychainFailurePrompt::ask(this, name, error, std::move(answer));
        });

    load();
    updateBanner();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    const QList<Core::Connection> connections = m_store->connections();
    if (!m_store->lastError().isEmpty())
        m_ui->statusLabel->setText(m_store->lastError());
    QList<ConnectionDraft> drafts;
    m_originalNames.clear();
    for (const Core::Connection &connection : connections) {
        ConnectionDraft draft;
        draft.connection = connection;
        draft.savedName = connection.name;
        draft.tokenSource = connection.name;
        draft.tokenState = TokenState::Unread;
        drafts.append(draft);
        m_originalNames.append(connection.name);
    }
    m_model->reset(drafts);
    select(0);
    revalidate();
    showCurrent();
}

bool SettingsDialog::selectConnection(const QString &name)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->draft(row).name() == name) {
            select(row);
            return true;
        }
    }
    return false;
}

int SettingsDialog::currentRow() const
{
    const QModelIndex current = m_ui->connectionList->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void SettingsDialog::select(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_ui->connectionList->setCurrentIndex({});
        showCurrent();
        return;
    }
    m_ui->connectionList->setCurrentIndex(m_model->index(row));
}

void SettingsDialog::setSignIn(SignInHooks hooks)
{
    m_signInPanel->setHooks(std::move(hooks));
}

void SettingsDialog::refreshSignIn()
{
    m_signInPanel->refresh();
}

void SettingsDialog::showCurrent()
{
    const int row = currentRow();
    m_testPanel->reset();
    m_ui->duplicateButton->setEnabled(row >= 0);
    m_ui->removeButton->setEnabled(row >= 0);
    if (row < 0) {
        m_ui->editorStack->setCurrentWidget(m_ui->emptyPage);
        return;
    }
    m_ui->editorStack->setCurrentWidget(m_ui->editorPage);
    if (m_form->draftId() != m_model->draft(row).id)
        m_form->setDraft(m_model->draft(row));
    m_signInPanel->setConnection(m_form->draft().connection);
    readTokenIfNeeded(row);
    revalidate();
}

void SettingsDialog::takeEdits()
{
    const int row = m_model->rowOf(m_form->draftId());
    if (row < 0)
        return;
    m_model->update(row, m_form->draft());
    m_signInPanel->setConnection(m_form->draft().connection);
    m_testPanel->reset();
    m_ui->statusLabel->clear();
    revalidate();
}

void SettingsDialog::readTokenIfNeeded(int row)
{
    ConnectionDraft draft = m_model->draft(row);
    if (draft.tokenState != TokenState::Unread)
        return;
    if (draft.tokenSource.isEmpty()) {
        draft.tokenState = TokenState::Known;
    } else {
        draft.tokenState = TokenState::Reading;
        const quint64 id = draft.id;
        const QString source = draft.tokenSource;
        // SecretStore answers from its own lifetime, which may outlast this dialog.
        const QPointer<SettingsDialog> alive(this);
        Config::readConnectionSecrets(
            m_secrets, source, true, Config::headersInKeychain(draft.connection),
            [this, alive, id, source](const Config::ConnectionSecrets &found) {
                if (!alive)
                    return;
                updateBanner();
                const int at = m_model->rowOf(id);
                if (at < 0)
                    return;
                ConnectionDraft answered = m_model->draft(at);
                // Typed over, or renamed and re-sourced, while the keychain was answering.
                if (answered.tokenState != TokenState::Reading || answered.tokenSource != source)
                    return;
                answered.tokenState
                    = found.error.isEmpty() ? TokenState::Known : TokenState::Failed;
                answered.token = found.token;
                answered.tokenError = found.error;
                answered.storedSecrets = found.headers;
                answered.connection.extraHeaders
                    = Config::withSecretValues(answered.connection.extraHeaders, found.headers);
                m_model->update(at, answered);
                if (m_form->draftId() == id) {
                    m_form->setSecrets(answered);
                    revalidate();
                }
            });
    }
    m_model->update(row, draft);
    if (m_form->draftId() == draft.id)
        m_form->setSecrets(draft);
}

void SettingsDialog::revalidate()
{
    bool currentTestable = false;
    QString reason;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const ConnectionDraft &draft = m_model->draft(row);
        const QList<ValidationIssue> issues = validateConnection(draft, m_model->namesExcept(row));
        m_model->setHasErrors(draft.id, hasErrors(issues));
        if (draft.id != m_form->draftId())
            continue;
        m_form->setIssues(issues);
        const bool reading
            = draft.tokenState == TokenState::Reading || draft.tokenState == TokenState::Unread;
        currentTestable = !hasErrors(issues) && !reading;
        reason = reading ? tr("Waiting for the keychain.") : tr("Fix the marked fields first.");
    }
    m_testPanel->setTestable(currentTestable, reason);
}

void SettingsDialog::addConnection()
{
    ConnectionDraft draft;
    draft.connection.name = m_model->uniqueName(tr("New connection"));
    draft.tokenState = TokenState::Known;
    select(m_model->append(draft));
    m_form->focusName();
}

void SettingsDialog::duplicateConnection()
{
    const int row = currentRow();
    if (row < 0)
        return;
    ConnectionDraft copy = m_model->draft(row);
    copy.connection.name = m_model->uniqueName(tr("%1 copy").arg(copy.name()));
    copy.savedName.clear();
    if (copy.tokenState == TokenState::Known) {
        copy.tokenSource.clear();
        copy.tokenEdited = true;
    } else {
        // Its token is still in the keychain under the original's entry.
        copy.tokenState = TokenState::Unread;
        copy.tokenError.clear();
    }
    select(m_model->append(copy));
    m_form->focusName();
}

void SettingsDialog::confirmRemoval()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const ConnectionDraft &draft = m_model->draft(row);
    const quint64 id = draft.id;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Connection"),
                                tr("Remove the connection \"%1\"?").arg(draft.name()),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeConfirmation"));
    box->setInformativeText(tr("Its token is removed from the keychain when you press OK; "
                               "Cancel keeps everything."));
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, id](QAbstractButton *button) {
        if (button == remove)
            removeConnection(id);
    });
    box->open();
}

void SettingsDialog::removeConnection(quint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_model->removeAt(row);
    select(std::min(row, m_model->rowCount() - 1));
    showCurrent(); // a name freed may end another connection's duplicate-name error
}

void SettingsDialog::importFromDatabricksCfg()
{
    const QString path
        = Config::DatabricksCfg::defaultPath(QProcessEnvironment::systemEnvironment());
    QString error;
    const Config::DatabricksCfg cfg = Config::DatabricksCfg::load(path, &error);
    auto *dialog = new DatabricksImportDialog(cfg, error, m_model->namesExcept(-1), this);
    dialog->setObjectName(QStringLiteral("databricksImport"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        int first = -1;
        for (const Config::DatabricksCfgProfile &profile : dialog->chosenProfiles()) {
            ConnectionDraft draft;
            draft.connection.name = m_model->uniqueName(profile.name);
            draft.connection.kind = Core::Connection::Kind::Databricks;
            draft.connection.host = QUrl(profile.host());
            draft.tokenState = TokenState::Known;
            draft.token = profile.token();
            draft.tokenEdited = !draft.token.isEmpty();
            const int row = m_model->append(draft);
            if (first < 0)
                first = row;
        }
        if (first >= 0)
            select(first);
        revalidate();
    });
    dialog->open();
}

void SettingsDialog::testConnection()
{
    const ConnectionDraft draft = m_form->draft();
    m_testPanel->start(draft.connection,
                       draft.tokenState == TokenState::Known ? draft.token : QString());
}

void SettingsDialog::accept()
{
    if (m_saver->isRunning())
        return;
    revalidate();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->data(m_model->index(row), ConnectionListModel::HasErrorsRole).toBool()) {
            select(row);
            m_ui->statusLabel->setText(tr("Fix the marked fields of \"%1\" before saving.")
                                           .arg(m_model->draft(row).name()));
            return;
        }
    }
    m_testPanel->reset();
    setBusy(true);
    m_ui->statusLabel->setText(tr("Saving…"));
    m_saver->start(m_model->drafts(), m_originalNames);
}

void SettingsDialog::reject()
{
    if (m_saver->isRunning())
        return;
    QDialog::reject();
}

void SettingsDialog::saveFinished(bool ok)
{
    updateBanner();
    setBusy(false);
    if (ok) {
        m_ui->statusLabel->clear();
        if (m_saver->changedAnything())
            emit connectionsChanged();
        QDialog::accept();
        return;
    }
    m_ui->statusLabel->setText(m_saver->error());
    for (const ConnectionDraft &saved : m_saver->drafts()) {
        const int row = m_model->rowOf(saved.id);
        if (row < 0 || saved.tokenState != TokenState::Known
            || m_model->draft(row).tokenState == TokenState::Known) {
            continue;
        }
        ConnectionDraft draft = m_model->draft(row);
        draft.tokenState = TokenState::Known;
        draft.token = saved.token;
        draft.tokenEdited = true;
        draft.connection.extraHeaders = saved.connection.extraHeaders;
        m_model->update(row, draft);
        if (m_form->draftId() == draft.id)
            m_form->setSecrets(draft);
    }
    if (m_saver->changedAnything())
        emit connectionsChanged();
}

void SettingsDialog::updateBanner()
{
    QStringList lines;
    if (m_secrets->usingFallback())
        lines.append(m_secrets->fallbackWarning());
    QStringList sessionOnly;
    for (const QString &name : m_secrets->sessionOnlyConnections())
        sessionOnly.append(QStringLiteral("\"%1\"").arg(name));
    if (!sessionOnly.isEmpty()) {
        lines.append(tr("Kept for this session only, and forgotten when Parlance quits: the "
                        "secrets of %1.")
                         .arg(QLocale().createSeparatedList(sessionOnly)));
    }
    lines.removeAll(QString());
    m_ui->keychainBanner->setText(lines.join(QLatin1Char('\n')));
    m_ui->keychainBanner->setVisible(!lines.isEmpty());
}

void SettingsDialog::setBusy(bool busy)
{
    m_ui->splitter->setEnabled(!busy);
    m_ui->buttonBox->setEnabled(!busy);
}

} // namespace Parlance::Ui
