#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Parlance::Ui {

// "Export HAR": which requests (those selected, or all the inspector lists), whether the file
// keeps the credentials (with a warning that says what that means), and where it goes. It
// writes nothing itself: the inspector does, once it is accepted.
class HarExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HarExportDialog)

public:
    // `filterDescription`: what the list is narrowed to ("B · demo-lorem"), empty for nothing.
    HarExportDialog(int selectedCount, int listedCount, const QString &filterDescription,
                    const QString &suggestedPath, QWidget *parent = nullptr);

    bool selectedOnly() const;
    bool includeCredentials() const;
    QString path() const;

    QRadioButton *selectedButton() const { return m_selected; }
    QRadioButton *listedButton() const { return m_listed; }
    QCheckBox *credentialsBox() const { return m_credentials; }
    QLabel *credentialsWarning() const { return m_warning; }
    QLineEdit *pathEdit() const { return m_path; }
    QPushButton *exportButton() const { return m_export; }

private:
    void browse();
    void updateButtons();

    QRadioButton *m_selected;
    QRadioButton *m_listed;
    QCheckBox *m_credentials;
    QLabel *m_warning;
    QLineEdit *m_path;
    QPushButton *m_export;
};

} // namespace Parlance::Ui
