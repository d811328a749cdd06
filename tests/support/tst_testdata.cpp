#include "support/testdata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Parlance;

// Run as a child with this variable set, the test only reads the named file through the helper,
// so the parent can watch what a missing or empty fixture does to a test.
static const char kProbe[] = "PARLANCE_TESTDATA_PROBE";

class tst_TestData : public QObject
{
    Q_OBJECT

private slots:
    void readsTheFixture();
    void dataPathIsInTheRepository();
    void sourcePathFindsRepositoryFiles();
    void unusableFileStopsTheTest_data();
    void unusableFileStopsTheTest();

private:
    QTemporaryDir m_dir;
};

void tst_TestData::readsTheFixture()
{
    const QString path = Testing::examplePath(u"chat_stream.sse");
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray expected = file.readAll();
    QVERIFY(expected.startsWith("data: "));
    QCOMPARE(Testing::readExample(u"chat_stream.sse"), expected);
    QCOMPARE(Testing::readData(u"wire/examples/chat_stream.sse"), expected);
}

void tst_TestData::dataPathIsInTheRepository()
{
    const QString path = Testing::dataPath(u"wire/schemas/openai-openapi-subset.json");
    QVERIFY2(QDir::isAbsolutePath(path), qPrintable(path));
    QVERIFY2(path.endsWith(u"/tests/data/wire/schemas/openai-openapi-subset.json"),
             qPrintable(path));
    QVERIFY(QFile::exists(Testing::examplePath(u"chat_stream.sse.source")));
}

void tst_TestData::sourcePathFindsRepositoryFiles()
{
    const QString path = Testing::sourcePath(u"tests/support/testdata.h");
    QVERIFY2(QFile::exists(path), qPrintable(path));
    QCOMPARE(QFileInfo(path).canonicalFilePath(),
             QFileInfo(Testing::dataPath(u"..") + u"/support/testdata.h").canonicalFilePath());
}

void tst_TestData::unusableFileStopsTheTest_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("shownPath");

    const QString missing = QStringLiteral("wire/examples/no-such-example.json");
    QTest::newRow("missing") << missing << Testing::dataPath(u"") + missing;

    QVERIFY(m_dir.isValid());
    const QString empty = m_dir.filePath(QStringLiteral("empty.json"));
    QFile file(empty);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString relative = QDir(Testing::dataPath(u"")).relativeFilePath(empty);
    QTest::newRow("empty") << relative << Testing::dataPath(u"") + relative;
}

void tst_TestData::unusableFileStopsTheTest()
{
    QFETCH(QString, relative);
    QFETCH(QString, shownPath);

    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kProbe), relative);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(60000));
    const QString output = QString::fromUtf8(child.readAllStandardOutput());
    const QString errors = QString::fromUtf8(child.readAllStandardError());
    // qFatal aborts: the child must not carry on with what it read, whatever it was.
    QVERIFY2(!output.contains(u"carried on"), qPrintable(output));
    QVERIFY2(child.exitStatus() == QProcess::CrashExit || child.exitCode() != 0,
             qPrintable(errors));
    QVERIFY2(errors.contains(shownPath), qPrintable(errors));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kProbe)) {
        const QByteArray bytes = Testing::readData(qEnvironmentVariable(kProbe));
        std::printf("carried on with %lld bytes\n", static_cast<long long>(bytes.size()));
        return 0;
    }
    tst_TestData test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_testdata.moc"
