#include "sql/sqlerrorpanel.h"

#include "conversation/errordescription.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace Parlance::Ui {

SqlErrorPanel::SqlErrorPanel(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_message(new QLabel(this))
    , m_details(new QToolButton(this))
    , m_raw(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("sqlError"));
    m_headline->setObjectName(QStringLiteral("sqlErrorHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_headline->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_message->setObjectName(QStringLiteral("sqlErrorMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setObjectName(QStringLiteral("sqlErrorDetails"));
    m_details->setText(tr("&Details"));
    m_details->setToolTip(tr("Show the body the error came in"));
    m_details->setCheckable(true);
    m_raw->setObjectName(QStringLiteral("sqlErrorBody"));
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setAccessibleName(tr("Error body"));
    m_raw->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_headline, 1);
    top->addWidget(m_details, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_raw, 1);
    layout->addStretch(0);
    connect(m_details, &QToolButton::toggled, m_raw, &QWidget::setVisible);
}

SqlErrorPanel::~SqlErrorPanel() = default;

void SqlErrorPanel::setFailure(const Workspace::SqlFailure &failure)
{
    const Core::ApiError &error = failure.error;
    if (error.kind == Core::ApiError::Kind::Stream) {
        // The warehouse ran the statement and says why it failed: its words, unchanged.
        const QString state = failure.state.isEmpty() ? QStringLiteral("FAILED") : failure.state;
        m_headline->setText(failure.sqlState.isEmpty()
                                ? tr("The statement %1 (%2).").arg(state, error.code)
                                : tr("The statement %1: SQL state %2 (%3).")
                                      .arg(state, failure.sqlState, error.code));
        m_message->setText(error.message);
    } else if (error.kind == Core::ApiError::Kind::Cancelled) {
        m_headline->setText(tr("The statement was cancelled."));
        m_message->setText(failure.state == u"CANCELED"
                               ? tr("The warehouse was asked to stop it; what it had done so far "
                                    "is not shown.")
                               : tr("It was cancelled before the warehouse answered."));
    } else {
        const ErrorDescription description = describeError(error);
        m_headline->setText(description.what);
        QString message = description.advice;
        if (!failure.sqlState.isEmpty())
            message = tr("SQL state %1.").arg(failure.sqlState) + u' ' + message;
        if (!description.detail.isEmpty())
            message += u'\n' + description.detail;
        m_message->setText(message);
    }
    const QJsonDocument json = QJsonDocument::fromJson(error.raw);
    m_raw->setPlainText(json.isNull() ? QString::fromUtf8(error.raw)
                                      : QString::fromUtf8(json.toJson(QJsonDocument::Indented)));
    m_details->setEnabled(!error.raw.isEmpty());
    if (error.raw.isEmpty())
        m_details->setChecked(false);
}

} // namespace Parlance::Ui
