#include "controls/apiselector.h"

#include <QStandardItemModel>

namespace Parlance::Ui {

namespace {

constexpr Core::ApiKind kApis[]
    = {Core::ApiKind::ChatCompletions, Core::ApiKind::Responses, Core::ApiKind::Invocations};

} // namespace

ApiSelector::ApiSelector(QWidget *parent) : QComboBox(parent)
{
    setObjectName(QStringLiteral("apiSelector"));
    setAccessibleName(tr("API"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (Core::ApiKind api : kApis)
        addItem(displayName(api), QVariant::fromValue(int(api)));
    setItemData(indexOf(Core::ApiKind::ChatCompletions),
                tr("POST {base}/chat/completions: the OpenAI Chat Completions API"),
                Qt::ToolTipRole);
    setItemData(indexOf(Core::ApiKind::Responses),
                tr("POST {base}/responses: the OpenAI Responses API"), Qt::ToolTipRole);
    setItemData(indexOf(Core::ApiKind::Invocations),
                tr("POST /serving-endpoints/{name}/invocations: Databricks model serving, "
                   "what MLflow Deployments and the Databricks SDK send"),
                Qt::ToolTipRole);
    setToolTip(tr("Which API the request goes out on"));
    connect(this, &QComboBox::currentIndexChanged, this,
            [this](int) { emit apiChanged(currentApi()); });
}

ApiSelector::~ApiSelector() = default;

Core::ApiKind ApiSelector::currentApi() const
{
    return Core::ApiKind(currentData().toInt());
}

void ApiSelector::setCurrentApi(Core::ApiKind api)
{
    setCurrentIndex(indexOf(api));
}

void ApiSelector::setApiEnabled(Core::ApiKind api, bool enabled)
{
    auto *items = qobject_cast<QStandardItemModel *>(model());
    QStandardItem *item = items ? items->item(indexOf(api)) : nullptr;
    if (!item)
        return;
    item->setEnabled(enabled);
    if (enabled || api != currentApi())
        return;
    for (Core::ApiKind other : kApis) {
        if (isApiEnabled(other)) {
            setCurrentApi(other);
            return;
        }
    }
}

bool ApiSelector::isApiEnabled(Core::ApiKind api) const
{
    const auto *items = qobject_cast<const QStandardItemModel *>(model());
    const QStandardItem *item = items ? items->item(indexOf(api)) : nullptr;
    return item && item->isEnabled();
}

QString ApiSelector::displayName(Core::ApiKind api)
{
    switch (api) {
    case Core::ApiKind::ChatCompletions:
        return tr("Chat Completions");
    case Core::ApiKind::Responses:
        return tr("Responses");
    case Core::ApiKind::Invocations:
        return tr("Invocations");
    }
    return {};
}

int ApiSelector::indexOf(Core::ApiKind api) const
{
    return findData(QVariant::fromValue(int(api)));
}

} // namespace Parlance::Ui
