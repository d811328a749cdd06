#pragma once

#include "core/generationparams.h"

#include <QString>

#include <optional>

namespace Parlance::Ui {

// Generation parameters per (connection, model), in an INI file beside the other settings, so
// each model comes back with the system prompt and knobs last used with it. A value class;
// every call reads or writes the file through QSettings.
class ParameterStore
{
public:
    struct Entry
    {
        Core::GenerationParams params;
        // What the extra-parameters editor held, kept even while it is not valid JSON so half
        // an edit survives a model switch; params.extra is the last valid object.
        QString extraText;

        friend bool operator==(const Entry &, const Entry &) = default;
    };

    explicit ParameterStore(QString filePath = defaultFilePath());

    // QStandardPaths::AppConfigLocation + "/model-parameters.ini"
    static QString defaultFilePath();

    QString filePath() const { return m_filePath; }

    // An empty connection name is the ad-hoc connection. nullopt when nothing was saved.
    std::optional<Entry> load(const QString &connection, const QString &model) const;
    void save(const QString &connection, const QString &model, const Entry &entry);
    void remove(const QString &connection, const QString &model);

private:
    QString m_filePath;
};

} // namespace Parlance::Ui
