#pragma once

#include <QTableView>

class QAction;

namespace Parlance::Ui {

class SqlResultModel;

// A statement's result: a table over a SqlResultModel whose selected cells copy (Ctrl+C or
// the context menu) as tab-separated text.
class SqlResultView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlResultView)

public:
    explicit SqlResultView(QWidget *parent = nullptr);
    ~SqlResultView() override;

    SqlResultModel *resultModel() const { return m_model; }
    QAction *copyAction() const { return m_copy; }
    // Sizes the columns to what they hold (looking at the first rows only), none wider than a
    // third of the view.
    void fitColumns();
    void copySelection();

private:
    SqlResultModel *m_model;
    QAction *m_copy;
};

} // namespace Parlance::Ui
