#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Parlance::Engine {

// The part of JSON Schema a batch check needs to say whether an answer has the right shape:
// type (a name or a list), enum, const, properties, required, additionalProperties (false or
// a schema), items (one schema), minItems/maxItems, minimum/maximum and their exclusive forms,
// minLength/maxLength (in characters), pattern. Annotations ($schema, $id, title, description,
// default, examples, $comment) are ignored. Anything else ($ref, allOf/anyOf/oneOf/not,
// if/then/else, format, patternProperties, uniqueItems...) is refused when the schema is read,
// so a check never passes because a rule was skipped.
class BatchJsonSchema
{
public:
    // Nullopt with *error naming the first unsupported or malformed keyword and where it is.
    static std::optional<BatchJsonSchema> fromJson(const QJsonObject &schema, QString *error);

    // Empty when `value` matches; else the first mismatch, as "$.items[2].name: expected a
    // string, got a number".
    QString validate(const QJsonValue &value) const;

private:
    QJsonObject m_schema;
};

} // namespace Parlance::Engine
