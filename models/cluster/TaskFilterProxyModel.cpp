#include "models/cluster/TaskFilterProxyModel.h"

#include "models/cluster/TasksModel.h"

#include <algorithm>

namespace mc::models {

TaskFilterProxyModel::TaskFilterProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{ }

TaskFilterProxyModel::~TaskFilterProxyModel()
{
    if (m_tasks)
        m_tasks->setViewOrder(this, 0, {});
}

void TaskFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &c : m_connections)
        disconnect(c);
    m_connections.clear();
    if (m_tasks)
        m_tasks->setViewOrder(this, 0, {});
    QAbstractProxyModel::setSourceModel(model);
    m_tasks = qobject_cast<TasksModel *>(model);
    if (model) {
        auto on = [this, model](auto signal, auto slot) {
            m_connections.push_back(connect(model, signal, this, slot));
        };
        using M = QAbstractItemModel;
        if (auto *snapshots = qobject_cast<SnapshotModelBase *>(model)) {
            m_connections.push_back(
                connect(snapshots, &SnapshotModelBase::applyStarting, this, [this] { beginBatch(); }));
            m_connections.push_back(
                connect(snapshots, &SnapshotModelBase::applyFinished, this, [this] { endBatch(true); }));
        }
        on(&M::rowsAboutToBeInserted, [this] { beginBatch(); });
        on(&M::rowsInserted, [this] { endBatch(); });
        on(&M::rowsAboutToBeRemoved, [this] { beginBatch(); });
        on(&M::rowsRemoved, [this] { endBatch(); });
        on(&M::rowsAboutToBeMoved, [this] { beginBatch(); });
        on(&M::rowsMoved, [this] { endBatch(); });
        on(&M::layoutAboutToBeChanged, [this] { beginBatch(); });
        on(&M::layoutChanged, [this] { endBatch(); });
        on(&M::dataChanged, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            sourceDataChanged(topLeft, bottomRight);
        });
        on(&M::headerDataChanged, [this](Qt::Orientation orientation, int first, int last) {
            if (orientation == Qt::Horizontal)
                Q_EMIT headerDataChanged(orientation, first, last);
        });
        const auto reset = [this] { beginResetModel(); };
        const auto resetDone = [this] {
            rebuild(false);
            endResetModel();
        };
        on(&M::modelAboutToBeReset, reset);
        on(&M::modelReset, resetDone);
        on(&M::columnsAboutToBeInserted, reset);
        on(&M::columnsInserted, resetDone);
        on(&M::columnsAboutToBeRemoved, reset);
        on(&M::columnsRemoved, resetDone);
        on(&QObject::destroyed, [this] {
            beginResetModel();
            m_proxyToSource.clear();
            m_sourceToProxy.clear();
            endResetModel();
        });
    }
    registerOrder();
    rebuild(false);
    endResetModel();
}

void TaskFilterProxyModel::setApp(const QString &appId)
{
    m_settings.app = appId;
    settingsChanged();
}

void TaskFilterProxyModel::setAgent(const QString &agentIdOrHost)
{
    m_settings.agent = agentIdOrHost;
    settingsChanged();
}

void TaskFilterProxyModel::setStates(StateFilter filter, mesos::TaskState exact)
{
    m_settings.states = filter;
    m_settings.state = exact;
    settingsChanged();
}

void TaskFilterProxyModel::setText(const QString &text)
{
    m_settings.text = text.trimmed();
    settingsChanged();
}

void TaskFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    m_settings.sortColumn = column;
    m_settings.sortOrder = order;
    settingsChanged();
}

bool TaskFilterProxyModel::accepts(const TaskRow &row, const Settings &s)
{
    if (!s.app.isEmpty() && row.appId() != s.app)
        return false;
    // By agent id, by its label ("host:5051 · S0") or by its host name alone.
    if (!s.agent.isEmpty() && row.task->agentId != s.agent && row.host() != s.agent
        && !(row.host().startsWith(s.agent) && row.host().mid(s.agent.size()).startsWith(u':')))
        return false;
    switch (s.states) {
    case StateFilter::Active:
        if (!mesos::isActive(row.task->state) || row.task->completed)
            return false;
        break;
    case StateFilter::Terminal:
        if (!mesos::isTerminal(row.task->state))
            return false;
        break;
    case StateFilter::Exact:
        if (row.task->state != s.state)
            return false;
        break;
    case StateFilter::All:
        break;
    }
    if (!s.text.isEmpty()) {
        const auto has = [&](const QString &text) { return text.contains(s.text, Qt::CaseInsensitive); };
        if (!has(row.task->id) && !has(row.task->name) && !has(row.appId()) && !has(row.host()))
            return false;
    }
    return true;
}

