#pragma once

#include "core/apierror.h"
#include "core/connection.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace Parlance::Engine {
class ModelsCall;
}
namespace Parlance::Net {
class GatewayClient;
}

namespace Parlance::Ui {

// "Test Connection": lists the models of a connection as the form holds it, before it is
// saved, and says what came back: the first few model names, or what went wrong and what to
// do about it, with the raw details one click away. The request runs on the event loop.
class ConnectionTestPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTestPanel)

public:
    explicit ConnectionTestPanel(Net::GatewayClient *client, QWidget *parent = nullptr);
    ~ConnectionTestPanel() override;

    // Tests `connection` with `token` (the token as typed: it need not be saved yet).
    void start(const Core::Connection &connection, const QString &token);
    // Abandons a test under way and clears the last result.
    void reset();
    bool isRunning() const { return !m_call.isNull(); }

    // The button stays usable only for connections that can be tested; `reason` says why not.
    void setTestable(bool testable, const QString &reason = {});

    QString resultText() const; // what the result line says now

signals:
    // The Test Connection button was pressed; the owner answers with start().
    void testRequested();
    void finished(bool ok);
    // The details below the result were opened or closed: the panel changed height.
    void detailsToggled(bool open);

private:
    void showSuccess();
    void showError(const Core::ApiError &error);
    void setRunning(bool running);

    Net::GatewayClient *m_client;
    QPointer<Engine::ModelsCall> m_call;
    Core::Connection m_connection;
    QString m_token;
    bool m_testable = true;

    QPushButton *m_button;
    QLabel *m_result;
    QToolButton *m_detailsButton;
    QPlainTextEdit *m_details;
};

} // namespace Parlance::Ui
