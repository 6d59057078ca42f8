#include "widgets/cluster/ClusterSwitcher.h"

#include "models/cluster/ClustersModel.h"
#include "widgets/common/ThemeFollow.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPalette>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace mc::widgets {

namespace {
// The health colour as a round dot (the model gives a colour as its decoration).
class DotDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QVariant decoration = index.data(Qt::DecorationRole);
        if (decoration.canConvert<QColor>() && option->features & QStyleOptionViewItem::HasDecoration)
            option->icon = dot(decoration.value<QColor>());
    }

public:
    static QIcon dot(const QColor &colour)
    {
        QPixmap pixmap(12, 12);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(QRectF(1, 1, 10, 10));
        return QIcon(pixmap);
    }
};
} // namespace

ClusterSwitcher::ClusterSwitcher(models::ClustersModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_dot(new QLabel(this))
    , m_combo(new QComboBox(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("clusterSwitcher"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Cluster:"), this);
    label->setBuddy(m_combo);
    m_combo->setObjectName(QStringLiteral("clusterSwitcherCombo"));
    m_combo->setModel(model);
    m_combo->setModelColumn(models::ClustersModel::Name);
    m_combo->setItemDelegate(new DotDelegate(m_combo));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(12);
    m_combo->setToolTip(tr("The watched clusters (health dot: live, stale, failing); pick one to show it "
                           "(Ctrl+K “cluster NAME”)."));
    m_combo->setAccessibleName(tr("Watched clusters"));
    m_close->setObjectName(QStringLiteral("closeCluster"));
    m_close->setText(tr("Close"));
    m_close->setIcon(QIcon::fromTheme(QStringLiteral("window-close")));
    m_close->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_close->setToolTip(tr("Stop watching the cluster shown"));
    m_dot->setObjectName(QStringLiteral("clusterHealthDot"));
    layout->addWidget(label);
    layout->addWidget(m_dot);
    layout->addWidget(m_combo);
    layout->addWidget(m_close);
    connect(m_combo, &QComboBox::activated, this, [this](int row) {
        if (row >= 0 && row < m_model->rowCount())
            Q_EMIT switchRequested(m_model->summary(row).key);
    });
    connect(m_close, &QToolButton::clicked, this, [this] {
        if (const QString key = currentKey(); !key.isEmpty())
            Q_EMIT closeRequested(key);
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &ClusterSwitcher::updateVisibility);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ClusterSwitcher::updateVisibility);
    connect(model, &QAbstractItemModel::dataChanged, this, &ClusterSwitcher::updateVisibility);
    connect(model, &QAbstractItemModel::dataChanged, this, &ClusterSwitcher::showCurrent);
    updateVisibility();
}

void ClusterSwitcher::setCurrentKey(const QString &key)
{
    const QSignalBlocker block(m_combo);
    m_combo->setCurrentIndex(m_model->rowOf(key));
    showCurrent();
}

void ClusterSwitcher::showCurrent()
{
    const int row = m_combo->currentIndex();
    if (row < 0 || row >= m_model->rowCount()) {
        unfollowTheme(m_dot, QStringLiteral("dot"));
        m_dot->clear();
        m_dot->setToolTip({});
        m_combo->setPalette(QPalette());
        return;
    }
    const models::ClusterSummary &s = m_model->summary(row);
    followTheme(m_dot, QStringLiteral("dot"), [this, health = s.health] {
        m_dot->setPixmap(DotDelegate::dot(models::ClustersModel::healthColour(health)).pixmap(12, 12));
    });
    m_dot->setToolTip(tr("%1: %2").arg(s.name, models::ClustersModel::healthText(s.health)));
    // Its mode colour as the text's (a style sheet would lose the theme's look of the box).
    QPalette palette;
    if (s.colour.isValid()) {
        palette.setColor(QPalette::ButtonText, s.colour);
        palette.setColor(QPalette::Text, s.colour);
    }
    m_combo->setPalette(palette);
}

QString ClusterSwitcher::currentKey() const
{
    const int row = m_combo->currentIndex();
    return row >= 0 && row < m_model->rowCount() ? m_model->summary(row).key : QString();
}

void ClusterSwitcher::updateVisibility()
{
    // The list as wide as its longest name with its dot (the box itself may be narrower).
    m_combo->view()->setTextElideMode(Qt::ElideNone);
    m_combo->view()->setMinimumWidth(m_combo->view()->sizeHintForColumn(models::ClustersModel::Name) + 32);
    m_close->setEnabled(m_model->rowCount() > 0);
    m_combo->setEnabled(m_model->rowCount() > 0);
    if (m_model->rowCount() == 0)
        m_combo->setPlaceholderText(tr("none watched"));
}

ClustersPage::ClustersPage(models::ClustersModel *model, QWidget *parent)
    : QWidget(parent)
    , m_view(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every watched cluster; double-click one (or Enter) to show it. Open another "
                                "with File ▸ Connect to Cluster… or a workspace."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_view->setObjectName(QStringLiteral("clustersTable"));
    m_view->setModel(model);
    m_view->setItemDelegateForColumn(models::ClustersModel::Name, new DotDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("All clusters"));
    layout->addWidget(m_view);
    const auto resize = [this] { m_view->resizeColumnsToContents(); };
    connect(model, &QAbstractItemModel::rowsInserted, this, resize);
    connect(model, &QAbstractItemModel::dataChanged, this, resize);
    const auto open = [this, model](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT switchRequested(model->summary(index.row()).key);
    };
    connect(m_view, &QTableView::activated, this, open);
    connect(m_view, &QTableView::doubleClicked, this, open);
}

} // namespace mc::widgets
