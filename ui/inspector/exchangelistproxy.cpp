#include "inspector/exchangelistproxy.h"

#include "engine/exchangelog.h"
#include "inspector/exchangetablemodel.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace Parlance::Ui {

ExchangeListProxy::ExchangeListProxy(QObject *parent) : QIdentityProxyModel(parent) {}

static QColor statusColor(int status, bool failed)
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    if (failed && status < 400)
        return dark ? QColor(0xff, 0x6b, 0x5b) : QColor(0xc0, 0x39, 0x2b);
    if (status >= 500)
        return dark ? QColor(0xff, 0x6b, 0x5b) : QColor(0xc0, 0x39, 0x2b);
    if (status >= 400)
        return dark ? QColor(0xf5, 0xa6, 0x23) : QColor(0xb9, 0x62, 0x00);
    if (status >= 300)
        return dark ? QColor(0x6c, 0xb6, 0xff) : QColor(0x1f, 0x5f, 0xbf);
    return dark ? QColor(0x6f, 0xcf, 0x7f) : QColor(0x1e, 0x84, 0x49);
}

QVariant ExchangeListProxy::data(const QModelIndex &index, int role) const
{
    using Table = ExchangeTableModel;
    using State = Engine::ExchangeLog::State;
    if (index.isValid() && index.column() == Table::StatusColumn) {
        if (role == Qt::ForegroundRole) {
            switch (index.data(Table::StateRole).value<State>()) {
            case State::Pending:
            case State::Receiving:
            case State::Streaming:
                return {};
            case State::Cancelled: // the user's doing, not the gateway's: no alarm colour
                return QGuiApplication::palette().color(QPalette::PlaceholderText);
            case State::Failed:
            case State::Done:
                break;
            }
            return statusColor(index.data(Table::StatusRole).toInt(),
                               index.data(Table::IsErrorRole).toBool());
        }
        if (role == Qt::FontRole) {
            QFont font = QIdentityProxyModel::data(index, role).value<QFont>();
            font.setBold(true);
            return font;
        }
    }
    if (index.isValid() && index.column() == Table::UrlColumn && role == Qt::DisplayRole
        && index.data(Table::IsStreamRole).toBool()) {
        return QString(QIdentityProxyModel::data(index, role).toString() + QLatin1StringView("  ")
                       + tr("(stream)"));
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace Parlance::Ui
