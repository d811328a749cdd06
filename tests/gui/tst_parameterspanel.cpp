// The parameters panel: values round trip through params()/setParams(), the controls a user
// touches change them, the extra-parameters JSON is checked as it is typed, and values stay
// with each model across switches and restarts.

#include "controls/extraparamseditor.h"
#include "controls/parameterspanel.h"
#include "controls/parameterstore.h"
#include "controls/sliderspinbox.h"
#include "controls/stopsequenceeditor.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Parlance;
using Ui::ParameterStore;

namespace {

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

Core::GenerationParams fullParams()
{
    Core::GenerationParams params;
    params.systemPrompt = QStringLiteral("You are terse.\nAnswer in one line.");
    params.maxTokens = 512;
    params.temperature = 0.7;
    params.topP = 0.95;
    params.stop = {QStringLiteral("\n\n"), QStringLiteral("END")};
    params.stream = false;
    params.extra
        = QJsonObject{{QStringLiteral("seed"), 7},
                      {QStringLiteral("response_format"),
                       QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}}}};
    return params;
}

} // namespace

class TstParametersPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void defaultsAreUnset();
    void roundTrip();
    void controlsSetValues();
    void stopSequences();
    void jsonValidatedAsTyped();
    void jsonNonObjectRejected();
    void jsonErrorLocation_data();
    void jsonErrorLocation();
    void resetButton();
    void perModelPersistence();
    void halfEditedJsonSurvivesASwitch();
    void savedShortlyAfterAChange();
    void storeKeys();
    void controlsKeepTheirSizeInAShortPanel_data();
    void controlsKeepTheirSizeInAShortPanel();

private:
    Ui::ParameterStore store() const;
    void makePanel();
    template<typename T>
    T *child(const char *name) const
    {
        T *widget = m_panel->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Ui::ParametersPanel> m_panel;
};

void TstParametersPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TstParametersPanel::init()
{
    QFile::remove(store().filePath());
    makePanel();
}

void TstParametersPanel::cleanup()
{
    m_panel.reset();
}

ParameterStore TstParametersPanel::store() const
{
    return ParameterStore(m_dir.filePath(QStringLiteral("model-parameters.ini")));
}

void TstParametersPanel::makePanel()
{
    m_panel.reset(); // the old one writes what it had first
    m_panel = std::make_unique<Ui::ParametersPanel>(store());
    m_panel->resize(360, 640);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TstParametersPanel::defaultsAreUnset()
{
    const Core::GenerationParams params = m_panel->params();
    QCOMPARE(params, Core::GenerationParams());
    QVERIFY(!params.maxTokens && !params.temperature && !params.topP);
    QVERIFY(params.stream);
    QVERIFY(params.extra.isEmpty());
    QVERIFY(m_panel->isValid());
    QVERIFY(!child<QSpinBox>("maxTokensSpin")->isEnabled());
    QVERIFY(!child<Ui::SliderSpinBox>("temperatureControl")->isEnabled());
    QVERIFY(!child<Ui::SliderSpinBox>("topPControl")->isEnabled());
}

void TstParametersPanel::roundTrip()
{
    QSignalSpy changed(m_panel.get(), &Ui::ParametersPanel::paramsChanged);
    m_panel->setParams(fullParams());
    QCOMPARE(changed.size(), 1); // once, not once per field
    QCOMPARE(m_panel->params(), fullParams());
    QVERIFY(child<QCheckBox>("temperatureCheck")->isChecked());
    QCOMPARE(child<Ui::SliderSpinBox>("temperatureControl")->value(), 0.7);
    QVERIFY(child<Ui::ExtraParamsEditor>("extraParamsEditor")
                ->text()
                .contains(QStringLiteral("\"seed\": 7")));

    Core::GenerationParams partial;
    partial.temperature = 0.0; // zero is a value, not "unset"
    m_panel->setParams(partial);
    QCOMPARE(m_panel->params(), partial);
    QCOMPARE(m_panel->params().temperature, std::optional<double>(0.0));
}

void TstParametersPanel::controlsSetValues()
{
    QSignalSpy changed(m_panel.get(), &Ui::ParametersPanel::paramsChanged);
    QTest::keyClicks(child<QPlainTextEdit>("systemPromptEdit"), QStringLiteral("Be brief."));
    QCOMPARE(m_panel->params().systemPrompt, QStringLiteral("Be brief."));
    QVERIFY(changed.size() > 0);

    auto *temperatureCheck = child<QCheckBox>("temperatureCheck");
    QTest::mouseClick(temperatureCheck, Qt::LeftButton, {},
                      QPoint(6, temperatureCheck->height() / 2));
    QCOMPARE(m_panel->params().temperature, std::optional<double>(1.0));
    auto *temperature = child<Ui::SliderSpinBox>("temperatureControl");
    QVERIFY(temperature->isEnabled());
    temperature->slider()->setValue(150);
    QCOMPARE(m_panel->params().temperature, std::optional<double>(1.5));
    QDoubleSpinBox *spin = temperature->spinBox();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("0.3"));
    QCOMPARE(m_panel->params().temperature, std::optional<double>(0.3));
    QCOMPARE(temperature->slider()->value(), 30);
    QTest::mouseClick(temperatureCheck, Qt::LeftButton, {},
                      QPoint(6, temperatureCheck->height() / 2));
    QCOMPARE(m_panel->params().temperature, std::nullopt);

    child<QCheckBox>("maxTokensCheck")->setChecked(true);
    auto *maxTokens = child<QSpinBox>("maxTokensSpin");
    maxTokens->selectAll();
    QTest::keyClicks(maxTokens, QStringLiteral("300"));
    QCOMPARE(m_panel->params().maxTokens, std::optional<int>(300));

    child<QCheckBox>("topPCheck")->setChecked(true);
    child<Ui::SliderSpinBox>("topPControl")->setValue(1.7); // clamps to the 0-1 range
    QCOMPARE(m_panel->params().topP, std::optional<double>(1.0));

    auto *stream = child<QCheckBox>("streamCheck");
    QTest::mouseClick(stream, Qt::LeftButton, {}, QPoint(6, stream->height() / 2));
    QVERIFY(!m_panel->params().stream);
}

