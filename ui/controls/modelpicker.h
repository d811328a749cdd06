#pragma once

#include "controls/modelpreferences.h"
#include "core/modelinfo.h"

#include <QWidget>

#include <functional>

class QLineEdit;
class QListView;
class QToolButton;
class QAction;
class QKeyEvent;

namespace Parlance::Ui {

class ModelFilterProxy;
class ModelItemDelegate;
class ModelListModel;
class ModelPickerPopup;
class RefreshButton;

// An editable, searchable model chooser. Typing filters the drop-down (name or description,
// any case); Up/Down and Enter or a click choose; the star marks a favourite (Ctrl+D for the
// highlighted row); a name the list does not show is taken as typed with Enter when nothing
// matches, or with Shift+Enter / the "Use …" button at any time. The refresh button asks the
// owner for a new list (refreshRequested()) and shows a busy state until setModels() or
// setError() answers. The picker never fetches anything itself.
class ModelPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelPicker)

public:
    explicit ModelPicker(QWidget *parent = nullptr);
    explicit ModelPicker(ModelPreferences preferences, QWidget *parent = nullptr);
    ~ModelPicker() override;

    // Whose favourites and recents to show. Keeps the current model and the list.
    void setConnectionName(const QString &connection);

    QString currentModel() const { return m_current; }
    void setCurrentModel(const QString &name); // does not emit modelChosen()

    void setModels(const QList<Core::ModelInfo> &models); // also ends the busy state
    void setError(const QString &message);                // also ends the busy state
    QString errorString() const { return m_error; }

    // Says what is wrong with a model name for where requests go now (a Unity Catalog model
    // service name on a route that takes endpoint names, say), or nothing. Asked whenever the
    // current model changes and on recheckRoute(); the warning shows beside the name.
    using RouteCheck = std::function<QString(const QString &model)>;
    void setRouteCheck(RouteCheck check);
    void recheckRoute(); // the route changed (another API or connection)
    QString routeWarning() const { return m_routeWarning; }

    bool isBusy() const { return m_busy; }
    void setBusy(bool busy);

    bool isPopupVisible() const;

    ModelListModel *listModel() const { return m_model; }
    ModelFilterProxy *filterModel() const { return m_proxy; }
    QLineEdit *lineEdit() const { return m_edit; }
    QListView *listView() const;
    QToolButton *refreshButton() const;
    ModelPickerPopup *popup() const { return m_popup; }

public slots:
    void showPopup();
    void hidePopup();
    void refresh(); // enters the busy state and emits refreshRequested()

signals:
    void modelChosen(const QString &name); // by the user, and only when it changed
    void refreshRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool handleKey(QKeyEvent *event);
    void onTextEdited(const QString &text);
    void choose(const QString &name);
    void chooseTyped();
    void revertText();
    void moveHighlight(int delta);
    void highlight(int proxyRow);
    void highlightBest();
    void updatePopupState();
    bool handleListClick(const QPoint &viewportPos);
    void toggleHighlightedFavourite();
    QString typedText() const;

    ModelListModel *m_model;
    ModelFilterProxy *m_proxy;
    ModelItemDelegate *m_delegate;
    QLineEdit *m_edit;
    QToolButton *m_dropDown;
    RefreshButton *m_refresh;
    QAction *m_errorAction;
    QAction *m_routeAction;
    RouteCheck m_routeCheck;
    QString m_routeWarning;
    ModelPickerPopup *m_popup;
    QString m_current;
    QString m_error;
    bool m_busy = false;
    bool m_edited = false; // the text differs from m_current because the user typed
};

} // namespace Parlance::Ui
