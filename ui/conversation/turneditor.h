#pragma once

#include <QFrame>

class QPlainTextEdit;
class QPushButton;

namespace Parlance::Ui {

// The inline editor of a user turn: change the text, then "Send" (Ctrl+Enter) asks again
// from that turn on; "Cancel" (Esc) leaves the conversation as it was.
class TurnEditor final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TurnEditor)

public:
    explicit TurnEditor(QWidget *parent = nullptr);
    ~TurnEditor() override;

    QString text() const;
    void setText(const QString &text);
    QPlainTextEdit *textEdit() const { return m_edit; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *cancelButton() const { return m_cancel; }

signals:
    void submitted(const QString &text);
    void cancelled();

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    void submit();

    QPlainTextEdit *m_edit;
    QPushButton *m_send;
    QPushButton *m_cancel;
};

} // namespace Parlance::Ui
