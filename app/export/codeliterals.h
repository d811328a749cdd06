#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <utility>

// Values written into generated source code. Whatever comes from the request (prompts, keys,
// header values) goes through these writers only, so a quote, a backslash, a line break, `$`,
// a backtick or `'''` in it stays data in every language and never ends a string or a comment.
namespace Parlance::Export {

enum class CodeLanguage { Python, JavaScript };

// An expression in a snippet: literals made from JSON, and the few expressions generators need
// around them (an environment variable, a constructor call), laid out by one set of rules: on
// one line when it fits, else one item per line with a trailing comma.
struct CodeValue
{
    enum class Kind { Code, List, Map, Call };
    using Item = std::pair<QString, CodeValue>;

    Kind kind = Kind::Code;
    QString code;      // Code: the expression itself; Call: the callee
    QList<Item> items; // List: names empty; Map: the keys as plain text; Call: keyword names
                       // (empty for a positional argument)

    static CodeValue raw(const QString &code) { return {Kind::Code, code, {}}; }
    static CodeValue list(QList<CodeValue> values);
    static CodeValue map(QList<Item> entries) { return {Kind::Map, {}, std::move(entries)}; }
    static CodeValue call(const QString &callee, QList<Item> arguments)
    {
        return {Kind::Call, callee, std::move(arguments)};
    }

    bool isEmpty() const { return kind != Kind::Code && items.isEmpty(); }
};

// An object's keys in the order a reader looks for them: model, messages, input, role, id,
// type, name, content, ... first, the rest sorted.
QStringList readingOrder(const QJsonObject &object);

// A JSON value as a literal (objects in readingOrder()): dicts, lists, True/False/None for Python;
// objects, arrays, true, false, null for JavaScript.
CodeValue jsonLiteral(const QJsonValue &value, CodeLanguage language);

// `value` laid out for a line indented by `indent` spaces whose text before it is `column`
// characters long (the indent included).
QString renderCode(const CodeValue &value, CodeLanguage language, int indent, int column);

// One double-quoted string literal. Line breaks, controls, U+2028/U+2029 and unpaired
// surrogates are escaped; other Unicode is written as it is.
QString pythonString(QStringView text);
QString javaScriptString(QStringView text);

// A Databricks SQL string literal: single quotes, a backslash before ' and \ (Spark SQL reads
// backslash escapes), line breaks kept as they are, other controls as \uXXXX.
QString sqlString(QStringView text);

// A JSON number as source text: a whole number without a fraction, else the shortest form
// that reads back to the same double.
QString numberLiteral(double value);

// Text to put in a one-line comment: anything a language reads as a line break (CR, LF,
// U+0085, U+2028, U+2029) and other controls become spaces, so a name taken from the request
// cannot end the comment and start code.
QString commentText(QStringView text);

} // namespace Parlance::Export
