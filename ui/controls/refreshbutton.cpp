#include "controls/refreshbutton.h"

#include <QPainter>
#include <QStyle>
#include <QVariantAnimation>

namespace Parlance::Ui {

namespace {

QIcon rotated(const QIcon &icon, const QSize &size, qreal degrees)
{
    const QPixmap source = icon.pixmap(size);
    QPixmap result(source.size());
    result.setDevicePixelRatio(source.devicePixelRatio());
    result.fill(Qt::transparent);
    QPainter painter(&result);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QPointF centre = QRectF(QPointF(0, 0), source.deviceIndependentSize()).center();
    painter.translate(centre);
    painter.rotate(degrees);
    painter.translate(-centre);
    painter.drawPixmap(0, 0, source);
    return QIcon(result);
}

} // namespace

RefreshButton::RefreshButton(QWidget *parent)
    : QToolButton(parent)
    , m_icon(style()->standardIcon(QStyle::SP_BrowserReload))
    , m_spin(new QVariantAnimation(this))
{
    setIcon(m_icon);
    setAutoRaise(true);
    m_spin->setStartValue(0.0);
    m_spin->setEndValue(360.0);
    m_spin->setDuration(900);
    m_spin->setLoopCount(-1);
    connect(m_spin, &QVariantAnimation::valueChanged, this, [this](const QVariant &angle) {
        setIcon(rotated(m_icon, iconSize(), angle.toDouble()));
    });
}

RefreshButton::~RefreshButton() = default;

void RefreshButton::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    setEnabled(!busy);
    if (busy) {
        m_spin->start();
    } else {
        m_spin->stop();
        setIcon(m_icon);
    }
}

} // namespace Parlance::Ui
