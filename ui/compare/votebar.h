#pragma once

#include "core/comparison.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace Parlance::Workspace {
class CompareSession;
}

namespace Parlance::Ui {

// Asks which answer of the latest round is best: one button per column by its letter, then
// tie and all bad (for two columns: A, B, tie, both bad). Shown while a round can be voted
// on; a vote in a blind comparison reveals who answered.
class VoteBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VoteBar)

public:
    explicit VoteBar(Workspace::CompareSession *compare, QWidget *parent = nullptr);
    ~VoteBar() override;

    // Follows the session: buttons for its columns, visible while it can take a vote.
    void refresh();

    QList<QPushButton *> bestButtons() const { return m_best; } // in display order
    QPushButton *tieButton() const { return m_tie; }
    QPushButton *allBadButton() const { return m_allBad; }
    QString resultText() const; // what the last vote was, once cast

private:
    void cast(Core::Vote::Outcome outcome, int column = -1);

    Workspace::CompareSession *m_compare;
    QLabel *m_question;
    QHBoxLayout *m_buttons;
    QList<QPushButton *> m_best;
    QPushButton *m_tie;
    QPushButton *m_allBad;
    QLabel *m_result;
};

} // namespace Parlance::Ui
