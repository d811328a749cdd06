#include "conversation/figureformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

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
    // One answer often costs a small fraction of a cent: show two significant digits of it,
    // so two such costs can be told apart ("$0.000043" against "$0.000028").
    int decimals = 2;
    if (usd > 0 && usd < 0.01)
        decimals = std::min(8, 1 - int(std::floor(std::log10(usd))));
    else if (usd > 0 && usd < 1)
        decimals = 4;
    return Tr::tr("$%1").arg(QLocale().toString(usd, 'f', decimals));
}

} // namespace Parlance::Ui
