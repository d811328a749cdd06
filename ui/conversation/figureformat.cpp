#include "conversation/figureformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace Parlance::Ui {

namespace {

// The context these strings were first translated in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Ui::TurnData)
};

} // namespace

QString formatCount(qint64 count)
{
    return QLocale().toString(count);
}

QString formatMs(qint64 ms)
{
    if (ms < 1000)
        return Tr::tr("%1 ms").arg(QLocale().toString(ms));
    return Tr::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', ms < 10000 ? 2 : 1));
}

QString formatRate(double tokensPerSecond)
{
    return QLocale().toString(tokensPerSecond, 'f', tokensPerSecond < 100 ? 1 : 0);
}

QString formatCost(double usd)
{
    // Small answers cost fractions of a cent: four decimals keep them apart.
    return Tr::tr("$%1").arg(QLocale().toString(usd, 'f', usd < 1.0 ? 4 : 2));
}

} // namespace Parlance::Ui
