// The German catalogue: every string translated and well-formed, the compiled catalogue found the
// way main.cpp looks for it, and no tr() string in app/ or ui/ missing from it.
#include "tscatalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

// German has two plural forms (n == 1 and everything else).
constexpr qsizetype GermanPluralForms = 2;

QStringList sortedMatches(const QRegularExpression &pattern, const QString &text, bool unique)
{
    QStringList found;
    for (QRegularExpressionMatchIterator it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    if (unique)
        found.removeDuplicates();
    return found;
}

// %1..%99, %L1, %n and %Ln: a translation may repeat or reorder them, never drop or add one.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?(?:\\d{1,2}|n)"_s);
    return sortedMatches(pattern, text, true);
}

// Only real HTML tags: sources also hold placeholders in angle brackets ("token:<token>").
QStringList htmlTags(const QString &text)
{
    static const QRegularExpression pattern(
        u"</?(?:a|b|big|body|br|code|div|em|font|h[1-6]|head|hr|html|i|img|li|nobr|ol|p|pre|qt|s|"
        "small|span|strong|sub|sup|table|td|th|tr|tt|u|ul)\\b[^>]*>"_s,
        QRegularExpression::CaseInsensitiveOption);
    return sortedMatches(pattern, text, false);
}

// Keyboard accelerators: a single '&'; "&&" is a literal ampersand.
int acceleratorCount(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (i + 1 < text.size() && text.at(i + 1) == u'&')
            ++i;
        else
            ++count;
    }
    return count;
}

QString leadingSpace(const QString &text)
{
    qsizetype n = 0;
    while (n < text.size() && text.at(n).isSpace())
        ++n;
    return text.left(n);
}

QString trailingSpace(const QString &text)
{
    qsizetype n = 0;
    while (n < text.size() && text.at(text.size() - 1 - n).isSpace())
        ++n;
    return text.right(n);
}

// The mark a text ends in when it is one a translation must keep: a label's colon, a
// command's ellipsis, a sentence's full stop, question or exclamation mark.
QChar endMark(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QChar last = trimmed.back();
    return QStringView(u":….?!").contains(last) ? last : QChar();
}

QString quoted(const QString &text)
{
    QString shown = text;
    shown.replace(u'\n', u"\\n"_s);
    return u'"' + shown + u'"';
}

QString describe(const TsCatalogue::Message &message, const QString &problem)
{
    const QString where = QDir(QStringLiteral(PARLANCE_SOURCE_DIR)).relativeFilePath(message.file);
    return u"%1:%2: %3 %4: %5"_s.arg(where)
        .arg(message.line)
        .arg(message.context, quoted(message.source), problem);
}

QStringList formProblems(const QString &source, const QString &form)
{
    QStringList problems;
    if (form.isEmpty())
        return {u"the translation is empty"_s};
    if (placeholders(form) != placeholders(source)) {
        problems.append(u"placeholders %1 in the source, %2 in %3"_s.arg(
            placeholders(source).join(u' '), placeholders(form).join(u' '), quoted(form)));
    }
    if (htmlTags(form) != htmlTags(source)) {
        problems.append(u"HTML tags %1 in the source, %2 in %3"_s.arg(
            htmlTags(source).join(u' '), htmlTags(form).join(u' '), quoted(form)));
    }
    if (acceleratorCount(form) != acceleratorCount(source))
        problems.append(u"the & accelerator is lost or doubled in %1"_s.arg(quoted(form)));
    if (leadingSpace(form) != leadingSpace(source) || trailingSpace(form) != trailingSpace(source))
        problems.append(u"leading or trailing white space differs in %1"_s.arg(quoted(form)));
    if (endMark(form) != endMark(source))
        problems.append(u"the final punctuation differs in %1"_s.arg(quoted(form)));
    return problems;
}

TsCatalogue::Catalogue readGerman()
{
    return TsCatalogue::read(QStringLiteral(PARLANCE_TS_FILE));
}

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyGermanStringIsTranslatedAndWellFormed();
    void theCompiledCatalogueLoadsForAGermanLocale();
    void everySourceStringIsInTheCatalogue();
};

