#include "settings/databricksimportdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Parlance::Ui {

DatabricksImportDialog::DatabricksImportDialog(const Config::DatabricksCfg &cfg,
                                               const QString &loadError,
                                               const QStringList &existingNames, QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this)), m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Import Databricks Profiles"));
    m_list->setObjectName(QStringLiteral("profileList"));

    const QString path = QDir::toNativeSeparators(cfg.path());
    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("importIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    for (const QString &name : cfg.profileNames()) {
        const std::optional<Config::DatabricksCfgProfile> profile = cfg.profile(name);
        if (!profile)
            continue;
        QStringList notes;
        if (profile->host().isEmpty())
            notes.append(tr("no host: cannot be imported"));
        else if (profile->token().isEmpty())
            notes.append(tr("no token: add one after importing"));
        const bool taken = existingNames.contains(name);
        if (taken)
            notes.append(tr("name taken: imported under a new name"));
        QString text = name;
        if (!profile->host().isEmpty())
            text += QStringLiteral(" — ") + profile->host();
        if (!notes.isEmpty())
            text += QStringLiteral("  (") + notes.join(QStringLiteral("; ")) + QLatin1Char(')');

        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, int(m_profiles.size()));
        if (profile->host().isEmpty()) {
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable));
        } else {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(taken ? Qt::Unchecked : Qt::Checked);
        }
        m_profiles.append(*profile);
    }

    if (!loadError.isEmpty())
        intro->setText(loadError);
    else if (m_profiles.isEmpty())
        intro->setText(tr("%1 holds no profiles. The Databricks CLI writes them with "
                          "\"databricks configure\"; DATABRICKS_CONFIG_FILE points elsewhere.")
                           .arg(path));
    else
        intro->setText(tr("Profiles in %1. Each host becomes a saved connection; tokens go to "
                          "the keychain, never into Parlance's settings file.")
                           .arg(path));

    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, [this] { updateButtons(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    resize(560, 320);
    updateButtons();
}

DatabricksImportDialog::~DatabricksImportDialog() = default;

QList<Config::DatabricksCfgProfile> DatabricksImportDialog::chosenProfiles() const
{
    QList<Config::DatabricksCfgProfile> chosen;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->checkState() == Qt::Checked)
            chosen.append(m_profiles.at(item->data(Qt::UserRole).toInt()));
    }
    return chosen;
}

void DatabricksImportDialog::updateButtons()
{
    m_importButton->setEnabled(!chosenProfiles().isEmpty());
}

} // namespace Parlance::Ui
