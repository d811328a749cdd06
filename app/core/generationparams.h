#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Parlance::Core {

// What the user set for one request. Unset optionals are left out of the body entirely so
// the server's own defaults apply.
struct GenerationParams
{
    QString systemPrompt;
    std::optional<int> maxTokens;
    std::optional<double> temperature;
    std::optional<double> topP;
    QStringList stop;
    QJsonObject extra; // merged into the request body last, so it can override anything
    bool stream = true;

    friend bool operator==(const GenerationParams &, const GenerationParams &) = default;
};

} // namespace Parlance::Core
