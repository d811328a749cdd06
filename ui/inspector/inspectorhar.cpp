#include "inspector/inspectorhar.h"

#include "core/connection.h"
#include "engine/exchangelog.h"
#include "export/har.h"
#include "export/harfile.h"
#include "inspector/exchangetablemodel.h"
#include "inspector/harexportdialog.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QThread>

#include <memory>

namespace Parlance::Ui {

namespace {

const QString kKeyPrefix = QStringLiteral("har:");

// Runs `work` on a thread of its own and hands its result to `done` on `context`'s thread;
// nothing is handed over when `context` is gone by then.
template<typename Result>
void runOffThread(QObject *context, std::function<Result()> work,
                  std::function<void(const Result &)> done)
{
    auto result = std::make_shared<Result>();
    QThread *thread = QThread::create([work = std::move(work), result] { *result = work(); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    QObject::connect(thread, &QThread::finished, context,
                     [result, done = std::move(done)] { done(*result); });
    thread->start();
}

} // namespace

InspectorHar::InspectorHar(ExchangeTableModel *table, QWidget *window, std::function<Scope()> scope)
    : QObject(window)
    , m_table(table)
    , m_window(window)
    , m_scope(std::move(scope))
    , m_export(new QAction(tr("E&xport HAR…"), this))
    , m_open(new QAction(tr("Open &HAR…"), this))
{
    m_export->setObjectName(QStringLiteral("exportHarAction"));
    m_export->setToolTip(tr("Save the selected requests, or all listed, as an HTTP Archive "
                            "(HAR) file for browsers' developer tools and other HTTP tools"));
    m_export->setShortcut(QKeySequence(tr("Ctrl+Shift+H")));
    m_export->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_open->setObjectName(QStringLiteral("openHarAction"));
    m_open->setToolTip(tr("Show the requests of a HAR file, from a browser or another tool, "
                          "in the inspector"));
    connect(m_export, &QAction::triggered, this, &InspectorHar::showExportDialog);
    connect(m_open, &QAction::triggered, this, &InspectorHar::showOpenDialog);
}

bool InspectorHar::isImported(const QString &conversationKey) const
{
    return m_sources.contains(conversationKey);
}

QString InspectorHar::sourceOf(const QString &conversationKey) const
{
    return m_sources.value(conversationKey);
}

void InspectorHar::showExportDialog()
{
    if (m_dialog)
        m_dialog->close();
    const Scope scope = m_scope();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name
        = QStringLiteral("parlance-%1.har")
              .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    m_dialog = new HarExportDialog(int(scope.selected.size()), int(scope.listed.size()),
                                   scope.filterDescription, QDir(folder).filePath(name), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, scope, dialog = m_dialog.data()] {
        exportTo(dialog->path(), dialog->selectedOnly() ? scope.selected : scope.listed,
                 dialog->includeCredentials());
    });
    m_dialog->open();
}

void InspectorHar::exportTo(const QString &path, const QList<quint64> &ids, bool includeCredentials)
{
    if (!includeCredentials || !m_credentials) {
        HarCredentials none;
        if (includeCredentials)
            none.problems.append(tr("No credentials are at hand; they stay masked."));
        write(path, ids, includeCredentials, none);
        return;
    }
    QStringList authorities;
    for (const quint64 id : ids) {
        if (const Net::Exchange *e = m_table->log()->exchangeById(id)) {
            const QString authority = Core::urlAuthority(e->request.url);
            if (!authorities.contains(authority))
                authorities.append(authority);
        }
    }
    m_credentials(authorities,
                  [self = QPointer(this), path, ids](const HarCredentials &credentials) {
                      if (self)
                          self->write(path, ids, true, credentials);
                  });
}

void InspectorHar::write(const QString &path, const QList<quint64> &ids, bool includeCredentials,
                         const HarCredentials &credentials)
{
    using State = Engine::ExchangeLog::State;
    Engine::ExchangeLog *log = m_table->log();
    QList<Export::HarEntryInput> entries;
    int inFlight = 0;
    for (const quint64 id : ids) {
        const int row = log->rowForId(id);
        if (row < 0)
            continue;
        const State state = log->stateAt(row);
        if (state == State::Pending || state == State::Receiving || state == State::Streaming) {
            ++inFlight;
            continue;
        }
        const Net::Exchange &exchange = log->exchangeAt(row);
        entries.append({exchange,
                        m_table->index(row, ExchangeTableModel::SourceColumn).data().toString(),
                        credentials.byAuthority.value(Core::urlAuthority(exchange.request.url))});
    }
    QStringList notes = credentials.problems;
    if (inFlight > 0)
        notes.append(tr("Requests still under way were left out: %1.").arg(inFlight));
    if (entries.isEmpty()) {
        fail(tr("Nothing to export"),
             tr("None of these requests has finished yet; export them when they have."));
        return;
    }
    Export::HarOptions options;
    options.creatorVersion = QApplication::applicationVersion();
    options.includeCredentials = includeCredentials;
    options.secretHeaders = credentials.secretHeaders;
    const int count = int(entries.size());
    runOffThread<QString>(
        this,
        [entries, options, path, includeCredentials] {
            return Export::writeHarFile(path, Export::toHar(entries, options), includeCredentials);
        },
        [this, path, count, notes](const QString &error) {
            if (!error.isEmpty()) {
                fail(tr("Export failed"), error);
                return;
            }
            emit exported(path, count, notes);
        });
}

void InspectorHar::showOpenDialog()
{
    auto *dialog = new QFileDialog(m_window, tr("Open HAR"), QString(),
                                   tr("HTTP Archive (*.har *.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("openHarDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &InspectorHar::open);
    dialog->open();
}

void InspectorHar::open(const QString &path)
{
    runOffThread<Export::HarImport>(
        this, [path] { return Export::readHarFile(path); },
        [this, path](const Export::HarImport &read) {
            const QString name = QFileInfo(path).fileName();
            if (!read.ok()) {
                fail(tr("Could not open %1").arg(name), read.error);
                return;
            }
            if (read.exchanges.isEmpty()) {
                fail(tr("Could not open %1").arg(name),
                     read.warnings.isEmpty()
                         ? tr("The file holds no requests.")
                         : tr("The file holds no request that could be read: %1")
                               .arg(read.warnings.join(u' ')));
                return;
            }
            const QString key = kKeyPrefix + QString::number(++m_imports) + u':' + path;
            const QString source = tr("HAR: %1").arg(name);
            m_sources.insert(key, source);
            quint64 first = 0;
            for (const Net::Exchange &exchange : read.exchanges) {
                const quint64 id = m_table->log()->append(exchange, key);
                if (!first)
                    first = id;
            }
            emit imported(key, source, first, int(read.exchanges.size()), read.warnings);
        });
}

void InspectorHar::fail(const QString &title, const QString &message)
{
    emit failed(message);
    // Window-modal through open(), so nothing waits on a nested event loop.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("harErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Parlance::Ui
