#include "inspector/harexportdialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Parlance::Ui {

HarExportDialog::HarExportDialog(int selectedCount, int listedCount,
                                 const QString &filterDescription, const QString &suggestedPath,
                                 QWidget *parent)
    : QDialog(parent)
    , m_selected(new QRadioButton(tr("&Selected requests (%1)").arg(selectedCount)))
    , m_listed(new QRadioButton(
          filterDescription.isEmpty()
              ? tr("&All requests in the list (%1)").arg(listedCount)
              : tr("&All requests listed for %1 (%2)").arg(filterDescription).arg(listedCount)))
    , m_credentials(new QCheckBox(tr("Include &credentials (token and secret header values)")))
    , m_warning(new QLabel(tr("The file will hold your token and secret header values in plain "
                              "text: whoever gets it can use them. Keep it to yourself and "
                              "delete it when done. Without this, they are masked.")))
    , m_path(new QLineEdit(suggestedPath))
{
    setWindowTitle(tr("Export HAR"));
    auto *scope = new QButtonGroup(this);
    scope->addButton(m_selected);
    scope->addButton(m_listed);
    m_selected->setEnabled(selectedCount > 0);
    (selectedCount > 0 ? m_selected : m_listed)->setChecked(true);
    m_listed->setEnabled(listedCount > 0);

    m_warning->setWordWrap(true);
    m_warning->setObjectName(QStringLiteral("credentialsWarning"));
    m_warning->setStyleSheet(QStringLiteral("QLabel { color: #c0392b; }"));
    m_warning->setVisible(false);
    m_credentials->setToolTip(tr("Puts the real Authorization and secret header values, read "
                                 "from the keychain, in place of the masks"));

    auto *browse = new QPushButton(tr("&Browse…"));
    m_path->setAccessibleName(tr("File"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_path);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_selected);
    layout->addWidget(m_listed);
    layout->addSpacing(8);
    layout->addWidget(m_credentials);
    layout->addWidget(m_warning);
    layout->addSpacing(8);
    auto *form = new QFormLayout;
    form->addRow(fileLabel, pathRow);
    layout->addLayout(form);
    layout->addWidget(buttons);
    // Once in the dialog: the button box picks a default of its own when it joins one.
    m_export->setDefault(true);

    connect(m_credentials, &QCheckBox::toggled, m_warning, &QWidget::setVisible);
    connect(browse, &QPushButton::clicked, this, &HarExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &HarExportDialog::updateButtons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

bool HarExportDialog::selectedOnly() const
{
    return m_selected->isChecked();
}

bool HarExportDialog::includeCredentials() const
{
    return m_credentials->isChecked();
}

QString HarExportDialog::path() const
{
    QString path = m_path->text().trimmed();
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".har"), Qt::CaseInsensitive)
        && !path.section(u'/', -1).contains(u'.'))
        path += QLatin1String(".har");
    return path;
}

void HarExportDialog::browse()
{
    // Window-modal through open(): nothing waits on a nested event loop.
    auto *dialog = new QFileDialog(this, tr("Export HAR"), m_path->text(),
                                   tr("HTTP Archive (*.har);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("har"));
    connect(dialog, &QFileDialog::fileSelected, m_path, &QLineEdit::setText);
    dialog->open();
}

void HarExportDialog::updateButtons()
{
    m_export->setEnabled(!m_path->text().trimmed().isEmpty()
                         && (m_selected->isEnabled() || m_listed->isEnabled()));
}

} // namespace Parlance::Ui
