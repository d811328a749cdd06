#include "engine/batchtemplate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Parlance::Engine {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Engine::BatchTemplate)
};
} // namespace

std::optional<BatchTemplate> BatchTemplate::parse(const QString &text, QString *error)
{
    BatchTemplate result;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), pos);
        if (open < 0) {
            result.m_parts.append({text.mid(pos), false});
            break;
        }
        if (open > pos)
            result.m_parts.append({text.mid(pos, open - pos), false});
        const qsizetype close = text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0) {
            *error = Tr::tr("the template opens a placeholder at character %1 with {{ and never "
                            "closes it with }}")
                         .arg(open + 1);
            return std::nullopt;
        }
        const QString name = text.mid(open + 2, close - open - 2).trimmed();
        if (name.isEmpty()) {
            *error = Tr::tr("the template has a placeholder without a name at character %1; "
                            "write {{column}}")
                         .arg(open + 1);
            return std::nullopt;
        }
        result.m_parts.append({name, true});
        pos = close + 2;
    }
    return result;
}

QStringList BatchTemplate::variables() const
{
    QStringList names;
    for (const Part &part : m_parts) {
        if (part.variable && !names.contains(part.text))
            names.append(part.text);
    }
    return names;
}

std::optional<QString> BatchTemplate::render(const QJsonObject &values, QString *missing) const
{
    QString out;
    for (const Part &part : m_parts) {
        if (!part.variable) {
            out += part.text;
            continue;
        }
        const auto it = values.constFind(part.text);
        if (it == values.constEnd()) {
            *missing = part.text;
            return std::nullopt;
        }
        out += valueText(*it);
    }
    return out;
}

QString BatchTemplate::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        // Numbers and booleans as JSON writes them: wrapped in an array, then unwrapped.
        const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.mid(1, json.size() - 2));
    }
}

} // namespace Parlance::Engine
