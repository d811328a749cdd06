#pragma once

#include "export/har.h"

#include <QByteArray>
#include <QString>

// HAR files on disk, for the CLI and the inspector. Both block on the disk: the inspector calls
// them off the GUI thread.
namespace Parlance::Export {

// Reads and parses `path` (fromHar()). A file larger than kMaxHarBytes is refused before it
// is read.
HarImport readHarFile(const QString &path);

// Writes `har` to `path` in one piece (an interrupted write leaves the old file). A file with
// credentials in it is made readable by its owner only. Returns a tr() text on failure, else
// an empty string.
QString writeHarFile(const QString &path, const QByteArray &har, bool withCredentials);

} // namespace Parlance::Export
