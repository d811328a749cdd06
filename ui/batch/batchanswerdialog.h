#pragma once

#include "workspace/batchsession.h"

#include <QDialog>

class QPlainTextEdit;

namespace Parlance::Ui {

// One batch cell in full: the prompt, the whole answer (or the error), the figures and every
// check with why it failed. Read-only; the text can be selected and copied.
class BatchAnswerDialog final : public QDialog
{
    Q_OBJECT

public:
    BatchAnswerDialog(const Workspace::BatchSession &session, int row, int model,
                      QWidget *parent = nullptr);

    QPlainTextEdit *answerEdit() const { return m_answer; }

private:
    QPlainTextEdit *m_answer;
};

} // namespace Parlance::Ui
