// The comparison exports: JSON read back member by member, Markdown whose structure no answer
// can break, HTML that keeps hostile text as text, and a blind comparison that gives nothing
// of its models away before the vote.
#include "export/comparisonexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStringDecoder>
#include <QTest>

using namespace Parlance;
using namespace Qt::StringLiterals;
using Export::comparisonHtml;
using Export::comparisonJson;
using Export::comparisonMarkdown;

class tst_ComparisonExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonReadsBackMemberByMember();
    void jsonBlindRevealedFollowsDisplayOrder();
    void blindHidesEverythingThatNamesAModel_data();
    void blindHidesEverythingThatNamesAModel();
    void blindOrderThatIsNoPermutationFallsBack();
    void markdownStructure();
    void markdownAnswerCannotBreakOut();
    void markdownMetricsAndVotes();
    void htmlEscapesHostileText();
    void htmlIsStandaloneAndResponsive();
    void connectionThatLooksLikeAUrlIsANameOnly();
    void invalidUnicodeAndHugeAnswer();
    void emptyComparison();
};

namespace {

const QString kAlpha = u"alpha-model-7b"_s;
const QString kBeta = u"beta-model-70b"_s;
const QString kGamma = u"gamma-model-405b"_s;
const QString kUrlConnection
    = u"https://adb-1234.5.azuredatabricks.net/serving-endpoints?a=1&b=2"_s;

Core::Turn user(const QString &text)
{
    Core::Turn turn;
    turn.message = Core::Message::user(text);
    return turn;
}

Core::Turn assistant(const QString &model, const QList<Core::ContentPart> &parts)
{
    Core::Turn turn;
    turn.message.role = Core::Role::Assistant;
    turn.message.parts = parts;
    turn.model = model;
    return turn;
}

// Three columns, two rounds; the third column answered only the first. Everything a column
// can show is set somewhere.
Core::Comparison sample()
{
    Core::Comparison c;
    c.key = u"5d0c7a7e-3b59-4a53-a8f6-0f5a1d7e2c11"_s;
    c.title = u"Multiplication bake-off"_s;
    c.created = QDateTime::fromString(u"2024-06-01T08:00:00.125Z"_s, Qt::ISODateWithMs);
    c.updated = QDateTime::fromString(u"2024-06-01T08:05:00.000Z"_s, Qt::ISODateWithMs);

    Core::ComparisonColumn alpha;
    alpha.connectionName = u"workspace-prod"_s;
    alpha.settings.model = kAlpha;
    alpha.settings.api = Core::ApiKind::ChatCompletions;
    Core::GenerationParams &params = alpha.settings.params;
    params.systemPrompt = u"Be brief.\nUse digits."_s;
    params.temperature = 0.25;
    params.topP = 0.9;
    params.maxTokens = 256;
    params.stop = {u"\n\n"_s, u"END"_s};
    params.extra = QJsonObject{{u"seed"_s, 7}};
    params.stream = false;
    Core::Turn a1 = assistant(
        kAlpha, {Core::ContentPart::makeReasoning(u"Seventeen times twenty is 340."_s, u"sig"_s),
                 Core::ContentPart::makeText(u"It is 391.\n\n```python\nprint(17 * 23)\n```"_s)});
    a1.metrics.timeToFirstTokenMs = 4321;
    a1.metrics.totalMs = 5310;
    a1.usage.inputTokens = 1200;
    a1.usage.outputTokens = 345;
    a1.usage.reasoningTokens = 210;
    a1.finishReason = u"stop"_s;
    alpha.turns = {user(u"What is 17 × 23?"_s), a1, user(u"And 18 × 23?"_s),
                   assistant(kAlpha, {Core::ContentPart::makeText(u"414"_s)})};

    Core::ComparisonColumn beta;
    beta.connectionName = kUrlConnection;
    beta.settings.model = kBeta;
    beta.settings.api = Core::ApiKind::Responses;
    Core::Turn b1
        = assistant(kBeta, {Core::ContentPart::makeToolCall(u"call_1"_s, u"calculator"_s,
                                                            uR"({"expression": "17*23"})"_s),
                            Core::ContentPart::makeText(u"391"_s)});
    b1.metrics.totalMs = 900;
    b1.metrics.outputTokens = 20;
    Core::Turn b2 = assistant(kBeta, {Core::ContentPart::makeText(u"41"_s)});
    b2.message.incomplete = true;
    Core::ApiError error;
    error.httpStatus = 429;
    error.code = u"RATE_LIMIT"_s;
    error.message = u"Too many requests"_s;
    b2.error = error;
    beta.turns = {user(u"What is 17 × 23?"_s), b1, user(u"And 18 × 23?"_s), b2};

    Core::ComparisonColumn gamma;
    gamma.settings.model = kGamma;
    gamma.settings.api = Core::ApiKind::Invocations;
    gamma.turns
        = {user(u"What is 17 × 23?"_s),
           assistant(kGamma,
                     {{Core::ContentPart::Kind::Refusal, u"I cannot do math."_s, {}, {}, {}, {}}})};

    c.columns = {alpha, beta, gamma};

    Core::Vote best;
    best.at = QDateTime::fromString(u"2024-06-01T08:01:00.000Z"_s, Qt::ISODateWithMs);
    best.contestants = {kAlpha, kBeta + u"@responses"_s, kGamma};
    best.outcome = Core::Vote::Outcome::Best;
    best.best = 1;
    best.comparisonKey = c.key;
    Core::Vote tie = best;
    tie.at = best.at.addSecs(60);
    tie.outcome = Core::Vote::Outcome::Tie;
    tie.best = -1;
    tie.round = 1;
    c.votes = {best, tie};
    return c;
}

Core::Comparison blindNotVoted()
{
    Core::Comparison c = sample();
    c.blind = true;
    c.blindOrder = {2, 0, 1};
    c.votes.clear();
    return c;
}

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << error.errorString() << error.offset;
    return document.object();
}

