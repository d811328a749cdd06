#include "history/historypanel.h"

#include "history/historyfilterproxy.h"
#include "history/historylistmodel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace Parlance::Ui {

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new HistoryListModel(this))
    , m_proxy(new HistoryFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_newChat(new QPushButton(tr("New chat"), this))
    , m_empty(new QLabel(this))
    , m_error(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(kSearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this,
            [this] { emit searchRequested(m_proxy->text()); });

    m_filter->setPlaceholderText(tr("Search titles and messages"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("historyFilter"));
    m_filter->setAccessibleName(tr("Search conversations"));
    m_list->setModel(m_proxy);
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setUniformItemSizes(true);
    m_list->setSpacing(2);
    // Long titles are cut with an ellipsis rather than scrolled sideways.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->installEventFilter(this);
    m_newChat->setObjectName(QStringLiteral("newChatButton"));
    m_newChat->setToolTip(
        tr("Start a new conversation (%1)")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_empty->setEnabled(false); // greyed, like other placeholders
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("historyError"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a61b1b; }"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_newChat);
    layout->addWidget(m_filter);
    layout->addWidget(m_error);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        if (m_proxy->text().isEmpty())
            m_searchTimer.stop();
        else
            m_searchTimer.start(); // titles filter now; messages once typing pauses
        selectCurrent();
        updatePlaceholder();
    });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        emit openRequested(index.data(HistoryListModel::KeyRole).toString());
    });
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        emit openRequested(index.data(HistoryListModel::KeyRole).toString());
    });
    connect(m_newChat, &QPushButton::clicked, this, &HistoryPanel::newChatRequested);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_list->indexAt(pos);
        if (!index.isValid())
            return;
        const QString key = index.data(HistoryListModel::KeyRole).toString();
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addAction(tr("Open"), this, [this, key] { emit openRequested(key); });
        menu->addAction(tr("Delete…"), this, [this, key] { confirmRemove(key); });
        menu->popup(m_list->viewport()->mapToGlobal(pos));
    });
    updatePlaceholder();
}

void HistoryPanel::setConversations(const QList<Store::ConversationSummary> &conversations)
{
    m_model->setConversations(conversations);
    m_model->setCurrentKey(m_currentKey);
    selectCurrent();
    updatePlaceholder();
}

void HistoryPanel::setSearchResults(const QString &text,
                                    const QList<Store::ConversationSummary> &matches)
{
    QSet<QString> keys;
    for (const Store::ConversationSummary &match : matches)
        keys.insert(match.key);
    m_proxy->setContentMatches(text, keys);
    selectCurrent();
    updatePlaceholder();
}

void HistoryPanel::setCurrentKey(const QString &key)
{
    m_currentKey = key;
    m_model->setCurrentKey(key);
    selectCurrent();
}

void HistoryPanel::selectCurrent()
{
    const int row = m_model->rowOf(m_currentKey);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row));
    if (index == m_list->currentIndex())
        return;
    if (index.isValid())
        m_list->setCurrentIndex(index);
    else
        m_list->clearSelection();
}

void HistoryPanel::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString HistoryPanel::keyAt(int visibleRow) const
{
    return m_proxy->index(visibleRow, 0).data(HistoryListModel::KeyRole).toString();
}

void HistoryPanel::confirmRemove(const QString &key)
{
    const int row = m_model->rowOf(key);
    if (row < 0)
        return;
    const QString title = m_model->index(row).data().toString();
    auto *box
        = new QMessageBox(QMessageBox::Question, tr("Delete conversation"),
                          tr("Delete \"%1\" from the history? This cannot be undone.").arg(title),
                          QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("confirmDeleteConversation"));
    connect(box, &QMessageBox::finished, this, [this, key](int result) {
        if (result == QMessageBox::Yes)
            emit removeRequested(key);
    });
    box->open();
}

bool HistoryPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Backspace) {
            const QModelIndex index = m_list->currentIndex();
            if (index.isValid())
                confirmRemove(index.data(HistoryListModel::KeyRole).toString());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void HistoryPanel::updatePlaceholder()
{
    const bool none = m_model->rowCount() == 0;
    const bool hidden = !none && m_proxy->rowCount() == 0;
    const bool searching = hidden && !m_proxy->hasContentMatches();
    m_empty->setText(none ? tr("No saved conversations yet. Each chat is kept here as you go.")
                     : searching ? tr("Searching messages…")
                                 : tr("No conversation matches \"%1\".").arg(m_proxy->text()));
    // The message takes the list's place, so it reads where the entries would be.
    m_empty->setVisible(none || hidden);
    m_list->setVisible(!(none || hidden));
}

} // namespace Parlance::Ui