void TstTranslations::everyGermanStringIsTranslatedAndWellFormed()
{
    const TsCatalogue::Catalogue german = readGerman();
    QVERIFY2(german.error.isEmpty(), qPrintable(german.error));
    QCOMPARE(german.language, u"de_DE"_s);
    QVERIFY(!german.messages.isEmpty());

    QStringList problems;
    for (const TsCatalogue::Message &message : german.messages) {
        if (!message.isLive())
            continue;
        // A draft is checked once it is marked finished; until then one line says what to do.
        if (message.type == QLatin1StringView("unfinished")) {
            problems.append(describe(message, u"unfinished"_s));
            continue;
        }
        if (message.numerus && message.forms.size() != GermanPluralForms) {
            problems.append(describe(
                message, u"has %1 plural forms; German needs %2"_s.arg(message.forms.size())
                             .arg(GermanPluralForms)));
        }
        const QStringList forms
            = message.numerus ? message.forms : QStringList{message.translation};
        for (const QString &form : forms) {
            for (const QString &problem : formProblems(message.source, form))
                problems.append(describe(message, problem));
        }
    }
    if (!problems.isEmpty()) {
        QFAIL(qPrintable(
            u"%1 problem(s) in %2:\n"_s.arg(problems.size()).arg(QStringLiteral(PARLANCE_TS_FILE))
            + problems.join(u'\n')));
    }
}

void TstTranslations::theCompiledCatalogueLoadsForAGermanLocale()
{
    const QString folder = u":/parlance/translations"_s;
    QTranslator english;
    // English is the source language: no catalogue may claim it, or everyone would get German.
    QVERIFY(!english.load(QLocale(QLocale::English, QLocale::UnitedStates), u"parlance"_s, u"_"_s,
                          folder));

    // The lookup main.cpp makes for the system locale, here a German one.
    QTranslator german;
    QVERIFY(german.load(QLocale(QLocale::German, QLocale::Germany), u"parlance"_s, u"_"_s, folder));
    QVERIFY(QCoreApplication::installTranslator(&german));
    const auto uninstall = qScopeGuard([&german] { QCoreApplication::removeTranslator(&german); });

    QCOMPARE(QCoreApplication::translate("Parlance::Ui::MainWindow", "&Connections…"),
             u"&Verbindungen…"_s);
    QCOMPARE(QCoreApplication::translate("Parlance::Ui::ConversationView", "Show in Inspector"),
             u"Im Inspektor anzeigen"_s);
    QCOMPARE(
        QCoreApplication::translate("Parlance::Ui::HistoryListModel", "%n min ago", nullptr, 1),
        u"vor 1 Minute"_s);
    QCOMPARE(
        QCoreApplication::translate("Parlance::Ui::HistoryListModel", "%n min ago", nullptr, 5),
        u"vor 5 Minuten"_s);
    const char *tooltip = "%1\n%2 · %n message(s) · %3";
    QCOMPARE(QCoreApplication::translate("Parlance::Ui::HistoryListModel", tooltip, nullptr, 1)
                 .arg(u"Titel"_s, u"m"_s, u"gestern"_s),
             u"Titel\nm · 1 Nachricht · gestern"_s);
    QCOMPARE(QCoreApplication::translate("Parlance::Ui::HistoryListModel", tooltip, nullptr, 5)
                 .arg(u"Titel"_s, u"m"_s, u"gestern"_s),
             u"Titel\nm · 5 Nachrichten · gestern"_s);
}

void TstTranslations::everySourceStringIsInTheCatalogue()
{
    // lupdate over the sources into a scratch file: what update_translations would add today.
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString current = scratch.filePath(u"current.ts"_s);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(PARLANCE_SOURCE_DIR));
    lupdate.start(QStringLiteral(PARLANCE_LUPDATE), {u"-silent"_s, u"-locations"_s, u"absolute"_s,
                                                     u"app"_s, u"ui"_s, u"-ts"_s, current});
    QVERIFY2(lupdate.waitForFinished(60000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAllStandardError().constData());

    const TsCatalogue::Catalogue sources = TsCatalogue::read(current);
    QVERIFY2(sources.error.isEmpty(), qPrintable(sources.error));
    QVERIFY(!sources.messages.isEmpty());
    const TsCatalogue::Catalogue german = readGerman();
    QVERIFY2(german.error.isEmpty(), qPrintable(german.error));

    QSet<QString> known;
    for (const TsCatalogue::Message &message : german.messages) {
        if (message.isLive())
            known.insert(message.key());
    }
    QStringList missing;
    for (const TsCatalogue::Message &message : sources.messages) {
        if (!known.contains(message.key())) {
            missing.append(
                describe(message, message.numerus ? u"missing (as a plural)"_s : u"missing"_s));
        }
    }
    if (!missing.isEmpty()) {
        QFAIL(
            qPrintable(u"%1 string(s) in app/ and ui/ are not in %2; run "
                       "`cmake --build build --target update_translations` and translate them:\n"_s
                           .arg(missing.size())
                           .arg(QStringLiteral(PARLANCE_TS_FILE))
                       + missing.join(u'\n')));
    }
}

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
