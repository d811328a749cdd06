#include "settings/connectionform.h"

#include "config/databrickscfg.h"
#include "core/sensitiveheader.h"
#include "settings/signinpanel.h"
#include "ui_connectionform.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QStyledItemDelegate>

#include <algorithm>

namespace Parlance::Ui {

namespace {

// Rows of the combos, in the order of the enums they stand for.
static_assert(int(Core::Connection::Kind::Databricks) == 0
              && int(Core::Connection::Kind::OpenAiCompatible) == 1);
static_assert(int(Core::Connection::Auth::Bearer) == 0 && int(Core::Connection::Auth::Basic) == 1
              && int(Core::Connection::Auth::None) == 2);
static_assert(int(Core::Connection::Proxy::System) == 0 && int(Core::Connection::Proxy::None) == 1
              && int(Core::Connection::Proxy::Manual) == 2);

// Shown for a manual proxy that has no port yet: the customary one of HTTP proxies.
constexpr int kDefaultProxyPort = 8080;

enum HeaderColumn { NameColumn, ValueColumn, SecretColumn };

const QColor kErrorColor(0xb0, 0x1b, 0x1b);
const QColor kWarningColor(0x8a, 0x5a, 0x00);

QUrl urlFromField(const QString &text, bool databricksHost)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    // The Databricks SDKs accept a workspace host without a scheme; so does this field.
    return QUrl(databricksHost ? Config::normalizeHost(trimmed) : trimmed);
}

bool isSecretRow(const QModelIndex &index)
{
    return index.siblingAtColumn(SecretColumn).data(Qt::CheckStateRole).toInt() == Qt::Checked;
}

// A secret header's value shows as dots and is typed like the token, unseen.
class SecretValueDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (isSecretRow(index) && !option->text.isEmpty())
            option->text = QString(8, QChar(0x2022)); // not its length either
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor); line && isSecretRow(index))
            line->setEchoMode(QLineEdit::Password);
        return editor;
    }
};

QTableWidgetItem *newSecretItem(bool secret)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setCheckState(secret ? Qt::Checked : Qt::Unchecked);
    return item;
}

// A name that says it carries a credential makes its header secret, without a choice.
void followName(QTableWidgetItem *secret, const QString &name)
{
    const bool byName = Core::isSensitiveHeader(name.trimmed().toUtf8());
    const Qt::ItemFlags flags
        = byName ? Qt::ItemIsUserCheckable | Qt::ItemIsSelectable
                 : Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (secret->flags() != flags)
        secret->setFlags(flags);
    if (byName && secret->checkState() != Qt::Checked)
        secret->setCheckState(Qt::Checked);
    const QString tip = byName ? ConnectionForm::tr("This header carries a credential, so its "
                                                    "value is always kept in the keychain.")
                               : ConnectionForm::tr("Keep this header's value in the keychain "
                                                    "and mask it wherever it could show.");
    if (secret->toolTip() != tip)
        secret->setToolTip(tip);
}

} // namespace