// The headings a CommonMark reader finds: lines starting with '#' outside fenced code blocks.
// Quoted lines start with '>', so a heading inside a quote is not one of the document's.
QStringList headingsOf(const QString &markdown)
{
    QStringList headings;
    qsizetype open = 0; // the length of the fence we are inside, 0 outside
    const auto ticks = [](const QString &line) {
        qsizetype n = 0;
        while (n < line.size() && line.at(n) == u'`')
            ++n;
        return n;
    };
    for (const QString &line : markdown.split(u'\n')) {
        const qsizetype n = ticks(line);
        if (open) {
            if (n >= open && line.mid(n).trimmed().isEmpty())
                open = 0;
            continue;
        }
        if (n >= 3)
            open = n;
        else if (line.startsWith(u'#'))
            headings.append(line);
    }
    return headings;
}

bool hasLoneSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())
                return true;
            ++i;
        } else if (c.isLowSurrogate()) {
            return true;
        }
    }
    return false;
}

} // namespace

void tst_ComparisonExport::initTestCase()
{
    // Markdown and HTML print figures in the reader's locale; the tests fix one.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ComparisonExport::jsonReadsBackMemberByMember()
{
    const Core::Comparison c = sample();
    const QByteArray bytes = comparisonJson(c);
    QVERIFY(bytes.startsWith("{\n    \"format\": \"parlance.comparison\",\n    \"version\": 1,\n"));
    QVERIFY(QStringDecoder(QStringDecoder::Utf8).decode(bytes).operator QString().size() > 0);
    const QJsonObject json = parse(bytes);
    QCOMPARE(json.value("format"_L1).toString(), u"parlance.comparison"_s);
    QCOMPARE(json.value("version"_L1).toInt(), 1);
    QCOMPARE(json.value("key"_L1).toString(), c.key);
    QCOMPARE(json.value("title"_L1).toString(), c.title);
    QCOMPARE(json.value("created"_L1).toString(), u"2024-06-01T08:00:00.125Z"_s);
    QCOMPARE(json.value("updated"_L1).toString(), u"2024-06-01T08:05:00.000Z"_s);
    QCOMPARE(json.value("blind"_L1), QJsonValue(false));
    QCOMPARE(json.value("hidden"_L1), QJsonValue(false));

    const QJsonArray columns = json.value("columns"_L1).toArray();
    QCOMPARE(columns.size(), 3);
    const QStringList letters = {u"A"_s, u"B"_s, u"C"_s};
    const QStringList apis = {u"chat"_s, u"responses"_s, u"invocations"_s};
    for (qsizetype i = 0; i < 3; ++i) {
        const QJsonObject column = columns.at(i).toObject();
        QCOMPARE(column.value("label"_L1).toString(), letters.at(i));
        QCOMPARE(column.value("index"_L1).toInt(), i);
        QCOMPARE(column.value("connection"_L1).toString(), c.columns.at(i).connectionName);
        QVERIFY(column.value("connection"_L1).isString()); // "" for the demo gateway, not null
        QCOMPARE(column.value("model"_L1).toString(), c.columns.at(i).settings.model);
        QCOMPARE(column.value("api"_L1).toString(), apis.at(i));
    }
    const QJsonObject params = columns.at(0).toObject().value("parameters"_L1).toObject();
    QCOMPARE(params.value("system_prompt"_L1).toString(), u"Be brief.\nUse digits."_s);
    QCOMPARE(params.value("temperature"_L1).toDouble(), 0.25);
    QCOMPARE(params.value("top_p"_L1).toDouble(), 0.9);
    QCOMPARE(params.value("max_tokens"_L1), QJsonValue(256));
    QCOMPARE(params.value("stop"_L1).toArray(), (QJsonArray{u"\n\n"_s, u"END"_s}));
    QCOMPARE(params.value("extra"_L1).toObject(), (QJsonObject{{u"seed"_s, 7}}));
    QCOMPARE(params.value("stream"_L1), QJsonValue(false));
    // Unset parameters are null, lists and objects empty.
    const QJsonObject unset = columns.at(1).toObject().value("parameters"_L1).toObject();
    for (const char *member : {"system_prompt", "temperature", "top_p", "max_tokens"})
        QVERIFY2(unset.value(QLatin1StringView(member)).isNull(), member);
    QCOMPARE(unset.value("stop"_L1), QJsonValue(QJsonArray()));
    QCOMPARE(unset.value("extra"_L1), QJsonValue(QJsonObject()));
    QCOMPARE(unset.value("stream"_L1), QJsonValue(true));

    const QJsonArray rounds = json.value("rounds"_L1).toArray();
    QCOMPARE(rounds.size(), 2);
    QCOMPARE(rounds.at(0).toObject().value("index"_L1).toInt(), 0);
    QCOMPARE(rounds.at(0).toObject().value("prompt"_L1).toString(), u"What is 17 × 23?"_s);
    QCOMPARE(rounds.at(1).toObject().value("prompt"_L1).toString(), u"And 18 × 23?"_s);
    const QJsonArray first = rounds.at(0).toObject().value("answers"_L1).toArray();
    QCOMPARE(first.size(), 3);

    const QJsonObject a = first.at(0).toObject();
    QCOMPARE(a.value("text"_L1).toString(), u"It is 391.\n\n```python\nprint(17 * 23)\n```"_s);
    QCOMPARE(a.value("reasoning"_L1).toString(), u"Seventeen times twenty is 340."_s);
    QVERIFY(a.value("refusal"_L1).isNull());
    QCOMPARE(a.value("tool_calls"_L1), QJsonValue(QJsonArray()));
    QCOMPARE(a.value("incomplete"_L1), QJsonValue(false));
    QCOMPARE(a.value("model"_L1).toString(), kAlpha);
    QCOMPARE(a.value("finish_reason"_L1).toString(), u"stop"_s);
    QVERIFY(a.value("error"_L1).isNull());
    const QJsonObject metrics = a.value("metrics"_L1).toObject();
    QCOMPARE(metrics.value("ttft_ms"_L1), QJsonValue(4321));
    QCOMPARE(metrics.value("total_ms"_L1), QJsonValue(5310));
    // 345 tokens over 5310 - 4321 ms.
    QCOMPARE(metrics.value("output_tokens_per_second"_L1).toDouble(), 348.84);
    QCOMPARE(metrics.value("input_tokens"_L1), QJsonValue(1200));
    QCOMPARE(metrics.value("output_tokens"_L1), QJsonValue(345));
    QCOMPARE(metrics.value("reasoning_tokens"_L1), QJsonValue(210));

    const QJsonObject b = first.at(1).toObject();
    QCOMPARE(b.value("text"_L1).toString(), u"391"_s);
    QVERIFY(b.value("reasoning"_L1).isNull());
    QCOMPARE(b.value("tool_calls"_L1).toArray(),
             (QJsonArray{QJsonObject{{u"id"_s, u"call_1"_s},
                                     {u"name"_s, u"calculator"_s},
                                     {u"arguments"_s, uR"({"expression": "17*23"})"_s}}}));
    const QJsonObject bMetrics = b.value("metrics"_L1).toObject();
    QVERIFY(bMetrics.value("ttft_ms"_L1).isNull());
    QCOMPARE(bMetrics.value("total_ms"_L1), QJsonValue(900));
    QCOMPARE(bMetrics.value("output_tokens"_L1), QJsonValue(20)); // from the metrics
    QVERIFY(bMetrics.value("input_tokens"_L1).isNull());
    QVERIFY(bMetrics.value("reasoning_tokens"_L1).isNull());
    QVERIFY(b.value("finish_reason"_L1).isNull());

    const QJsonObject g = first.at(2).toObject();
    QCOMPARE(g.value("text"_L1).toString(), QString());
    QCOMPARE(g.value("refusal"_L1).toString(), u"I cannot do math."_s);

    const QJsonArray second = rounds.at(1).toObject().value("answers"_L1).toArray();
    const QJsonObject b2 = second.at(1).toObject();
    QCOMPARE(b2.value("incomplete"_L1), QJsonValue(true));
    QCOMPARE(b2.value("error"_L1).toObject(),
             (QJsonObject{{u"message"_s, u"Too many requests (HTTP 429)"_s},
                          {u"http_status"_s, 429},
                          {u"code"_s, u"RATE_LIMIT"_s}}));
    QVERIFY(second.at(2).isNull()); // gamma never got the second prompt

    const QJsonArray votes = json.value("votes"_L1).toArray();
    QCOMPARE(votes.size(), 2);
    const QJsonObject v0 = votes.at(0).toObject();
    QCOMPARE(v0.value("round"_L1), QJsonValue(0));
    QCOMPARE(v0.value("at"_L1).toString(), u"2024-06-01T08:01:00.000Z"_s);
    QCOMPARE(v0.value("outcome"_L1).toString(), u"best"_s);
    QCOMPARE(v0.value("best"_L1), QJsonValue(1));
    QCOMPARE(v0.value("best_label"_L1).toString(), u"B"_s);
    QCOMPARE(v0.value("contestants"_L1).toArray(),
             QJsonArray::fromStringList(c.votes.at(0).contestants));
    const QJsonObject v1 = votes.at(1).toObject();
    QCOMPARE(v1.value("round"_L1), QJsonValue(1));
    QCOMPARE(v1.value("outcome"_L1).toString(), u"tie"_s);
    QVERIFY(v1.value("best"_L1).isNull());
    QVERIFY(v1.value("best_label"_L1).isNull());
}

void tst_ComparisonExport::jsonBlindRevealedFollowsDisplayOrder()
{
    Core::Comparison c = sample();
    c.blind = true;
    c.blindOrder = {2, 0, 1};
    c.votes[1].outcome = Core::Vote::Outcome::AllBad;
    const QJsonObject json = parse(comparisonJson(c));
    QCOMPARE(json.value("blind"_L1), QJsonValue(true));
    QCOMPARE(json.value("hidden"_L1), QJsonValue(false));
    const QJsonArray columns = json.value("columns"_L1).toArray();
    QCOMPARE(columns.at(0).toObject().value("index"_L1).toInt(), 2);
    QCOMPARE(columns.at(0).toObject().value("label"_L1).toString(), u"A"_s);
    QCOMPARE(columns.at(0).toObject().value("model"_L1).toString(), kGamma);
    QCOMPARE(columns.at(2).toObject().value("model"_L1).toString(), kBeta);
    const QJsonArray answers
        = json.value("rounds"_L1).toArray().at(0).toObject().value("answers"_L1).toArray();
    QCOMPARE(answers.at(0).toObject().value("refusal"_L1).toString(), u"I cannot do math."_s);
    // Beta, column 1, was shown third: "C".
    const QJsonArray votes = json.value("votes"_L1).toArray();
    QCOMPARE(votes.at(0).toObject().value("best_label"_L1).toString(), u"C"_s);
    QCOMPARE(votes.at(1).toObject().value("outcome"_L1).toString(), u"all_bad"_s);

    const QString markdown = comparisonMarkdown(c);
    QVERIFY2(markdown.contains(u"### A — gamma-model-405b"_s), qPrintable(markdown));
    QVERIFY2(markdown.contains(u"C — beta-model-70b@responses was best"_s), qPrintable(markdown));
    QVERIFY2(markdown.contains(u"All answers were bad"_s), qPrintable(markdown));
}

void tst_ComparisonExport::blindHidesEverythingThatNamesAModel_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("json") << u"json"_s;
    QTest::newRow("markdown") << u"markdown"_s;
    QTest::newRow("html") << u"html"_s;
}

