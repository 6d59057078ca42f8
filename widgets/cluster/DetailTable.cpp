#include "widgets/cluster/DetailTable.h"

#include "models/cluster/SnapshotTableModel.h"
#include "widgets/common/OverflowBar.h"
#include "widgets/common/ThemeFollow.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace mc::widgets {

namespace {

// A table whose current row never moves to another row by itself. When the
// current row goes (the task ended, the app was destroyed, a filter hides it)
// a plain view makes a neighbour current, and in single selection also
// selects it: the next Del would hit a row nobody chose.
class StableTableView : public QTableView
{
public:
    using QTableView::QTableView;

protected:
    void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end) override
    {
        const QModelIndex current = currentIndex();
        if (current.isValid() && current.parent() == parent && current.row() >= start && current.row() <= end)
            selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
        QTableView::rowsAboutToBeRemoved(parent, start, end);
    }
};

} // namespace

DetailTable::DetailTable(QAbstractItemModel *model, Details details, QAbstractProxyModel *proxy,
                         QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_view(new StableTableView(this))
    , m_filter(new QLineEdit(this))
    , m_details(new QTextBrowser(this))
    , m_toolbar(new OverflowBar(this))
    , m_detailsOf(std::move(details))
    , m_sightTimer(new QTimer(this))
{
    if (!proxy) {
        auto *plain = new QSortFilterProxyModel(this);
        plain->setSortRole(models::RawValueRole);
        plain->setFilterKeyColumn(-1);
        plain->setFilterCaseSensitivity(Qt::CaseInsensitive);
        plain->setDynamicSortFilter(true);
        connect(m_filter, &QLineEdit::textChanged, plain, &QSortFilterProxyModel::setFilterFixedString);
        m_proxy = plain;
    }
    m_toolbar->setObjectName(QStringLiteral("tableToolbar"));
    m_proxy->setParent(this);
    m_proxy->setSourceModel(model);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultSectionSize(120);
    // In a short window the table keeps its header and two rows, the details two lines; two
    // tables fit one page (Apps and its deployments) down to 600x400.
    constexpr int kMinimumRows = 2;
    constexpr int kMinimumDetailLines = 2;
    m_view->setMinimumHeight(m_view->horizontalHeader()->sizeHint().height()
                             + kMinimumRows * m_view->verticalHeader()->defaultSectionSize()
                             + 2 * m_view->frameWidth());
    m_details->setMinimumHeight(kMinimumDetailLines * m_details->fontMetrics().lineSpacing()
                                + 2 * m_details->frameWidth() + 2 * int(m_details->document()->documentMargin()));

    setSubject(tr("Rows"));
    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setClearButtonEnabled(true);
    m_details->setOpenExternalLinks(true);
    m_details->setPlaceholderText(tr("Select a row to see its details."));

    // Room for what is typed; the buttons added to the toolbar move into its More menu first.
    constexpr int kFilterChars = 12;
    m_filter->setMinimumWidth(m_filter->fontMetrics().averageCharWidth() * kFilterChars);
    m_toolbar->rowLayout()->addWidget(m_filter, 1);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_splitter, 1);

    const auto selectionTouched = [this] {
        updateDetails();
        Q_EMIT selectionChanged();
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DetailTable::updateDetails);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, selectionTouched);
    // The details' HTML names state colours: built again in a new theme's.
    followTheme(m_details, QStringLiteral("details"), [this] { updateDetails(); });
    // Data of the selected rows may change on any refresh.
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this, selectionTouched](const QModelIndex &from, const QModelIndex &to) {
                const QList<int> rows = selectedSourceRows();
                if (std::any_of(rows.cbegin(), rows.cend(),
                                [&](int row) { return row >= from.row() && row <= to.row(); }))
                    selectionTouched();
            });
    connect(model, &QAbstractItemModel::rowsRemoved, this, selectionTouched);
    // A proxy may show an update as one layout change (rows mapped anew at its end).
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, selectionTouched);
    constexpr int kSightDelayMs = 300; // scrolling settles first
    m_sightTimer->setSingleShot(true);
    m_sightTimer->setInterval(kSightDelayMs);
    connect(m_sightTimer, &QTimer::timeout, this, &DetailTable::sightChanged);
    const auto sightTouched = [this] { m_sightTimer->start(); };
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, sightTouched);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, sightTouched);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, sightTouched);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, sightTouched);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT activated(m_proxy->mapToSource(index).row()); });
}

