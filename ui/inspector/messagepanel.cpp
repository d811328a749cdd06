#include "inspector/messagepanel.h"

#include "inspector/bodyview.h"
#include "inspector/headersview.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace Parlance::Ui {

MessagePanel::MessagePanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel)
    , m_headersTitle(new QLabel)
    , m_copyHeaders(new QToolButton)
    , m_headers(new HeadersView)
    , m_body(new BodyView)
{
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_copyHeaders->setText(tr("Copy headers"));
    m_copyHeaders->setToolTip(
        tr("Copy the headers as \"Name: value\" lines (secrets stay masked)"));
    m_copyHeaders->setAutoRaise(true);

    auto *headersBox = new QWidget;
    auto *headersTitleRow = new QHBoxLayout;
    headersTitleRow->addWidget(m_headersTitle, 1);
    headersTitleRow->addWidget(m_copyHeaders);
    auto *headersLayout = new QVBoxLayout(headersBox);
    headersLayout->setContentsMargins(0, 0, 0, 0);
    headersLayout->setSpacing(2);
    headersLayout->addLayout(headersTitleRow);
    headersLayout->addWidget(m_headers);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(headersBox);
    splitter->addWidget(m_body);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_copyHeaders, &QToolButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(HeadersView::toText(m_headers->headers()));
    });
    clear();
}

void MessagePanel::setMessage(const QString &summary, const Core::HttpHeaders &headers,
                              const QByteArray &body, const QString &emptyBodyText)
{
    m_summary->setText(summary);
    m_headers->setHeaders(headers);
    m_headersTitle->setText(tr("Headers (%1)").arg(headers.size()));
    m_copyHeaders->setEnabled(!headers.isEmpty());
    m_body->setPlaceholder(emptyBodyText);
    m_body->setBody(body);
}

void MessagePanel::clear()
{
    setMessage({}, {}, {}, tr("No body"));
}

} // namespace Parlance::Ui