void TstParametersPanel::stopSequences()
{
    auto *editor = child<Ui::StopSequenceEditor>("stopEditor");
    QLineEdit *edit = editor->lineEdit();
    QTest::keyClicks(edit, QStringLiteral("\\n\\n"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClicks(edit, QStringLiteral("Observation:"));
    QTest::mouseClick(m_panel->findChild<QToolButton *>(QStringLiteral("stopAdd")), Qt::LeftButton);
    QTest::keyClicks(edit, QStringLiteral("Observation:")); // a duplicate is not added twice
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(m_panel->params().stop, strings({"\n\n", "Observation:"}));
    QCOMPARE(editor->listWidget()->item(0)->text(), QStringLiteral("\\n\\n")); // shown escaped

    editor->listWidget()->setCurrentRow(0);
    QTest::keyClick(editor->listWidget(), Qt::Key_Delete);
    QCOMPARE(m_panel->params().stop, strings({"Observation:"}));

    QCOMPARE(Ui::StopSequenceEditor::unescaped(QStringLiteral("a\\tb\\\\n\\q")),
             QStringLiteral("a\tb\\n\\q"));
    QCOMPARE(Ui::StopSequenceEditor::escaped(QStringLiteral("a\tb\\n\n")),
             QStringLiteral("a\\tb\\\\n\\n"));
}

void TstParametersPanel::jsonValidatedAsTyped()
{
    auto *editor = child<Ui::ExtraParamsEditor>("extraParamsEditor");
    QLabel *status = editor->statusLabel();
    QTest::keyClicks(editor->textEdit(), QStringLiteral("{\"seed\": 1, \"logprobs\": true}"));
    QVERIFY(m_panel->isValid());
    QSignalSpy validity(m_panel.get(), &Ui::ParametersPanel::validityChanged);
    QCOMPARE(m_panel->params().extra,
             QJsonObject({{QStringLiteral("seed"), 1}, {QStringLiteral("logprobs"), true}}));
    QVERIFY(status->text().contains(QStringLiteral("seed")));
    QVERIFY(status->text().contains(QStringLiteral("logprobs")));

    // Deleting the closing brace breaks it: the error shows, the last valid object stays.
    QTest::keyClick(editor->textEdit(), Qt::Key_Backspace);
    QVERIFY(!m_panel->isValid());
    QVERIFY(!editor->isValid());
    QVERIFY(!m_panel->validationError().isEmpty());
    QVERIFY(status->text().contains(QStringLiteral("offset")));
    QVERIFY(status->text().contains(m_panel->validationError()));
    QVERIFY(status->palette().color(QPalette::WindowText).red() > 150);
    QCOMPARE(editor->textEdit()->extraSelections().size(), 1); // the spot is marked
    QCOMPARE(m_panel->params().extra.value(QStringLiteral("seed")).toInt(), 1);
    QCOMPARE(validity.size(), 1);
    QCOMPARE(validity.at(0).at(0).toBool(), false);

    QTest::keyClick(editor->textEdit(), '}');
    QVERIFY(m_panel->isValid());
    QVERIFY(editor->textEdit()->extraSelections().isEmpty());
    QCOMPARE(validity.size(), 2);

    // Invalid from the start: nothing is merged.
    makePanel();
    editor = child<Ui::ExtraParamsEditor>("extraParamsEditor");
    QTest::keyClicks(editor->textEdit(), QStringLiteral("{oops"));
    QVERIFY(!m_panel->isValid());
    QVERIFY(m_panel->params().extra.isEmpty());

    // Blank is valid and empty.
    editor->setText(QStringLiteral("  \n "));
    QVERIFY(m_panel->isValid());
    QVERIFY(m_panel->params().extra.isEmpty());
}

void TstParametersPanel::jsonNonObjectRejected()
{
    auto *editor = child<Ui::ExtraParamsEditor>("extraParamsEditor");
    const struct
    {
        const char *text;
        const char *says;
    } cases[] = {
        {"[1, 2]", "array"}, {"42", "number"},   {"\"x\"", "string"},
        {"null", "null"},    {"  true", "true"},
    };
    for (const auto &c : cases) {
        editor->setText(QString::fromUtf8(c.text));
        QVERIFY2(!m_panel->isValid(), c.text);
        QVERIFY2(m_panel->validationError().contains(QLatin1StringView("object")), c.text);
        QVERIFY2(m_panel->validationError().contains(QLatin1StringView(c.says)),
                 qPrintable(m_panel->validationError()));
        QVERIFY(m_panel->params().extra.isEmpty());
    }
    QCOMPARE(editor->errorOffset(), 2); // where "true" starts
}

void TstParametersPanel::jsonErrorLocation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    // Where Qt's parser stopped: here just past the 2 it did not expect.
    QTest::newRow("missing colon") << QStringLiteral("{\n  \"a\": 1,\n  \"b\" 2\n}") << 3 << 8;
    QTest::newRow("unterminated") << QStringLiteral("{\"a\": [1, 2") << 1 << 12;
    // Offsets count characters, not UTF-8 bytes (that would be column 13).
    QTest::newRow("after non-ASCII") << QStringLiteral("{\"\u00e9\u00e9\": 1 2}") << 1 << 11;
}

void TstParametersPanel::jsonErrorLocation()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    const Ui::ExtraParamsEditor::Check check = Ui::ExtraParamsEditor::check(text);
    QVERIFY(!check.valid);
    QCOMPARE(check.line, line);
    QCOMPARE(check.column, column);
    QVERIFY(check.offset >= 0 && check.offset <= text.size());
}

