#include "batch/batchanswerdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Parlance::Ui {

BatchAnswerDialog::BatchAnswerDialog(const Workspace::BatchSession &session, int row, int model,
                                     QWidget *parent)
    : QDialog(parent), m_answer(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("batchAnswerDialog"));
    const Engine::BatchRow &input = session.row(row);
    const QString modelName = session.models().at(model);
    setWindowTitle(tr("Prompt %1 · %2").arg(input.index + 1).arg(modelName));

    auto *prompt = new QLabel(this);
    prompt->setWordWrap(true);
    prompt->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    prompt->setTextFormat(Qt::PlainText);
    prompt->setText(input.prompt.left(2000));

    const Workspace::BatchSession::Cell &cell = session.cell(row, model);
    QString text;
    QStringList details;
    if (!cell.result) {
        text = tr("Not asked yet.");
    } else {
        const Engine::ChatResult &result = *cell.result;
        text = result.error ? tr("Error: %1").arg(result.error->message) : result.message.text();
        if (result.metrics.totalMs)
            details.append(tr("%L1 ms").arg(*result.metrics.totalMs));
        if (result.metrics.outputTokens)
            details.append(tr("%L1 tokens").arg(*result.metrics.outputTokens));
        for (const Engine::BatchCheckResult &check : cell.checks) {
            QString line = (check.pass ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + check.name;
            if (check.score)
                line += QStringLiteral(" (%1)").arg(*check.score, 0, 'f', 2);
            if (!check.pass && !check.detail.isEmpty())
                line += QStringLiteral(": ") + check.detail.left(500);
            details.append(line);
        }
    }
    m_answer->setReadOnly(true);
    m_answer->setPlainText(text);
    m_answer->setAccessibleName(tr("Answer"));
    auto *figures = new QLabel(details.join(u'\n'), this);
    figures->setTextFormat(Qt::PlainText);
    figures->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!cell.judgeExchangeIds.isEmpty()) {
        m_judge = buttons->addButton(tr("Show the &judge's request"), QDialogButtonBox::ActionRole);
        m_judge->setObjectName(QStringLiteral("batchJudgeRequestButton"));
        const quint64 id = cell.judgeExchangeIds.last();
        connect(m_judge, &QPushButton::clicked, this,
                [this, id] { emit showExchangeRequested(id); });
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_answer, 1);
    layout->addWidget(figures);
    layout->addWidget(buttons);
    resize(720, 520);
}

} // namespace Parlance::Ui
