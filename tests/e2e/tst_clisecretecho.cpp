// parlance-cli against a gateway that sends the credential back in every place it can: no
// output of the CLI (text, --json, --raw, --inspect, errors on stderr) shows it in any spelling.
#include "../support/echogateway.h"
#include "clirunner.h"

#include <QTest>

namespace {

const QString kToken = QStringLiteral("cli-echo-secret-Hy6Gt5Fr4De3");

} // namespace

class TstCliSecretEcho : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void outputsHideTheEcho_data();
    void outputsHideTheEcho();
    void modelsListHidesTheEcho();

private:
    EchoGateway m_gateway;
    CliRunner m_cli;
};

void TstCliSecretEcho::initTestCase()
{
    QVERIFY(m_gateway.listen());
    m_cli.env().insert(QStringLiteral("OPENAI_API_KEY"), kToken);
}

void TstCliSecretEcho::outputsHideTheEcho_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QStringList>("flags");
    for (const QByteArray &model : EchoGateway::modes()) {
        for (const QStringList &flags :
             {QStringList{}, QStringList{QStringLiteral("--json")},
              QStringList{QStringLiteral("--raw")}, QStringList{QStringLiteral("--inspect")},
              QStringList{QStringLiteral("--no-stream"), QStringLiteral("--inspect")},
              QStringList{QStringLiteral("--auth"), QStringLiteral("basic"),
                          QStringLiteral("--inspect"), QStringLiteral("--json")}}) {
            QTest::addRow("%s %s", model.constData(), qPrintable(flags.join(u' ')))
                << model << flags;
        }
    }
}

void TstCliSecretEcho::outputsHideTheEcho()
{
    QFETCH(QByteArray, model);
    QFETCH(QStringList, flags);
    QStringList args{QStringLiteral("--base-url"), m_gateway.baseUrl().toString(),
                     QStringLiteral("--retries"), QStringLiteral("0")};
    if (!flags.isEmpty() && flags.first() == u"--auth")
        args << flags.takeFirst() << flags.takeFirst();
    args << QStringLiteral("chat") << QString::fromUtf8(model) << flags << QStringLiteral("hi");
    const CliResult r = m_cli.run(args);
    QVERIFY(r.finished);
    QVERIFY2(r.exitCode >= 0 && r.exitCode <= 4, r.err.constData());
    for (const QByteArray &spelling : EchoGateway::spellings(kToken)) {
        QVERIFY2(!r.out.contains(spelling), QByteArray("stdout: " + r.out.left(3000)).constData());
        QVERIFY2(!r.err.contains(spelling), QByteArray("stderr: " + r.err.left(3000)).constData());
    }
    // The echo is masked, not dropped: the user still sees that the gateway quoted a key.
    // (Raw bytes show a key split over events as the pieces the server sent; only decoded
    // text joins them, and masks them there.)
    const QByteArray both = r.out + r.err;
    const bool raw = flags.contains(u"--raw");
    if (model == "echo-stream" || (model == "echo-split" && !raw) || model == "echo-error")
        QVERIFY2(both.contains(QByteArray("****" + kToken.right(4).toUtf8())), both.constData());
}

void TstCliSecretEcho::modelsListHidesTheEcho()
{
    const CliResult r = m_cli.run({QStringLiteral("--base-url"), m_gateway.baseUrl().toString(),
                                   QStringLiteral("models"), QStringLiteral("--inspect")});
    QVERIFY(r.finished);
    for (const QByteArray &spelling : EchoGateway::spellings(kToken)) {
        QVERIFY2(!r.out.contains(spelling), r.out.constData());
        QVERIFY2(!r.err.contains(spelling), r.err.constData());
    }
}

QTEST_GUILESS_MAIN(TstCliSecretEcho)
#include "tst_clisecretecho.moc"