void tst_ComparisonExport::blindHidesEverythingThatNamesAModel()
{
    QFETCH(QString, format);
    const Core::Comparison c = blindNotVoted();
    const QString out = format == u"json"       ? QString::fromUtf8(comparisonJson(c))
                        : format == u"markdown" ? comparisonMarkdown(c)
                                                : comparisonHtml(c);
    // Models (also as parts: "alpha", "405b"), connections, API names, metrics, errors.
    const QStringList secrets = {kAlpha,
                                 kBeta,
                                 kGamma,
                                 u"alpha"_s,
                                 u"beta"_s,
                                 u"gamma"_s,
                                 u"405b"_s,
                                 u"workspace-prod"_s,
                                 u"azuredatabricks"_s,
                                 u"Demo gateway"_s,
                                 u"responses"_s,
                                 u"invocations"_s,
                                 u"4321"_s,
                                 u"5310"_s,
                                 u"1200"_s,
                                 u"Too many requests"_s,
                                 u"RATE_LIMIT"_s,
                                 u"Be brief"_s,
                                 u"seed"_s};
    for (const QString &secret : secrets)
        QVERIFY2(!out.contains(secret, Qt::CaseInsensitive), qPrintable(secret + u" in "_s + out));
    // The answers are there, under letters in the order shown: gamma's first.
    QVERIFY(out.contains(u"I cannot do math."_s));
    QVERIFY(out.contains(u"Seventeen times twenty"_s));
    if (format == u"markdown") {
        QVERIFY2(out.indexOf(u"### A\n"_s) < out.indexOf(u"I cannot do math."_s), qPrintable(out));
        QVERIFY(out.indexOf(u"### B\n"_s) < out.indexOf(u"Seventeen times twenty"_s));
        QVERIFY(out.indexOf(u"I cannot do math."_s) < out.indexOf(u"### B\n"_s));
    } else if (format == u"json") {
        const QJsonObject json = parse(out.toUtf8());
        QCOMPARE(json.value("hidden"_L1), QJsonValue(true));
        const QJsonObject first = json.value("columns"_L1).toArray().at(0).toObject();
        QCOMPARE(first.value("label"_L1).toString(), u"A"_s);
        for (const char *member : {"connection", "model", "api", "parameters"})
            QVERIFY2(first.value(QLatin1StringView(member)).isNull(), member);
        const QJsonObject answer = json.value("rounds"_L1)
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value("answers"_L1)
                                       .toArray()
                                       .at(1)
                                       .toObject();
        QCOMPARE(answer.value("reasoning"_L1).toString(), u"Seventeen times twenty is 340."_s);
        for (const char *member : {"model", "metrics", "finish_reason", "error"})
            QVERIFY2(answer.value(QLatin1StringView(member)).isNull(), member);
    } else {
        QVERIFY(out.contains(u"<h3>A</h3>"_s));
    }

    // One vote reveals it.
    Core::Comparison voted = c;
    voted.votes = sample().votes;
    const QString revealed = format == u"json"       ? QString::fromUtf8(comparisonJson(voted))
                             : format == u"markdown" ? comparisonMarkdown(voted)
                                                     : comparisonHtml(voted);
    QVERIFY(revealed.contains(kAlpha));
    QVERIFY(revealed.contains(u"workspace-prod"_s));
}

