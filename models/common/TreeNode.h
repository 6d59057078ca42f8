#pragma once

#include <cstddef>

namespace mc::models {

// The row of `node` among its parent's children, 0 for the root: for the nodes of a tree
// model that keep a `parent` pointer and their `children` as unique_ptrs in a vector.
template<typename Node> int rowInParent(const Node &node)
{
    if (!node.parent)
        return 0;
    const auto &siblings = node.parent->children;
    for (std::size_t i = 0; i < siblings.size(); ++i) {
        if (siblings[i].get() == &node)
            return int(i);
    }
    return 0;
}

} // namespace mc::models
