#pragma once

#include <QIdentityProxyModel>

namespace Parlance::Ui {

// The exchange list as the inspector shows it: statuses coloured by class (2xx green, 3xx
// blue, 4xx orange, 5xx and failures red), streamed answers marked in the path column.
class ExchangeListProxy final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeListProxy)

public:
    explicit ExchangeListProxy(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace Parlance::Ui
