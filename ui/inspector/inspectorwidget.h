#pragma once

#include "core/httprequest.h"
#include "inspector/exchangetablemodel.h"
#include "inspector/harcredentials.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace Parlance::Engine {
class ExchangeLog;
}

namespace Parlance::Ui {

class ConversationFilterProxy;
class ExchangeListProxy;
class ExchangeView;
class InspectorHar;
class ResendDialog;

// The raw inspector (a dock in the main window): every request attempt from the ExchangeLog,
// and for the selected one its request, response, SSE events and timings, with "Copy as curl"
// and "Edit and Resend". It never sends anything: resendRequested() hands the edited request
// to whoever owns the connection and its token. Exchanges can be tagged with their source (the
// compare column that sent them) and the list narrowed to one source. Entries can be exported
// to a HAR file and HAR files opened as entries of their own (InspectorHar).
class InspectorWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorWidget)

public:
    explicit InspectorWidget(Engine::ExchangeLog *log, QWidget *parent = nullptr);
    ~InspectorWidget() override;

    quint64 currentId() const; // 0 when nothing is selected
    QSize sizeHint() const override;

    // Names each exchange's source in a Source column, shown while some exchange has a tag.
    void setTagger(ExchangeTableModel::Tagger tagger);
    void refreshTags(); // the names changed (a blind comparison was revealed)

    // Lists only the exchanges logged under `conversationKey`, under a bar that says
    // "Showing only: <description>" and offers "Show all". An empty key clears the filter.
    void setConversationFilter(const QString &conversationKey, const QString &description);
    void clearConversationFilter();
    QString conversationFilter() const; // empty when every exchange is listed

    ExchangeTableModel *exchangeTable() const { return m_table; }
    QTableView *exchangeList() const { return m_list; }
    QWidget *filterBar() const { return m_filterBar; }
    QPushButton *showAllButton() const { return m_showAll; }
    ExchangeView *exchangeView() const { return m_view; }
    QAction *copyAsCurlAction() const { return m_copyAsCurl; }
    QAction *resendAction() const { return m_resend; }
    QAction *getCodeAction() const { return m_getCode; }
    InspectorHar *har() const { return m_har; }
    QLabel *notice() const { return m_notice; } // what the last HAR export or import did
    // Where "Export HAR" with credentials finds them (savedConnectionCredentials()).
    void setHarCredentialReader(HarCredentialReader reader);
    QList<quint64> selectedIds() const; // in list order
    QList<quint64> listedIds() const;   // every entry the list shows, past the filter
    ResendDialog *resendDialog() const; // the open editor, if any

public slots:
    // Selects that entry (the conversation's "Show in inspector"); unknown ids are ignored.
    // One the conversation filter hides clears the filter, so the request is never lost.
    void showExchange(quint64 id);
    void copyAsCurl();
    void editAndResend();

signals:
    // `sourceExchangeId`: the logged exchange the request was edited from.
    void resendRequested(const Parlance::Core::HttpRequest &request, quint64 sourceExchangeId);
    // The shown exchange's request as a program for another client ("Get code").
    void getCodeRequested(quint64 exchangeId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void onCurrentChanged();
    void onLogDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void updateActions();
    QModelIndex listIndexForRow(int logRow) const;
    void connectHar();
    void showNotice(const QString &text, const QStringList &details = {});

    Engine::ExchangeLog *m_log;
    ExchangeTableModel *m_table;
    ConversationFilterProxy *m_filter;
    ExchangeListProxy *m_proxy;
    QTableView *m_list;
    QWidget *m_filterBar;
    QLabel *m_filterLabel;
    QPushButton *m_showAll;
    QSplitter *m_splitter;
    QStackedWidget *m_details;
    ExchangeView *m_view;
    QAction *m_copyAsCurl;
    QAction *m_resend;
    QAction *m_getCode;
    InspectorHar *m_har;
    QLabel *m_notice;
    ExchangeTableModel::Tagger m_tagger; // the owner's; imported files are tagged here
    QPointer<ResendDialog> m_resendDialog;
    quint64 m_shownId = 0;
    bool m_followTail = true; // the list was scrolled to the end before rows arrived
};

} // namespace Parlance::Ui
