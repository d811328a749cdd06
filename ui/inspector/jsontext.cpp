#include "inspector/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Parlance::Ui::JsonText {

static bool isWhitespace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// Index just past the closing quote of the string literal that opens at `pos`.
static qsizetype skipString(QByteArrayView json, qsizetype pos)
{
    const qsizetype n = json.size();
    const char *data = json.data();
    for (qsizetype i = pos + 1; i < n; ++i) {
        if (data[i] == '\\')
            ++i;
        else if (data[i] == '"')
            return i + 1;
    }
    return n;
}

Check check(const QByteArray &json)
{
    Check result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error == QJsonParseError::NoError && (document.isObject() || document.isArray())) {
        result.valid = true;
        return result;
    }
    result.offset = qBound(qsizetype(0), qsizetype(error.offset), json.size());
    // Qt reports where it gave up, often after the whitespace that follows the bad token;
    // pointing at the end of that token keeps the message on the line that needs fixing.
    while (result.offset > 0 && isWhitespace(json.at(result.offset - 1)))
        --result.offset;
    result.message = error.error == QJsonParseError::NoError ? QString() : error.errorString();
    const QByteArrayView before(json.constData(), result.offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    result.line = int(before.count('\n')) + 1;
    result.column = int(QString::fromUtf8(before.sliced(lineStart)).size()) + 1;
    return result;
}

QByteArray prettyPrint(QByteArrayView json, int indent)
{
    QByteArray out;
    out.reserve(json.size() + json.size() / 2 + 16);
    const qsizetype n = json.size();
    const char *data = json.data();
    int depth = 0;
    const auto newline = [&] {
        out += '\n';
        out.append(qsizetype(depth) * indent, ' ');
    };
    for (qsizetype i = 0; i < n; ++i) {
        const char c = data[i];
        switch (c) {
        case '"': {
            const qsizetype end = skipString(json, i);
            out.append(data + i, end - i);
            i = end - 1;
            break;
        }
        case '{':
        case '[': {
            const qsizetype next = skipWhitespace(json, i + 1);
            if (next < n && data[next] == (c == '{' ? '}' : ']')) {
                out += c;
                out += data[next];
                i = next;
                break;
            }
            out += c;
            ++depth;
            newline();
            break;
        }
        case '}':
        case ']':
            --depth;
            newline();
            out += c;
            break;
        case ',':
            out += c;
            newline();
            break;
        case ':':
            out += ": ";
            break;
        default:
            if (!isWhitespace(c))
                out += c;
            break;
        }
    }
    return out;
}

QByteArray compact(QByteArrayView json)
{
    QByteArray out;
    out.reserve(json.size());
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (json[i] == '"') {
            const qsizetype end = skipString(json, i);
            out.append(json.sliced(i, end - i));
            i = end - 1;
        } else if (!isWhitespace(json[i])) {
            out += json[i];
        }
    }
    return out;
}

qsizetype skipWhitespace(QByteArrayView json, qsizetype pos)
{
    while (pos < json.size() && isWhitespace(json[pos]))
        ++pos;
    return pos;
}

qsizetype skipValue(QByteArrayView json, qsizetype pos, int *childCount)
{
    const qsizetype n = json.size();
    pos = skipWhitespace(json, pos);
    if (childCount)
        *childCount = 0;
    if (pos >= n)
        return n;
    const char first = json[pos];
    if (first == '"')
        return skipString(json, pos);
    if (first != '{' && first != '[') {
        while (pos < n && !isWhitespace(json[pos]) && json[pos] != ',' && json[pos] != '}'
               && json[pos] != ']')
            ++pos;
        return pos;
    }
    const qsizetype afterOpen = skipWhitespace(json, pos + 1);
    const bool empty = afterOpen < n && (json[afterOpen] == '}' || json[afterOpen] == ']');
    int depth = 0;
    int commas = 0;
    const char *data = json.data();
    for (qsizetype i = pos; i < n; ++i) {
        const char c = data[i];
        if (c == '"') {
            i = skipString(json, i) - 1;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0) {
                if (childCount)
                    *childCount = empty ? 0 : commas + 1;
                return i + 1;
            }
        } else if (c == ',' && depth == 1) {
            ++commas;
        }
    }
    return n;
}

QString decodeString(QByteArrayView literal)
{
    if (literal.size() < 2)
        return {};
    const QByteArrayView inner = literal.sliced(1, literal.size() - 2);
    if (!inner.contains('\\'))
        return QString::fromUtf8(inner);
    QByteArray wrapped;
    wrapped.reserve(literal.size() + 2);
    wrapped.append('[').append(literal).append(']');
    return QJsonDocument::fromJson(wrapped).array().at(0).toString();
}

} // namespace Parlance::Ui::JsonText
