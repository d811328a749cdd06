#pragma once

#include "inspector/harcredentials.h"
#include "inspector/harexportdialog.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QAction;
class QWidget;

namespace Parlance::Ui {

class ExchangeTableModel;

// The inspector's HAR actions. "Export HAR…" writes the selected entries, or all it lists,
// sanitized unless the user includes the credentials (read from the keychain, asynchronously).
// "Open HAR…" reads a file off the GUI thread and adds its entries to the log under a key of
// their own, tagged "HAR: file.har": imported, never sent from here, though they can be
// edited and sent again. Files are read and written on a worker thread, so the window never
// waits on the disk.
class InspectorHar final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorHar)

public:
    struct Scope
    {
        QList<quint64> selected;
        QList<quint64> listed;
        QString filterDescription; // what the list is narrowed to; empty for nothing
    };
    // `table` gives the entries and their source tags; dialogs open over `window`.
    InspectorHar(ExchangeTableModel *table, QWidget *window, std::function<Scope()> scope);

    QAction *exportAction() const { return m_export; }
    QAction *openAction() const { return m_open; }
    HarExportDialog *exportDialog() const { return m_dialog; } // the open one, if any

    void setCredentialReader(HarCredentialReader reader) { m_credentials = std::move(reader); }

    // Writes the entries with these ids (finished ones) to `path`; answers with exported() or
    // failed().
    void exportTo(const QString &path, const QList<quint64> &ids, bool includeCredentials);
    // Reads `path` and adds its entries; answers with imported() or failed().
    void open(const QString &path);

    bool isImported(const QString &conversationKey) const;
    QString sourceOf(const QString &conversationKey) const; // "HAR: x.har"; empty for others

signals:
    void exported(const QString &path, int count, const QStringList &notes);
    // The entries were added under `conversationKey`; `firstId` is the first of them.
    void imported(const QString &conversationKey, const QString &source, quint64 firstId, int count,
                  const QStringList &warnings);
    void failed(const QString &message); // shown in a message box too

private:
    void showExportDialog();
    void showOpenDialog();
    void write(const QString &path, const QList<quint64> &ids, bool includeCredentials,
               const HarCredentials &credentials);
    void fail(const QString &title, const QString &message);

    ExchangeTableModel *m_table;
    QWidget *m_window;
    std::function<Scope()> m_scope;
    QAction *m_export;
    QAction *m_open;
    QPointer<HarExportDialog> m_dialog;
    HarCredentialReader m_credentials;
    QHash<QString, QString> m_sources; // conversation key of an import -> "HAR: x.har"
    int m_imports = 0;
};

} // namespace Parlance::Ui