ConnectionForm::ConnectionForm(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ConnectionForm>())
{
    m_ui->setupUi(this);
    m_signInCombo = new QComboBox(this);
    m_signInCombo->setObjectName(QStringLiteral("signInCombo"));
    // In the order of Core::Connection::SignIn.
    m_signInCombo->addItem(tr("Token (personal access token)"));
    m_signInCombo->addItem(tr("Databricks CLI"));
    m_signInCombo->addItem(tr("Service principal (OAuth M2M)"));
    m_signInCombo->addItem(tr("Browser sign-in (OAuth U2M)"));
    m_signInCombo->setToolTip(tr("How Parlance gets a token for this workspace."));
    m_signInLabel = new QLabel(tr("Sign-in &method:"), this);
    m_signInLabel->setBuddy(m_signInCombo);
    m_signInProfileEdit = new QLineEdit(this);
    m_signInProfileEdit->setObjectName(QStringLiteral("signInProfileEdit"));
    m_signInProfileEdit->setPlaceholderText(tr("DEFAULT"));
    m_signInProfileEdit->setToolTip(
        tr("The profile in ~/.databrickscfg that holds the sign-in's settings, such as a service "
           "principal's client ID (and secret, though the Client secret field keeps it in the "
           "keychain instead). What the profile sets wins."));
    m_signInProfileLabel = new QLabel(tr("CLI pro&file:"), this);
    m_signInProfileLabel->setBuddy(m_signInProfileEdit);
    m_clientSecretEdit = new QLineEdit(this);
    m_clientSecretEdit->setObjectName(QStringLiteral("clientSecretEdit"));
    m_clientSecretEdit->setEchoMode(QLineEdit::Password);
    m_clientSecretEdit->setPlaceholderText(tr("Unchanged (type to replace)"));
    m_clientSecretEdit->setToolTip(
        tr("The service principal's OAuth secret. Kept in the system keychain only, never in "
           "the settings file."));
    m_clientSecretLabel = new QLabel(tr("Client s&ecret:"), this);
    m_clientSecretLabel->setBuddy(m_clientSecretEdit);
    m_ui->authLayout->insertRow(0, m_signInLabel, m_signInCombo);
    m_ui->authLayout->insertRow(1, m_signInProfileLabel, m_signInProfileEdit);
    m_ui->authLayout->insertRow(2, m_clientSecretLabel, m_clientSecretEdit);
    // Made after the .ui's fields, they would come last in the Tab order: they go where they
    // are shown, at the top of the authentication group.
    setTabOrder(m_ui->baseUrlEdit, m_signInCombo);
    setTabOrder(m_signInCombo, m_signInProfileEdit);
    setTabOrder(m_signInProfileEdit, m_clientSecretEdit);
    // Three group boxes, three form layouts: one label width lines their fields up.
    const QList<QLabel *> labels
        = {m_ui->nameLabel,           m_ui->kindLabel,    m_ui->hostLabel,
           m_ui->gatewayPathLabel,    m_ui->baseUrlLabel, m_ui->authLabel,
           m_ui->tokenLabel,          m_ui->headersLabel, m_ui->timeoutLabel,
           m_ui->connectTimeoutLabel, m_ui->retriesLabel, m_ui->proxyLabel,
           m_ui->caFileLabel,         m_signInLabel,      m_signInProfileLabel,
           m_clientSecretLabel};
    int labelWidth = 0;
    for (const QLabel *label : labels)
        labelWidth = std::max(labelWidth, label->sizeHint().width());
    for (QLabel *label : labels)
        label->setMinimumWidth(labelWidth);
    QHeaderView *columns = m_ui->headersTable->horizontalHeader();
    columns->resizeSection(NameColumn, 170);
    columns->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(SecretColumn, QHeaderView::ResizeToContents);
    m_ui->headersTable->setItemDelegateForColumn(ValueColumn,
                                                 new SecretValueDelegate(m_ui->headersTable));
    m_ui->proxyPortSpin->setValue(kDefaultProxyPort);
    m_ui->gatewayPathCombo->setItemData(0, tr("Databricks AI Gateway"), Qt::ToolTipRole);
    m_ui->gatewayPathCombo->setItemData(1, tr("Databricks Model Serving"), Qt::ToolTipRole);
    m_ui->tokenEdit->setToolTip(tr("Kept in the system keychain, never in the settings file."));

    auto edited = [this] {
        emitEdited();
    };
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, edited);
    connect(m_ui->hostEdit, &QLineEdit::textEdited, this, edited);
    connect(m_ui->baseUrlEdit, &QLineEdit::textEdited, this, edited);
    connect(m_ui->gatewayPathCombo, &QComboBox::editTextChanged, this, edited);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibleFields();
        emitEdited();
    });
    connect(m_ui->authCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateTokenField();
        emitEdited();
    });
    connect(m_signInCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibleFields();
        updateTokenField();
        emitEdited();
    });
    connect(m_signInProfileEdit, &QLineEdit::textEdited, this, edited);
    connect(m_clientSecretEdit, &QLineEdit::textEdited, this, edited);
    connect(m_ui->tokenEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_draft.token = text;
        m_draft.tokenState = ConnectionDraft::TokenState::Known;
        m_draft.tokenError.clear();
        m_draft.tokenEdited = true;
        emitEdited();
    });
    connect(m_ui->showTokenButton, &QToolButton::toggled, this, [this](bool show) {
        m_ui->tokenEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showTokenButton->setText(show ? tr("Hide") : tr("Show"));
    });
    connect(m_ui->headersTable, &QTableWidget::itemChanged, this,
            [this](QTableWidgetItem *item) { headerChanged(item); });
    connect(m_ui->addHeaderButton, &QPushButton::clicked, this, [this] { addHeaderRow(); });
    connect(m_ui->removeHeaderButton, &QPushButton::clicked, this, [this] { removeHeaderRow(); });
    for (QSpinBox *spin : {m_ui->timeoutSpin, m_ui->connectTimeoutSpin, m_ui->retriesSpin,
                           m_ui->maxTimeSpin, m_ui->maxResponseSpin, m_ui->proxyPortSpin}) {
        connect(spin, &QSpinBox::valueChanged, this, edited);
    }
    connect(m_ui->proxyCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibleFields();
        emitEdited();
    });
    connect(m_ui->proxyHostEdit, &QLineEdit::textEdited, this, edited);
    connect(m_ui->caFileEdit, &QLineEdit::textEdited, this, edited);
    connect(m_ui->caFileBrowseButton, &QPushButton::clicked, this, [this] { browseCaFile(); });

    setIssues({});
    updateVisibleFields();
    updateTokenField();
}

