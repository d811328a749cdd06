#include "compare/votebar.h"

#include "workspace/comparesession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Parlance::Ui {

VoteBar::VoteBar(Workspace::CompareSession *compare, QWidget *parent)
    : QWidget(parent)
    , m_compare(compare)
    , m_question(new QLabel(tr("Which answer is best?"), this))
    , m_buttons(new QHBoxLayout)
    , m_tie(new QPushButton(tr("&Tie"), this))
    , m_allBad(new QPushButton(this))
    , m_result(new QLabel(this))
{
    setAccessibleName(tr("Vote"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    QFont bold = m_question->font();
    bold.setBold(true);
    m_question->setFont(bold);
    layout->addWidget(m_question);
    layout->addLayout(m_buttons);
    m_tie->setAccessibleName(tr("Vote: a tie"));
    m_allBad->setAccessibleName(tr("Vote: none is good"));
    layout->addWidget(m_tie);
    layout->addWidget(m_allBad);
    layout->addWidget(m_result, 1);
    m_result->setWordWrap(true);
    connect(m_tie, &QPushButton::clicked, this, [this] { cast(Core::Vote::Outcome::Tie); });
    connect(m_allBad, &QPushButton::clicked, this, [this] { cast(Core::Vote::Outcome::AllBad); });
    refresh();
}

VoteBar::~VoteBar() = default;

void VoteBar::refresh()
{
    const QList<int> order = m_compare->displayOrder();
    if (m_best.size() != order.size()) {
        qDeleteAll(m_best);
        m_best.clear();
        for (int i = 0; i < order.size(); ++i) {
            auto *button = new QPushButton(this);
            m_buttons->addWidget(button);
            m_best.append(button);
            connect(button, &QPushButton::clicked, this, [this, i] {
                const QList<int> shown = m_compare->displayOrder();
                if (i < shown.size())
                    cast(Core::Vote::Outcome::Best, shown.at(i));
            });
        }
    }
    for (int i = 0; i < m_best.size(); ++i) {
        const QString letter = m_compare->label(order.at(i));
        // "&A" lets Alt+A vote for A without the mouse.
        m_best[i]->setText(order.size() == 2 ? tr("&%1 is better").arg(letter)
                                             : tr("&%1 is best").arg(letter));
        m_best[i]->setAccessibleName(tr("Vote: answer %1 is best").arg(letter));
    }
    // Mnemonics apart from the column letters (A to H) and Tie.
    m_allBad->setText(order.size() == 2 ? tr("B&oth bad") : tr("A&ll bad"));

    const bool canVote = m_compare->canVote();
    for (QPushButton *button : std::as_const(m_best))
        button->setVisible(canVote);
    m_tie->setVisible(canVote);
    m_allBad->setVisible(canVote);
    m_question->setVisible(canVote);
    const bool votedLatest = !m_compare->votes().isEmpty()
                             && m_compare->votes().last().round == m_compare->rounds() - 1;
    m_result->setVisible(!canVote && votedLatest);
    setVisible(canVote || votedLatest);
}

QString VoteBar::resultText() const
{
    return m_result->text();
}

void VoteBar::cast(Core::Vote::Outcome outcome, int column)
{
    if (!m_compare->vote(outcome, column))
        return;
    switch (outcome) {
    case Core::Vote::Outcome::Best:
        m_result->setText(
            tr("You chose %1: %2.").arg(m_compare->label(column), m_compare->contestant(column)));
        break;
    case Core::Vote::Outcome::Tie:
        m_result->setText(tr("You called it a tie."));
        break;
    case Core::Vote::Outcome::AllBad:
        m_result->setText(tr("You found none good."));
        break;
    }
    refresh();
}

} // namespace Parlance::Ui
