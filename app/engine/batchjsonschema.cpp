#include "engine/batchjsonschema.h"

#include "core/jsontype.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace Parlance::Engine {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Engine::BatchJsonSchema)
};

const QSet<QString> &annotations()
{
    static const QSet<QString> keys{
        QStringLiteral("$schema"),     QStringLiteral("$id"),      QStringLiteral("title"),
        QStringLiteral("description"), QStringLiteral("default"),  QStringLiteral("examples"),
        QStringLiteral("$comment"),    QStringLiteral("readOnly"), QStringLiteral("writeOnly"),
    };
    return keys;
}

const QSet<QString> &supported()
{
    static const QSet<QString> keys{
        QStringLiteral("type"),
        QStringLiteral("enum"),
        QStringLiteral("const"),
        QStringLiteral("properties"),
        QStringLiteral("required"),
        QStringLiteral("additionalProperties"),
        QStringLiteral("items"),
        QStringLiteral("minItems"),
        QStringLiteral("maxItems"),
        QStringLiteral("minimum"),
        QStringLiteral("maximum"),
        QStringLiteral("exclusiveMinimum"),
        QStringLiteral("exclusiveMaximum"),
        QStringLiteral("minLength"),
        QStringLiteral("maxLength"),
        QStringLiteral("pattern"),
    };
    return keys;
}

const QSet<QString> &typeNames()
{
    static const QSet<QString> names{
        QStringLiteral("object"), QStringLiteral("array"),   QStringLiteral("string"),
        QStringLiteral("number"), QStringLiteral("integer"), QStringLiteral("boolean"),
        QStringLiteral("null"),
    };
    return names;
}

// JSON Schema's names, which tell an integral number apart as "integer".
QString typeOf(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::isfinite(d))
            return QStringLiteral("integer");
    }
    return Core::jsonTypeName(value);
}

bool isType(const QJsonValue &value, const QString &type)
{
    const QString actual = typeOf(value);
    return actual == type
           || (type == QLatin1String("number") && actual == QLatin1String("integer"));
}

