#include "conversation/turneditor.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Parlance::Ui {

TurnEditor::TurnEditor(QWidget *parent)
    : QFrame(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setFocusProxy(m_edit);
    m_edit->setTabChangesFocus(true);
    m_edit->setAccessibleName(tr("Edited message"));
    m_edit->installEventFilter(this);
    m_send->setDefault(true);
    m_send->setToolTip(tr("Replace this message and ask again (Ctrl+Enter). The turns after it "
                          "are dropped."));

    auto *hint = new QLabel(tr("Edit the message; the answers after it will be replaced."), this);
    hint->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(hint, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_edit, 1);
    layout->addLayout(buttons);

    connect(m_send, &QPushButton::clicked, this, &TurnEditor::submit);
    connect(m_cancel, &QPushButton::clicked, this, &TurnEditor::cancelled);
}

TurnEditor::~TurnEditor() = default;

QString TurnEditor::text() const
{
    return m_edit->toPlainText();
}

void TurnEditor::setText(const QString &text)
{
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
}

void TurnEditor::submit()
{
    if (!text().trimmed().isEmpty())
        emit submitted(text());
}

bool TurnEditor::eventFilter(QObject *object, QEvent *event)
{
    if (object == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ControlModifier)) {
            submit();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            emit cancelled();
            return true;
        }
    }
    return QFrame::eventFilter(object, event);
}

} // namespace Parlance::Ui