void tst_ComparisonExport::blindOrderThatIsNoPermutationFallsBack()
{
    for (const QList<int> &order :
         {QList<int>{5, 0, 1}, QList<int>{0, 0, 1}, QList<int>{1}, QList<int>{-1, 0, 1}}) {
        Core::Comparison c = blindNotVoted();
        c.blindOrder = order;
        const QJsonObject json = parse(comparisonJson(c));
        const QJsonArray columns = json.value("columns"_L1).toArray();
        QCOMPARE(columns.size(), 3);
        for (qsizetype i = 0; i < 3; ++i)
            QCOMPARE(columns.at(i).toObject().value("index"_L1).toInt(), i);
        QVERIFY(!comparisonMarkdown(c).contains(kAlpha));
        QVERIFY(!comparisonHtml(c).contains(kAlpha));
    }
}

void tst_ComparisonExport::markdownStructure()
{
    Core::Comparison c = sample();
    c.title = u"# Not a heading\n## nor this"_s;
    c.columns[0].turns[0].message = Core::Message::user(u"## Prompt heading?\nline two"_s);
    const QString md = comparisonMarkdown(c);
    QCOMPARE(headingsOf(md), (QStringList{
                                 u"# \\# Not a heading \\#\\# nor this"_s,
                                 u"## Columns"_s,
                                 u"### A — alpha-model-7b"_s,
                                 u"### B — beta-model-70b"_s,
                                 u"### C — gamma-model-405b"_s,
                                 u"## Round 1"_s,
                                 u"### A — alpha-model-7b"_s,
                                 u"### B — beta-model-70b"_s,
                                 u"### C — gamma-model-405b"_s,
                                 u"## Round 2"_s,
                                 u"### A — alpha-model-7b"_s,
                                 u"### B — beta-model-70b"_s,
                                 u"### C — gamma-model-405b"_s,
                                 u"## Votes"_s,
                             }));
    // The prompt is quoted line by line, reasoning too.
    QVERIFY2(md.contains(u"> ## Prompt heading?\n> line two\n"_s), qPrintable(md));
    QVERIFY2(md.contains(u"> **Reasoning**\n>\n> Seventeen times twenty is 340.\n"_s),
             qPrintable(md));
    // Settings of the first column; a system prompt of two lines is fenced.
    QVERIFY(md.contains(u"- Connection: `workspace-prod`\n- Model: `alpha-model-7b`\n"
                        "- API: `chat`\n"_s));
    QVERIFY(md.contains(u"- Temperature: `0.25`\n"_s));
    QVERIFY(md.contains(u"- Top p: `0.9`\n"_s));
    QVERIFY(md.contains(u"- Max tokens: `256`\n"_s));
    QVERIFY2(md.contains(u"- Stop sequences: `\"\\n\\n\", \"END\"`\n"_s), qPrintable(md));
    QVERIFY(md.contains(u"- Extra parameters: `{\"seed\":7}`\n"_s));
    QVERIFY(md.contains(u"**System prompt**\n\n```\nBe brief.\nUse digits.\n```\n"_s));
    QVERIFY(md.contains(u"- Connection: `Demo gateway`\n"_s));
    // Tool call, refusal, incomplete, missing answer.
    QVERIFY2(md.contains(u"**Tool call** `calculator` (`call_1`)\n\n```json\n"
                         "{\"expression\": \"17*23\"}\n```\n"_s),
             qPrintable(md));
    QVERIFY(md.contains(u"**Refusal**\n\n```\nI cannot do math.\n```\n"_s));
    QVERIFY(md.contains(u"*The answer was cut off before it finished.*"_s));
    QVERIFY(md.contains(u"### C — gamma-model-405b\n\n*No answer in this round.*"_s));
}

