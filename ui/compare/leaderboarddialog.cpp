#include "compare/leaderboarddialog.h"

#include "compare/leaderboardmodel.h"
#include "core/leaderboard.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Parlance::Ui {

LeaderboardDialog::LeaderboardDialog(QWidget *parent)
    : QDialog(parent)
    , m_model(new LeaderboardModel(this))
    , m_table(new QTableView(this))
    , m_allTime(new QCheckBox(tr("&All time"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Leaderboard"));
    setObjectName(QStringLiteral("leaderboardDialog"));
    auto *layout = new QVBoxLayout(this);

    auto *range = new QHBoxLayout;
    range->addWidget(m_allTime);
    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To"), this);
    toLabel->setBuddy(m_to);
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    m_from->setAccessibleName(tr("Votes from"));
    m_to->setAccessibleName(tr("Votes until"));
    range->addWidget(fromLabel);
    range->addWidget(m_from);
    range->addWidget(toLabel);
    range->addWidget(m_to);
    range->addStretch(1);
    layout->addLayout(range);
    m_allTime->setChecked(true);

    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_model);
    sorted->setSortRole(Qt::UserRole);
    m_table->setModel(sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LeaderboardModel::EloColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(LeaderboardModel::ContestantColumn,
                                                      QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(tr("Leaderboard"));
    layout->addWidget(m_table, 1);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const auto rangeChanged = [this] {
        m_from->setEnabled(!m_allTime->isChecked());
        m_to->setEnabled(!m_allTime->isChecked());
        recompute();
    };
    connect(m_allTime, &QCheckBox::toggled, this, rangeChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &LeaderboardDialog::recompute);
    connect(m_to, &QDateEdit::dateChanged, this, &LeaderboardDialog::recompute);
    rangeChanged();
    resize(560, 420);
}

LeaderboardDialog::~LeaderboardDialog() = default;

void LeaderboardDialog::setVotes(const QList<Core::Vote> &votes)
{
    m_votes = votes;
    recompute();
}

void LeaderboardDialog::setDateRange(const QDate &from, const QDate &to)
{
    m_allTime->setChecked(!from.isValid() && !to.isValid());
    if (from.isValid())
        m_from->setDate(from);
    if (to.isValid())
        m_to->setDate(to);
    recompute();
}

void LeaderboardDialog::recompute()
{
    QDateTime from;
    QDateTime to;
    if (!m_allTime->isChecked()) {
        // Days as the user's calendar has them; votes are kept in UTC.
        from = m_from->date().startOfDay().toUTC();
        to = m_to->date().addDays(1).startOfDay().toUTC();
    }
    const QList<Core::LeaderboardRow> rows = Core::leaderboard(m_votes, from, to);
    m_model->setRows(rows);
    int counted = 0;
    for (const Core::Vote &vote : std::as_const(m_votes)) {
        if (!from.isValid() || (vote.at >= from && vote.at < to))
            ++counted;
    }
    m_summary->setText(rows.isEmpty()
                           ? tr("No votes yet. Vote in a comparison (blind mode keeps it fair) "
                                "and the models are ranked here.")
                           : tr("%1 votes, %2 models. Elo starts at 1000; a win against a "
                                "higher-rated model counts for more.")
                                 .arg(counted)
                                 .arg(rows.size()));
}

QString LeaderboardDialog::summary() const
{
    return m_summary->text();
}

} // namespace Parlance::Ui