QString compact(const QJsonValue &value)
{
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

qsizetype characters(const QString &text)
{
    qsizetype count = 0;
    for (const QChar c : text)
        count += c.isLowSurrogate() ? 0 : 1; // a pair is one character
    return count;
}

bool check(const QJsonObject &schema, const QString &path, QString *error)
{
    for (auto it = schema.constBegin(); it != schema.constEnd(); ++it) {
        const QString &key = it.key();
        const QJsonValue &v = it.value();
        if (annotations().contains(key))
            continue;
        if (!supported().contains(key)) {
            *error = Tr::tr("%1: the keyword '%2' is not supported by --check json-schema (it "
                            "knows type, enum, const, properties, required, "
                            "additionalProperties, items, minItems, maxItems, minimum, maximum, "
                            "exclusiveMinimum, exclusiveMaximum, minLength, maxLength, pattern)")
                         .arg(path, key);
            return false;
        }
        auto bad = [&](const QString &what) {
            *error = Tr::tr("%1: '%2' must be %3").arg(path, key, what);
            return false;
        };
        if (key == QLatin1String("type")) {
            const QJsonArray types = v.isArray() ? v.toArray() : QJsonArray{v};
            for (const QJsonValue &t : types) {
                if (!typeNames().contains(t.toString()))
                    return bad(Tr::tr("a type name or a list of them"));
            }
        } else if (key == QLatin1String("enum")) {
            if (!v.isArray())
                return bad(Tr::tr("an array"));
        } else if (key == QLatin1String("properties")) {
            if (!v.isObject())
                return bad(Tr::tr("an object"));
            const QJsonObject properties = v.toObject();
            for (auto p = properties.constBegin(); p != properties.constEnd(); ++p) {
                if (!p.value().isObject())
                    return bad(Tr::tr("an object of schemas"));
                if (!check(p.value().toObject(), path + QLatin1Char('.') + p.key(), error))
                    return false;
            }
        } else if (key == QLatin1String("required")) {
            for (const QJsonValue &name : v.toArray()) {
                if (!name.isString())
                    return bad(Tr::tr("an array of names"));
            }
            if (!v.isArray())
                return bad(Tr::tr("an array of names"));
        } else if (key == QLatin1String("additionalProperties")) {
            if (v.isObject()) {
                if (!check(v.toObject(), path + QStringLiteral(".*"), error))
                    return false;
            } else if (!v.isBool()) {
                return bad(Tr::tr("true, false or a schema"));
            }
        } else if (key == QLatin1String("items")) {
            if (!v.isObject())
                return bad(Tr::tr("one schema (a list of schemas is not supported)"));
            if (!check(v.toObject(), path + QStringLiteral("[]"), error))
                return false;
        } else if (key == QLatin1String("pattern")) {
            if (!v.isString() || !QRegularExpression(v.toString()).isValid())
                return bad(Tr::tr("a valid regular expression"));
        } else if (key.endsWith(QLatin1String("Items")) || key.endsWith(QLatin1String("Length"))) {
            if (!v.isDouble() || v.toDouble() < 0)
                return bad(Tr::tr("a number from 0"));
        } else if (key != QLatin1String("const")) {
            if (!v.isDouble())
                return bad(Tr::tr("a number"));
        }
    }
    return true;
}

QString validateAt(const QJsonObject &schema, const QJsonValue &value, const QString &path)
{
    if (schema.contains(QLatin1String("type"))) {
        const QJsonValue t = schema.value(QLatin1String("type"));
        const QJsonArray types = t.isArray() ? t.toArray() : QJsonArray{t};
        bool matches = false;
        QStringList names;
        for (const QJsonValue &type : types) {
            matches = matches || isType(value, type.toString());
            names.append(type.toString());
        }
        if (!matches)
            return Tr::tr("%1: expected %2, got %3")
                .arg(path, names.join(QStringLiteral(" or ")), typeOf(value));
    }
    if (schema.contains(QLatin1String("const")) && schema.value(QLatin1String("const")) != value)
        return Tr::tr("%1: expected %2").arg(path, compact(schema.value(QLatin1String("const"))));
    if (schema.contains(QLatin1String("enum"))
        && !schema.value(QLatin1String("enum")).toArray().contains(value))
        return Tr::tr("%1: %2 is not one of %3")
            .arg(path, compact(value), compact(schema.value(QLatin1String("enum"))));
    auto number = [&](const char *key) -> std::optional<double> {
        const QJsonValue v = schema.value(QLatin1String(key));
        return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
    };
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (auto m = number("minimum"); m && d < *m)
            return Tr::tr("%1: %2 is less than the minimum %3").arg(path).arg(d).arg(*m);
        if (auto m = number("maximum"); m && d > *m)
            return Tr::tr("%1: %2 is more than the maximum %3").arg(path).arg(d).arg(*m);
        if (auto m = number("exclusiveMinimum"); m && d <= *m)
            return Tr::tr("%1: %2 is not more than %3").arg(path).arg(d).arg(*m);
        if (auto m = number("exclusiveMaximum"); m && d >= *m)
            return Tr::tr("%1: %2 is not less than %3").arg(path).arg(d).arg(*m);
    }
    if (value.isString()) {
        const QString text = value.toString();
        const qsizetype length = characters(text);
        if (auto m = number("minLength"); m && length < *m)
            return Tr::tr("%1: %2 characters, fewer than %3").arg(path).arg(length).arg(*m);
        if (auto m = number("maxLength"); m && length > *m)
            return Tr::tr("%1: %2 characters, more than %3").arg(path).arg(length).arg(*m);
        if (schema.contains(QLatin1String("pattern"))) {
            const QRegularExpression re(schema.value(QLatin1String("pattern")).toString());
            if (!re.match(text).hasMatch())
                return Tr::tr("%1: does not match the pattern %2").arg(path, re.pattern());
        }
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (auto m = number("minItems"); m && array.size() < *m)
            return Tr::tr("%1: %2 items, fewer than %3").arg(path).arg(array.size()).arg(*m);
        if (auto m = number("maxItems"); m && array.size() > *m)
            return Tr::tr("%1: %2 items, more than %3").arg(path).arg(array.size()).arg(*m);
        if (schema.value(QLatin1String("items")).isObject()) {
            const QJsonObject items = schema.value(QLatin1String("items")).toObject();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString error
                    = validateAt(items, array.at(i),
                                 path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'));
                if (!error.isEmpty())
                    return error;
            }
        }
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QJsonValue &name : schema.value(QLatin1String("required")).toArray()) {
            if (!object.contains(name.toString()))
                return Tr::tr("%1: the property '%2' is missing").arg(path, name.toString());
        }
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        const QJsonValue additional = schema.value(QLatin1String("additionalProperties"));
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString at = path + QLatin1Char('.') + it.key();
            if (properties.contains(it.key())) {
                const QString error
                    = validateAt(properties.value(it.key()).toObject(), it.value(), at);
                if (!error.isEmpty())
                    return error;
            } else if (additional.isBool() && !additional.toBool()) {
                return Tr::tr("%1: the property '%2' is not allowed").arg(path, it.key());
            } else if (additional.isObject()) {
                const QString error = validateAt(additional.toObject(), it.value(), at);
                if (!error.isEmpty())
                    return error;
            }
        }
    }
    return {};
}

} // namespace

std::optional<BatchJsonSchema> BatchJsonSchema::fromJson(const QJsonObject &schema, QString *error)
{
    if (!check(schema, QStringLiteral("$"), error))
        return std::nullopt;
    BatchJsonSchema result;
    result.m_schema = schema;
    return result;
}

QString BatchJsonSchema::validate(const QJsonValue &value) const
{
    return validateAt(m_schema, value, QStringLiteral("$"));
}

} // namespace Parlance::Engine
