#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

// The one way tests reach the files under tests/data. Each function stops the test with
// qFatal, naming the full path, when the file is missing, unreadable or empty: a test must
// never pass by running on no data at all.
namespace Parlance::Testing {

// tests/data/<relative>, which must exist (a file or a folder).
QString dataPath(QStringView relative);
// The bytes of tests/data/<relative>.
QByteArray readData(QStringView relative);

// <repository>/<relative>, which must exist: for files the tests run that are not data, such
// as a helper script. QFINDTESTDATA cannot find those when the compiler cache has made
// __FILE__ relative.
QString sourcePath(QStringView relative);

// A recorded wire payload: tests/data/wire/examples/<name> (its provenance is <name>.source).
QString examplePath(QStringView name);
QByteArray readExample(QStringView name);

} // namespace Parlance::Testing