void tst_ComparisonExport::markdownAnswerCannotBreakOut()
{
    Core::Comparison c = sample();
    // A fence of three, one of five, and a heading after the fence would close.
    const QString hostile = u"Look:\n```\n## Injected\n```\n`````\n# Also injected\n"_s;
    c.columns[1].turns[1].message.parts = {Core::ContentPart::makeText(hostile)};
    const QString md = comparisonMarkdown(c);
    QVERIFY2(md.contains(u"``````\n"_s + hostile + u"``````\n"_s), qPrintable(md));
    for (const QString &heading : headingsOf(md))
        QVERIFY2(!heading.contains(u"njected"_s), qPrintable(heading));
    // Reasoning with a fence stays in its quote: every line of it starts with '>'.
    c.columns[0].turns[1].message.parts = {Core::ContentPart::makeReasoning(u"```\n# X"_s)};
    const QString quoted = comparisonMarkdown(c);
    QVERIFY2(quoted.contains(u"> ```\n> # X\n"_s), qPrintable(quoted));
    QVERIFY(!headingsOf(quoted).contains(u"# X"_s));
}

void tst_ComparisonExport::markdownMetricsAndVotes()
{
    const QString md = comparisonMarkdown(sample());
    QVERIFY2(md.contains(u"Time to first token: 4,321 ms · Total time: 5,310 ms · Output speed: "
                         "348.8 tokens/s · Input tokens: 1,200 · Output tokens: 345 · Reasoning "
                         "tokens: 210 · Finish reason: stop\n"_s),
             qPrintable(md));
    QVERIFY(md.contains(u"**Error:** Too many requests (HTTP 429)\n"_s));
    QVERIFY2(md.contains(u"- Round 1: B — beta-model-70b@responses was best (2024-06-01 08:01 "
                         "UTC)\n"_s),
             qPrintable(md));
    QVERIFY(md.contains(u"- Round 2: Tie: all answers equally good (2024-06-01 08:02 UTC)\n"_s));
    QVERIFY(md.contains(u"Compared on 2024-06-01 08:00 UTC · 3 columns · 2 rounds\n"_s));

    // The reader's locale, JSON's numbers untouched.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restore = qScopeGuard(
        [] { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); });
    QVERIFY(comparisonMarkdown(sample()).contains(u"4.321 ms"_s));
    QVERIFY(comparisonHtml(sample()).contains(u"348,8"_s));
    const QByteArray json = comparisonJson(sample());
    QVERIFY(json.contains("\"ttft_ms\": 4321"));
    QVERIFY(json.contains("\"output_tokens_per_second\": 348.84"));

    // A vote whose best is no column still reads.
    Core::Comparison odd = sample();
    odd.votes[0].best = 9;
    QVERIFY(comparisonMarkdown(odd).contains(u"Round 1: Column 10 was best"_s));
}

