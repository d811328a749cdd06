#pragma once

#include <QFrame>

class QCheckBox;
class QLabel;
class QListView;
class QProgressBar;
class QPushButton;

namespace Parlance::Ui {

// The drop-down of ModelPicker: the filtered list, a status line (loading, error, nothing
// matches), a button to take the typed text as it is, and the "show all endpoints" toggle.
// A Qt::Popup like QCompleter's, with the picker's line edit as focus proxy so typing keeps
// going there; the picker filters this popup's events and owns the behaviour.
class ModelPickerPopup final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelPickerPopup)

public:
    explicit ModelPickerPopup(QWidget *parent);
    ~ModelPickerPopup() override;

    QListView *view() const { return m_view; }
    QCheckBox *showAllCheck() const { return m_showAll; }
    QPushButton *useTypedButton() const { return m_useTyped; }
    QLabel *statusLabel() const { return m_status; }

    void setBusy(bool busy);
    void setMessage(const QString &text, bool isError);
    void setTypedName(const QString &name); // empty hides the "use as typed" button
    void setNonChatCount(int count);

    // Shows below `anchor` (global coordinates), or above it when the screen ends first.
    void popUp(const QRect &anchor);
    void updateGeometryFor(const QRect &anchor);

private:
    int listHeight() const;

    QListView *m_view;
    QProgressBar *m_busyBar;
    QLabel *m_status;
    QPushButton *m_useTyped;
    QCheckBox *m_showAll;
};

} // namespace Parlance::Ui
