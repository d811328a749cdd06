#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// Pure helpers over JSON text as it went over the wire. QJsonDocument sorts object keys; the
// inspector must show a payload in the order it was sent, so formatting works on the bytes.
namespace Parlance::Ui::JsonText {

struct Check
{
    bool valid = false;
    qsizetype offset = 0; // byte offset of the error
    int line = 0;         // 1-based, where the error is
    int column = 0;       // 1-based, in characters
    QString message;      // the parser's own words
};

// Whether `json` is one JSON object or array (what a request or response body is).
Check check(const QByteArray &json);

// Re-indents valid JSON by `indent` spaces per level, keeping key order, numbers and string
// escapes byte for byte. Empty objects and arrays stay "{}" and "[]". Undefined for invalid input.
QByteArray prettyPrint(QByteArrayView json, int indent = 2);

// Removes insignificant whitespace from valid JSON, keeping everything else byte for byte.
QByteArray compact(QByteArrayView json);

// Index just past the value starting at `pos` (after whitespace) in valid JSON. When
// `childCount` is given, it receives the number of members or elements of an object or array.
qsizetype skipValue(QByteArrayView json, qsizetype pos, int *childCount = nullptr);
qsizetype skipWhitespace(QByteArrayView json, qsizetype pos);

// The text of a string literal (quotes included in `literal`), escapes resolved.
QString decodeString(QByteArrayView literal);

} // namespace Parlance::Ui::JsonText