void tst_ComparisonExport::htmlEscapesHostileText()
{
    Core::Comparison c = sample();
    c.title = u"<img src=x onerror=alert(1)> & co"_s;
    c.columns[0].settings.model = u"<i>model</i>"_s;
    c.columns[0].turns[1].message.parts
        = {Core::ContentPart::makeReasoning(u"</details><details open>"_s),
           Core::ContentPart::makeText(u"<script>alert(1)</script></style><b>bold</b>"_s)};
    c.columns[1].turns[1].message.parts = {Core::ContentPart::makeToolCall(
        u"\"><x"_s, u"<svg onload=alert(1)>"_s, u"{\"a\": \"</pre>\"}"_s)};
    const QString html = comparisonHtml(c);
    QVERIFY2(!html.contains(u"<script"_s, Qt::CaseInsensitive), qPrintable(html));
    QCOMPARE(html.count(u"</style>"_s), 1);
    // The system prompt's and the reasoning's, none from the answer.
    QCOMPARE(html.count(u"<details>"_s), 2);
    QCOMPARE(html.count(u"</details>"_s), 2);
    QCOMPARE(html.count(u"<pre>"_s), html.count(u"</pre>"_s));
    for (const QString &tag : {u"<img"_s, u"<b>"_s, u"<i>"_s, u"<svg"_s, u"<x"_s})
        QVERIFY2(!html.contains(tag), qPrintable(tag));
    QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;&lt;/style&gt;&lt;b&gt;bold"
                          "&lt;/b&gt;"_s));
    QVERIFY(html.contains(u"<title>&lt;img src=x onerror=alert(1)&gt; &amp; co</title>"_s));
    QVERIFY(html.contains(u"&lt;/details&gt;&lt;details open&gt;"_s));
    QVERIFY(html.contains(u"&quot;&gt;&lt;x"_s));
    QVERIFY(html.contains(u"<code>&lt;i&gt;model&lt;/i&gt;</code>"_s));
}

