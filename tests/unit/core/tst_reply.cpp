// Reply assembly: one path for streamed and non-streamed answers, delta by delta.
#include "core/reply.h"

#include <QTest>

using namespace Parlance::Core;

class TstReply : public QObject
{
    Q_OBJECT

private slots:
    void textAndReasoningKeepTheirOwnParts();
    void emptyFirstFragmentAddsNothing();
    void toolCallFragmentsInterleave();
    void choicesGrowToTheHighestIndex();
    void usageIsReplacedNeverSummed();
    void firstErrorWins();
    void infoAndFinish();
    void manyDeltasStayLinear();
};

void TstReply::textAndReasoningKeepTheirOwnParts()
{
    Reply reply;
    reply.apply(ReplyDelta::makeReasoning(QStringLiteral("Let me "), 0, QStringLiteral("sig")));
    reply.apply(ReplyDelta::makeReasoning(QStringLiteral("think.")));
    reply.apply(ReplyDelta::makeText(QStringLiteral("391")));
    reply.apply(ReplyDelta::makeText(QStringLiteral(".")));
    QCOMPARE(reply.reasoning(), QStringLiteral("Let me think."));
    QCOMPARE(reply.text(), QStringLiteral("391."));
    const QList<ContentPart> &parts = reply.primary().message.parts;
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(0).kind, ContentPart::Kind::Reasoning);
    QCOMPARE(parts.at(0).signature, QStringLiteral("sig"));
    QCOMPARE(parts.at(1).kind, ContentPart::Kind::Text);
    QCOMPARE(reply.primary().message.role, Role::Assistant);
    QVERIFY(reply.hasContent());
}

void TstReply::emptyFirstFragmentAddsNothing()
{
    Reply reply;
    reply.apply(ReplyDelta::makeText(QString()));
    QVERIFY(!reply.hasContent());
    QCOMPARE(reply.choices.size(), 1);
}

void TstReply::toolCallFragmentsInterleave()
{
    Reply reply;
    auto fragment = [](int index, QString id, QString name, QString args) {
        ReplyDelta d;
        d.kind = ReplyDelta::Kind::ToolCall;
        d.toolIndex = index;
        d.toolCallId = std::move(id);
        d.toolName = std::move(name);
        d.text = std::move(args);
        return d;
    };
    reply.apply(fragment(0, QStringLiteral("call_a"), QStringLiteral("get_weather"), QString()));
    reply.apply(fragment(1, QStringLiteral("call_b"), QStringLiteral("get_time"),
                         QStringLiteral("{\"tz\"")));
    reply.apply(fragment(0, {}, {}, QStringLiteral("{\"city\":")));
    reply.apply(fragment(1, {}, {}, QStringLiteral(":\"UTC\"}")));
    reply.apply(fragment(0, {}, {}, QStringLiteral("\"Paris\"}")));
    const QList<ContentPart> calls = reply.primary().message.toolCalls();
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(0).toolCallId, QStringLiteral("call_a"));
    QCOMPARE(calls.at(0).toolName, QStringLiteral("get_weather"));
    QCOMPARE(calls.at(0).toolArguments, QStringLiteral("{\"city\":\"Paris\"}"));
    QCOMPARE(calls.at(1).toolArguments, QStringLiteral("{\"tz\":\"UTC\"}"));
}

void TstReply::choicesGrowToTheHighestIndex()
{
    Reply reply;
    reply.apply(ReplyDelta::makeText(QStringLiteral("c"), 2));
    reply.apply(ReplyDelta::makeText(QStringLiteral("a"), 0));
    QCOMPARE(reply.choices.size(), 3);
    QCOMPARE(reply.choices.at(2).message.text(), QStringLiteral("c"));
    QCOMPARE(reply.choices.at(1).message.text(), QString());
    QCOMPARE(reply.text(), QStringLiteral("a"));
}

void TstReply::usageIsReplacedNeverSummed()
{
    Reply reply;
    for (int completion : {1, 2, 3}) {
        ReplyDelta d;
        d.kind = ReplyDelta::Kind::Usage;
        d.usage.inputTokens = 10;
        d.usage.outputTokens = completion;
        d.usage.totalTokens = 10 + completion;
        reply.apply(d);
    }
    QCOMPARE(reply.usage.outputTokens, std::optional<qint64>(3));
    QCOMPARE(reply.usage.totalTokens, std::optional<qint64>(13));
}

void TstReply::firstErrorWins()
{
    Reply reply;
    ApiError first;
    first.kind = ApiError::Kind::Protocol;
    first.message = QStringLiteral("bad json");
    ApiError second;
    second.kind = ApiError::Kind::Stream;
    reply.apply(ReplyDelta::makeError(first));
    reply.apply(ReplyDelta::makeError(second));
    QVERIFY(reply.error);
    QCOMPARE(reply.error->message, QStringLiteral("bad json"));
}

void TstReply::infoAndFinish()
{
    Reply reply;
    ReplyDelta info;
    info.kind = ReplyDelta::Kind::Info;
    info.responseId = QStringLiteral("chatcmpl-1");
    info.model = QStringLiteral("gpt");
    reply.apply(info);
    ReplyDelta finish;
    finish.kind = ReplyDelta::Kind::Finish;
    finish.text = QStringLiteral("length");
    finish.choice = 1;
    reply.apply(finish);
    QCOMPARE(reply.responseId, QStringLiteral("chatcmpl-1"));
    QCOMPARE(reply.model, QStringLiteral("gpt"));
    QCOMPARE(reply.choices.at(1).finishReason, QStringLiteral("length"));
    QCOMPARE(reply.finishReason(), QString());
}

void TstReply::manyDeltasStayLinear()
{
    // 200k deltas: quadratic work (rescanning or copying the reply per delta) would take
    // minutes here; appending in place takes milliseconds.
    Reply reply;
    const ReplyDelta delta = ReplyDelta::makeText(QStringLiteral("word "));
    for (int i = 0; i < 200000; ++i)
        reply.apply(delta);
    QCOMPARE(reply.text().size(), 5 * 200000);
    QCOMPARE(reply.primary().message.parts.size(), 1);
}

QTEST_GUILESS_MAIN(TstReply)
#include "tst_reply.moc"
