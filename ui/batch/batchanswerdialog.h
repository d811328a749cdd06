#pragma once

#include "workspace/batchsession.h"

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace Parlance::Ui {

// One batch cell in full: the prompt, the whole answer (or the error), the figures and every
// check with why it failed. Read-only; the text can be selected and copied. A cell whose
// checks asked a judge offers the judge's request for the inspector.
class BatchAnswerDialog final : public QDialog
{
    Q_OBJECT

public:
    BatchAnswerDialog(const Workspace::BatchSession &session, int row, int model,
                      QWidget *parent = nullptr);

    QPlainTextEdit *answerEdit() const { return m_answer; }
    // Shows the last judge's request in the inspector; null when the cell had no judge logged.
    QPushButton *judgeRequestButton() const { return m_judge; }

signals:
    void showExchangeRequested(quint64 exchangeId);

private:
    QPlainTextEdit *m_answer;
    QPushButton *m_judge = nullptr;
};

} // namespace Parlance::Ui