ConnectionForm::~ConnectionForm() = default;

void ConnectionForm::setDraft(const ConnectionDraft &draft)
{
    m_filling = true;
    m_draft = draft;
    const Core::Connection &c = draft.connection;
    m_ui->nameEdit->setText(c.name);
    m_ui->kindCombo->setCurrentIndex(int(c.kind));
    m_ui->hostEdit->setText(c.host.toString());
    m_ui->gatewayPathCombo->setEditText(c.gatewayPath);
    m_ui->baseUrlEdit->setText(c.baseUrl.toString());
    m_ui->authCombo->setCurrentIndex(int(c.auth));
    m_signInCombo->setCurrentIndex(int(c.signIn));
    m_signInProfileEdit->setText(c.signInProfile);
    m_clientSecretEdit->setText(draft.clientSecret);
    m_ui->headersTable->setRowCount(0);
    for (const Core::HttpHeader &header : c.extraHeaders) {
        const int row = m_ui->headersTable->rowCount();
        const QString name = QString::fromUtf8(header.first);
        m_ui->headersTable->insertRow(row);
        m_ui->headersTable->setItem(row, NameColumn, new QTableWidgetItem(name));
        m_ui->headersTable->setItem(row, ValueColumn,
                                    new QTableWidgetItem(QString::fromUtf8(header.second)));
        QTableWidgetItem *secret = newSecretItem(c.isSecretHeader(header.first));
        followName(secret, name);
        m_ui->headersTable->setItem(row, SecretColumn, secret);
    }
    m_ui->timeoutSpin->setValue(c.timeoutSeconds);
    m_ui->connectTimeoutSpin->setValue(c.connectTimeoutSeconds);
    m_ui->retriesSpin->setValue(c.retries);
    m_ui->maxTimeSpin->setValue(c.maxTimeSeconds);
    m_ui->maxResponseSpin->setValue(int(std::clamp<qint64>(c.maxResponseBytes >> 20, 1, 65536)));
    m_ui->proxyCombo->setCurrentIndex(int(c.proxy));
    m_ui->proxyHostEdit->setText(c.proxyHost);
    m_ui->proxyPortSpin->setValue(c.proxyPort != 0 ? int(c.proxyPort) : kDefaultProxyPort);
    m_ui->caFileEdit->setText(QDir::toNativeSeparators(c.caFile));
    // A token shown for one connection stays hidden for the next.
    m_ui->showTokenButton->setChecked(false);
    updateVisibleFields();
    updateTokenField();
    m_filling = false;
}

