#include "controls/modelpickerpopup.h"

#include <QCheckBox>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace Parlance::Ui {

namespace {

constexpr int kMaxListHeight = 340;
constexpr int kMinWidth = 380;

} // namespace

ModelPickerPopup::ModelPickerPopup(QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_view(new QListView(this))
    , m_busyBar(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_useTyped(new QPushButton(this))
    , m_showAll(new QCheckBox(this))
{
    setObjectName(QStringLiteral("modelPickerPopup"));
    setFrameStyle(QFrame::StyledPanel | QFrame::Plain);
    setAttribute(Qt::WA_WindowPropagation);

    m_view->setObjectName(QStringLiteral("modelList"));
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setUniformItemSizes(false); // section titles make some rows taller
    m_view->setMouseTracking(true);
    m_view->setFocusPolicy(Qt::NoFocus);

    m_busyBar->setObjectName(QStringLiteral("modelPickerBusy"));
    m_busyBar->setRange(0, 0); // indeterminate
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(4);
    m_busyBar->hide();

    m_status->setObjectName(QStringLiteral("modelPickerStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setContentsMargins(8, 4, 8, 4);
    m_status->hide();

    m_useTyped->setObjectName(QStringLiteral("useTypedButton"));
    m_useTyped->setFlat(true);
    m_useTyped->setFocusPolicy(Qt::NoFocus);
    m_useTyped->setStyleSheet(QStringLiteral("text-align: left; padding: 4px 8px;"));
    m_useTyped->setToolTip(tr("Send requests to this name even though the server's list does "
                              "not show it (Shift+Enter)"));
    m_useTyped->hide();

    m_showAll->setObjectName(QStringLiteral("showAllCheck"));
    m_showAll->setFocusPolicy(Qt::NoFocus);
    m_showAll->setToolTip(tr("Also list embeddings and other endpoints that cannot chat"));
    m_showAll->hide();

    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(8, 2, 8, 4);
    footer->addWidget(m_showAll);
    footer->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_useTyped);
    layout->addLayout(footer);
}

ModelPickerPopup::~ModelPickerPopup() = default;

void ModelPickerPopup::setBusy(bool busy)
{
    m_busyBar->setVisible(busy);
}

void ModelPickerPopup::setMessage(const QString &text, bool isError)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    QPalette palette = this->palette();
    if (isError)
        palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    else
        palette.setColor(QPalette::WindowText,
                         palette.color(QPalette::Disabled, QPalette::WindowText));
    m_status->setPalette(palette);
}

void ModelPickerPopup::setTypedName(const QString &name)
{
    m_useTyped->setText(tr("Use \u201c%1\u201d as the model name").arg(name));
    m_useTyped->setVisible(!name.isEmpty());
}

void ModelPickerPopup::setNonChatCount(int count)
{
    m_showAll->setText(tr("Show all endpoints (%n not for chat)", nullptr, count));
    m_showAll->setVisible(count > 0);
}

void ModelPickerPopup::popUp(const QRect &anchor)
{
    updateGeometryFor(anchor);
    show();
    raise();
}

void ModelPickerPopup::updateGeometryFor(const QRect &anchor)
{
    m_view->setFixedHeight(listHeight());
    layout()->activate();
    const int width = qMax(anchor.width(), kMinWidth);
    const int height = sizeHint().height();
    QRect geometry(anchor.bottomLeft() + QPoint(0, 1), QSize(width, height));
    if (const QScreen *screen = parentWidget() ? parentWidget()->screen() : nullptr) {
        const QRect available = screen->availableGeometry();
        if (geometry.bottom() > available.bottom() && anchor.top() - height > available.top())
            geometry.moveBottom(anchor.top() - 1);
        if (geometry.right() > available.right())
            geometry.moveRight(available.right());
        if (geometry.left() < available.left())
            geometry.moveLeft(available.left());
    }
    setGeometry(geometry);
}

int ModelPickerPopup::listHeight() const
{
    const QAbstractItemModel *model = m_view->model();
    const int rows = model ? model->rowCount() : 0;
    int height = 2 * m_view->frameWidth();
    for (int row = 0; row < rows && height < kMaxListHeight; ++row)
        height += m_view->sizeHintForRow(row);
    return qMin(height, kMaxListHeight);
}

} // namespace Parlance::Ui
