#include "export/codeliterals.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Parlance::Export {

namespace {

// Black's line length for Python, Prettier's for JavaScript: what readers of each expect.
int lineWidth(CodeLanguage language)
{
    return language == CodeLanguage::Python ? 88 : 80;
}

int indentUnit(CodeLanguage language)
{
    return language == CodeLanguage::Python ? 4 : 2;
}

QString hex(uint value, int digits)
{
    return QString::number(value, 16).rightJustified(digits, u'0');
}

// Shared by Python and JavaScript: both read \\ \" \n \r \t \xNN and \uNNNN in a double-quoted
// string, and neither treats ${ or a backtick specially there.
QString doubleQuoted(QStringView text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        switch (u) {
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        default:
            if (u < 0x20 || u == 0x7f)
                out += u"\\x"_s + hex(u, 2);
            else if ((u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029 || u == 0xfeff
                     || c.isSurrogate())
                out += u"\\u"_s + hex(u, 4);
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

bool isJavaScriptIdentifier(const QString &key)
{
    static const QRegularExpression identifier(u"^[A-Za-z_$][A-Za-z0-9_$]*$"_s);
    return identifier.match(key).hasMatch();
}

QString mapKey(const QString &key, CodeLanguage language)
{
    if (language == CodeLanguage::Python)
        return pythonString(key);
    // `__proto__: x` in an object literal sets the prototype instead of adding a member.
    if (key == u"__proto__"_s)
        return u"[\"__proto__\"]"_s;
    return isJavaScriptIdentifier(key) ? key : javaScriptString(key);
}

QString itemPrefix(const CodeValue::Item &item, CodeValue::Kind kind, CodeLanguage language)
{
    if (kind == CodeValue::Kind::Map)
        return mapKey(item.first, language) + u": "_s;
    if (kind == CodeValue::Kind::Call && !item.first.isEmpty())
        return item.first + u'=';
    return {};
}

std::pair<QString, QString> brackets(const CodeValue &value, CodeLanguage language)
{
    switch (value.kind) {
    case CodeValue::Kind::List:
        return {u"["_s, u"]"_s};
    case CodeValue::Kind::Map:
        // Prettier pads object braces; Black does not pad dicts.
        return language == CodeLanguage::JavaScript && !value.items.isEmpty()
                   ? std::pair{u"{ "_s, u" }"_s}
                   : std::pair{u"{"_s, u"}"_s};
    case CodeValue::Kind::Call:
        return {value.code + u'(', u")"_s};
    case CodeValue::Kind::Code:
        break;
    }
    return {};
}

QString compact(const CodeValue &value, CodeLanguage language)
{
    if (value.kind == CodeValue::Kind::Code)
        return value.code;
    const auto [open, close] = brackets(value, language);
    QStringList parts;
    for (const CodeValue::Item &item : value.items)
        parts << itemPrefix(item, value.kind, language) + compact(item.second, language);
    return open + parts.join(u", "_s) + close;
}

} // namespace

QStringList readingOrder(const QJsonObject &object)
{
    // What a reader looks for first in a request: the model, then who speaks and what kind of
    // item it is, then the content. QJsonObject itself keeps keys sorted.
    static const QStringList first{
        u"model"_s,       u"messages"_s, u"input"_s,    u"instructions"_s, u"role"_s,
        u"id"_s,          u"type"_s,     u"call_id"_s,  u"tool_call_id"_s, u"name"_s,
        u"description"_s, u"content"_s,  u"function"_s, u"arguments"_s,    u"parameters"_s,
    };
    QStringList keys;
    for (const QString &key : first) {
        if (object.contains(key))
            keys << key;
    }
    for (const QString &key : object.keys()) {
        if (!first.contains(key))
            keys << key;
    }
    return keys;
}

CodeValue CodeValue::list(QList<CodeValue> values)
{
    CodeValue value;
    value.kind = Kind::List;
    for (CodeValue &v : values)
        value.items.append({QString(), std::move(v)});
    return value;
}

CodeValue jsonLiteral(const QJsonValue &value, CodeLanguage language)
{
    const bool python = language == CodeLanguage::Python;
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return CodeValue::raw(python ? u"None"_s : u"null"_s);
    case QJsonValue::Bool:
        return CodeValue::raw(value.toBool() ? (python ? u"True"_s : u"true"_s)
                                             : (python ? u"False"_s : u"false"_s));
    case QJsonValue::Double:
        return CodeValue::raw(numberLiteral(value.toDouble()));
    case QJsonValue::String:
        return CodeValue::raw(python ? pythonString(value.toString())
                                     : javaScriptString(value.toString()));
    case QJsonValue::Array: {
        QList<CodeValue> items;
        for (const QJsonValue &item : value.toArray())
            items << jsonLiteral(item, language);
        return CodeValue::list(std::move(items));
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QList<CodeValue::Item> entries;
        for (const QString &key : readingOrder(object))
            entries.append({key, jsonLiteral(object.value(key), language)});
        return CodeValue::map(std::move(entries));
    }
    }
    return CodeValue::raw(python ? u"None"_s : u"null"_s);
}

QString renderCode(const CodeValue &value, CodeLanguage language, int indent, int column)
{
    if (value.kind == CodeValue::Kind::Code)
        return value.code;
    const QString oneLine = compact(value, language);
    if (!oneLine.contains(u'\n') && column + oneLine.size() <= lineWidth(language))
        return oneLine;

    const auto [open, close] = brackets(value, language);
    // A call whose only argument is a list or a map hugs it: `f({` ... `})`.
    if (value.kind == CodeValue::Kind::Call && value.items.size() == 1
        && value.items.first().first.isEmpty()
        && value.items.first().second.kind != CodeValue::Kind::Code) {
        return open + renderCode(value.items.first().second, language, indent, column + open.size())
               + close;
    }
    const QString inner(indent + indentUnit(language), u' ');
    QString out = open.trimmed() + u'\n';
    for (const CodeValue::Item &item : value.items) {
        const QString prefix = itemPrefix(item, value.kind, language);
        out += inner + prefix
               + renderCode(item.second, language, inner.size(), inner.size() + prefix.size())
               + u",\n"_s;
    }
    return out + QString(indent, u' ') + close.trimmed();
}

QString pythonString(QStringView text)
{
    return doubleQuoted(text);
}

QString javaScriptString(QStringView text)
{
    return doubleQuoted(text);
}

QString sqlString(QStringView text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'\'';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (c == u'\\' || c == u'\'')
            out += u'\\';
        if ((u < 0x20 && u != u'\n' && u != u'\t') || u == 0x7f)
            out += u"\\u"_s + hex(u, 4);
        else
            out += c;
    }
    out += u'\'';
    return out;
}

QString numberLiteral(double value)
{
    if (!std::isfinite(value))
        return u"0"_s; // JSON has no such numbers; a value made by hand must still be code
    if (value == std::trunc(value) && std::fabs(value) < 9007199254740992.0)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString commentText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        const char16_t u = c.unicode();
        const bool breaks = u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028
                            || u == 0x2029 || c.isSurrogate();
        out += breaks ? QChar(u' ') : c;
    }
    return out;
}

} // namespace Parlance::Export
