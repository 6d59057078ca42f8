#include "widgets/cluster/AppsPage.h"

#include "models/cluster/ClusterModels.h"
#include "widgets/cluster/ClusterDetails.h"
#include "widgets/cluster/ConnectionBadge.h"
#include "widgets/cluster/DetailTable.h"
#include "widgets/cluster/ProgressBarDelegate.h"

#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace mc::widgets {

AppsPage::AppsPage(models::ClusterModels *models, QWidget *parent)
    : QWidget(parent)
    , m_badge(new ConnectionBadge(tr("Marathon"), this))
{
    m_apps = new DetailTable(
        models->apps(), [models](int row) { return ClusterDetails::app(models->apps()->row(row)); }, nullptr,
        this);
    m_deployments = new DetailTable(
        models->deployments(),
        [models](int row) { return ClusterDetails::deployment(models->deployments()->row(row)); }, nullptr,
        this);
    m_apps->setSubject(tr("Apps"));
    m_deployments->setSubject(tr("Deployments"));
    m_deployments->filter()->setPlaceholderText(tr("Filter deployments…"));
    // Live: Marathon is re-read after every deployment_info / deployment_step_success event.
    m_deployments->view()->setItemDelegateForColumn(models::DeploymentsModel::Step,
                                                    new ProgressBarDelegate(m_deployments->view()));

    auto *deployments = new QWidget(this);
    deployments->setObjectName(QStringLiteral("deploymentsPanel"));
    auto *deploymentsLayout = new QVBoxLayout(deployments);
    deploymentsLayout->setContentsMargins(0, 0, 0, 0);
    deploymentsLayout->addWidget(new QLabel(tr("<b>Deployments in progress</b>"), deployments));
    deploymentsLayout->addWidget(m_deployments);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_apps);
    splitter->addWidget(deployments);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    // No deployment, no panel: the apps get the room.
    QAbstractItemModel *running = models->deployments();
    const auto showDeployments = [deployments, running] { deployments->setVisible(running->rowCount() > 0); };
    connect(running, &QAbstractItemModel::rowsInserted, deployments, showDeployments);
    connect(running, &QAbstractItemModel::rowsRemoved, deployments, showDeployments);
    connect(running, &QAbstractItemModel::modelReset, deployments, showDeployments);
    showDeployments();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_badge);
    layout->addWidget(splitter, 1);

    connect(models, &models::ClusterModels::snapshotApplied, m_badge,
            [this](const cluster::SnapshotPtr &s) { m_badge->setState(s->marathon); });
}

} // namespace mc::widgets
