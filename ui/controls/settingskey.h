#pragma once

#include <QString>

namespace Parlance::Ui {

// QSettings groups for per-connection (and per-model) preferences. Names are percent-encoded
// because a model name may hold '/' ("meta-llama/Llama-3-8B"), which QSettings reads as a
// group separator; the ad-hoc connection (no profile name) gets a group of its own that no
// encoded name can collide with.
QString connectionSettingsGroup(const QString &connection);
QString settingsKeyPart(const QString &name);

} // namespace Parlance::Ui
