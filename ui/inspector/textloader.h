#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QPlainTextEdit;

namespace Parlance::Ui {

// Fills a QPlainTextEdit one slice per event-loop turn. Inserting (and colouring) megabytes
// in one call freezes the window for seconds; in slices the window keeps painting and the
// text appears from the top while the rest is still going in.
class TextLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextLoader)

public:
    explicit TextLoader(QPlainTextEdit *edit, QObject *parent = nullptr);

    // Replaces the editor's text. The first slice goes in at once, so a text of one slice is
    // complete (and finished() emitted) when this returns.
    void load(const QString &text);
    void cancel();
    bool isLoading() const { return m_timer.isActive(); }
    int percent() const;

    static constexpr qsizetype SliceChars = 128 * 1024;

signals:
    void progress(int percent);
    void finished();

private:
    void loadSlice();

    QPlainTextEdit *m_edit;
    QTimer m_timer;
    QString m_text;
    qsizetype m_position = 0;
};

} // namespace Parlance::Ui
