#include "inspector/resenddialog.h"

#include "inspector/jsonhighlighter.h"
#include "inspector/jsontext.h"
#include "net/redaction.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Parlance::Ui {

static constexpr int ManagedRole = Qt::UserRole + 1;
// Pretty-printing a body larger than this into an editor makes typing sluggish.
static constexpr qsizetype PrettyEditLimit = 1024 * 1024;

ResendDialog::ResendDialog(const Core::HttpRequest &original, QWidget *parent)
    : QDialog(parent)
    , m_original(original)
    , m_method(new QComboBox)
    , m_url(new QLineEdit)
    , m_headers(new QTableWidget(0, 2))
    , m_body(new QPlainTextEdit)
    , m_validation(new QLabel)
    , m_send(new QPushButton(tr("Send")))
    , m_validationDelay(new QTimer(this))
{
    setWindowTitle(tr("Edit and Resend"));
    m_method->setEditable(true);
    m_method->addItems({QStringLiteral("POST"), QStringLiteral("GET"), QStringLiteral("PUT"),
                        QStringLiteral("PATCH"), QStringLiteral("DELETE")});
    m_method->setCurrentText(QString::fromLatin1(original.method));
    m_url->setText(original.url.toString(QUrl::RemoveUserInfo));
    m_method->setAccessibleName(tr("Method"));
    m_url->setAccessibleName(tr("URL"));

    m_headers->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_headers->verticalHeader()->hide();
    m_headers->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    m_headers->setAccessibleName(tr("Headers"));
    m_headers->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->horizontalHeader()->resizeSection(0, 200);
    fillHeaders(original.headers);
    auto *addHeader = new QPushButton(tr("Add Header"));
    auto *removeHeader = new QPushButton(tr("Remove Header"));

    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_body->setTabChangesFocus(true);
    m_body->setAccessibleName(tr("Body"));
    (new JsonHighlighter(this))->setDocument(m_body->document());
    const bool prettify
        = original.body.size() <= PrettyEditLimit && JsonText::check(original.body).valid;
    m_body->setPlainText(
        QString::fromUtf8(prettify ? JsonText::prettyPrint(original.body) : original.body));
    m_validation->setWordWrap(true);
    m_validation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *format = new QPushButton(tr("Format"));
    format->setToolTip(tr("Re-indent the JSON body"));

    auto *target = new QHBoxLayout;
    target->addWidget(m_method);
    target->addWidget(m_url, 1);

    auto *headersBox = new QWidget;
    auto *headerButtons = new QHBoxLayout;
    headerButtons->addWidget(new QLabel(tr("Headers")), 1);
    headerButtons->addWidget(addHeader);
    headerButtons->addWidget(removeHeader);
    auto *headersLayout = new QVBoxLayout(headersBox);
    headersLayout->setContentsMargins(0, 0, 0, 0);
    headersLayout->addLayout(headerButtons);
    headersLayout->addWidget(m_headers);

    auto *bodyBox = new QWidget;
    auto *bodyTitle = new QHBoxLayout;
    bodyTitle->addWidget(new QLabel(tr("Body")), 1);
    bodyTitle->addWidget(format);
    auto *bodyLayout = new QVBoxLayout(bodyBox);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addLayout(bodyTitle);
    bodyLayout->addWidget(m_body, 1);
    bodyLayout->addWidget(m_validation);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(headersBox);
    splitter->addWidget(bodyBox);
    splitter->setStretchFactor(1, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_send, QDialogButtonBox::AcceptRole);
    m_send->setDefault(false);
    m_send->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(target);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(760, 640);

    m_validationDelay->setSingleShot(true);
    m_validationDelay->setInterval(300);
    connect(m_validationDelay, &QTimer::timeout, this, &ResendDialog::validate);
    connect(m_body, &QPlainTextEdit::textChanged, this, &ResendDialog::scheduleValidation);
    connect(m_url, &QLineEdit::textChanged, this, &ResendDialog::validate);
    connect(m_method, &QComboBox::currentTextChanged, this, &ResendDialog::validate);
    connect(format, &QPushButton::clicked, this, &ResendDialog::formatBody);
    connect(addHeader, &QPushButton::clicked, this, [this] {
        addHeaderRow({}, {}, false);
        m_headers->setCurrentCell(m_headers->rowCount() - 1, 0);
        m_headers->editItem(m_headers->item(m_headers->rowCount() - 1, 0));
    });
    connect(removeHeader, &QPushButton::clicked, this, [this] {
        const int row = m_headers->currentRow();
        if (row >= 0 && !m_headers->item(row, 0)->data(ManagedRole).toBool())
            m_headers->removeRow(row);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &ResendDialog::send);
    validate();
}

void ResendDialog::fillHeaders(const Core::HttpHeaders &headers)
{
    for (const Core::HttpHeader &header : headers)
        addHeaderRow(header.first, header.second, Net::isSensitiveHeader(header.first));
}

void ResendDialog::addHeaderRow(const QByteArray &name, const QByteArray &value, bool managed)
{
    const int row = m_headers->rowCount();
    m_headers->insertRow(row);
    auto *nameItem = new QTableWidgetItem(QString::fromLatin1(name));
    auto *valueItem
        = new QTableWidgetItem(managed ? tr("(from connection)") : QString::fromUtf8(value));
    nameItem->setData(ManagedRole, managed);
    if (managed) {
        // The logged value is masked: the sender puts the connection's credential back.
        for (QTableWidgetItem *item : {nameItem, valueItem}) {
            item->setFlags(Qt::ItemIsEnabled);
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            item->setToolTip(tr("Added from the connection when the request is sent"));
        }
    }
    m_headers->setItem(row, 0, nameItem);
    m_headers->setItem(row, 1, valueItem);
}

Core::HttpRequest ResendDialog::request() const
{
    Core::HttpRequest request;
    request.method = m_method->currentText().trimmed().toUpper().toLatin1();
    request.url = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QTableWidgetItem *name = m_headers->item(row, 0);
        const QTableWidgetItem *value = m_headers->item(row, 1);
        if (!name || name->data(ManagedRole).toBool() || name->text().trimmed().isEmpty())
            continue;
        request.headers.append(
            {name->text().trimmed().toLatin1(), value ? value->text().toUtf8() : QByteArray()});
    }
    request.body = m_body->toPlainText().toUtf8();
    request.streaming = m_original.streaming;
    // Sent where it went before, it speaks the API it was built for; sent elsewhere, the engine
    // reads the API from the new URL.
    if (request.url.path() == m_original.url.path())
        request.api = m_original.api;
    // The body decides whether the answer streams; the flag follows what the user typed.
    const QJsonObject object = QJsonDocument::fromJson(request.body).object();
    if (object.value(QLatin1StringView("stream")).isBool())
        request.streaming = object.value(QLatin1StringView("stream")).toBool();
    return request;
}