ConnectionDraft ConnectionForm::draft() const
{
    ConnectionDraft d = m_draft;
    Core::Connection &c = d.connection;
    c.name = m_ui->nameEdit->text().trimmed();
    c.kind = Core::Connection::Kind(m_ui->kindCombo->currentIndex());
    c.host = urlFromField(m_ui->hostEdit->text(), true);
    c.gatewayPath = m_ui->gatewayPathCombo->currentText().trimmed();
    c.baseUrl = urlFromField(m_ui->baseUrlEdit->text(), false);
    c.auth = Core::Connection::Auth(m_ui->authCombo->currentIndex());
    c.signIn = signIn();
    c.signInProfile = c.signIn == Core::Connection::SignIn::Token
                          ? QString()
                          : m_signInProfileEdit->text().trimmed();
    const bool m2m = c.signIn == Core::Connection::SignIn::OAuthM2M;
    d.clientSecret = m2m ? m_clientSecretEdit->text().trimmed() : QString();
    c.extraHeaders.clear();
    c.secretHeaders.clear();
    const QTableWidget *table = m_ui->headersTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString name = table->item(row, NameColumn)
                                 ? table->item(row, NameColumn)->text().trimmed()
                                 : QString();
        const QString value = table->item(row, ValueColumn)
                                  ? table->item(row, ValueColumn)->text().trimmed()
                                  : QString();
        if (name.isEmpty() && value.isEmpty())
            continue;
        c.extraHeaders.append({name.toUtf8(), value.toUtf8()});
        const QTableWidgetItem *secret = table->item(row, SecretColumn);
        if (secret && secret->checkState() == Qt::Checked && !c.isSecretHeader(name.toUtf8()))
            c.secretHeaders.append(name.toUtf8());
    }
    c.timeoutSeconds = m_ui->timeoutSpin->value();
    c.connectTimeoutSeconds = m_ui->connectTimeoutSpin->value();
    c.retries = m_ui->retriesSpin->value();
    c.maxTimeSeconds = m_ui->maxTimeSpin->value();
    c.maxResponseBytes = qint64(m_ui->maxResponseSpin->value()) << 20;
    c.proxy = Core::Connection::Proxy(m_ui->proxyCombo->currentIndex());
    // Host and port mean something only to a manual proxy; the fields keep what was typed
    // while the dialog is open, the saved connection does not.
    const bool manualProxy = c.proxy == Core::Connection::Proxy::Manual;
    c.proxyHost = manualProxy ? m_ui->proxyHostEdit->text().trimmed() : QString();
    c.proxyPort = manualProxy ? quint16(m_ui->proxyPortSpin->value()) : quint16(0);
    c.caFile = QDir::fromNativeSeparators(m_ui->caFileEdit->text().trimmed());
    return d;
}

void ConnectionForm::setSecrets(const ConnectionDraft &answered)
{
    m_draft.tokenState = answered.tokenState;
    m_draft.token = answered.token;
    m_draft.tokenError = answered.tokenError;
    m_draft.storedSecrets = answered.storedSecrets;
    updateTokenField();

    const Core::Connection &c = answered.connection;
    QTableWidget *table = m_ui->headersTable;
    m_filling = true;
    for (const Core::HttpHeader &header : c.extraHeaders) {
        if (header.second.isEmpty() || !c.isSecretHeader(header.first))
            continue;
        for (int row = 0; row < table->rowCount(); ++row) {
            QTableWidgetItem *name = table->item(row, NameColumn);
            QTableWidgetItem *value = table->item(row, ValueColumn);
            const bool match = name && value && value->text().isEmpty()
                               && isSecretRow(table->model()->index(row, NameColumn))
                               && name->text().trimmed().toUtf8().compare(header.first.trimmed(),
                                                                          Qt::CaseInsensitive)
                                      == 0;
            if (!match)
                continue;
            value->setText(QString::fromUtf8(header.second));
            break;
        }
    }
    m_filling = false;
}

void ConnectionForm::updateVisibleFields()
{
    const bool databricks = m_ui->kindCombo->currentIndex() == 0;
    m_ui->connectionLayout->setRowVisible(m_ui->hostField, databricks);
    m_ui->connectionLayout->setRowVisible(m_ui->gatewayPathField, databricks);
    m_ui->connectionLayout->setRowVisible(m_ui->baseUrlField, !databricks);
    // Only Databricks workspaces sign in; other gateways take the token as given.
    m_ui->authLayout->setRowVisible(m_signInCombo, databricks);
    m_ui->authLayout->setRowVisible(m_signInProfileEdit,
                                    signIn() != Core::Connection::SignIn::Token);
    m_ui->authLayout->setRowVisible(m_ui->tokenField, signIn() == Core::Connection::SignIn::Token);
    const bool m2m = signIn() == Core::Connection::SignIn::OAuthM2M;
    m_ui->authLayout->setRowVisible(m_clientSecretEdit, m2m);
    const bool manualProxy
        = m_ui->proxyCombo->currentIndex() == int(Core::Connection::Proxy::Manual);
    m_ui->proxyHostEdit->setVisible(manualProxy);
    m_ui->proxyPortSpin->setVisible(manualProxy);
}

void ConnectionForm::setSignInPanel(SignInPanel *panel)
{
    m_ui->authLayout->insertRow(3, panel);
    QWidget *previous = m_clientSecretEdit;
    for (QWidget *next : panel->focusOrder()) {
        setTabOrder(previous, next);
        previous = next;
    }
}

Core::Connection::SignIn ConnectionForm::signIn() const
{
    if (m_ui->kindCombo->currentIndex() != int(Core::Connection::Kind::Databricks))
        return Core::Connection::SignIn::Token;
    return Core::Connection::SignIn(m_signInCombo->currentIndex());
}