void tst_ComparisonExport::htmlIsStandaloneAndResponsive()
{
    Core::Comparison c = sample();
    c.columns[1].connectionName = u"workspace-dev"_s; // no URL in the page at all
    const QString html = comparisonHtml(c);
    QVERIFY(html.startsWith(u"<!DOCTYPE html>\n<html lang=\"en\">"_s));
    QVERIFY(html.contains(u"<meta charset=\"utf-8\">"_s));
    QVERIFY(html.endsWith(u"</html>\n"_s));
    // Nothing to fetch and nothing to run.
    for (const QString &outside : {u"<script"_s, u"<link"_s, u"<img"_s, u"<iframe"_s, u"src="_s,
                                   u"href"_s, u"url("_s, u"@import"_s, u"://"_s}) {
        QVERIFY2(!html.contains(outside, Qt::CaseInsensitive), qPrintable(outside));
    }
    QVERIFY(!html.contains(QRegularExpression(u"<[^>]*\\son[a-z]+\\s*="_s)));
    QCOMPARE(html.count(u"<style>"_s), 1);
    QVERIFY(html.contains(u"@media (prefers-color-scheme: dark)"_s));
    QVERIFY(html.contains(u"grid-template-columns: repeat(3, minmax(0, 1fr))"_s));
    QVERIFY(html.contains(u"@media (max-width: 48rem) { .grid { grid-template-columns: "
                          "minmax(0, 1fr); } }"_s));
    QVERIFY(html.contains(u"<details><summary>Reasoning</summary>"_s));
    QVERIFY(html.contains(u"<dt>Time to first token</dt><dd>4,321 ms</dd>"_s));
    QVERIFY(html.contains(u"<li>Round 1: B — beta-model-70b@responses was best (2024-06-01 "
                          "08:01 UTC)</li>"_s));

    // Ten columns: eight across, the grid wraps.
    Core::Comparison wide = sample();
    while (wide.columns.size() < 10)
        wide.columns.append(wide.columns.constFirst());
    QVERIFY(comparisonHtml(wide).contains(u"repeat(8, minmax(0, 1fr))"_s));
    Core::Comparison one = sample();
    one.columns.resize(1);
    QVERIFY(comparisonHtml(one).contains(u"repeat(1, minmax(0, 1fr))"_s));
}

