#include "controls/parameterspanel.h"

#include "controls/extraparamseditor.h"
#include "controls/sliderspinbox.h"
#include "controls/stopsequenceeditor.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace Parlance::Ui {

namespace {

constexpr int kSaveDelayMs = 300;
constexpr int kDefaultMaxTokens = 1024; // shown when ticked; nothing is sent while unticked
constexpr double kDefaultTemperature = 1.0;
constexpr double kDefaultTopP = 1.0;

int linesHigh(const QWidget *widget, int lines)
{
    return widget->fontMetrics().lineSpacing() * lines + 12;
}

// The spin boxes hold two decimals; 0.7 must come back as 0.7, not 0.69999.
double twoDecimals(double value)
{
    return std::round(value * 100.0) / 100.0;
}

} // namespace

ParametersPanel::ParametersPanel(QWidget *parent) : ParametersPanel(ParameterStore(), parent) {}

ParametersPanel::ParametersPanel(ParameterStore store, QWidget *parent)
    : QWidget(parent)
    , m_store(std::move(store))
    , m_saveTimer(new QTimer(this))
    , m_keyLabel(new QLabel(this))
    , m_systemPrompt(new QPlainTextEdit(this))
    , m_maxTokensCheck(new QCheckBox(tr("Max tokens"), this))
    , m_maxTokens(new QSpinBox(this))
    , m_temperatureCheck(new QCheckBox(tr("Temperature"), this))
    , m_temperature(new SliderSpinBox(0.0, 2.0, 0.1, this))
    , m_topPCheck(new QCheckBox(tr("Top p"), this))
    , m_topP(new SliderSpinBox(0.0, 1.0, 0.05, this))
    , m_stops(new StopSequenceEditor(this))
    , m_stream(new QCheckBox(tr("Stream the reply"), this))
    , m_extra(new ExtraParamsEditor(this))
    , m_reset(new QPushButton(tr("Reset to Defaults"), this))
{
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &ParametersPanel::saveNow);

    buildForm();
    apply({defaults(), {}});
    updateKeyLabel();

    connect(m_systemPrompt, &QPlainTextEdit::textChanged, this, &ParametersPanel::onEdited);
    for (QCheckBox *check : {m_maxTokensCheck, m_temperatureCheck, m_topPCheck, m_stream}) {
        connect(check, &QCheckBox::toggled, this, [this] {
            updateEnabled();
            onEdited();
        });
    }
    connect(m_maxTokens, &QSpinBox::valueChanged, this, &ParametersPanel::onEdited);
    connect(m_temperature, &SliderSpinBox::valueChanged, this, &ParametersPanel::onEdited);
    connect(m_topP, &SliderSpinBox::valueChanged, this, &ParametersPanel::onEdited);
    connect(m_stops, &StopSequenceEditor::stopsChanged, this, &ParametersPanel::onEdited);
    connect(m_extra, &ExtraParamsEditor::textChanged, this, &ParametersPanel::onEdited);
    connect(m_extra, &ExtraParamsEditor::validityChanged, this, &ParametersPanel::validityChanged);
    connect(m_reset, &QPushButton::clicked, this, &ParametersPanel::resetToDefaults);
}

ParametersPanel::~ParametersPanel()
{
    saveNow();
}

