#include "settings/connectionform.h"

#include "config/databrickscfg.h"
#include "ui_connectionform.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>

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

} // namespace

ConnectionForm::ConnectionForm(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ConnectionForm>())
{
    m_ui->setupUi(this);
    // Three group boxes, three form layouts: one label width lines their fields up.
    const QList<QLabel *> labels = {
        m_ui->nameLabel,    m_ui->kindLabel,           m_ui->hostLabel,    m_ui->gatewayPathLabel,
        m_ui->baseUrlLabel, m_ui->authLabel,           m_ui->tokenLabel,   m_ui->headersLabel,
        m_ui->timeoutLabel, m_ui->connectTimeoutLabel, m_ui->retriesLabel, m_ui->proxyLabel,
        m_ui->caFileLabel};
    int labelWidth = 0;
    for (const QLabel *label : labels)
        labelWidth = std::max(labelWidth, label->sizeHint().width());
    for (QLabel *label : labels)
        label->setMinimumWidth(labelWidth);
    m_ui->headersTable->horizontalHeader()->resizeSection(0, 170);
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
    connect(m_ui->headersTable, &QTableWidget::itemChanged, this, edited);
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
    m_ui->headersTable->setRowCount(0);
    for (const Core::HttpHeader &header : c.extraHeaders) {
        const int row = m_ui->headersTable->rowCount();
        m_ui->headersTable->insertRow(row);
        m_ui->headersTable->setItem(row, 0, new QTableWidgetItem(QString::fromUtf8(header.first)));
        m_ui->headersTable->setItem(row, 1, new QTableWidgetItem(QString::fromUtf8(header.second)));
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
    c.extraHeaders.clear();
    const QTableWidget *table = m_ui->headersTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString name
            = table->item(row, 0) ? table->item(row, 0)->text().trimmed() : QString();
        const QString value
            = table->item(row, 1) ? table->item(row, 1)->text().trimmed() : QString();
        if (!name.isEmpty() || !value.isEmpty())
            c.extraHeaders.append({name.toUtf8(), value.toUtf8()});
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

void ConnectionForm::setTokenState(ConnectionDraft::TokenState state, const QString &token,
                                   const QString &error)
{
    m_draft.tokenState = state;
    m_draft.token = token;
    m_draft.tokenError = error;
    updateTokenField();
}

void ConnectionForm::updateVisibleFields()
{
    const bool databricks = m_ui->kindCombo->currentIndex() == 0;
    m_ui->connectionLayout->setRowVisible(m_ui->hostField, databricks);
    m_ui->connectionLayout->setRowVisible(m_ui->gatewayPathField, databricks);
    m_ui->connectionLayout->setRowVisible(m_ui->baseUrlField, !databricks);
    const bool manualProxy
        = m_ui->proxyCombo->currentIndex() == int(Core::Connection::Proxy::Manual);
    m_ui->proxyHostEdit->setVisible(manualProxy);
    m_ui->proxyPortSpin->setVisible(manualProxy);
}

void ConnectionForm::updateTokenField()
{
    using State = ConnectionDraft::TokenState;
    const bool needsToken = m_ui->authCombo->currentIndex() != int(Core::Connection::Auth::None);
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
    table->setItem(row, 0, new QTableWidgetItem);
    table->setItem(row, 1, new QTableWidgetItem);
    m_filling = false;
    table->setCurrentCell(row, 0);
    table->setFocus();
    table->editItem(table->item(row, 0));
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