void tst_ComparisonExport::connectionThatLooksLikeAUrlIsANameOnly()
{
    const Core::Comparison c = sample();
    const QString md = comparisonMarkdown(c);
    // In a code span, which no Markdown reader turns into a link.
    QVERIFY2(md.contains(u"- Connection: `"_s + kUrlConnection + u"`\n"_s), qPrintable(md));
    QCOMPARE(md.count(u"https://"_s), 1);
    QVERIFY(!md.contains(u"<https"_s));
    QVERIFY(!md.contains(u"]("_s));

    const QString html = comparisonHtml(c);
    QVERIFY(html.contains(u"<dd>https://adb-1234.5.azuredatabricks.net/serving-endpoints?a=1&amp;"
                          "b=2</dd>"_s));
    QCOMPARE(html.count(u"https://"_s), 1);
    QVERIFY(!html.contains(u"href"_s));

    const QJsonObject json = parse(comparisonJson(c));
    QCOMPARE(json.value("columns"_L1).toArray().at(1).toObject().value("connection"_L1).toString(),
             kUrlConnection);
    QCOMPARE(QString::fromUtf8(comparisonJson(c)).count(u"https://"_s), 1);
}

void tst_ComparisonExport::invalidUnicodeAndHugeAnswer()
{
    Core::Comparison c = sample();
    // Bytes that are not UTF-8 decode to U+FFFD; lone surrogates, NUL and ESC are what a
    // QString can still hold.
    const QString broken = QString::fromUtf8("bad \xff\xfe \xc3 end") + QChar(0xD800) + u"x"_s
                           + QChar(0xDC00) + QChar(0) + QChar(0x1b) + u"[31m"_s;
    QString huge;
    huge.reserve(1 << 20);
    while (huge.size() < (1 << 20))
        huge += u"Line with a ``` fence and émoji 🧪 and <tags> & more.\n"_s;
    c.columns[0].turns[1].message.parts = {Core::ContentPart::makeText(broken + huge)};

    const QByteArray json = comparisonJson(c);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(json);
    QVERIFY(!decoder.hasError());
    const QString text = parse(json)
                             .value("rounds"_L1)
                             .toArray()
                             .at(0)
                             .toObject()
                             .value("answers"_L1)
                             .toArray()
                             .at(0)
                             .toObject()
                             .value("text"_L1)
                             .toString();
    QVERIFY(text.startsWith(QString::fromUtf8("bad \xff\xfe \xc3 end") + QChar(0xFFFD) + u"x"_s
                            + QChar(0xFFFD) + QChar(0) + QChar(0x1b)));
    QVERIFY(text.endsWith(huge));

    const QString md = comparisonMarkdown(c);
    const QString html = comparisonHtml(c);
    for (const QString &out : {md, html}) {
        QVERIFY(!hasLoneSurrogate(out));
        QVERIFY(!out.contains(QChar(0)));
        QVERIFY(!out.contains(QChar(0x1b)));
        QStringDecoder check(QStringDecoder::Utf8);
        const QString back = check.decode(out.toUtf8());
        QVERIFY(!check.hasError());
        QCOMPARE(back.size(), out.size());
    }
    QVERIFY(md.contains(u"````\n"_s + QString::fromUtf8("bad \xff\xfe \xc3 end")));
    QVERIFY(md.contains(huge + u"````\n"_s));
    QVERIFY(html.contains(u"&lt;tags&gt; &amp; more.\n"_s));
    QVERIFY(html.size() > (1 << 20));
}

void tst_ComparisonExport::emptyComparison()
{
    const Core::Comparison c;
    const QJsonObject json = parse(comparisonJson(c));
    QCOMPARE(json.value("format"_L1).toString(), u"parlance.comparison"_s);
    QVERIFY(json.value("created"_L1).isNull());
    QCOMPARE(json.value("columns"_L1), QJsonValue(QJsonArray()));
    QCOMPARE(json.value("rounds"_L1), QJsonValue(QJsonArray()));
    QCOMPARE(json.value("votes"_L1), QJsonValue(QJsonArray()));
    const QString md = comparisonMarkdown(c);
    QCOMPARE(headingsOf(md), QStringList{u"# Comparison"_s});
    QVERIFY(comparisonHtml(c).contains(u"<h1>Comparison</h1>"_s));
}

QTEST_GUILESS_MAIN(tst_ComparisonExport)
#include "tst_comparisonexport.moc"