void ConnectionForm::updateTokenField()
{
    using State = ConnectionDraft::TokenState;
    const bool needsToken = m_ui->authCombo->currentIndex() != int(Core::Connection::Auth::None)
                            && signIn() == Core::Connection::SignIn::Token;
    const bool reading
        = m_draft.tokenState == State::Unread || m_draft.tokenState == State::Reading;
    m_ui->tokenEdit->setEnabled(needsToken && !reading);
    m_ui->showTokenButton->setEnabled(needsToken && !reading);
    const QString shown = m_draft.tokenState == State::Known ? m_draft.token : QString();
    if (m_ui->tokenEdit->text() != shown)
        m_ui->tokenEdit->setText(shown);
    if (reading)
        m_ui->tokenEdit->setPlaceholderText(tr("Reading from the keychain…"));
    else if (!needsToken)
        m_ui->tokenEdit->setPlaceholderText(tr("Not sent without authentication"));
    else
        m_ui->tokenEdit->setPlaceholderText(tr("Paste a token; it is kept in the keychain"));
}

void ConnectionForm::addHeaderRow()
{
    QTableWidget *table = m_ui->headersTable;
    const int row = table->rowCount();
    m_filling = true;
    table->insertRow(row);
    table->setItem(row, NameColumn, new QTableWidgetItem);
    table->setItem(row, ValueColumn, new QTableWidgetItem);
    table->setItem(row, SecretColumn, newSecretItem(false));
    m_filling = false;
    table->setCurrentCell(row, NameColumn);
    table->setFocus();
    table->editItem(table->item(row, NameColumn));
}

void ConnectionForm::headerChanged(QTableWidgetItem *item)
{
    QTableWidget *table = m_ui->headersTable;
    if (item->column() == NameColumn) {
        if (QTableWidgetItem *secret = table->item(item->row(), SecretColumn))
            followName(secret, item->text()); // its own itemChanged comes back here
    } else if (item->column() == SecretColumn) {
        table->viewport()->update(); // the value's dots come and go with the box
    }
    emitEdited();
}

void ConnectionForm::removeHeaderRow()
{
    const int row = m_ui->headersTable->currentRow();
    if (row < 0)
        return;
    m_ui->headersTable->removeRow(row);
    emitEdited();
}

void ConnectionForm::browseCaFile()
{
    const QString current = m_ui->caFileEdit->text().trimmed();
    // open(), not exec(): the dialog must not run a nested event loop (nor block a test).
    auto *dialog = new QFileDialog(this, tr("Choose CA Certificates"),
                                   current.isEmpty() ? QDir::homePath() : current,
                                   tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_ui->caFileEdit->setText(QDir::toNativeSeparators(file));
        emitEdited();
    });
    dialog->open();
}

void ConnectionForm::emitEdited()
{
    if (!m_filling)
        emit edited();
}

QLabel *ConnectionForm::messageLabel(ValidationIssue::Field field) const
{
    using Field = ValidationIssue::Field;
    switch (field) {
    case Field::Name:
        return m_ui->nameMessage;
    case Field::Host:
        return m_ui->hostMessage;
    case Field::BaseUrl:
        return m_ui->baseUrlMessage;
    case Field::GatewayPath:
        return m_ui->gatewayPathMessage;
    case Field::Token:
        return m_ui->tokenMessage;
    case Field::Headers:
        return m_ui->headersMessage;
    case Field::Proxy:
        return m_ui->proxyMessage;
    case Field::CaFile:
        return m_ui->caFileMessage;
    }
    return nullptr;
}

void ConnectionForm::setIssues(const QList<ValidationIssue> &issues)
{
    using Field = ValidationIssue::Field;
    for (Field field : {Field::Name, Field::Host, Field::BaseUrl, Field::GatewayPath, Field::Token,
                        Field::Headers, Field::Proxy, Field::CaFile}) {
        QStringList texts;
        bool error = false;
        for (const ValidationIssue &issue : issues) {
            if (issue.field != field)
                continue;
            texts.append(issue.text);
            error = error || issue.severity == ValidationIssue::Severity::Error;
        }
        QLabel *label = messageLabel(field);
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, error ? kErrorColor : kWarningColor);
        label->setPalette(palette);
        label->setText(texts.join(QLatin1Char('\n')));
        label->setVisible(!texts.isEmpty());
    }
}

void ConnectionForm::focusName()
{
    m_ui->nameEdit->setFocus();
    m_ui->nameEdit->selectAll();
}

} // namespace Parlance::Ui
