#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QToolButton;

namespace Parlance::Ui {

// Edits the stop sequences: one per line of a short list, added from a line edit (Enter or
// the + button), removed with the - button or Delete, edited in place with a double-click.
// Sequences are shown and typed with \n, \t and \\ escapes, since a stop is often a newline.
class StopSequenceEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StopSequenceEditor)

public:
    explicit StopSequenceEditor(QWidget *parent = nullptr);
    ~StopSequenceEditor() override;

    QStringList stops() const; // unescaped, in list order
    void setStops(const QStringList &stops);

    QListWidget *listWidget() const { return m_list; }
    QLineEdit *lineEdit() const { return m_edit; }

    static QString escaped(const QString &stop);
    static QString unescaped(const QString &text);

public slots:
    void addFromEdit();
    void removeSelected();

signals:
    void stopsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addItem(const QString &stop);
    void updateButtons();
    void updateListHeight(); // kVisibleRows rows, in the list's font and style
    void removeEmptyItems();

    QListWidget *m_list;
    QLineEdit *m_edit;
    QToolButton *m_add;
    QToolButton *m_remove;
};

} // namespace Parlance::Ui
