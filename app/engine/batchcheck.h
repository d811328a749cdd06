#pragma once

#include "core/conversation.h"
#include "engine/batchjsonschema.h"

#include <QRegularExpression>
#include <QString>

#include <optional>

namespace Parlance::Engine {

// What one check said about one answer.
struct BatchCheckResult
{
    QString name; // the check as given: "contains:Paris", "judge:MODEL:RUBRIC"
    bool pass = false;
    std::optional<double> score; // a judge's, 0 to 1
    QString detail;              // why it failed; for a judge, its reply

    friend bool operator==(const BatchCheckResult &, const BatchCheckResult &) = default;
};

// One `--check` of a batch run, applied to every answer:
//   contains:TEXT        the answer contains TEXT (case-sensitive)
//   not-contains:TEXT    it does not
//   regex:RE             RE (Perl syntax) matches somewhere in it
//   json                 it is JSON (a ```json fence around it is allowed)
//   json-schema:FILE     it is JSON that matches the schema in FILE (see BatchJsonSchema)
//   max-length:N         it has at most N characters
//   judge:MODEL:RUBRIC   MODEL scores it from 0 to 1 against RUBRIC (@FILE reads the rubric
//                        from FILE; [MODEL] for a model whose name holds ':'); passes at 0.5
class BatchCheck
{
public:
    enum class Kind { Contains, NotContains, Regex, Json, JsonSchema, MaxLength, Judge };

    static constexpr double kJudgePassScore = 0.5;

    // Nullopt with a one-line *error for a check that is not one; reads the files it names.
    static std::optional<BatchCheck> parse(const QString &spec, QString *error);

    Kind kind() const { return m_kind; }
    const QString &name() const { return m_name; }
    bool isJudge() const { return m_kind == Kind::Judge; }
    const QString &judgeModel() const { return m_text; }
    const QString &rubric() const { return m_rubric; }

    // The result for `answer`; not for a judge, which needs a model's reply (judgeResult).
    BatchCheckResult evaluate(const QString &answer) const;
    // The result when the cell has no answer to check: its request failed.
    BatchCheckResult notAnswered() const;

    // What a judge asks: the instructions (as the system prompt) and one user message with the
    // rubric, the prompt and the answer, in that order.
    static QString judgeInstructions();
    Core::Conversation judgeConversation(const QString &prompt, const QString &answer) const;
    // The judge's reply read as a score; fails, keeping the reply, when it holds none.
    BatchCheckResult judgeResult(const QString &reply) const;
    BatchCheckResult judgeFailed(const QString &why) const;

    // "SCORE: 0.8" first, else the first number; "8/10" and "80%" are fractions; clamped to
    // 0..1. Nullopt when the reply holds no number.
    static std::optional<double> parseScore(const QString &reply);
    // The JSON an answer holds: the whole answer (trimmed), or the inside of a ``` fence
    // around all of it. Nullopt with *error when it is not JSON.
    static std::optional<QJsonValue> answerJson(const QString &answer, QString *error);

private:
    Kind m_kind = Kind::Contains;
    QString m_name;
    QString m_text; // the text to find, or the judge's model
    QString m_rubric;
    QRegularExpression m_regex;
    qsizetype m_maxLength = 0;
    std::optional<BatchJsonSchema> m_schema;
};

} // namespace Parlance::Engine
