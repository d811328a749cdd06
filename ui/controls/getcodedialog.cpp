#include "controls/getcodedialog.h"

#include "controls/codehighlighter.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

namespace Parlance::Ui {

static const QString kLastTargetKey = QStringLiteral("code/lastTarget");

GetCodeDialog::GetCodeDialog(const QList<Target> &targets, Generator generate, QSettings *settings,
                             QWidget *parent)
    : QDialog(parent)
    , m_targetInfo(targets)
    , m_generate(std::move(generate))
    , m_settings(settings)
    , m_targets(new QListWidget(this))
    , m_editor(new QPlainTextEdit(this))
    , m_highlighter(new CodeHighlighter(m_editor->document()))
    , m_note(new QLabel(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_save(new QPushButton(tr("&Save…"), this))
{
    setWindowTitle(tr("Get code"));
    setObjectName(QStringLiteral("getCodeDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_targets->setAccessibleName(tr("Client"));
    for (const Target &target : targets) {
        auto *item = new QListWidgetItem(target.name, m_targets);
        item->setData(Qt::UserRole, target.id);
        item->setToolTip(target.id);
    }
    split->addWidget(m_targets);
    m_editor->setReadOnly(true);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setAccessibleName(tr("Code"));
    // Read-only, yet the keyboard can still select and copy from it.
    m_editor->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    split->addWidget(m_editor);
    split->setStretchFactor(1, 1);
    // Wide enough for the longest client name (German ones run long), so none is cut off.
    const int listWidth = m_targets->sizeHintForColumn(0) + 2 * m_targets->frameWidth()
                          + m_targets->verticalScrollBar()->sizeHint().width();
    m_targets->setMinimumWidth(qMin(listWidth, 360));
    split->setSizes({listWidth, 640});
    layout->addWidget(split, 1);
    m_note->setWordWrap(true);
    m_note->setText(tr("The token is never written out: the code reads it from the environment "
                       "variable its client expects."));
    layout->addWidget(m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &GetCodeDialog::copyToClipboard);
    connect(m_save, &QPushButton::clicked, this, &GetCodeDialog::save);
    connect(m_targets, &QListWidget::currentRowChanged, this, &GetCodeDialog::showTarget);

    const QString last = m_settings ? m_settings->value(kLastTargetKey).toString() : QString();
    setCurrentTarget(last);
    if (m_targets->currentRow() < 0 && m_targets->count() > 0)
        m_targets->setCurrentRow(0);
    m_targets->setFocus();
    resize(qMax(900, listWidth + 700), 560);
}

GetCodeDialog::~GetCodeDialog() = default;

QString GetCodeDialog::currentTarget() const
{
    const QListWidgetItem *item = m_targets->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void GetCodeDialog::setCurrentTarget(const QString &id)
{
    for (int row = 0; row < m_targets->count(); ++row) {
        if (m_targets->item(row)->data(Qt::UserRole).toString() == id) {
            m_targets->setCurrentRow(row);
            return;
        }
    }
}

QString GetCodeDialog::code() const
{
    return m_editor->toPlainText();
}

void GetCodeDialog::showTarget()
{
    const QString target = currentTarget();
    if (target.isEmpty())
        return;
    const QString snippet = m_generate ? m_generate(target) : QString();
    m_highlighter->setLanguage(languageFor(*currentInfo(), snippet));
    m_editor->setPlainText(snippet);
    if (m_settings)
        m_settings->setValue(kLastTargetKey, target);
}

void GetCodeDialog::copyToClipboard() const
{
    QGuiApplication::clipboard()->setText(code());
}

const GetCodeDialog::Target *GetCodeDialog::currentInfo() const
{
    const QString id = currentTarget();
    for (const Target &target : m_targetInfo) {
        if (target.id == id)
            return &target;
    }
    static const Target none;
    return &none;
}

CodeHighlighter::Language GetCodeDialog::languageFor(const Target &target, const QString &code)
{
    if (target.language == u"python")
        return CodeHighlighter::Language::Python;
    if (target.language == u"javascript")
        return CodeHighlighter::Language::JavaScript;
    if (target.language == u"shell")
        return CodeHighlighter::Language::Shell;
    if (target.language == u"sql")
        return CodeHighlighter::Language::Sql;
    return CodeHighlighter::guess(code);
}

QString GetCodeDialog::suffixFor(const QString &code)
{
    switch (CodeHighlighter::guess(code)) {
    case CodeHighlighter::Language::Python:
        return QStringLiteral(".py");
    case CodeHighlighter::Language::JavaScript:
        return QStringLiteral(".mjs");
    case CodeHighlighter::Language::Shell:
        return QStringLiteral(".sh");
    case CodeHighlighter::Language::Sql:
        return QStringLiteral(".sql");
    }
    return QStringLiteral(".txt");
}

bool GetCodeDialog::saveTo(const QString &path, QString *error) const
{
    const QByteArray data = code().toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void GetCodeDialog::save()
{
    const QString suffix
        = currentInfo()->suffix.isEmpty() ? suffixFor(code()) : u'.' + currentInfo()->suffix;
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save code"), currentTarget() + suffix);
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error)) {
        QMessageBox box(QMessageBox::Warning, tr("Saving failed"), error, QMessageBox::Ok, this);
        box.setInformativeText(tr("Choose another folder or file name, and try again."));
        box.exec();
    }
}

} // namespace Parlance::Ui