std::vector<int> TaskFilterProxyModel::order(const std::vector<const TaskRow *> &rows, const Settings &s)
{
    std::vector<int> out;
    out.reserve(rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        if (accepts(*rows[i], s))
            out.push_back(int(i));
    }
    const int column = s.sortColumn;
    if (column < 0)
        return out;
    if (TasksModel::isUsageColumn(column)) {
        // Usage lives beside the rows: one value per row, then a stable sort of the values.
        static const cluster::TaskUsageMap none;
        const cluster::TaskUsageMap &usage = s.usage ? *s.usage : none;
        std::vector<double> value(rows.size(), -1);
        for (int r : out)
            value[size_t(r)] = TasksModel::usageValue(usage, *rows[size_t(r)], column);
        const bool ascending = s.sortOrder == Qt::AscendingOrder;
        std::stable_sort(out.begin(), out.end(), [&](int a, int b) {
            return ascending ? value[size_t(a)] < value[size_t(b)] : value[size_t(b)] < value[size_t(a)];
        });
        return out;
    }
    if (s.sortOrder == Qt::AscendingOrder)
        std::stable_sort(out.begin(), out.end(), [&](int a, int b) {
            return TasksModel::lessThan(*rows[size_t(a)], *rows[size_t(b)], column);
        });
    else
        std::stable_sort(out.begin(), out.end(), [&](int a, int b) {
            return TasksModel::lessThan(*rows[size_t(b)], *rows[size_t(a)], column);
        });
    return out;
}

std::vector<int> TaskFilterProxyModel::order(const std::vector<const TaskRow *> &rows, const Settings &s,
                                             const SnapshotTableModel<TaskRow>::OrderChanges &changes)
{
    // Usage changes beside the rows, without a plan: sorted by it, the whole order is computed.
    if (!changes.previous || TasksModel::isUsageColumn(s.sortColumn))
        return order(rows, s);
    const std::vector<int> &oldToFinal = *changes.oldToFinal;
    const std::vector<char> &dirty = *changes.dirty;
    std::vector<int> kept; // the unchanged rows shown before, in their order, as final rows
    kept.reserve(changes.previous->size());
    for (int old : *changes.previous) {
        if (old < 0 || size_t(old) >= oldToFinal.size())
            return order(rows, s); // not an order over the previous rows after all
        const int f = oldToFinal[size_t(old)];
        if (f >= 0 && !dirty[size_t(f)])
            kept.push_back(f);
    }
    std::vector<int> placed; // changed and new rows shown
    for (size_t f = 0; f < dirty.size(); ++f) {
        if (dirty[f] && accepts(*rows[f], s))
            placed.push_back(int(f));
    }
    if (placed.empty())
        return kept;
    // The order of the full sort: by the column, then by row (a stable sort over rows in model order).
    const int column = s.sortColumn;
    const bool ascending = s.sortOrder == Qt::AscendingOrder;
    const auto before = [&](int a, int b) {
        if (column >= 0) {
            const TaskRow &x = *rows[size_t(a)];
            const TaskRow &y = *rows[size_t(b)];
            if (ascending ? TasksModel::lessThan(x, y, column) : TasksModel::lessThan(y, x, column))
                return true;
            if (ascending ? TasksModel::lessThan(y, x, column) : TasksModel::lessThan(x, y, column))
                return false;
        }
        return a < b;
    };
    std::sort(placed.begin(), placed.end(), before);
    std::vector<int> out;
    out.reserve(kept.size() + placed.size());
    auto from = kept.begin();
    for (int row : placed) {
        const auto at = std::upper_bound(from, kept.end(), row, before);
        out.insert(out.end(), from, at);
        out.push_back(row);
        from = at;
    }
    out.insert(out.end(), from, kept.end());
    return out;
}

void TaskFilterProxyModel::settingsChanged()
{
    ++m_version;
    registerOrder();
    beginBatch();
    endBatch();
}

void TaskFilterProxyModel::registerOrder()
{
    if (!m_tasks)
        return;
    m_tasks->setViewOrder(this, m_version,
                          [settings = m_settings](const std::vector<const TaskRow *> &rows,
                                                  const TasksModel::OrderChanges &changes) {
                              return order(rows, settings, changes);
                          });
}

void TaskFilterProxyModel::beginBatch()
{
    if (m_batchDepth++ > 0)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    m_savedProxy = persistentIndexList();
    m_savedSource.clear();
    m_savedSource.reserve(size_t(m_savedProxy.size()));
    for (const QModelIndex &index : std::as_const(m_savedProxy))
        m_savedSource.emplace_back(mapToSource(index));
    m_inBatch = true;
}

