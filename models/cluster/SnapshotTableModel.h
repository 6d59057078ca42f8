#pragma once

#include "models/cluster/SnapshotModelBase.h"

#include <QHash>
#include <QString>

#include <concepts>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace mc::models {

// Custom roles every cluster model answers.
enum ClusterRole {
    RawValueRole = Qt::UserRole + 1, // number/date/bool behind the display text: sort by this
    IdRole, // the row's stable id (agent id, task id, app id...)
    FractionRole, // used/total in [0,1] for resource columns (bars)
    StateRole, // a state enum value as int (task state, connection)
};

// Whether two rows are known to have the same id without reading the ids: a
// row type whose rows point at their source (TaskRow) says so with a
// `sameSource(a, b)` found by argument-dependent lookup. At 100,000 rows the ids
// live in as many objects spread over the heap, and reading each one's id per
// plan was a cache miss per row (a tenth of the console's CPU at churn 100).
template<typename Row> bool knownSameId(const Row &a, const Row &b)
{
    if (&a == &b) // one object in both lists (a SharedList's unchanged item)
        return true;
    if constexpr (requires { { sameSource(a, b) } -> std::convertible_to<bool>; })
        return sameSource(a, b);
    else
        return false;
}

// Which rows change when the list moves from one snapshot to the next, by
// stable id. Pure data: computed on any thread, applied on the GUI thread.
// `Items` is the list type the rows come in: a std::vector, or a SharedList whose
// unchanged items are the same objects from one list to the next.
template<typename Row, typename Items = std::vector<Row>> struct DiffPlan
{
    using List = std::shared_ptr<const Items>;
    List next;
    std::vector<std::pair<int, int>> removed; // old rows [first, last], last range first
    std::vector<int> order; // final row -> index into *next (kept rows first, in their old order)
    int kept = 0;
    struct Change
    {
        int first = 0; // final rows [first, last] ...
        int last = 0;
        quint64 columns = ~quint64(0); // ... whose data changed in these columns (bit per column)
    };
    std::vector<Change> changed;
    quint64 base = 0; // the model generation the plan was computed against
    // Row orders views asked for (see SnapshotTableModel::setViewOrder), over the final rows.
    struct ViewOrder
    {
        const void *key = nullptr;
        quint64 version = 0;
        std::vector<int> rows;
    };
    std::vector<ViewOrder> viewOrders;
};

