#include "widgets/routing/RoutingView.h"

#include "models/routing/RoutesModel.h"
#include "widgets/common/ElidedLabel.h"
#include "widgets/common/OverflowBar.h"
#include "widgets/common/ThemeFollow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mc::widgets {

namespace {
// Lines of a status or warning shown; the rest is in its tool tip.
constexpr int kMessageLines = 4;

QPlainTextEdit *codeView(QWidget *parent, const QString &name)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}
} // namespace

RoutingView::RoutingView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);

    // Buttons that do not fit the width go into a More menu.
    auto *toolbar = new OverflowBar(this);
    QHBoxLayout *bar = toolbar->rowLayout();
    m_domain = new ElidedLabel(this);
    m_domain->setObjectName(QStringLiteral("routingDomain"));
    bar->addWidget(m_domain, 1);
    m_autoSync = new QCheckBox(tr("Sync &automatically"), this);
    m_autoSync->setObjectName(QStringLiteral("autoSync"));
    m_autoSync->setToolTip(tr("Push the config to every master whenever Marathon's tasks change."));
    bar->addWidget(m_autoSync);
    m_check = new QPushButton(tr("&Check"), this);
    m_check->setObjectName(QStringLiteral("checkButton"));
    m_check->setToolTip(tr("Show what each master's HAProxy config would change, without changing it."));
    bar->addWidget(m_check);
    m_sync = new QPushButton(tr("&Sync Now"), this);
    m_sync->setObjectName(QStringLiteral("syncButton"));
    m_sync->setToolTip(tr("Check the config with haproxy -c, write it to every master and reload HAProxy "
                          "where it changed."));
    bar->addWidget(m_sync);
    layout->addWidget(toolbar);

    auto *status = new ElidedLabel(this);
    status->setMaximumLines(kMessageLines);
    m_status = status;
    m_status->setObjectName(QStringLiteral("routingStatus"));
    layout->addWidget(m_status);
    auto *warnings = new ElidedLabel(this);
    warnings->setMaximumLines(kMessageLines);
    m_warnings = warnings;
    m_warnings->setObjectName(QStringLiteral("routingWarnings"));
    setSurfaceStyle(m_warnings, models::StateColorPalette::Surface::Warning, QStringLiteral("padding: 6px;"));
    m_warnings->hide();
    layout->addWidget(m_warnings);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_routes = new models::RoutesModel(this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_routes);
    proxy->setSortRole(models::RawValueRole);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("routesTable"));
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(models::RoutesModel::App, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Routed apps"));
    // URLs and backends readable at a glance: columns fit their text when apps come or go (measured
    // only for a few hundred rows; a big cluster keeps the widths it has).
    const auto fit = [this] {
        if (m_table->model()->rowCount() > 500)
            return;
        m_table->resizeColumnsToContents();
        for (int c = 0; c < m_table->model()->columnCount() - 1; ++c)
            m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 360));
        m_table->resizeRowsToContents();
    };
    connect(m_routes, &QAbstractItemModel::rowsInserted, m_table, fit, Qt::QueuedConnection);
    connect(m_routes, &QAbstractItemModel::modelReset, m_table, fit, Qt::QueuedConnection);
    splitter->addWidget(m_table);

    auto *tabs = new QTabWidget(splitter);
    m_config = codeView(tabs, QStringLiteral("configText"));
    m_config->setAccessibleName(tr("Generated HAProxy config"));
    tabs->addTab(m_config, tr("Generated config"));
    auto *diffPage = new QWidget(tabs);
    auto *diffLayout = new QVBoxLayout(diffPage);
    m_master = new QComboBox(diffPage);
    m_master->setObjectName(QStringLiteral("masterChoice"));
    m_master->setAccessibleName(tr("Master"));
    diffLayout->addWidget(m_master);
    m_diff = codeView(diffPage, QStringLiteral("diffText"));
    m_diff->setAccessibleName(tr("Changes on the chosen master"));
    diffLayout->addWidget(m_diff);
    tabs->addTab(diffPage, tr("Changes per master"));
    m_results = new QTableWidget(0, 3, tabs);
    m_results->setObjectName(QStringLiteral("syncResults"));
    m_results->setHorizontalHeaderLabels({ tr("Master"), tr("Result"), tr("Details") });
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->verticalHeader()->hide();
    m_results->setAccessibleName(tr("Last sync result per master"));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tabs->addTab(m_results, tr("Last sync"));
    splitter->addWidget(tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    connect(m_check, &QPushButton::clicked, this, [this] { Q_EMIT syncRequested(true); });
    connect(m_sync, &QPushButton::clicked, this, [this] { Q_EMIT syncRequested(false); });
    connect(m_autoSync, &QCheckBox::toggled, this, &RoutingView::autoSyncChanged);
    connect(m_master, &QComboBox::currentTextChanged, this, &RoutingView::showDiffFor);
    setDomain({});
}

