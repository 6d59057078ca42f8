#include "widgets/cluster/DetailTable.h"

#include "models/cluster/SnapshotTableModel.h"
#include "widgets/common/OverflowBar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace mc::widgets {

DetailTable::DetailTable(QAbstractItemModel *model, Details details, QAbstractProxyModel *proxy,
                         QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_details(new QTextBrowser(this))
    , m_toolbar(new OverflowBar(this))
    , m_detailsOf(std::move(details))
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

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolbar);
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DetailTable::updateDetails);
    // Data of the current row may change on any refresh.
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
                if (current.isValid() && current.row() >= from.row() && current.row() <= to.row())
                    updateDetails();
            });
    connect(model, &QAbstractItemModel::rowsRemoved, this, &DetailTable::updateDetails);
    // A proxy may show an update as one layout change (rows mapped anew at its end).
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &DetailTable::updateDetails);
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
}

void DetailTable::updateDetails()
{
    const QModelIndex source = m_proxy->mapToSource(m_view->currentIndex());
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
