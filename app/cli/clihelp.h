#pragma once

#include <QString>

namespace Parlance::Cli {

// `parlance-cli --help`: every command and the options they share.
QString usageText();

// `parlance-cli COMMAND --help` (or `help COMMAND`): that command's usage line, what it does and
// every option it takes. Empty for a name that is not a command.
QString commandHelp(const QString &command);

} // namespace Parlance::Cli
