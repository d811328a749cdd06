#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Parlance::Engine {

// A prompt template such as "Summarise {{text}}": literal text with {{name}} placeholders that
// a batch row's columns fill in. Spaces inside the braces are ignored ({{ text }}); a single
// brace is literal text. Kept as parts so it can be rendered here or turned into SQL.
class BatchTemplate
{
public:
    struct Part
    {
        QString text;          // the literal text, or the variable's name
        bool variable = false; // a {{name}} placeholder
        friend bool operator==(const Part &, const Part &) = default;
    };

    // Nullopt, and a one-line *error, for a "{{" never closed or a placeholder without a name.
    static std::optional<BatchTemplate> parse(const QString &text, QString *error);

    const QList<Part> &parts() const { return m_parts; }
    QStringList variables() const; // in order of first use, each once

    // The text with every placeholder filled from `values`; nullopt with the first name
    // `values` lacks in *missing.
    std::optional<QString> render(const QJsonObject &values, QString *missing) const;

    // How a column's value reads in a prompt: a string as it is, null as nothing, a number or
    // a boolean as JSON writes it, an array or object as compact JSON.
    static QString valueText(const QJsonValue &value);

private:
    QList<Part> m_parts;
};

} // namespace Parlance::Engine
