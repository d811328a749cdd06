#include "controls/extraparamseditor.h"

#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QResizeEvent>
#include <QTextBlock>
#include <QVBoxLayout>

namespace Parlance::Ui {

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Array:
        return ExtraParamsEditor::tr("an array");
    case QJsonValue::String:
        return ExtraParamsEditor::tr("a string");
    case QJsonValue::Double:
        return ExtraParamsEditor::tr("a number");
    case QJsonValue::Bool:
        return ExtraParamsEditor::tr("true or false");
    case QJsonValue::Null:
        return ExtraParamsEditor::tr("null");
    default:
        return ExtraParamsEditor::tr("something else");
    }
}

// QJsonParseError counts bytes of UTF-8; the editor counts characters.
int characterOffset(const QByteArray &utf8, int byteOffset)
{
    return int(QString::fromUtf8(utf8.left(qBound(0, byteOffset, int(utf8.size())))).size());
}

int firstNonSpace(const QString &text)
{
    for (int i = 0; i < text.size(); ++i) {
        if (!text.at(i).isSpace())
            return i;
    }
    return 0;
}

void locate(const QString &text, ExtraParamsEditor::Check *check)
{
    const QStringView before = QStringView(text).left(check->offset);
    check->line = int(before.count(u'\n')) + 1;
    check->column = int(before.size() - (before.lastIndexOf(u'\n') + 1)) + 1;
}

} // namespace

ExtraParamsEditor::ExtraParamsEditor(QWidget *parent)
    : QWidget(parent), m_edit(new QPlainTextEdit(this)), m_status(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("extraParamsEdit"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setPlaceholderText(
        QStringLiteral("{\"response_format\": {\"type\": \"json_object\"}}"));
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setAccessibleName(tr("Extra parameters (JSON)"));

    m_status->setObjectName(QStringLiteral("extraParamsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        revalidate();
        emit textChanged();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_status);
    revalidate();
}

ExtraParamsEditor::~ExtraParamsEditor() = default;

QSize ExtraParamsEditor::minimumSizeHint() const
{
    QSize size = QWidget::minimumSizeHint();
    // Until a layout has given this editor its width, width() is a placeholder that would
    // wrap the note into a tall column and make the window grow for it.
    if (!m_status->isHidden() && testAttribute(Qt::WA_Resized)) {
        size.rheight()
            += qMax(0, m_status->heightForWidth(width()) - m_status->minimumSizeHint().height());
    }
    return size;
}

void ExtraParamsEditor::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        updateGeometry(); // the status line wraps differently
}

QString ExtraParamsEditor::text() const
{
    return m_edit->toPlainText();
}

void ExtraParamsEditor::setText(const QString &text)
{
    if (text != m_edit->toPlainText())
        m_edit->setPlainText(text);
}

void ExtraParamsEditor::setObject(const QJsonObject &object)
{
    m_lastValid = object;
    setText(
        object.isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed());
}

ExtraParamsEditor::Check ExtraParamsEditor::check(const QString &text)
{
    Check result;
    if (text.trimmed().isEmpty())
        return result;
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error == QJsonParseError::NoError && document.isObject()) {
        result.object = document.object();
        return result;
    }
    result.valid = false;
    // Wrapped in [], any single value parses (Qt's parser takes only objects and arrays at the
    // top), and the message can say what it was instead of "illegal value".
    QJsonParseError wrappedError;
    const QJsonDocument wrapped
        = QJsonDocument::fromJson(QByteArray('[' + utf8 + ']'), &wrappedError);
    if (wrappedError.error == QJsonParseError::NoError && wrapped.array().size() == 1) {
        result.error = tr("Must be a JSON object ({\u2026}), not %1.")
                           .arg(typeName(wrapped.array().first()));
        result.offset = firstNonSpace(text);
    } else {
        result.error = error.errorString();
        result.offset = characterOffset(utf8, error.offset);
    }
    locate(text, &result);
    return result;
}

void ExtraParamsEditor::revalidate()
{
    const bool wasValid = m_check.valid;
    m_check = check(m_edit->toPlainText());
    if (m_check.valid)
        m_lastValid = m_check.object;
    showStatus();
    if (wasValid != m_check.valid)
        emit validityChanged(m_check.valid);
}

void ExtraParamsEditor::showStatus()
{
    const bool dark = palette().color(QPalette::Base).lightnessF() < 0.5;
    QPalette palette = this->palette();
    QList<QTextEdit::ExtraSelection> marks;
    if (!m_check.valid) {
        const QColor red = dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
        palette.setColor(QPalette::WindowText, red);
        m_status->setText(tr("Not used until fixed: line %1, column %2 (offset %3): %4")
                              .arg(m_check.line)
                              .arg(m_check.column)
                              .arg(m_check.offset)
                              .arg(m_check.error));
        // Qt's offset is sometimes on the bad character and sometimes just past it: mark
        // both, which also covers the last character when the text ended too early.
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_edit->document());
        const int length = int(m_edit->toPlainText().size());
        mark.cursor.setPosition(qBound(0, m_check.offset - 1, length));
        mark.cursor.setPosition(qBound(0, m_check.offset + 1, length), QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(red);
        mark.format.setBackground(QColor(red.red(), red.green(), red.blue(), 48));
        marks.append(mark);
    } else if (m_check.object.isEmpty()) {
        palette.setColor(QPalette::WindowText,
                         palette.color(QPalette::Disabled, QPalette::WindowText));
        m_status->setText(tr("Optional: a JSON object merged into the request body last, so "
                             "its keys override the fields above."));
    } else {
        palette.setColor(QPalette::WindowText,
                         dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32));
        m_status->setText(tr("Valid. Merged into the request body: %1")
                              .arg(m_check.object.keys().join(QStringLiteral(", "))));
    }
    m_status->setPalette(palette);
    m_edit->setExtraSelections(marks);
    updateGeometry(); // the new text may wrap to more lines
}

} // namespace Parlance::Ui