void ParametersPanel::buildForm()
{
    m_keyLabel->setObjectName(QStringLiteral("parametersKeyLabel"));
    m_keyLabel->setWordWrap(true);
    m_keyLabel->setForegroundRole(QPalette::PlaceholderText);

    m_systemPrompt->setObjectName(QStringLiteral("systemPromptEdit"));
    m_systemPrompt->setPlaceholderText(tr("You are a helpful assistant."));
    m_systemPrompt->setTabChangesFocus(true);
    m_systemPrompt->setMinimumHeight(linesHigh(m_systemPrompt, 3));
    auto *systemLabel = new QLabel(tr("&System prompt"), this);
    systemLabel->setBuddy(m_systemPrompt);

    const QString unsetHint = tr("Unticked, nothing is sent and the server's default applies.");
    m_maxTokensCheck->setObjectName(QStringLiteral("maxTokensCheck"));
    m_maxTokensCheck->setToolTip(unsetHint);
    m_maxTokens->setObjectName(QStringLiteral("maxTokensSpin"));
    m_maxTokens->setAccessibleName(tr("Max tokens"));
    m_maxTokens->setRange(1, 1'000'000);
    m_maxTokens->setSingleStep(256);
    m_maxTokens->setGroupSeparatorShown(true);
    m_temperatureCheck->setObjectName(QStringLiteral("temperatureCheck"));
    m_temperatureCheck->setToolTip(unsetHint);
    m_temperature->setObjectName(QStringLiteral("temperatureControl"));
    m_temperature->setAccessibleNames(tr("Temperature"));
    m_topPCheck->setObjectName(QStringLiteral("topPCheck"));
    m_topPCheck->setToolTip(unsetHint);
    m_topP->setObjectName(QStringLiteral("topPControl"));
    m_topP->setAccessibleNames(tr("Top p"));
    m_stops->setObjectName(QStringLiteral("stopEditor"));
    m_stream->setObjectName(QStringLiteral("streamCheck"));
    m_stream->setToolTip(tr("Show the reply as it is written (server-sent events)"));

    m_extra->setObjectName(QStringLiteral("extraParamsEditor"));
    m_extra->textEdit()->setMinimumHeight(linesHigh(m_extra, 4));
    auto *extraLabel = new QLabel(tr("E&xtra parameters (JSON)"), this);
    extraLabel->setBuddy(m_extra->textEdit());

    m_reset->setObjectName(QStringLiteral("resetButton"));
    m_reset->setToolTip(tr("Clear the system prompt, stops and extra parameters, and unset "
                           "every value"));

    auto *stopLabel = new QLabel(tr("Stop sequences"), this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    m_optionalRows = {{m_maxTokensCheck, optionalField(m_maxTokens)},
                      {m_temperatureCheck, optionalField(m_temperature)},
                      {m_topPCheck, optionalField(m_topP)}};
    for (const auto &[check, field] : std::as_const(m_optionalRows))
        form->addRow(check, field);
    form->addRow(stopLabel, m_stops);
    form->addRow(QString(), m_stream);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_reset);

    // A short dock (a small screen, a large font) scrolls the controls rather than squeezing
    // them below their minimum sizes, which left the stop sequences a sliver.
    auto *controls = new QWidget;
    auto *column = new QVBoxLayout(controls);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(systemLabel);
    column->addWidget(m_systemPrompt, 2);
    column->addLayout(form);
    column->addWidget(extraLabel);
    column->addWidget(m_extra, 3);
    column->addLayout(buttons);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("parametersScroll"));
    m_scroll->setAccessibleName(tr("Generation parameters"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(controls);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_keyLabel);
    layout->addWidget(m_scroll, 1);
}

QSize ParametersPanel::minimumSizeHint() const
{
    // The scroll area alone would let the dock shrink until every control scrolls, even in
    // a window with room for them all.
    QSize size = QWidget::minimumSizeHint();
    const int whole = size.height() - m_scroll->minimumSizeHint().height()
                      + m_scroll->widget()->minimumSizeHint().height();
    const int most = screen()->availableGeometry().height() * 2 / 3;
    size.setHeight(qMax(size.height(), qMin(whole, most)));
    return size;
}

// Unticked, the row says "server default" instead of showing a number that is not sent; the
// control keeps its value for when the box is ticked again.
QStackedWidget *ParametersPanel::optionalField(QWidget *control)
{
    auto *stack = new QStackedWidget(this);
    auto *unset = new QLabel(tr("Server default"), stack);
    unset->setForegroundRole(QPalette::PlaceholderText);
    unset->setIndent(4);
    stack->addWidget(unset);
    stack->addWidget(control);
    return stack;
}