// A table over a list of immutable rows that updates by diff: rows keep their
// order, new ones are appended, removed ones disappear, changed ones emit
// dataChanged. Never a reset on refresh, so selection, sort (in a proxy) and
// scroll position survive.
template<typename Row, typename Items = std::vector<Row>> class SnapshotTableModel : public SnapshotModelBase
{
public:
    using List = std::shared_ptr<const Items>;
    using Plan = DiffPlan<Row, Items>;
    using IdOf = const QString &(*)(const Row &);
    // Which columns differ between two versions of a row (bit per column); none given: all.
    using ChangedColumns = quint64 (*)(const Row &, const Row &);

    explicit SnapshotTableModel(IdOf idOf, QObject *parent = nullptr, ChangedColumns changedColumns = nullptr)
        : SnapshotModelBase(parent)
        , m_idOf(idOf)
        , m_changedColumns(changedColumns)
        , m_items(std::make_shared<const Items>())
    { }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    [[nodiscard]] const Row &row(int r) const
    {
        Q_ASSERT(r >= 0 && size_t(r) < m_rows.size()); // a view's index of these rows, not of an older list
        return *m_rows[size_t(r)];
    }
    [[nodiscard]] int rowOf(const QString &id) const
    {
        for (size_t r = 0; r < m_rows.size(); ++r) {
            if (m_idOf(*m_rows[r]) == id)
                return int(r);
        }
        return -1;
    }
    [[nodiscard]] quint64 generation() const { return m_generation; }

    // What changed since the order a view had over the previous rows (see
    // setViewOrderBase), so that it can move only the rows that changed:
    // `previous` is null when there is no usable previous order.
    struct OrderChanges
    {
        const std::vector<int> *previous = nullptr; // the view's order over the old rows
        const std::vector<int> *oldToFinal = nullptr; // old row -> final row, -1: removed
        const std::vector<char> *dirty = nullptr; // final row -> its data changed, or it is new
    };
    // A view's row order over the model's rows (a sorting, filtering proxy):
    // the model rows it shows, in the order it shows them. Runs on the thread
    // that computes a plan, so it must only read the rows and its own captures.
    using OrderFunction
        = std::function<std::vector<int>(const std::vector<const Row *> &rows, const OrderChanges &changes)>;
    struct ViewOrderRequest
    {
        const void *key = nullptr;
        quint64 version = 0;
        OrderFunction order;
        std::shared_ptr<const std::vector<int>> previous; // the order the view shows now ...
        quint64 previousGeneration = ~quint64(0); // ... over the rows of this generation
    };
    // Registers (or with an empty function removes) the order `key` wants
    // computed along with each plan; `version` tells a stale one from a fresh one.
    void setViewOrder(const void *key, quint64 version, OrderFunction order)
    {
        std::erase_if(m_views, [key](const ViewOrderRequest &v) { return v.key == key; });
        if (order)
            m_views.push_back({ key, version, std::move(order), {}, ~quint64(0) });
    }
    // Tells the order `key` shows now (at `version`) over the current rows: the
    // next plan moves only the rows that change in it.
    void setViewOrderBase(const void *key, quint64 version, std::shared_ptr<const std::vector<int>> order)
    {
        for (auto &v : m_views) {
            if (v.key == key && v.version == version) {
                v.previous = std::move(order);
                v.previousGeneration = m_generation;
            }
        }
    }
    // During applyFinished: the order computed with the plan for `key` at `version`, if any.
    [[nodiscard]] std::optional<std::vector<int>> takeViewOrder(const void *key, quint64 version)
    {
        for (auto &v : m_viewOrders) {
            if (v.key == key && v.version == version && v.rows.size() <= m_rows.size())
                return std::move(v.rows);
        }
        return std::nullopt;
    }

    // Thread-safe snapshot of what a plan needs (cheap: shares the list).
    struct Base
    {
        List items; // keeps the rows alive
        std::vector<const Row *> rows;
        std::vector<int> listIndex; // row -> its index in *items
        quint64 generation = 0;
        std::vector<ViewOrderRequest> views;
    };
    [[nodiscard]] Base base() const { return { m_items, m_rows, m_listIndex, m_generation, m_views }; }

    [[nodiscard]] static Plan makePlan(const Base &base, List next, IdOf idOf,
                                       ChangedColumns changedColumns = nullptr)
    {
        Plan plan;
        plan.base = base.generation;
        plan.next = next;
        const Items &now = *next;
        // Rows are first looked for where they were in the previous list: lists
        // keep their order (new items at the end, a removed one replaced by the
        // last), so at 100,000 rows only the few that moved are hashed. Ids are
        // unique in the lists the watcher publishes (the stream and the parsers
        // drop repeats); a repeated one would show twice, nothing worse.
        std::vector<int> match(base.rows.size(), -1); // old row -> index into now
        std::vector<char> used(now.size(), 0);
        size_t matched = 0;
        for (size_t r = 0; r < base.rows.size() && r < base.listIndex.size(); ++r) {
            const size_t hint = size_t(base.listIndex[r]);
            if (hint < now.size() && !used[hint]
                && (knownSameId(now[hint], *base.rows[r]) || idOf(now[hint]) == idOf(*base.rows[r]))) {
                match[r] = int(hint);
                used[hint] = 1;
                ++matched;
            }
        }
        QHash<QString, int> index; // the items not found in place, by id
        if (matched < base.rows.size() || matched < now.size()) {
            for (size_t i = 0; i < now.size(); ++i) {
                if (!used[i])
                    index.insert(idOf(now[i]), int(i));
            }
        }
        plan.order.reserve(now.size());
        int lastRemoved = -2;
        for (size_t r = 0; r < base.rows.size(); ++r) {
            const Row &old = *base.rows[r];
            if (match[r] < 0) {
                const auto it = index.constFind(idOf(old));
                if (it != index.cend() && !used[size_t(*it)]) {
                    match[r] = *it;
                    used[size_t(*it)] = 1;
                }
            }
            if (match[r] < 0) {
                if (lastRemoved == int(r) - 1 && !plan.removed.empty())
                    plan.removed.back().second = int(r);
                else
                    plan.removed.push_back({ int(r), int(r) });
                lastRemoved = int(r);
                continue;
            }
            const int finalRow = int(plan.order.size());
            plan.order.push_back(match[r]);
            const Row &fresh = now[size_t(match[r])];
            if (&fresh != &old && !(fresh == old)) {
                const quint64 columns = changedColumns ? changedColumns(old, fresh) : ~quint64(0);
                if (!plan.changed.empty() && plan.changed.back().last == finalRow - 1
                    && plan.changed.back().columns == columns)
                    plan.changed.back().last = finalRow;
                else
                    plan.changed.push_back({ finalRow, finalRow, columns });
            }
        }
        plan.kept = int(plan.order.size());
        for (size_t i = 0; i < now.size(); ++i) {
            if (!used[i] && index.value(idOf(now[i])) == int(i))
                plan.order.push_back(int(i));
        }
        std::reverse(plan.removed.begin(), plan.removed.end());
        if (!base.views.empty()) {
            std::vector<const Row *> finalRows(plan.order.size());
            for (size_t r = 0; r < plan.order.size(); ++r)
                finalRows[r] = &now[size_t(plan.order[r])];
            std::vector<int> oldToFinal;
            std::vector<char> dirty;
            bool prepared = false;
            for (const ViewOrderRequest &view : base.views) {
                OrderChanges changes;
                if (view.previous && view.previousGeneration == base.generation) {
                    if (!std::exchange(prepared, true)) {
                        oldToFinal.assign(base.rows.size(), -1);
                        for (int r = 0, f = 0; r < int(base.rows.size()); ++r) {
                            if (match[size_t(r)] >= 0)
                                oldToFinal[size_t(r)] = f++;
                        }
                        dirty.assign(finalRows.size(), 0);
                        for (const auto &change : plan.changed)
                            std::fill(dirty.begin() + change.first, dirty.begin() + change.last + 1, 1);
                        std::fill(dirty.begin() + plan.kept, dirty.end(), 1);
                    }
                    changes = { view.previous.get(), &oldToFinal, &dirty };
                }
                plan.viewOrders.push_back({ view.key, view.version, view.order(finalRows, changes) });
            }
        }
        return plan;
    }

    List setItems(List next)
    {
        return applyPlan(makePlan(base(), std::move(next), m_idOf, m_changedColumns));
    }

    // Applies a plan; one computed against an older state is recomputed here.
    // Rows switch to the new data range by range, each announced by its own
    // dataChanged, so a sorting proxy always sees consistent data. Returns the
    // previous list: freeing 100k rows takes longer than a frame, so callers
    // may release it on another thread.
    List applyPlan(Plan plan)
    {
        if (plan.base != m_generation)
            plan = makePlan(base(), plan.next, m_idOf, m_changedColumns);
        Q_ASSERT(plan.base == m_generation && plan.kept <= int(plan.order.size()));
        const bool announced
            = !plan.removed.empty() || !plan.changed.empty() || int(plan.order.size()) > plan.kept;
        m_viewOrders = std::move(plan.viewOrders);
        if (announced)
            Q_EMIT applyStarting();
        for (const auto &[first, last] : plan.removed) {
            beginRemoveRows({}, first, last);
            m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
            m_listIndex.erase(m_listIndex.begin() + first, m_listIndex.begin() + last + 1);
            endRemoveRows();
        }
        // The removed ranges came last first: what is left is exactly the kept rows, in order.
        Q_ASSERT(m_rows.size() == size_t(plan.kept) && m_listIndex.size() == m_rows.size());
        List previous
            = std::exchange(m_items, plan.next); // alive until the rows point into the new list
        const Items &next = *plan.next;
        for (int r = 0; r < plan.kept; ++r)
            m_listIndex[size_t(r)] = plan.order[size_t(r)];
        if (plan.changed.size() > kMergeChangesAbove) {
            // Many scattered changes: switch every row, then announce one span per
            // changed column. A sorting proxy then re-sorts once instead of once per row.
            typename Plan::Change all { plan.changed.front().first, plan.changed.back().last, 0 };
            for (const auto &change : plan.changed)
                all.columns |= change.columns;
            for (int r = 0; r < plan.kept; ++r)
                m_rows[size_t(r)] = &next[size_t(plan.order[size_t(r)])];
            announce(all);
        } else {
            size_t pending = 0; // next changed range
            for (int r = 0; r < plan.kept; ++r) {
                if (pending < plan.changed.size() && r == plan.changed[pending].first) {
                    const auto change = plan.changed[pending++];
                    for (int c = change.first; c <= change.last; ++c)
                        m_rows[size_t(c)] = &next[size_t(plan.order[size_t(c)])];
                    announce(change);
                    r = change.last;
                    continue;
                }
                m_rows[size_t(r)] = &next[size_t(plan.order[size_t(r)])]; // same data, no signal
            }
        }
        if (int(plan.order.size()) > plan.kept) {
            beginInsertRows({}, plan.kept, int(plan.order.size()) - 1);
            m_rows.reserve(plan.order.size());
            m_listIndex.reserve(plan.order.size());
            for (size_t r = size_t(plan.kept); r < plan.order.size(); ++r) {
                m_rows.push_back(&next[size_t(plan.order[r])]);
                m_listIndex.push_back(plan.order[r]);
            }
            endInsertRows();
        }
        Q_ASSERT(m_rows.size() == plan.order.size());
        ++m_generation;
        if (!announced) { // the same rows: the views' orders still hold
            for (auto &v : m_views) {
                if (v.previousGeneration == m_generation - 1)
                    v.previousGeneration = m_generation;
            }
        }
        if (announced)
            Q_EMIT applyFinished();
        m_viewOrders.clear();
        return previous;
    }

    [[nodiscard]] IdOf idFunction() const { return m_idOf; }
    [[nodiscard]] ChangedColumns changedColumnsFunction() const { return m_changedColumns; }

private:
    static constexpr size_t kMergeChangesAbove = 32;

    // One dataChanged per run of changed columns: a proxy sorted by a column
    // that did not change has nothing to re-sort.
    void announce(const typename Plan::Change &change)
    {
        Q_ASSERT(change.first <= change.last && size_t(change.last) < m_rows.size());
        const int columns = columnCount();
        int c = 0;
        while (c < columns) {
            if (!(change.columns & (quint64(1) << c))) {
                ++c;
                continue;
            }
            int end = c;
            while (end + 1 < columns && (change.columns & (quint64(1) << (end + 1))))
                ++end;
            Q_EMIT dataChanged(index(change.first, c), index(change.last, end));
            c = end + 1;
        }
    }

    IdOf m_idOf;
    ChangedColumns m_changedColumns;
    List m_items;
    std::vector<const Row *> m_rows; // into *m_items
    std::vector<int> m_listIndex; // row -> index into *m_items, where the next plan looks first
    std::vector<ViewOrderRequest> m_views;
    std::vector<typename Plan::ViewOrder> m_viewOrders; // while a plan is applied

    quint64 m_generation = 0;
};

} // namespace mc::models
