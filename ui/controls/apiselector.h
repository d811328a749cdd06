#pragma once

#include "core/apikind.h"

#include <QComboBox>

namespace Parlance::Ui {

// Which wire API a chat goes out on: Chat Completions, Responses or Databricks Invocations.
class ApiSelector final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiSelector)

public:
    explicit ApiSelector(QWidget *parent = nullptr);
    ~ApiSelector() override;

    Core::ApiKind currentApi() const;
    void setCurrentApi(Core::ApiKind api); // emits apiChanged() when it changes

    // An unavailable API stays listed, greyed, so the user sees it exists (Invocations on a
    // server that is not Databricks, say). Disabling the current one moves the selection to
    // the first enabled API, with apiChanged().
    void setApiEnabled(Core::ApiKind api, bool enabled);
    bool isApiEnabled(Core::ApiKind api) const;

    static QString displayName(Core::ApiKind api);

signals:
    void apiChanged(Core::ApiKind api);

private:
    int indexOf(Core::ApiKind api) const;
};

} // namespace Parlance::Ui