Core::GenerationParams ParametersPanel::defaults()
{
    return {};
}

Core::GenerationParams ParametersPanel::params() const
{
    Core::GenerationParams params;
    params.systemPrompt = m_systemPrompt->toPlainText();
    if (m_maxTokensCheck->isChecked())
        params.maxTokens = m_maxTokens->value();
    if (m_temperatureCheck->isChecked())
        params.temperature = twoDecimals(m_temperature->value());
    if (m_topPCheck->isChecked())
        params.topP = twoDecimals(m_topP->value());
    params.stop = m_stops->stops();
    params.stream = m_stream->isChecked();
    params.extra = m_extra->object();
    return params;
}

void ParametersPanel::setParams(const Core::GenerationParams &params)
{
    apply({params, {}});
    emit paramsChanged();
    m_dirty = true;
    m_saveTimer->start();
}

bool ParametersPanel::isValid() const
{
    return m_extra->isValid();
}

QString ParametersPanel::validationError() const
{
    return m_extra->errorString();
}

void ParametersPanel::setModelKey(const QString &connection, const QString &model)
{
    if (connection == m_connection && model == m_model)
        return;
    saveNow();
    m_connection = connection;
    m_model = model;
    // A model never used before starts from the defaults, not from the previous model's
    // values: a system prompt written for one model is rarely right for another.
    apply(m_store.load(connection, model).value_or(ParameterStore::Entry{defaults(), {}}));
    updateKeyLabel();
    emit paramsChanged();
}

void ParametersPanel::resetToDefaults()
{
    setParams(defaults());
}

void ParametersPanel::saveNow()
{
    m_saveTimer->stop();
    if (!m_dirty || m_model.isEmpty())
        return;
    m_dirty = false;
    const ParameterStore::Entry entry{params(), m_extra->text()};
    if (entry == ParameterStore::Entry{defaults(), {}})
        m_store.remove(m_connection, m_model);
    else
        m_store.save(m_connection, m_model, entry);
}

void ParametersPanel::apply(const ParameterStore::Entry &entry)
{
    const Core::GenerationParams &params = entry.params;
    m_loading = true;
    m_systemPrompt->setPlainText(params.systemPrompt);
    m_maxTokensCheck->setChecked(params.maxTokens.has_value());
    m_maxTokens->setValue(params.maxTokens.value_or(kDefaultMaxTokens));
    m_temperatureCheck->setChecked(params.temperature.has_value());
    m_temperature->setValue(params.temperature.value_or(kDefaultTemperature));
    m_topPCheck->setChecked(params.topP.has_value());
    m_topP->setValue(params.topP.value_or(kDefaultTopP));
    m_stops->setStops(params.stop);
    m_stream->setChecked(params.stream);
    m_extra->setObject(params.extra);
    if (!entry.extraText.isEmpty())
        m_extra->setText(entry.extraText); // may be half an edit; the object stays as saved
    m_loading = false;
    m_dirty = false;
    updateEnabled();
}

void ParametersPanel::onEdited()
{
    if (m_loading)
        return;
    m_dirty = true;
    m_saveTimer->start();
    emit paramsChanged();
}

void ParametersPanel::updateEnabled()
{
    for (const auto &[check, stack] : std::as_const(m_optionalRows)) {
        stack->setCurrentIndex(check->isChecked() ? 1 : 0);
        stack->widget(1)->setEnabled(check->isChecked());
    }
}

void ParametersPanel::updateKeyLabel()
{
    if (m_model.isEmpty())
        m_keyLabel->setText(tr("Choose a model to keep these settings with it."));
    else
        m_keyLabel->setText(tr("Saved for %1").arg(m_model));
}

} // namespace Parlance::Ui
