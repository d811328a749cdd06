#pragma once

#include "core/apikind.h"
#include "core/connection.h"
#include "core/modelinfo.h"

#include <QList>
#include <QString>

namespace Parlance::Ui {

// What the model picker warns about a name that does not fit where requests go
// (Core::modelRouteFit), naming the fix: the endpoint name when the list knows it, or the
// AI Gateway route. Empty when the name fits.
QString modelRouteWarning(const Core::Connection &connection, Core::ApiKind api,
                          const QString &model, const QList<Core::ModelInfo> &models);

} // namespace Parlance::Ui
