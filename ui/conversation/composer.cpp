#include "conversation/composer.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Parlance::Ui {

Composer::Composer(QWidget *parent)
    : QWidget(parent)
    , m_input(new QPlainTextEdit(this))
    , m_button(new QPushButton(this))
    , m_notice(new QLabel(this))
{
    m_input->setPlaceholderText(tr("Message the model… (Ctrl+Enter to send)"));
    m_input->setTabChangesFocus(true);
    m_input->setAccessibleName(tr("Message"));
    m_input->installEventFilter(this);
    m_input->setMinimumHeight(m_input->fontMetrics().lineSpacing() * 2 + 16);

    m_button->setAutoDefault(false);
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->hide();
    QPalette palette = m_notice->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x3a, 0x2e));
    m_notice->setPalette(palette);

    auto *row = new QHBoxLayout;
    row->addWidget(m_input, 1);
    auto *side = new QVBoxLayout;
    side->addStretch(1);
    side->addWidget(m_button);
    row->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->setSpacing(4);
    layout->addWidget(m_notice);
    layout->addLayout(row);
    setFocusProxy(m_input);

    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_busy)
            emit stopRequested();
        else
            submit();
    });
    connect(m_input, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_notice->isHidden() && !m_input->toPlainText().isEmpty())
            showNotice({});
        updateButton();
    });
    updateButton();
}

Composer::~Composer() = default;

void Composer::setSubmitHandler(std::function<bool(const QString &)> handler)
{
    m_submit = std::move(handler);
}

void Composer::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    updateButton();
}

void Composer::updateButton()
{
    if (m_busy) {
        m_button->setText(tr("Stop"));
        m_button->setToolTip(tr("Stop the reply; what arrived so far is kept (Esc)"));
        m_button->setEnabled(true);
    } else {
        m_button->setText(tr("Send"));
        m_button->setToolTip(tr("Send the message (Ctrl+Enter)"));
        m_button->setEnabled(!m_input->toPlainText().trimmed().isEmpty());
    }
}

QString Composer::text() const
{
    return m_input->toPlainText();
}

void Composer::setText(const QString &text)
{
    m_input->setPlainText(text);
    m_input->moveCursor(QTextCursor::End);
}

void Composer::setPlaceholderText(const QString &text)
{
    m_input->setPlaceholderText(text);
}

void Composer::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QString Composer::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void Composer::focusInput()
{
    m_input->setFocus(Qt::OtherFocusReason);
}

void Composer::submit()
{
    const QString text = m_input->toPlainText();
    if (m_busy || text.trimmed().isEmpty() || !m_submit)
        return;
    if (!m_submit(text))
        return; // kept in the input; the handler said why through showNotice()
    m_input->clear();
    showNotice({});
    emit submitted(text);
}

bool Composer::eventFilter(QObject *object, QEvent *event)
{
    if (object == m_input && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ControlModifier)) {
            submit();
            return true;
        }
        if (key->key() == Qt::Key_Escape && m_busy) {
            emit stopRequested();
            return true;
        }
    }
    return QWidget::eventFilter(object, event);
}

} // namespace Parlance::Ui
