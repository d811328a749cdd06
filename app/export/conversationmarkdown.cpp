#include "export/conversationmarkdown.h"

#include "export/comparisonlayout.h"
#include "export/markdowntext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Parlance::Export {

namespace {

using namespace Qt::StringLiterals;
using namespace ComparisonLayout;
using namespace MarkdownText;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Export::ConversationFile)
};

// A CommonMark fence line: up to three spaces, then three or more backticks or tildes.
struct Fence
{
    QChar c;
    qsizetype length = 0;
};

std::optional<Fence> fenceOf(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && i < 4 && line.at(i) == u' ')
        ++i;
    if (i > 3 || i >= line.size() || (line.at(i) != u'`' && line.at(i) != u'~'))
        return std::nullopt;
    const QChar c = line.at(i);
    qsizetype length = 0;
    while (i + length < line.size() && line.at(i + length) == c)
        ++length;
    if (length < 3)
        return std::nullopt;
    // A backtick fence's info string may not hold a backtick (it would be inline code).
    if (c == u'`' && line.sliced(i + length).contains(u'`'))
        return std::nullopt;
    return Fence{c, length};
}

bool closes(QStringView line, const Fence &open)
{
    const std::optional<Fence> fence = fenceOf(line);
    return fence && fence->c == open.c && fence->length >= open.length
           && line.trimmed().size() == fence->length;
}

// A message's own Markdown, made safe to go on with: a code block it leaves open is closed, so
// the next heading is a heading again; it ends with a blank line.
QString body(const QString &text)
{
    QString out = printable(text);
    std::optional<Fence> open;
    for (const QStringView line : QStringView(out).split(u'\n')) {
        const QStringView bare = line.endsWith(u'\r') ? line.chopped(1) : line;
        if (!open)
            open = fenceOf(bare);
        else if (closes(bare, *open))
            open.reset();
    }
    while (out.endsWith(u'\n') || out.endsWith(u'\r'))
        out.chop(1);
    if (open)
        out += u'\n' + QString(open->length, open->c);
    return out + u"\n\n"_s;
}

// Reasoning folds away; its text may not end the <details> it is in.
QString reasoningBlock(const QString &text)
{
    static const QRegularExpression closing(u"</(details|summary)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    QString safe = text;
    safe.replace(closing, u"&lt;/\\1"_s);
    return u"<details>\n<summary>"_s + Tr::tr("Reasoning") + u"</summary>\n\n"_s + body(safe)
           + u"</details>\n\n"_s;
}

// Valid JSON is shown indented; anything else exactly as it came.
QString jsonBlock(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error == QJsonParseError::NoError && !document.isNull())
        return fenced(QString::fromUtf8(document.toJson(QJsonDocument::Indented)), u"json"_s);
    return fenced(text);
}

QString toolCallBlock(const Core::ContentPart &call)
{
    QString out = u"**"_s + Tr::tr("Tool call") + u"** "_s + code(call.toolName);
    if (!call.toolCallId.isEmpty())
        out += u" ("_s + code(call.toolCallId) + u')';
    return out + u"\n\n"_s + jsonBlock(call.toolArguments);
}

QString heading(const Core::Turn &turn)
{
    switch (turn.message.role) {
    case Core::Role::User:
        return Tr::tr("You");
    case Core::Role::Assistant:
        return turn.model.isEmpty() ? Tr::tr("Assistant")
                                    : Tr::tr("Assistant (%1)").arg(escaped(turn.model));
    case Core::Role::Tool:
        return Tr::tr("Tool result");
    case Core::Role::System:
        return Tr::tr("System");
    }
    return {};
}

QString turnSection(const Core::Turn &turn)
{
    const Core::Message &message = turn.message;
    QString out = u"## "_s + heading(turn) + u"\n\n"_s;
    if (message.role == Core::Role::Tool) {
        if (!message.toolCallId.isEmpty())
            out += Tr::tr("Answer to %1").arg(code(message.toolCallId)) + u"\n\n"_s;
        return out + jsonBlock(message.text());
    }
    if (message.role == Core::Role::System)
        return out + fenced(message.text());

    // In the order they came; consecutive text parts are one stretch of Markdown.
    QString text;
    const auto flush = [&] {
        if (!text.isEmpty())
            out += body(std::exchange(text, {}));
    };
    for (const Core::ContentPart &part : message.parts) {
        using Kind = Core::ContentPart::Kind;
        if (part.kind == Kind::Text) {
            text += part.text;
            continue;
        }
        flush();
        if (part.kind == Kind::Reasoning)
            out += reasoningBlock(part.text);
        else if (part.kind == Kind::ToolCall)
            out += toolCallBlock(part);
        else
            out += u"**"_s + Tr::tr("Refusal") + u"**\n\n"_s + quoted(part.text);
    }
    flush();

    if (message.incomplete)
        out += u'*' + Tr::tr("The answer was cut off before it finished.") + u"*\n\n"_s;
    QStringList metrics;
    for (const Item &item : metricItems(turn))
        metrics.append(item.label + u": "_s + escaped(item.value));
    if (!metrics.isEmpty())
        out += metrics.join(u" · "_s) + u"\n\n"_s;
    if (const QString error = errorText(turn); !error.isEmpty())
        out += u"**"_s + Tr::tr("Error") + u":** "_s + escaped(error) + u"\n\n"_s;
    return out;
}

QString header(const Store::StoredConversation &conversation)
{
    const Core::ChatSettings &settings = conversation.settings;
    const QString title
        = conversation.title.isEmpty() ? Tr::tr("Conversation") : conversation.title;
    QString out = u"# "_s + escaped(title) + u"\n\n"_s;
    const auto line = [&out](const QString &label, const QString &value) {
        out += u"- "_s + label + u": "_s + value + u'\n';
    };
    if (!settings.model.isEmpty())
        line(Tr::tr("Model"), code(settings.model));
    line(Tr::tr("API"), code(Core::apiKindName(settings.api)));
    line(Tr::tr("Connection"), code(connectionText(conversation.connectionName)));
    if (const QString created = dateText(conversation.created); !created.isEmpty())
        line(Tr::tr("Created"), escaped(created));
    if (const QString updated = dateText(conversation.updated); !updated.isEmpty())
        line(Tr::tr("Updated"), escaped(updated));
    QString blocks;
    for (const Item &item : parameterItems(settings.params)) {
        if (item.block)
            blocks += u"**"_s + item.label + u"**\n\n"_s + fenced(item.value);
        else
            line(item.label, code(item.value));
    }
    return out + u'\n' + blocks;
}

} // namespace

QString conversationMarkdown(const Store::StoredConversation &conversation)
{
    QString out = header(conversation);
    for (const Core::Turn &turn : conversation.turns)
        out += turnSection(turn);
    return out + u'*' + Tr::tr("Exported from Parlance") + u"*\n"_s;
}

} // namespace Parlance::Export
