#pragma once

#include "settings/networkoptions.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace Parlance::Ui {

// The proxy and CA settings of saved connections, by connection name, in a JSON file beside
// connections.ini. ProfileStore rewrites its file from Core::Connection values and would drop
// keys it does not know, so these live in a file of their own. Written through QSaveFile, so a
// crash or a full disk leaves the previous file whole. Connections on defaults are left out.
class NetworkOptionsStore
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Ui::NetworkOptionsStore)

public:
    explicit NetworkOptionsStore(QString filePath);

    // "<folder of profileFile>/connection-network.json"
    static QString pathBeside(const QString &profileFile);

    QString filePath() const { return m_filePath; }

    QMap<QString, NetworkOptions> load() const; // a missing or unreadable file reads as empty
    bool save(const QMap<QString, NetworkOptions> &options);
    QString lastError() const { return m_lastError; }

private:
    QString m_filePath;
    QString m_lastError;
};

} // namespace Parlance::Ui