bool ResendDialog::canSend() const
{
    return m_valid;
}

void ResendDialog::scheduleValidation()
{
    if (m_body->document()->characterCount() <= ImmediateCheckLimit) {
        validate();
        return;
    }
    m_valid = false;
    m_send->setEnabled(false);
    m_validationDelay->start();
}

static void setMessage(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
    label->setForegroundRole(error ? QPalette::WindowText : QPalette::PlaceholderText);
}

void ResendDialog::validate()
{
    m_validationDelay->stop();
    const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
    const QByteArray body = m_body->toPlainText().toUtf8();
    m_valid = false;
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1StringView("http")
            && url.scheme() != QLatin1StringView("https"))) {
        setMessage(m_validation, tr("Enter an http:// or https:// URL."), true);
    } else if (m_method->currentText().trimmed().isEmpty()) {
        setMessage(m_validation, tr("Enter a method, such as POST."), true);
    } else if (body.trimmed().isEmpty()) {
        m_valid = true;
        setMessage(m_validation, tr("No body."), false);
    } else if (const JsonText::Check check = JsonText::check(body); !check.valid) {
        setMessage(m_validation,
                   check.message.isEmpty()
                       ? tr("Invalid JSON at line %1, column %2: the body must be a JSON "
                            "object or array.")
                             .arg(check.line)
                             .arg(check.column)
                       : tr("Invalid JSON at line %1, column %2: %3.")
                             .arg(check.line)
                             .arg(check.column)
                             .arg(check.message),
                   true);
    } else {
        m_valid = true;
        setMessage(m_validation, tr("Valid JSON."), false);
    }
    m_send->setEnabled(m_valid);
}

void ResendDialog::formatBody()
{
    const QByteArray body = m_body->toPlainText().toUtf8();
    if (JsonText::check(body).valid)
        m_body->setPlainText(QString::fromUtf8(JsonText::prettyPrint(body)));
}

void ResendDialog::send()
{
    validate();
    if (!m_valid)
        return;
    emit sendRequested(request());
    accept();
}

} // namespace Parlance::Ui
