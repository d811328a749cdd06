#include "cli/comparetable.h"

#include <QCoreApplication>

namespace Parlance::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Cli::Compare)
};

QString milliseconds(const std::optional<qint64> &ms)
{
    return ms ? Tr::tr("%1 ms").arg(*ms) : QStringLiteral("-");
}

QString count(const std::optional<qint64> &n)
{
    return n ? QString::number(*n) : QStringLiteral("-");
}

} // namespace

QString compareStatus(const Engine::ChatResult &result)
{
    if (!result.error)
        return Tr::tr("ok");
    const Core::ApiError &e = *result.error;
    QString status;
    switch (e.kind) {
    case Core::ApiError::Kind::Http:
        status = QStringLiteral("HTTP %1").arg(e.httpStatus);
        break;
    case Core::ApiError::Kind::Stream:
        status = Tr::tr("error in stream");
        break;
    case Core::ApiError::Kind::Protocol:
        status = Tr::tr("protocol error");
        break;
    case Core::ApiError::Kind::Network:
        status = Tr::tr("network error");
        break;
    case Core::ApiError::Kind::Timeout:
        status = Tr::tr("timeout");
        break;
    case Core::ApiError::Kind::Cancelled:
        status = Tr::tr("cancelled");
        break;
    }
    if (result.incomplete)
        status = Tr::tr("%1, incomplete").arg(status);
    return status;
}

QString compareTable(const QStringList &labels, const QList<Engine::ChatResult> &results)
{
    enum Align { Left, Right };
    const QList<Align> align = {Left, Right, Right, Right, Right, Right, Left, Left};
    QList<QStringList> rows;
    rows.append({Tr::tr("MODEL"), Tr::tr("TTFT"), Tr::tr("TOTAL"), Tr::tr("TOK/S"), Tr::tr("IN"),
                 Tr::tr("OUT"), Tr::tr("FINISH"), Tr::tr("STATUS")});
    for (qsizetype i = 0; i < results.size(); ++i) {
        const Engine::ChatResult &r = results.at(i);
        const std::optional<double> rate = r.metrics.outputTokensPerSecond();
        rows.append({labels.value(i), milliseconds(r.metrics.timeToFirstTokenMs),
                     milliseconds(r.metrics.totalMs),
                     rate ? QString::number(*rate, 'f', 1) : QStringLiteral("-"),
                     count(r.usage.inputTokens), count(r.usage.outputTokens),
                     r.finishReason.isEmpty() ? QStringLiteral("-") : r.finishReason,
                     compareStatus(r)});
    }
    QList<qsizetype> widths(align.size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = qMax(widths.at(c), row.at(c).size());
    }
    QString out;
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c > 0)
                line += QStringLiteral("  ");
            line += align.at(c) == Left ? row.at(c).leftJustified(widths.at(c))
                                        : row.at(c).rightJustified(widths.at(c));
        }
        // A model name, finish reason or status with a line break would break the table.
        line.replace(QLatin1Char('\n'), QLatin1Char(' '))
            .replace(QLatin1Char('\t'), QLatin1Char(' '));
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line + QLatin1Char('\n');
    }
    return out;
}

} // namespace Parlance::Cli
