#include "controls/settingskey.h"

#include <QUrl>

namespace Parlance::Ui {

QString connectionSettingsGroup(const QString &connection)
{
    if (connection.isEmpty())
        return QStringLiteral("adhoc");
    return QStringLiteral("profiles/") + settingsKeyPart(connection);
}

QString settingsKeyPart(const QString &name)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}

} // namespace Parlance::Ui