void RoutingView::setDomain(const QString &domain)
{
    m_domain->setText(domain.isEmpty()
                          ? tr("No routing domain set in the workspace")
                          : tr("Apps answer at <b>&lt;app&gt;.%1</b>").arg(domain.toHtmlEscaped()));
}

void RoutingView::setConfig(const haproxy::RenderedConfig &config)
{
    m_routes->setRoutes(config.routes);
    if (m_config->toPlainText() != config.text)
        m_config->setPlainText(config.text);
    m_warnings->setVisible(!config.warnings.isEmpty());
    m_warnings->setText(config.warnings.join(u'\n'));
}

void RoutingView::setSyncResults(const QList<ssh::HostResult> &results, const QHash<QString, QString> &diffs)
{
    m_diffs = diffs;
    m_results->setRowCount(int(results.size()));
    for (int i = 0; i < results.size(); ++i) {
        const ssh::HostResult &r = results.at(i);
        m_results->setItem(i, 0, new QTableWidgetItem(r.host));
        m_results->setItem(i, 1, new QTableWidgetItem(ssh::hostStateName(r.state)));
        QString details = r.reason;
        if (r.state == ssh::HostState::Ok && details.isEmpty())
            details = tr("already up to date; not reloaded");
        m_results->setItem(i, 2, new QTableWidgetItem(details));
    }
    const QString current = m_master->currentText();
    m_master->blockSignals(true);
    m_master->clear();
    for (const ssh::HostResult &r : results)
        m_master->addItem(r.host);
    const int keep = m_master->findText(current);
    m_master->setCurrentIndex(keep >= 0 ? keep : 0);
    m_master->blockSignals(false);
    showDiffFor(m_master->currentText());
}

void RoutingView::showDiffFor(const QString &host)
{
    if (host.isEmpty()) {
        m_diff->clear();
        return;
    }
    const QString diff = m_diffs.value(host);
    m_diff->setPlainText(diff.isEmpty() ? tr("%1 has exactly this config.").arg(host) : diff);
}

void RoutingView::setStatus(const QString &text, bool isError)
{
    m_status->setText(isError ? tr("Error: %1").arg(text) : text);
    if (isError)
        setStateTextColor(m_status, models::StateColorPalette::Role::Error);
    else
        clearThemedStyleSheet(m_status);
}

void RoutingView::setBusy(bool busy)
{
    m_check->setEnabled(!busy);
    m_sync->setEnabled(!busy);
}

void RoutingView::setAutoSync(bool on)
{
    m_autoSync->setChecked(on);
}

QList<QWidget *> RoutingView::changeControls() const
{
    return { m_sync, m_autoSync };
}

bool RoutingView::autoSync() const
{
    return m_autoSync->isChecked();
}

QString RoutingView::configText() const
{
    return m_config->toPlainText();
}

QString RoutingView::diffText() const
{
    return m_diff->toPlainText();
}

} // namespace mc::widgets
