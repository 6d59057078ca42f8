#pragma once

#include "core/util/SharedList.h"

#include <QHash>
#include <QString>

#include <utility>
#include <vector>

namespace mc {

// Helpers for a vector of items with a QString `id` and an id -> position
// index next to it (the event appliers' lists: O(1) find, add and remove).

template<typename List> void reindex(const List &items, QHash<QString, int> &index)
{
    index.clear();
    index.reserve(qsizetype(items.size()));
    for (size_t i = 0; i < items.size(); ++i)
        index.insert(items[i].id, int(i));
}

// Removes items[position] by moving the last item into its place (order is not kept).
template<typename T> void swapRemove(std::vector<T> &items, QHash<QString, int> &index, int position)
{
    index.remove(items[size_t(position)].id);
    const int last = int(items.size()) - 1;
    if (position != last) {
        items[size_t(position)] = std::move(items[size_t(last)]);
        index.insert(items[size_t(position)].id, position);
    }
    items.pop_back();
}

template<typename T> void swapRemove(SharedList<T> &items, QHash<QString, int> &index, int position)
{
    index.remove(items[size_t(position)].id);
    const int last = int(items.size()) - 1;
    if (position != last) {
        items.set(size_t(position), items.ptr(size_t(last)));
        index.insert(items[size_t(position)].id, position);
    }
    items.pop_back();
}

} // namespace mc
