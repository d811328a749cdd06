// The Get code dialog: targets chosen by keyboard, the snippet highlighted for its language,
// the last target remembered, Copy and Save.
#include "controls/codehighlighter.h"
#include "controls/getcodedialog.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Parlance;
using Ui::CodeHighlighter;
using Ui::GetCodeDialog;

class TstGetCodeDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void targetsByKeyboardAndLastOneRemembered();
    void copyAndSave();
    void highlightingFollowsTheLanguage();
    void longTargetNamesAreNotCutOff();

private:
    static QString snippet(const QString &target);
    // The format applied at `column` of line `line` of the editor.
    static QTextCharFormat formatAt(QPlainTextEdit *editor, int line, int column);
    QTemporaryDir m_dir;
    // Language and suffix left empty: guessed from the code.
    QList<GetCodeDialog::Target> m_targets{{u"curl"_qs, u"curl"_qs, {}, {}},
                                           {u"openai-chat"_qs, u"OpenAI Python SDK"_qs, {}, {}},
                                           {u"openai-js"_qs, u"OpenAI JavaScript SDK"_qs, {}, {}},
                                           {u"sql"_qs, u"SQL ai_query"_qs, {}, {}}};
};

void TstGetCodeDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TstGetCodeDialog::snippet(const QString &target)
{
    if (target == u"curl")
        return QStringLiteral("curl -sS https://example.com/v1/chat/completions \\\n"
                              "  -H \"Authorization: Bearer $OPENAI_API_KEY\"\n");
    if (target == u"openai-chat")
        return QStringLiteral("# Prints the answer\nimport os\nprompt = \"\"\"first line\n"
                              "second # not a comment\n\"\"\"\nprint(42)\n");
    if (target == u"openai-js")
        return QStringLiteral("// Prints the answer\nimport OpenAI from \"openai\";\n"
                              "const client = new OpenAI();\n");
    return QStringLiteral("-- ai_query\nSELECT ai_query('m', 'hi') AS answer;\n");
}

QTextCharFormat TstGetCodeDialog::formatAt(QPlainTextEdit *editor, int line, int column)
{
    const QTextBlock block = editor->document()->findBlockByNumber(line);
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (column >= range.start && column < range.start + range.length)
            return range.format;
    }
    return {};
}

void TstGetCodeDialog::targetsByKeyboardAndLastOneRemembered()
{
    QSettings settings(m_dir.filePath(u"code.ini"_qs), QSettings::IniFormat);
    settings.clear();
    QStringList asked;
    const auto generate = [&asked](const QString &target) {
        asked.append(target);
        return snippet(target);
    };
    {
        GetCodeDialog dialog(m_targets, generate, &settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.currentTarget(), u"curl"_qs); // the first, with nothing remembered
        QCOMPARE(dialog.code(), snippet(u"curl"_qs));
        QVERIFY(dialog.targetList()->hasFocus());
        QTest::keyClick(dialog.targetList(), Qt::Key_Down);
        QTest::keyClick(dialog.targetList(), Qt::Key_Down);
        QCOMPARE(dialog.currentTarget(), u"openai-js"_qs);
        QCOMPARE(dialog.code(), snippet(u"openai-js"_qs));
        QCOMPARE(dialog.highlighter()->language(), CodeHighlighter::Language::JavaScript);
        QCOMPARE(asked, (QStringList{u"curl"_qs, u"openai-chat"_qs, u"openai-js"_qs}));
    }
    // The next dialog opens on the target chosen last.
    GetCodeDialog again(m_targets, generate, &settings);
    QCOMPARE(again.currentTarget(), u"openai-js"_qs);
    // A remembered target this request does not offer falls back to the first.
    settings.setValue(u"code/lastTarget"_qs, u"gone"_qs);
    GetCodeDialog fallback(m_targets, generate, &settings);
    QCOMPARE(fallback.currentTarget(), u"curl"_qs);
}

void TstGetCodeDialog::copyAndSave()
{
    GetCodeDialog dialog(m_targets, snippet, nullptr);
    dialog.setCurrentTarget(u"sql"_qs);
    QTest::mouseClick(dialog.copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), snippet(u"sql"_qs));
    QCOMPARE(GetCodeDialog::suffixFor(dialog.code()), u".sql"_qs);
    QCOMPARE(GetCodeDialog::suffixFor(snippet(u"openai-chat"_qs)), u".py"_qs);
    QCOMPARE(GetCodeDialog::suffixFor(snippet(u"openai-js"_qs)), u".mjs"_qs);
    QCOMPARE(GetCodeDialog::suffixFor(snippet(u"curl"_qs)), u".sh"_qs);
    const QString path = m_dir.filePath(u"query.sql"_qs);
    QString error;
    QVERIFY2(dialog.saveTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), snippet(u"sql"_qs));
    const QString nowhere = m_dir.filePath(u"no/such/folder/query.sql"_qs);
    QVERIFY(!dialog.saveTo(nowhere, &error));
    QVERIFY(error.contains(nowhere));
}

void TstGetCodeDialog::highlightingFollowsTheLanguage()
{
    GetCodeDialog dialog(m_targets, snippet, nullptr);
    dialog.setCurrentTarget(u"openai-chat"_qs);
    QPlainTextEdit *editor = dialog.editor();
    QCOMPARE(dialog.highlighter()->language(), CodeHighlighter::Language::Python);
    const QTextCharFormat comment = formatAt(editor, 0, 2);
    QVERIFY(comment.fontItalic());
    const QTextCharFormat keyword = formatAt(editor, 1, 0); // import
    QCOMPARE(keyword.fontWeight(), int(QFont::Bold));
    // Inside a triple-quoted string, a '#' is text, not a comment: the string goes on.
    const QTextCharFormat inString = formatAt(editor, 3, 9);
    QVERIFY(!inString.fontItalic());
    QCOMPARE(inString.foreground(), formatAt(editor, 2, 10).foreground());
    QVERIFY(formatAt(editor, 5, 6).foreground() != inString.foreground()); // 42: a number
    dialog.setCurrentTarget(u"sql"_qs);
    QCOMPARE(dialog.highlighter()->language(), CodeHighlighter::Language::Sql);
    QVERIFY(formatAt(editor, 0, 1).fontItalic()); // -- comment
}

// The real client names run long ("REST API: serving endpoint invocations (curl)", longer
// still in German): the list opens wide enough to show each whole, without a scroll bar.
void TstGetCodeDialog::longTargetNamesAreNotCutOff()
{
    QList<GetCodeDialog::Target> targets = m_targets;
    targets.append({u"rest"_qs,
                    u"REST-API: Aufrufe eines Serving-Endpunkts über curl (Databricks)"_qs,
                    {},
                    {}});
    GetCodeDialog dialog(targets, snippet, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QListWidget *list = dialog.targetList();
    for (int row = 0; row < list->count(); ++row) {
        const QRect shown = list->visualItemRect(list->item(row));
        const int needed = list->fontMetrics().horizontalAdvance(list->item(row)->text());
        QVERIFY2(list->viewport()->width() >= needed, qPrintable(list->item(row)->text()));
        QVERIFY(shown.width() >= needed);
    }
    QVERIFY(!list->horizontalScrollBar()->isVisible());
    // And the code keeps most of the room.
    QVERIFY(dialog.editor()->width() > list->width());
}

QTEST_MAIN(TstGetCodeDialog)
#include "tst_getcodedialog.moc"
