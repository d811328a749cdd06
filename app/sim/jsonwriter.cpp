#include "sim/jsonwriter.h"

namespace Parlance::Sim::Json {

void appendEscaped(QByteArray &out, QByteArrayView utf8)
{
    static constexpr char hex[] = "0123456789abcdef";
    qsizetype plainStart = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.sliced(plainStart, i - plainStart));
        plainStart = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        case '\b':
            out.append("\\b", 2);
            break;
        case '\f':
            out.append("\\f", 2);
            break;
        default: {
            const char escape[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            out.append(escape, sizeof escape);
        }
        }
    }
    out.append(utf8.sliced(plainStart));
}

QByteArray string(QByteArrayView utf8)
{
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out.append('"');
    appendEscaped(out, utf8);
    out.append('"');
    return out;
}

QByteArray string(QStringView text)
{
    return string(QByteArrayView(text.toUtf8()));
}

QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

QByteArray boolean(bool value)
{
    return value ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
}

QByteArray null()
{
    return QByteArrayLiteral("null");
}

QByteArray array(const QByteArrayList &rawItems)
{
    QByteArray out;
    out.append('[');
    out.append(rawItems.join(','));
    out.append(']');
    return out;
}

Object &Object::raw(QByteArrayView key, QByteArrayView rawJson)
{
    m_bytes.append(m_bytes.isEmpty() ? '{' : ',');
    m_bytes.append('"');
    appendEscaped(m_bytes, key);
    m_bytes.append("\":", 2);
    m_bytes.append(rawJson);
    return *this;
}

QByteArray Object::bytes() const
{
    if (m_bytes.isEmpty())
        return QByteArrayLiteral("{}");
    return m_bytes + '}';
}

} // namespace Parlance::Sim::Json