void TaskFilterProxyModel::endBatch(bool fromPlan)
{
    if (m_batchDepth == 0 || --m_batchDepth > 0)
        return;
    rebuild(fromPlan);
    m_inBatch = false;
    QModelIndexList to;
    to.reserve(m_savedProxy.size());
    for (qsizetype i = 0; i < m_savedProxy.size(); ++i) {
        const QPersistentModelIndex &source = m_savedSource[size_t(i)];
        const int row = source.isValid() && size_t(source.row()) < m_sourceToProxy.size()
            ? m_sourceToProxy[size_t(source.row())]
            : -1;
        to.append(row >= 0 ? createIndex(row, m_savedProxy[i].column()) : QModelIndex());
    }
    changePersistentIndexList(m_savedProxy, to);
    m_savedProxy.clear();
    m_savedSource.clear();
    Q_EMIT layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    if (std::exchange(m_batchDataChanged, false) && rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void TaskFilterProxyModel::rebuild(bool fromPlan)
{
    if (m_tasks && m_settings.usage != m_tasks->usage()) {
        m_settings.usage = m_tasks->usage(); // new usage: the plans' orders sort by it too
        registerOrder();
    }
    const QAbstractItemModel *source = sourceModel();
    const int sourceRows = source ? source->rowCount() : 0;
    bool done = false;
    if (fromPlan && m_tasks) {
        if (auto precomputed = m_tasks->takeViewOrder(this, m_version)) {
            done = std::all_of(precomputed->begin(), precomputed->end(),
                               [sourceRows](int r) { return r >= 0 && r < sourceRows; });
            if (done)
                m_proxyToSource = std::move(*precomputed);
        }
    }
    if (!done && m_tasks) {
        std::vector<const TaskRow *> rows(static_cast<size_t>(sourceRows));
        for (int r = 0; r < sourceRows; ++r)
            rows[size_t(r)] = &m_tasks->row(r);
        m_proxyToSource = order(rows, m_settings);
    } else if (!done) { // another model: its rows as they are
        m_proxyToSource.resize(size_t(sourceRows));
        for (int r = 0; r < sourceRows; ++r)
            m_proxyToSource[size_t(r)] = r;
    }
    m_sourceToProxy.assign(size_t(sourceRows), -1);
    for (size_t p = 0; p < m_proxyToSource.size(); ++p)
        m_sourceToProxy[size_t(m_proxyToSource[p])] = int(p);
    if (m_tasks) // the next plan moves only the rows that change
        m_tasks->setViewOrderBase(this, m_version, std::make_shared<const std::vector<int>>(m_proxyToSource));
}

void TaskFilterProxyModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (m_batchDepth > 0) {
        m_batchDataChanged = true;
        return;
    }
    const Settings &s = m_settings;
    const bool filtered
        = !s.app.isEmpty() || !s.agent.isEmpty() || s.states != StateFilter::All || !s.text.isEmpty();
    const bool sorted = s.sortColumn >= topLeft.column() && s.sortColumn <= bottomRight.column();
    // New usage figures (every sampler round) change no filter's answer: no new order unless sorted by them.
    const bool usageOnly
        = TasksModel::isUsageColumn(topLeft.column()) && TasksModel::isUsageColumn(bottomRight.column());
    if ((filtered && !usageOnly) || sorted) {
        beginBatch();
        m_batchDataChanged = true;
        endBatch();
        return;
    }
    int first = -1;
    int last = -1;
    for (int r = topLeft.row(); r <= bottomRight.row() && size_t(r) < m_sourceToProxy.size(); ++r) {
        const int p = m_sourceToProxy[size_t(r)];
        if (p < 0)
            continue;
        first = first < 0 ? p : std::min(first, p);
        last = std::max(last, p);
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()));
}

QModelIndex TaskFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex TaskFilterProxyModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex TaskFilterProxyModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int TaskFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_proxyToSource.size());
}

int TaskFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool TaskFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QModelIndex TaskFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || m_inBatch || !sourceModel() || proxyIndex.model() != this
        || size_t(proxyIndex.row()) >= m_proxyToSource.size())
        return {};
    const int source = m_proxyToSource[size_t(proxyIndex.row())];
    // The two maps are one order read both ways.
    Q_ASSERT(source >= 0 && size_t(source) < m_sourceToProxy.size()
             && m_sourceToProxy[size_t(source)] == proxyIndex.row());
    return sourceModel()->index(source, proxyIndex.column());
}

QModelIndex TaskFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || m_inBatch || size_t(sourceIndex.row()) >= m_sourceToProxy.size())
        return {};
    const int row = m_sourceToProxy[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QVariant TaskFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        return sourceModel() ? sourceModel()->headerData(section, orientation, role) : QVariant();
    return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
}

} // namespace mc::models