QWidget *DetailTable::toolbar() const
{
    return m_toolbar;
}

QString DetailTable::currentId() const
{
    return m_view->currentIndex().data(models::IdRole).toString();
}

QStringList DetailTable::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.append(index.data(models::IdRole).toString());
    return ids;
}

QString DetailTable::selectedId() const
{
    const QStringList ids = selectedIds();
    return ids.size() == 1 ? ids.first() : QString();
}

QList<int> DetailTable::selectedSourceRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(index).row());
    return rows;
}

bool DetailTable::selectId(const QString &id)
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex index = m_proxy->index(r, 0);
        if (index.data(models::IdRole).toString() == id) {
            m_view->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

void DetailTable::addDetailsTab(QWidget *page, const QString &title)
{
    if (!m_tabs) {
        m_tabs = new QTabWidget(this);
        m_tabs->setObjectName(QStringLiteral("detailsTabs"));
        m_tabs->setDocumentMode(true);
        m_splitter->replaceWidget(1, m_tabs);
        m_splitter->setStretchFactor(1, 1); // kept in the widget's size policy: the new one needs it too
        m_tabs->addTab(m_details, tr("Details"));
        // Hardly taller than the details pane alone, whatever the other pages hold: the tab bar
        // takes the room of one of its lines in the shortest window (Apps and its deployments
        // still fit 600x400; the details scroll).
        m_tabs->setMinimumHeight(m_details->minimumHeight() + m_tabs->tabBar()->sizeHint().height()
                                 - m_details->fontMetrics().lineSpacing());
    }
    // Its size asks nothing of the splitter: the table keeps its rows, as with the details alone.
    page->setSizePolicy(page->sizePolicy().horizontalPolicy(), QSizePolicy::Ignored);
    m_tabs->addTab(page, title);
}

void DetailTable::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_sightTimer->start();
}

QList<int> DetailTable::sourceRowsInSight(int max) const
{
    QList<int> rows;
    if (!isVisible())
        return rows;
    const int count = m_proxy->rowCount();
    const int first = std::max(m_view->rowAt(0), 0);
    int last = m_view->rowAt(m_view->viewport()->height() - 1);
    if (last < 0)
        last = count - 1;
    for (int r = first; r <= last && r < count && rows.size() < max; ++r)
        rows.append(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
    return rows;
}

QSet<QString> DetailTable::idsInSight() const
{
    QSet<QString> ids;
    const QAbstractItemModel *model = m_proxy->sourceModel();
    for (int row : sourceRowsInSight())
        ids.insert(model->index(row, 0).data(models::IdRole).toString());
    return ids;
}

void DetailTable::addDetailsWidget(QWidget *widget)
{
    m_splitter->addWidget(widget);
    m_splitter->setStretchFactor(m_splitter->indexOf(widget), 1);
}

void DetailTable::setContextMenu(QMenu *menu)
{
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, menu, [this, menu](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            return;
        if (!m_view->selectionModel()->isRowSelected(index.row(), index.parent()))
            m_view->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        menu->popup(m_view->viewport()->mapToGlobal(pos));
    });
}

void DetailTable::fitColumns()
{
    if (m_sized || !isVisible() || m_proxy->rowCount() == 0)
        return;
    m_sized = true;
    m_view->resizeColumnsToContents();
    for (int c = 0; c < m_proxy->columnCount(); ++c)
        m_view->setColumnWidth(c, std::clamp(m_view->columnWidth(c) + 12, 70, 320));
}

void DetailTable::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitColumns();
    m_sightTimer->start();
}

void DetailTable::updateDetails()
{
    // The pane shows a row the user sees selected: the current one, else the only one selected.
    QModelIndex shown = m_view->currentIndex();
    if (!shown.isValid() || !m_view->selectionModel()->isRowSelected(shown.row(), shown.parent())) {
        const QModelIndexList selected = m_view->selectionModel()->selectedRows();
        shown = selected.size() == 1 ? selected.first() : QModelIndex();
    }
    const QModelIndex source = m_proxy->mapToSource(shown);
    if (!source.isValid()) {
        m_details->clear();
        return;
    }
    m_details->setHtml(m_detailsOf(source.row()));
}

void DetailTable::setSubject(const QString &subject)
{
    m_view->setAccessibleName(subject);
    m_filter->setAccessibleName(tr("Filter %1").arg(subject));
    m_details->setAccessibleName(tr("Details of the selected row in %1").arg(subject));
}

} // namespace mc::widgets
