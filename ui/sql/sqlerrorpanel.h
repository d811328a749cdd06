#pragma once

#include "workspace/sqlsession.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace Parlance::Ui {

// Why the latest statement gave no result: for a statement the warehouse failed, its SQL
// state, error code and message; for a request that failed on the way, what happened and what
// to do. "Details" shows the raw body that carried the error.
class SqlErrorPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlErrorPanel)

public:
    explicit SqlErrorPanel(QWidget *parent = nullptr);
    ~SqlErrorPanel() override;

    void setFailure(const Workspace::SqlFailure &failure);

    QLabel *headline() const { return m_headline; }
    QLabel *message() const { return m_message; }
    QToolButton *detailsButton() const { return m_details; }
    QPlainTextEdit *rawBody() const { return m_raw; }

private:
    QLabel *m_headline;
    QLabel *m_message;
    QToolButton *m_details;
    QPlainTextEdit *m_raw;
};

} // namespace Parlance::Ui
