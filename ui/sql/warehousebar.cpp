#include "sql/warehousebar.h"

#include "controls/refreshbutton.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>

namespace Parlance::Ui {

namespace {

enum Role { IdRole = Qt::UserRole + 1, StateRole };

QColor badgeColour(const QString &state)
{
    if (state == u"RUNNING")
        return QColor(0x2e, 0x9d, 0x4f);
    if (state == u"STARTING" || state == u"STOPPING")
        return QColor(0xe0, 0x9b, 0x1a);
    if (state == u"DELETING" || state == u"DELETED")
        return QColor(0xc0, 0x39, 0x2b);
    return QColor(0x8a, 0x8f, 0x98); // STOPPED, or a state this build does not know
}

QIcon badge(const QString &state)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(badgeColour(state));
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pixmap);
}

} // namespace

WarehouseBar::WarehouseBar(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_start(new QPushButton(tr("&Start"), this))
    , m_refresh(new RefreshButton(this))
{
    m_combo->setObjectName(QStringLiteral("sqlWarehouse"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(24);
    m_combo->setPlaceholderText(tr("No warehouse listed"));
    m_start->setObjectName(QStringLiteral("sqlStartWarehouse"));
    m_start->setToolTip(tr("Start the stopped warehouse (it takes a few minutes)"));
    m_refresh->setObjectName(QStringLiteral("sqlRefreshWarehouses"));
    m_refresh->setToolTip(tr("List the warehouses again"));
    m_refresh->setAccessibleName(tr("Refresh warehouses"));

    auto *label = new QLabel(tr("&Warehouse:"), this);
    label->setBuddy(m_combo);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_start);
    layout->addWidget(m_refresh);

    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        updateStart();
        emit currentWarehouseChanged(currentWarehouseId());
    });
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (!currentWarehouseId().isEmpty())
            emit startRequested(currentWarehouseId());
    });
    connect(m_refresh, &QToolButton::clicked, this, &WarehouseBar::refreshRequested);
    updateStart();
}

WarehouseBar::~WarehouseBar() = default;

QString WarehouseBar::stateText(const QString &state)
{
    if (state == u"RUNNING")
        return tr("Running");
    if (state == u"STOPPED")
        return tr("Stopped");
    if (state == u"STARTING")
        return tr("Starting");
    if (state == u"STOPPING")
        return tr("Stopping");
    if (state == u"DELETING")
        return tr("Deleting");
    if (state == u"DELETED")
        return tr("Deleted");
    return state.isEmpty() ? tr("State unknown") : state;
}

void WarehouseBar::setWarehouses(const QList<Workspace::SqlWarehouse> &warehouses,
                                 const QString &preferred)
{
    const QString current = currentWarehouseId();
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        int firstRunning = -1;
        for (const Workspace::SqlWarehouse &warehouse : warehouses) {
            const QString name = warehouse.name.isEmpty() ? warehouse.id : warehouse.name;
            QString text = tr("%1 — %2").arg(name, stateText(warehouse.state));
            if (!warehouse.size.isEmpty())
                text += u" · " + warehouse.size;
            m_combo->addItem(badge(warehouse.state), text);
            const int row = m_combo->count() - 1;
            m_combo->setItemData(row, warehouse.id, IdRole);
            m_combo->setItemData(row, warehouse.state, StateRole);
            m_combo->setItemData(row, tr("%1 (%2)").arg(warehouse.id, warehouse.state),
                                 Qt::ToolTipRole);
            if (firstRunning < 0 && warehouse.state == u"RUNNING")
                firstRunning = row;
        }
        int select = current.isEmpty() ? -1 : m_combo->findData(current, IdRole);
        if (select < 0 && !preferred.isEmpty())
            select = m_combo->findData(preferred, IdRole);
        if (select < 0)
            select = firstRunning >= 0 ? firstRunning : (warehouses.isEmpty() ? -1 : 0);
        m_combo->setCurrentIndex(select);
    }
    updateStart();
    if (currentWarehouseId() != current)
        emit currentWarehouseChanged(currentWarehouseId());
}

void WarehouseBar::setBusy(bool busy)
{
    m_refresh->setBusy(busy);
}

QString WarehouseBar::currentWarehouseId() const
{
    return m_combo->currentData(IdRole).toString();
}

QString WarehouseBar::currentState() const
{
    return m_combo->currentData(StateRole).toString();
}

void WarehouseBar::updateStart()
{
    m_start->setEnabled(currentState() == u"STOPPED");
}

} // namespace Parlance::Ui
