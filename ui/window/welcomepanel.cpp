#include "window/welcomepanel.h"

#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Parlance::Ui {

WelcomePanel::WelcomePanel(QWidget *parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
    , m_profiles(new QWidget(this))
    , m_profilesLayout(new QVBoxLayout(m_profiles))
{
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/parlance/icons/parlance.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignHCenter);

    auto *title = new QLabel(tr("Welcome to Parlance"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignHCenter);

    auto *intro = new QLabel(tr("Chat with the models your gateway serves, compare them side by "
                                "side and see every byte that goes over the wire.\n"
                                "Connect to a Databricks workspace or any OpenAI-compatible "
                                "server to begin."),
                             this);
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignHCenter);

    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignHCenter);
    m_message->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_message->hide();

    auto *add = new QPushButton(tr("Add connection…"), this);
    add->setObjectName(QStringLiteral("addConnectionButton"));
    add->setDefault(true);
    auto *demo = new QPushButton(tr("Try the demo gateway"), this);
    demo->setObjectName(QStringLiteral("demoButton"));
    auto *demoNote = new QLabel(tr("A simulated gateway on this computer: demo models, no "
                                   "account, nothing leaves the machine."),
                                this);
    demoNote->setWordWrap(true);
    demoNote->setAlignment(Qt::AlignHCenter);
    demoNote->setEnabled(false);

    m_profilesLayout->setContentsMargins(0, 0, 0, 0);
    m_profiles->hide();

    auto *column = new QVBoxLayout;
    column->addStretch(2);
    column->addWidget(icon);
    column->addWidget(title);
    column->addSpacing(8);
    column->addWidget(intro);
    column->addSpacing(16);
    column->addWidget(m_message);
    column->addWidget(m_profiles);
    column->addWidget(add);
    column->addWidget(demo);
    column->addWidget(demoNote);
    column->addStretch(3);

    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 2);
    outer->addStretch(1);

    connect(add, &QPushButton::clicked, this, &WelcomePanel::addConnectionRequested);
    connect(demo, &QPushButton::clicked, this, &WelcomePanel::demoRequested);
}

void WelcomePanel::setDatabricksProfiles(const QStringList &profiles)
{
    while (QLayoutItem *item = m_profilesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &profile : profiles) {
        auto *button = new QPushButton(tr("Use profile “%1” from ~/.databrickscfg").arg(profile),
                                       m_profiles);
        connect(button, &QPushButton::clicked, this,
                [this, profile] { emit databricksProfileChosen(profile); });
        m_profilesLayout->addWidget(button);
    }
    m_profiles->setVisible(!profiles.isEmpty());
}

void WelcomePanel::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

} // namespace Parlance::Ui
