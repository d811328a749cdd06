#pragma once

#include <QJsonValue>
#include <QString>

namespace Parlance::Core {

// A JSON value's type as JSON names it ("string", "number", "object", ...; "missing" for an
// absent member), for messages that say what was found where something else was expected.
QString jsonTypeName(const QJsonValue &value);

} // namespace Parlance::Core
