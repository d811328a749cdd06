#pragma once

#include "config/databrickscfg.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QListWidget;
class QPushButton;

namespace Parlance::Ui {

// Lists the profiles of a ~/.databrickscfg and lets the user tick the ones to import. Only
// profiles with a host can be imported; those whose name is taken are offered unticked.
class DatabricksImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabricksImportDialog)

public:
    // `loadError`: what DatabricksCfg::load() reported, shown above the list.
    DatabricksImportDialog(const Config::DatabricksCfg &cfg, const QString &loadError,
                           const QStringList &existingNames, QWidget *parent = nullptr);
    ~DatabricksImportDialog() override;

    QList<Config::DatabricksCfgProfile> chosenProfiles() const;

private:
    void updateButtons();

    QList<Config::DatabricksCfgProfile> m_profiles; // in list order
    QListWidget *m_list;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton = nullptr;
};

} // namespace Parlance::Ui
