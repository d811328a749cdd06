#include "controls/stopsequenceeditor.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalBlocker>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTimer>
#include <QToolButton>

namespace Parlance::Ui {

namespace {

constexpr int kVisibleRows = 3;

} // namespace

StopSequenceEditor::StopSequenceEditor(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_edit(new QLineEdit(this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
{
    m_list->setObjectName(QStringLiteral("stopList"));
    m_list->setAccessibleName(tr("Stop sequences"));
    m_edit->setAccessibleName(tr("New stop sequence"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->installEventFilter(this);
    updateListHeight();

    m_edit->setObjectName(QStringLiteral("stopEdit"));
    m_edit->setPlaceholderText(tr("Add a stop sequence"));
    m_edit->setToolTip(tr("Enter adds it. Type \\n for a new line, \\t for a tab, \\\\ for a "
                          "backslash."));
    m_add->setObjectName(QStringLiteral("stopAdd"));
    m_add->setText(QStringLiteral("+"));
    m_add->setToolTip(tr("Add the stop sequence (Enter)"));
    m_remove->setObjectName(QStringLiteral("stopRemove"));
    m_remove->setText(QStringLiteral("\u2212"));
    m_remove->setToolTip(tr("Remove the selected stop sequences (Delete)"));

    connect(m_edit, &QLineEdit::returnPressed, this, &StopSequenceEditor::addFromEdit);
    connect(m_edit, &QLineEdit::textChanged, this, &StopSequenceEditor::updateButtons);
    connect(m_add, &QToolButton::clicked, this, &StopSequenceEditor::addFromEdit);
    connect(m_remove, &QToolButton::clicked, this, &StopSequenceEditor::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &StopSequenceEditor::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        // Cleared in place means removed; not deleted from inside the model's own signal.
        if (item->text().isEmpty())
            QTimer::singleShot(0, this, [this] { removeEmptyItems(); });
        emit stopsChanged();
    });

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_list, 0, 0, 1, 3);
    layout->addWidget(m_edit, 1, 0);
    layout->addWidget(m_add, 1, 1);
    layout->addWidget(m_remove, 1, 2);
    updateButtons();
}

StopSequenceEditor::~StopSequenceEditor() = default;

QStringList StopSequenceEditor::stops() const
{
    QStringList result;
    for (int row = 0; row < m_list->count(); ++row) {
        if (const QString text = m_list->item(row)->text(); !text.isEmpty())
            result.append(unescaped(text));
    }
    return result;
}

void StopSequenceEditor::setStops(const QStringList &stops)
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const QString &stop : stops)
            addItem(stop);
    }
    updateButtons();
    emit stopsChanged();
}

QString StopSequenceEditor::escaped(const QString &stop)
{
    QString text;
    text.reserve(stop.size());
    for (QChar c : stop) {
        if (c == u'\\')
            text += QStringLiteral("\\\\");
        else if (c == u'\n')
            text += QStringLiteral("\\n");
        else if (c == u'\t')
            text += QStringLiteral("\\t");
        else if (c == u'\r')
            text += QStringLiteral("\\r");
        else
            text += c;
    }
    return text;
}

QString StopSequenceEditor::unescaped(const QString &text)
{
    QString stop;
    stop.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'\\' || i + 1 == text.size()) {
            stop += c;
            continue;
        }
        const QChar next = text.at(++i);
        if (next == u'n')
            stop += u'\n';
        else if (next == u't')
            stop += u'\t';
        else if (next == u'r')
            stop += u'\r';
        else if (next == u'\\')
            stop += u'\\';
        else // not an escape we know: keep it as typed
            stop += QString(c) + next;
    }
    return stop;
}

void StopSequenceEditor::addFromEdit()
{
    const QString stop = unescaped(m_edit->text());
    if (stop.isEmpty())
        return;
    m_edit->clear();
    if (stops().contains(stop))
        return; // a duplicate would only be sent twice
    {
        const QSignalBlocker blocker(m_list);
        addItem(stop);
    }
    updateButtons();
    emit stopsChanged();
}

void StopSequenceEditor::removeSelected()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    {
        const QSignalBlocker blocker(m_list);
        qDeleteAll(selected);
    }
    updateButtons();
    emit stopsChanged();
}

void StopSequenceEditor::updateListHeight()
{
    // A row as the list's delegate sizes it, measured without needing an item: a style may
    // add margins to the font's height. Measured again when the font or the style changes.
    QStyleOptionViewItem option;
    option.initFrom(m_list);
    option.font = m_list->font();
    option.features = QStyleOptionViewItem::HasDisplay;
    option.text = QStringLiteral("Xg");
    option.decorationSize = m_list->iconSize();
    const int row = m_list->style()
                        ->sizeFromContents(QStyle::CT_ItemViewItem, &option, QSize(), m_list)
                        .height();
    m_list->setFixedHeight(qMax(row, m_list->fontMetrics().height()) * kVisibleRows + 4
                           + 2 * m_list->frameWidth());
}

bool StopSequenceEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list
        && (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange))
        updateListHeight();
    // While an item is edited in place its line edit takes Delete and Backspace itself.
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void StopSequenceEditor::addItem(const QString &stop)
{
    auto *item = new QListWidgetItem(escaped(stop), m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
}

void StopSequenceEditor::removeEmptyItems()
{
    const QSignalBlocker blocker(m_list);
    for (int row = m_list->count() - 1; row >= 0; --row) {
        if (m_list->item(row)->text().isEmpty())
            delete m_list->takeItem(row);
    }
}

void StopSequenceEditor::updateButtons()
{
    m_add->setEnabled(!m_edit->text().isEmpty());
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
}

} // namespace Parlance::Ui
