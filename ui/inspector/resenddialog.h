#pragma once

#include "core/httprequest.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace Parlance::Ui {

// "Edit and resend": the logged request's method, URL, headers and raw body, editable. The
// body is checked as JSON while typing and Send stays disabled while it is not valid. Masked
// credentials cannot be edited: they are shown as "(from connection)" and left out of the
// request, because the sender adds the connection's own. Nothing is sent from here: Send
// emits sendRequested() and closes the dialog.
class ResendDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResendDialog)

public:
    explicit ResendDialog(const Core::HttpRequest &original, QWidget *parent = nullptr);

    // The request as edited, without the credentials the connection adds.
    Core::HttpRequest request() const;
    bool canSend() const;

    QComboBox *methodBox() const { return m_method; }
    QLineEdit *urlEdit() const { return m_url; }
    QTableWidget *headersTable() const { return m_headers; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QLabel *validationLabel() const { return m_validation; }
    QPushButton *sendButton() const { return m_send; }

    // Bodies up to this size are checked on every keystroke; larger ones after a pause.
    static constexpr qsizetype ImmediateCheckLimit = 256 * 1024;

signals:
    void sendRequested(const Parlance::Core::HttpRequest &request);

private:
    void fillHeaders(const Core::HttpHeaders &headers);
    void addHeaderRow(const QByteArray &name, const QByteArray &value, bool managed);
    void scheduleValidation();
    void validate();
    void formatBody();
    void send();

    const Core::HttpRequest m_original;
    QComboBox *m_method;
    QLineEdit *m_url;
    QTableWidget *m_headers;
    QPlainTextEdit *m_body;
    QLabel *m_validation;
    QPushButton *m_send;
    QTimer *m_validationDelay;
    bool m_valid = false;
};

} // namespace Parlance::Ui
