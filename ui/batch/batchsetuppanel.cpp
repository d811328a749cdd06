#include "batch/batchsetuppanel.h"

#include "engine/batchtemplate.h"
#include "workspace/comparisonsets.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Parlance::Ui {

namespace {

// A prompt set pasted or loaded is held as text; past this a file is better run by the CLI.
constexpr qint64 kMaxFileBytes = 64 << 20;

} // namespace

BatchSetupPanel::BatchSetupPanel(QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_open(new QPushButton(tr("Open prompt fi&le…"), this))
    , m_format(new QComboBox(this))
    , m_prompts(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_template(new QLineEdit(this))
    , m_sets(new QComboBox(this))
    , m_models(new QListWidget(this))
    , m_checks(new QPlainTextEdit(this))
    , m_parallel(new QSpinBox(this))
{
    m_open->setObjectName(QStringLiteral("batchOpenButton"));
    m_format->addItem(tr("JSONL"), int(Engine::BatchFormat::Jsonl));
    m_format->addItem(tr("CSV"), int(Engine::BatchFormat::Csv));
    m_format->setAccessibleName(tr("Prompt format"));
    m_prompts->setObjectName(QStringLiteral("batchPrompts"));
    m_prompts->setAccessibleName(tr("Prompts"));
    m_prompts->setPlaceholderText(
        tr("Paste a prompt set: JSONL, one {\"prompt\": \"…\"} a line, or CSV with a prompt "
           "column"));
    m_prompts->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_prompts->setTabChangesFocus(true);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("batchPromptStatus"));
    m_template->setObjectName(QStringLiteral("batchTemplate"));
    m_template->setPlaceholderText(tr("Optional, e.g. Summarise: {{text}}"));
    m_template->setClearButtonEnabled(true);
    m_sets->setAccessibleName(tr("Comparison set"));
    m_models->setObjectName(QStringLiteral("batchModels"));
    m_models->setAccessibleName(tr("Models"));
    m_checks->setObjectName(QStringLiteral("batchChecks"));
    m_checks->setAccessibleName(tr("Checks"));
    m_checks->setPlaceholderText(tr("One check a line:\ncontains:TEXT\nnot-contains:TEXT\n"
                                    "regex:RE\njson\nmax-length:N\njudge:MODEL:RUBRIC"));
    m_checks->setTabChangesFocus(true);
    m_checks->setMaximumHeight(m_checks->fontMetrics().lineSpacing() * 6);
    m_parallel->setRange(1, 32);
    m_parallel->setValue(4);
    m_parallel->setAccessibleName(tr("Requests at once"));

    auto *source = new QHBoxLayout;
    source->addWidget(m_open);
    source->addWidget(m_format);
    source->addStretch();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Templ&ate:"), m_template);
    form->addRow(tr("Se&t:"), m_sets);

    auto *modelsLabel = new QLabel(tr("Mo&dels:"), this);
    modelsLabel->setBuddy(m_models);
    auto *checksLabel = new QLabel(tr("Chec&ks:"), this);
    checksLabel->setBuddy(m_checks);
    auto *promptsLabel = new QLabel(tr("Prompt&s:"), this);
    promptsLabel->setBuddy(m_prompts);
    auto *parallel = new QFormLayout;
    parallel->addRow(tr("Requests at &once:"), m_parallel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(promptsLabel);
    layout->addLayout(source);
    layout->addWidget(m_prompts, 3);
    layout->addWidget(m_status);
    layout->addLayout(form);
    layout->addWidget(modelsLabel);
    layout->addWidget(m_models, 2);
    layout->addWidget(checksLabel);
    layout->addWidget(m_checks);
    layout->addLayout(parallel);
    auto *note = new QLabel(tr("Parameters and API: from the Parameters panel."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);

    connect(m_open, &QPushButton::clicked, this, &BatchSetupPanel::chooseFile);
    connect(m_prompts, &QPlainTextEdit::textChanged, this, &BatchSetupPanel::updateStatus);
    connect(m_format, &QComboBox::currentIndexChanged, this, &BatchSetupPanel::updateStatus);
    connect(m_template, &QLineEdit::textChanged, this, &BatchSetupPanel::updateStatus);
    connect(m_sets, &QComboBox::activated, this, &BatchSetupPanel::applySet);
    connect(m_models, &QListWidget::itemChanged, this, &BatchSetupPanel::changed);
    reloadSets();
    updateStatus();
}

void BatchSetupPanel::setAvailableModels(const QStringList &models)
{
    const QStringList ticked = selectedModels();
    m_models->clear();
    for (const QString &model : models) {
        auto *item = new QListWidgetItem(model, m_models);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(model) ? Qt::Checked : Qt::Unchecked);
    }
    reloadSets();
}

QStringList BatchSetupPanel::selectedModels() const
{
    QStringList models;
    for (int i = 0; i < m_models->count(); ++i) {
        if (m_models->item(i)->checkState() == Qt::Checked)
            models.append(m_models->item(i)->text());
    }
    return models;
}

void BatchSetupPanel::setSelectedModels(const QStringList &models)
{
    for (const QString &model : models) {
        if (m_models->findItems(model, Qt::MatchExactly).isEmpty()) {
            // A set may name a model the list does not hold (yet): it is asked all the same.
            auto *item = new QListWidgetItem(model, m_models);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        }
    }
    for (int i = 0; i < m_models->count(); ++i) {
        QListWidgetItem *item = m_models->item(i);
        item->setCheckState(models.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
}

bool BatchSetupPanel::loadFile(const QString &path, QString *error)
{
    const std::optional<Engine::BatchFormat> format = Engine::BatchInputParser::formatForPath(path);
    if (!format) {
        *error = tr("%1: choose a .jsonl or a .csv file").arg(QFileInfo(path).fileName());
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > kMaxFileBytes) {
        *error = tr("%1 is larger than %2 MB: run it with parlance-cli batch")
                     .arg(QFileInfo(path).fileName())
                     .arg(kMaxFileBytes >> 20);
        return false;
    }
    setPrompts(QString::fromUtf8(file.readAll()), *format);
    return true;
}

void BatchSetupPanel::setPrompts(const QString &text, Engine::BatchFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
    m_prompts->setPlainText(text);
}

std::optional<Workspace::BatchSession::RunSetup> BatchSetupPanel::runSetup(QString *error) const
{
    Workspace::BatchSession::RunSetup setup;
    Engine::BatchInputOptions options;
    options.format = Engine::BatchFormat(m_format->currentData().toInt());
    if (!m_template->text().trimmed().isEmpty()) {
        QString why;
        options.promptTemplate = Engine::BatchTemplate::parse(m_template->text(), &why);
        if (!options.promptTemplate) {
            *error = tr("Template: %1").arg(why);
            return std::nullopt;
        }
    }
    Engine::BatchInputParser parser(options);
    const QByteArray bytes = m_prompts->toPlainText().toUtf8();
    if (!parser.feed(bytes, setup.rows) || !parser.finish(setup.rows)) {
        *error = parser.error()->format(tr("Prompts"));
        return std::nullopt;
    }
    const QStringList lines = m_checks->toPlainText().split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        QString why;
        const std::optional<Engine::BatchCheck> check
            = Engine::BatchCheck::parse(line.trimmed(), &why);
        if (!check) {
            *error = tr("Check %1: %2").arg(line.trimmed(), why);
            return std::nullopt;
        }
        setup.checks.append(*check);
    }
    setup.models = selectedModels();
    if (setup.models.isEmpty()) {
        *error = tr("Tick the models to ask.");
        return std::nullopt;
    }
    setup.parallel = m_parallel->value();
    return setup;
}

std::optional<Engine::BatchSqlSpec> BatchSetupPanel::sqlSpec(QString *error) const
{
    std::optional<Workspace::BatchSession::RunSetup> setup = runSetup(error);
    if (!setup)
        return std::nullopt;
    Engine::BatchSqlSpec spec;
    spec.models = setup->models;
    spec.rows = std::move(setup->rows);
    if (!m_template->text().trimmed().isEmpty()) // parsed by runSetup(): it is valid
        spec.promptTemplate = Engine::BatchTemplate::parse(m_template->text(), error);
    return spec;
}

void BatchSetupPanel::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a prompt set"), {},
                                                      tr("Prompt sets (*.jsonl *.ndjson *.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!loadFile(path, &error))
        m_status->setText(error);
}

void BatchSetupPanel::reloadSets()
{
    m_sets->clear();
    m_sets->addItem(tr("Choose a comparison set…"));
    if (!m_settings)
        return;
    for (const Core::ComparisonSet &set : Workspace::ComparisonSets(m_settings).sets())
        m_sets->addItem(set.name);
}

void BatchSetupPanel::applySet(int index)
{
    if (index <= 0 || !m_settings)
        return;
    const std::optional<Core::ComparisonSet> set
        = Workspace::ComparisonSets(m_settings).set(m_sets->itemText(index));
    if (!set)
        return;
    QStringList models;
    for (const Core::CompareColumnSpec &column : set->columns) {
        if (!column.model.isEmpty() && !models.contains(column.model))
            models.append(column.model);
    }
    setSelectedModels(models);
}

void BatchSetupPanel::updateStatus()
{
    // A count as the user types; the full check (and the line of an error) comes with Run.
    Engine::BatchInputOptions options;
    options.format = Engine::BatchFormat(m_format->currentData().toInt());
    QString why;
    if (!m_template->text().trimmed().isEmpty())
        options.promptTemplate = Engine::BatchTemplate::parse(m_template->text(), &why);
    Engine::BatchInputParser parser(options);
    QList<Engine::BatchRow> rows;
    const QByteArray bytes = m_prompts->toPlainText().toUtf8();
    if (bytes.trimmed().isEmpty())
        m_status->setText(tr("No prompts yet."));
    else if (!parser.feed(bytes, rows) || !parser.finish(rows))
        m_status->setText(parser.error()->format(tr("Prompts")));
    else
        m_status->setText(tr("%n prompt(s)", nullptr, int(parser.rowCount())));
    emit changed();
}

} // namespace Parlance::Ui
