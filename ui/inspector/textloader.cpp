#include "inspector/textloader.h"

#include <QPlainTextEdit>
#include <QTextCursor>

namespace Parlance::Ui {

TextLoader::TextLoader(QPlainTextEdit *edit, QObject *parent) : QObject(parent), m_edit(edit)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &TextLoader::loadSlice);
}

void TextLoader::load(const QString &text)
{
    cancel();
    m_edit->clear();
    m_text = text;
    m_position = 0;
    loadSlice();
}

void TextLoader::cancel()
{
    m_timer.stop();
    m_text.clear();
    m_position = 0;
}

int TextLoader::percent() const
{
    return m_text.isEmpty() ? 100 : int(m_position * 100 / m_text.size());
}

void TextLoader::loadSlice()
{
    qsizetype end = qMin(m_text.size(), m_position + SliceChars);
    if (end < m_text.size()) {
        // Whole lines per slice, so a line is never split across two blocks' worth of work.
        const qsizetype newline = m_text.lastIndexOf(QLatin1Char('\n'), end);
        if (newline > m_position)
            end = newline + 1;
    }
    QTextCursor cursor(m_edit->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringView(m_text).sliced(m_position, end - m_position).toString());
    m_position = end;
    if (m_position < m_text.size()) {
        emit progress(percent());
        m_timer.start();
        return;
    }
    m_text.clear();
    m_position = 0;
    emit finished();
}

} // namespace Parlance::Ui