void TstParametersPanel::resetButton()
{
    m_panel->setModelKey(QStringLiteral("workspace"), QStringLiteral("demo-echo"));
    m_panel->setParams(fullParams());
    m_panel->saveNow();
    QVERIFY(store().load(QStringLiteral("workspace"), QStringLiteral("demo-echo")));
    QSignalSpy changed(m_panel.get(), &Ui::ParametersPanel::paramsChanged);
    QTest::mouseClick(child<QPushButton>("resetButton"), Qt::LeftButton);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_panel->params(), Ui::ParametersPanel::defaults());
    QVERIFY(child<Ui::ExtraParamsEditor>("extraParamsEditor")->text().isEmpty());
    m_panel->saveNow();
    // Back on defaults, nothing is kept for the model.
    QVERIFY(!store().load(QStringLiteral("workspace"), QStringLiteral("demo-echo")));
}

void TstParametersPanel::perModelPersistence()
{
    const QString connection = QStringLiteral("workspace");
    m_panel->setModelKey(connection, QStringLiteral("model-a"));
    QCOMPARE(m_panel->params(), Ui::ParametersPanel::defaults());
    QVERIFY(child<QLabel>("parametersKeyLabel")->text().contains(QStringLiteral("model-a")));
    QTest::keyClicks(child<QPlainTextEdit>("systemPromptEdit"), QStringLiteral("Model A only."));
    child<QCheckBox>("temperatureCheck")->setChecked(true);
    child<Ui::SliderSpinBox>("temperatureControl")->setValue(0.2);
    child<Ui::ExtraParamsEditor>("extraParamsEditor")->setText(QStringLiteral("{\"seed\": 3}"));
    const Core::GenerationParams a = m_panel->params();
    QCOMPARE(a.temperature, std::optional<double>(0.2));

    QSignalSpy changed(m_panel.get(), &Ui::ParametersPanel::paramsChanged);
    m_panel->setModelKey(connection, QStringLiteral("model-b"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_panel->params(), Ui::ParametersPanel::defaults()); // never used: defaults
    child<QCheckBox>("maxTokensCheck")->setChecked(true);
    const Core::GenerationParams b = m_panel->params();

    m_panel->setModelKey(connection, QStringLiteral("model-a"));
    QCOMPARE(m_panel->params(), a);
    m_panel->setModelKey(connection, QStringLiteral("model-b"));
    QCOMPARE(m_panel->params(), b);

    // Another connection's model of the same name is another model.
    m_panel->setModelKey(QStringLiteral("other"), QStringLiteral("model-a"));
    QCOMPARE(m_panel->params(), Ui::ParametersPanel::defaults());

    // A new panel (the next start of the app) finds them again.
    m_panel->setModelKey(connection, QStringLiteral("model-a"));
    child<QCheckBox>("streamCheck")->setChecked(false); // pending when the panel goes
    Core::GenerationParams latest = a;
    latest.stream = false;
    makePanel();
    QCOMPARE(m_panel->params(), Ui::ParametersPanel::defaults());
    m_panel->setModelKey(connection, QStringLiteral("model-a"));
    QCOMPARE(m_panel->params(), latest);
    m_panel->setModelKey(connection, QStringLiteral("model-b"));
    QCOMPARE(m_panel->params(), b);

    // Model names with slashes (vLLM, Ollama) are keys like any other.
    m_panel->setModelKey(QString(), QStringLiteral("meta-llama/Llama-3.1-8B-Instruct"));
    m_panel->setParams(fullParams());
    m_panel->setModelKey(QString(), QStringLiteral("meta-llama"));
    QCOMPARE(m_panel->params(), Ui::ParametersPanel::defaults());
    m_panel->setModelKey(QString(), QStringLiteral("meta-llama/Llama-3.1-8B-Instruct"));
    QCOMPARE(m_panel->params(), fullParams());
}

void TstParametersPanel::halfEditedJsonSurvivesASwitch()
{
    m_panel->setModelKey(QStringLiteral("workspace"), QStringLiteral("model-a"));
    auto *editor = child<Ui::ExtraParamsEditor>("extraParamsEditor");
    editor->setText(QStringLiteral("{\"seed\": 5}"));
    QTest::keyClick(editor->textEdit(), Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(editor->textEdit(), Qt::Key_Backspace);
    QTest::keyClicks(editor->textEdit(), QStringLiteral(", \"top_k\": "));
    const QString halfDone = editor->text();
    QVERIFY(!m_panel->isValid());

    m_panel->setModelKey(QStringLiteral("workspace"), QStringLiteral("model-b"));
    QVERIFY(m_panel->isValid());
    m_panel->setModelKey(QStringLiteral("workspace"), QStringLiteral("model-a"));
    editor = child<Ui::ExtraParamsEditor>("extraParamsEditor");
    QCOMPARE(editor->text(), halfDone);
    QVERIFY(!m_panel->isValid());
    QCOMPARE(m_panel->params().extra, QJsonObject({{QStringLiteral("seed"), 5}}));

    makePanel();
    m_panel->setModelKey(QStringLiteral("workspace"), QStringLiteral("model-a"));
    QCOMPARE(child<Ui::ExtraParamsEditor>("extraParamsEditor")->text(), halfDone);
    QCOMPARE(m_panel->params().extra, QJsonObject({{QStringLiteral("seed"), 5}}));
}

void TstParametersPanel::savedShortlyAfterAChange()
{
    m_panel->setModelKey(QStringLiteral("workspace"), QStringLiteral("demo-echo"));
    QVERIFY(!store().load(QStringLiteral("workspace"), QStringLiteral("demo-echo")));
    QTest::keyClicks(child<QPlainTextEdit>("systemPromptEdit"), QStringLiteral("Hi"));
    QTRY_VERIFY(store().load(QStringLiteral("workspace"), QStringLiteral("demo-echo")));
    QCOMPARE(
        store().load(QStringLiteral("workspace"), QStringLiteral("demo-echo"))->params.systemPrompt,
        QStringLiteral("Hi"));

    // Without a model there is nothing to save under.
    makePanel();
    QTest::keyClicks(child<QPlainTextEdit>("systemPromptEdit"), QStringLiteral("Lost?"));
    m_panel->saveNow();
    QVERIFY(!store().load(QString(), QString()));
}

void TstParametersPanel::storeKeys()
{
    ParameterStore parameters = store();
    ParameterStore::Entry entry{fullParams(), QStringLiteral("{\"seed\": 7,")};
    parameters.save(QStringLiteral("a/b"), QStringLiteral("c"), entry);
    QCOMPARE(parameters.load(QStringLiteral("a/b"), QStringLiteral("c")), entry);
    QVERIFY(!parameters.load(QStringLiteral("a"), QStringLiteral("b/c")));
    parameters.remove(QStringLiteral("a/b"), QStringLiteral("c"));
    QVERIFY(!parameters.load(QStringLiteral("a/b"), QStringLiteral("c")));
}

void TstParametersPanel::controlsKeepTheirSizeInAShortPanel_data()
{
    QTest::addColumn<qreal>("fontScale");
    QTest::newRow("default font") << 1.0;
    QTest::newRow("font x1.5") << 1.5;
    QTest::newRow("font x2") << 2.0;
}

// A panel as short as it gets, as in a dock on a small screen or under a large font: the
// controls keep their sizes (the rest scrolls) instead of being squeezed. The stop sequences
// were a list one row high with the line edit and buttons cut in half.
void TstParametersPanel::controlsKeepTheirSizeInAShortPanel()
{
    QFETCH(qreal, fontScale);
    QFont font = m_panel->font();
    font.setPointSizeF(font.pointSizeF() * fontScale);
    m_panel->setFont(font);
    m_panel->setParams(fullParams());
    m_panel->resize(300, 0); // held at the layout's minimum
    QTRY_COMPARE(m_panel->height(), m_panel->minimumHeight());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);

    auto *stops = child<Ui::StopSequenceEditor>("stopEditor");
    QListWidget *list = stops->listWidget();
    QCOMPARE(list->font().pointSizeF(), font.pointSizeF());
    QVERIFY2(list->viewport()->height() >= 3 * list->sizeHintForRow(0),
             qPrintable(QStringLiteral("%1 px for rows of %2 px")
                            .arg(list->viewport()->height())
                            .arg(list->sizeHintForRow(0))));
    const QList<QWidget *> sized = {
        stops->lineEdit(),
        child<QToolButton>("stopAdd"),
        child<QToolButton>("stopRemove"),
        child<QCheckBox>("streamCheck"),
        child<QPushButton>("resetButton"),
    };
    for (QWidget *widget : sized) {
        QVERIFY2(widget->height() >= widget->sizeHint().height(),
                 qPrintable(QStringLiteral("%1: %2 px, wants %3")
                                .arg(widget->objectName())
                                .arg(widget->height())
                                .arg(widget->sizeHint().height())));
    }
    for (const char *name : {"systemPromptEdit", "extraParamsEdit"}) {
        auto *edit = child<QPlainTextEdit>(name);
        QVERIFY2(edit->height() >= edit->minimumHeight(),
                 qPrintable(QStringLiteral("%1: %2 px, needs %3")
                                .arg(edit->objectName())
                                .arg(edit->height())
                                .arg(edit->minimumHeight())));
    }
    // The wrapped note under the JSON box is not drawn over the box.
    QLabel *status = child<QLabel>("extraParamsStatus");
    QVERIFY(status->height() >= status->heightForWidth(status->width()));
    QVERIFY(status->y() >= child<QPlainTextEdit>("extraParamsEdit")->geometry().bottom());
}

QTEST_MAIN(TstParametersPanel)
#include "tst_parameterspanel.moc"
