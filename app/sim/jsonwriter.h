#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>
#include <QStringView>

namespace Parlance::Sim::Json {

// Writes compact JSON with keys in insertion order. QJsonDocument sorts keys; the simulator
// writes them in the order the recorded payloads in tests/data/wire/examples use, and builds each
// stream event from a few appends so per-delta work stays proportional to the delta.

QByteArray string(QStringView text);
QByteArray string(QByteArrayView utf8);
QByteArray number(qint64 value);
QByteArray boolean(bool value);
QByteArray null();
QByteArray array(const QByteArrayList &rawItems);

// Appends `utf8` to `out` as the body of a JSON string (no quotes), escaping what JSON
// requires and leaving every other byte, multi-byte UTF-8 included, as it is.
void appendEscaped(QByteArray &out, QByteArrayView utf8);

class Object
{
public:
    Object &raw(QByteArrayView key, QByteArrayView rawJson);
    Object &str(QByteArrayView key, QStringView text) { return raw(key, string(text)); }
    Object &str(QByteArrayView key, QByteArrayView utf8) { return raw(key, string(utf8)); }
    Object &num(QByteArrayView key, qint64 value) { return raw(key, number(value)); }
    Object &boolean(QByteArrayView key, bool value) { return raw(key, Json::boolean(value)); }
    Object &null(QByteArrayView key) { return raw(key, Json::null()); }

    QByteArray bytes() const;

private:
    QByteArray m_bytes;
};

} // namespace Parlance::Sim::Json
