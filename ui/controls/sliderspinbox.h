#pragma once

#include <QWidget>

class QDoubleSpinBox;
class QSlider;

namespace Parlance::Ui {

// A slider for getting near and a spin box for the exact value, kept in step, over a range
// like 0-2 with two decimals (temperature, top_p).
class SliderSpinBox final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SliderSpinBox)

public:
    SliderSpinBox(double minimum, double maximum, double step, QWidget *parent = nullptr);
    ~SliderSpinBox() override;

    double value() const;
    void setValue(double value);

    QSlider *slider() const { return m_slider; }
    QDoubleSpinBox *spinBox() const { return m_spin; }
    // What a screen reader calls the slider and the spin box (both: they set one value).
    void setAccessibleNames(const QString &name);

signals:
    void valueChanged(double value);

private:
    static constexpr int kTicksPerUnit = 100; // the spin box's two decimals

    QSlider *m_slider;
    QDoubleSpinBox *m_spin;
};

} // namespace Parlance::Ui
