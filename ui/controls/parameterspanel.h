#pragma once

#include "controls/parameterstore.h"
#include "core/generationparams.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QStackedWidget;
class QTimer;

namespace Parlance::Ui {

class ExtraParamsEditor;
class SliderSpinBox;
class StopSequenceEditor;

// The generation settings of the next request: system prompt, max tokens, temperature, top_p
// (each unset unless ticked, so the server's default applies), stop sequences, streaming and
// extra JSON merged into the body. Values are kept per (connection, model): setModelKey()
// saves what is pending and loads that model's values, and every change is written shortly
// after it is made.
class ParametersPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParametersPanel)

public:
    explicit ParametersPanel(QWidget *parent = nullptr);
    explicit ParametersPanel(ParameterStore store, QWidget *parent = nullptr);
    ~ParametersPanel() override; // writes a pending change

    // Unset values stay std::nullopt; extra is the last valid object of the JSON editor.
    Core::GenerationParams params() const;
    void setParams(const Core::GenerationParams &params); // emits paramsChanged()

    // False while the extra-parameters text is not a JSON object.
    bool isValid() const;
    QString validationError() const;

    // An empty model means "nothing to save under"; values then live only in the panel.
    void setModelKey(const QString &connection, const QString &model);
    QString connectionName() const { return m_connection; }
    QString modelName() const { return m_model; }

    static Core::GenerationParams defaults();

    // Room for every control while that is at most two thirds of the screen; beyond, they scroll.
    QSize minimumSizeHint() const override;

public slots:
    void resetToDefaults();
    void saveNow(); // otherwise 300 ms after the last change

signals:
    void paramsChanged();
    void validityChanged(bool valid);

private:
    void buildForm();
    QStackedWidget *optionalField(QWidget *control);
    void apply(const ParameterStore::Entry &entry);
    void onEdited();
    void updateEnabled();
    void updateKeyLabel();

    ParameterStore m_store;
    QString m_connection;
    QString m_model;
    bool m_loading = false;
    bool m_dirty = false;
    QTimer *m_saveTimer;

    QLabel *m_keyLabel;
    QPlainTextEdit *m_systemPrompt;
    QCheckBox *m_maxTokensCheck;
    QSpinBox *m_maxTokens;
    QCheckBox *m_temperatureCheck;
    SliderSpinBox *m_temperature;
    QCheckBox *m_topPCheck;
    SliderSpinBox *m_topP;
    StopSequenceEditor *m_stops;
    QCheckBox *m_stream;
    ExtraParamsEditor *m_extra;
    QPushButton *m_reset;
    QScrollArea *m_scroll = nullptr;
    QList<std::pair<QCheckBox *, QStackedWidget *>> m_optionalRows;
};

} // namespace Parlance::Ui
