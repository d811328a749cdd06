#include "controls/sliderspinbox.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QSlider>

#include <cmath>

namespace Parlance::Ui {

SliderSpinBox::SliderSpinBox(double minimum, double maximum, double step, QWidget *parent)
    : QWidget(parent), m_slider(new QSlider(Qt::Horizontal, this)), m_spin(new QDoubleSpinBox(this))
{
    m_spin->setRange(minimum, maximum);
    m_spin->setDecimals(2);
    m_spin->setSingleStep(step);
    m_spin->setAccelerated(true);
    m_slider->setRange(int(std::lround(minimum * kTicksPerUnit)),
                       int(std::lround(maximum * kTicksPerUnit)));
    m_slider->setSingleStep(int(std::lround(step * kTicksPerUnit)));
    m_slider->setPageStep(int(std::lround(step * kTicksPerUnit)) * 5);
    setFocusProxy(m_spin);

    connect(m_slider, &QSlider::valueChanged, this, [this](int ticks) {
        const QSignalBlocker blocker(m_spin);
        m_spin->setValue(double(ticks) / kTicksPerUnit);
        emit valueChanged(m_spin->value());
    });
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        const QSignalBlocker blocker(m_slider);
        m_slider->setValue(int(std::lround(value * kTicksPerUnit)));
        emit valueChanged(value);
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_spin);
}

SliderSpinBox::~SliderSpinBox() = default;

double SliderSpinBox::value() const
{
    return m_spin->value();
}

void SliderSpinBox::setValue(double value)
{
    m_spin->setValue(value); // rounds to two decimals and clamps; the slider follows
}

void SliderSpinBox::setAccessibleNames(const QString &name)
{
    m_slider->setAccessibleName(name);
    m_spin->setAccessibleName(name);
}

} // namespace Parlance::Ui
