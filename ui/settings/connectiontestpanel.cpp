#include "settings/connectiontestpanel.h"

#include "engine/modelscall.h"
#include "net/redaction.h"

#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Parlance::Ui {

namespace {

constexpr int kNamesShown = 5;

struct Advice
{
    QString what;
    QString todo;
};

Advice adviceFor(const Core::ApiError &error, const Core::Connection &connection)
{
    const bool databricks = connection.kind == Core::Connection::Kind::Databricks;
    const QString where = connection.modelsUrl().toDisplayString(QUrl::RemoveUserInfo);
    const QString server
        = error.message.isEmpty() ? QString() : QString(QStringLiteral(" ") + error.message);
    using Kind = Core::ApiError::Kind;
    switch (error.kind) {
    case Kind::Http:
    case Kind::Stream:
        if (error.httpStatus == 401 || error.httpStatus == 403) {
            return {ConnectionTestPanel::tr("The server refused the credentials (HTTP %1).%2")
                        .arg(error.httpStatus)
                        .arg(server),
                    ConnectionTestPanel::tr("Check the token and the authentication mode; a "
                                            "token may also have expired or lack permission.")};
        }
        if (error.httpStatus == 404) {
            return {ConnectionTestPanel::tr("Nothing answers at %1 (HTTP 404).").arg(where),
                    databricks ? ConnectionTestPanel::tr("Check the workspace URL.")
                               : ConnectionTestPanel::tr("Check the base URL: most servers "
                                                         "expect it to end in /v1.")};
        }
        return {ConnectionTestPanel::tr("The server answered with HTTP %1.%2")
                    .arg(error.httpStatus)
                    .arg(server),
                ConnectionTestPanel::tr("Try again in a moment; if it persists, the details "
                                        "below show what the server sent.")};
    case Kind::Network:
        return {ConnectionTestPanel::tr("Could not reach %1: %2").arg(where, error.message),
                ConnectionTestPanel::tr("Check the address and port, your network, and the "
                                        "proxy and certificate settings.")};
    case Kind::Timeout:
        return {error.message,
                ConnectionTestPanel::tr("Check that the address is right and the server is "
                                        "running, or raise the timeouts.")};
    case Kind::Protocol:
        return {error.message, databricks
                                   ? ConnectionTestPanel::tr("Check that the URL is a Databricks "
                                                             "workspace.")
                                   : ConnectionTestPanel::tr("Check that the base URL points at an "
                                                             "OpenAI-compatible API.")};
    case Kind::Cancelled:
        return {ConnectionTestPanel::tr("The test was stopped."), {}};
    }
    return {error.message, {}};
}

} // namespace

ConnectionTestPanel::ConnectionTestPanel(Net::GatewayClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_button(new QPushButton(tr("&Test Connection"), this))
    , m_result(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_details(new QPlainTextEdit(this))
{
    m_button->setObjectName(QStringLiteral("testButton"));
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_detailsButton->setObjectName(QStringLiteral("testDetailsButton"));
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsButton->setAutoRaise(true);
    m_details->setObjectName(QStringLiteral("testDetails"));
    m_details->setAccessibleName(tr("Test details"));
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(120);
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    auto *row = new QHBoxLayout;
    row->addWidget(m_button, 0, Qt::AlignTop);
    row->addWidget(m_result, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_detailsButton, 0, Qt::AlignLeft);
    layout->addWidget(m_details);

    connect(m_button, &QPushButton::clicked, this, [this] {
        if (isRunning())
            reset();
        else
            emit testRequested();
    });
    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool open) {
        m_detailsButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_details->setVisible(open);
        emit detailsToggled(open);
    });
    reset();
}

ConnectionTestPanel::~ConnectionTestPanel() = default;

void ConnectionTestPanel::start(const Core::Connection &connection, const QString &token)
{
    reset();
    m_connection = connection;
    m_token = token;
    m_call = new Engine::ModelsCall(m_client, connection, token, this);
    connect(m_call, &Engine::ModelsCall::finished, this, [this] {
        Engine::ModelsCall *call = m_call;
        const bool ok = !call->error();
        if (!ok)
            showError(*call->error());
        else
            showSuccess();
        m_call = nullptr;
        call->deleteLater();
        setRunning(false);
        emit finished(ok);
    });
    m_result->setText(
        tr("Connecting to %1…").arg(connection.modelsUrl().toDisplayString(QUrl::RemoveUserInfo)));
    setRunning(true);
    m_call->start();
}

void ConnectionTestPanel::reset()
{
    delete m_call; // abandons the request: its answer no longer matters
    m_result->clear();
    m_details->clear();
    m_detailsButton->setChecked(false);
    m_detailsButton->hide();
    m_details->hide();
    setRunning(false);
}

void ConnectionTestPanel::setTestable(bool testable, const QString &reason)
{
    m_testable = testable;
    m_button->setToolTip(testable ? tr("List the models with the settings above, before saving.")
                                  : reason);
    setRunning(isRunning());
}

QString ConnectionTestPanel::resultText() const
{
    return m_result->text();
}

void ConnectionTestPanel::setRunning(bool running)
{
    m_button->setText(running ? tr("S&top Test") : tr("&Test Connection"));
    m_button->setEnabled(running || m_testable);
}

void ConnectionTestPanel::showSuccess()
{
    const QList<Core::ModelInfo> &models = m_call->models();
    QStringList names;
    for (qsizetype i = 0; i < models.size() && i < kNamesShown; ++i)
        names.append(models.at(i).name);
    // No %n plural: without a loaded translation it would print "model(s)".
    QString text = models.size() == 1 ? tr("Connected: 1 model")
                                      : tr("Connected: %1 models").arg(models.size());
    if (!names.isEmpty()) {
        text += QStringLiteral(" — ") + names.join(QStringLiteral(", "));
        if (models.size() > kNamesShown)
            text += QStringLiteral(", …");
    }
    m_result->setText(text);
}

void ConnectionTestPanel::showError(const Core::ApiError &error)
{
    const Advice advice = adviceFor(error, m_connection);
    m_result->setText(advice.todo.isEmpty()
                          ? advice.what
                          : QString(advice.what + QLatin1Char('\n') + advice.todo));
    if (error.kind == Core::ApiError::Kind::Cancelled)
        return;

    QStringList lines;
    lines.append(QStringLiteral("GET ")
                 + m_connection.modelsUrl().toDisplayString(QUrl::RemoveUserInfo));
    if (error.httpStatus)
        lines.append(tr("HTTP status: %1").arg(error.httpStatus));
    if (!error.code.isEmpty())
        lines.append(tr("Error code: %1").arg(error.code));
    if (!error.message.isEmpty())
        lines.append(tr("Message: %1").arg(error.message));
    if (!error.raw.isEmpty()) {
        // A server may echo the request back; the token must not be shown even then.
        QByteArray raw = Net::redactSecrets(error.raw, {m_token.toUtf8()});
        const QJsonDocument json = QJsonDocument::fromJson(raw);
        if (!json.isNull())
            raw = json.toJson(QJsonDocument::Indented).trimmed();
        lines.append(QString());
        lines.append(QString::fromUtf8(raw));
    }
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
    m_detailsButton->show();
}

} // namespace Parlance::Ui
