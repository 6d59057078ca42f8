#pragma once

#include <algorithm>
#include <compare>
#include <cstddef>
#include <iterator>
#include <memory>
#include <vector>

namespace mc {

// A list of items shared one by one (the tasks of a cluster). Copying the list
// copies pointers, not items, and an item that did not change is the same
// object in every list that holds it: a stream that changes a hundred of
// 100,000 tasks builds its next list without copying the others, and a diff
// tells an unchanged task by its address (ptr(i) in two lists). Reads like a
// const std::vector<T>.
template<typename T> class SharedList
{
public:
    using Ptr = std::shared_ptr<const T>;

    class const_iterator
    {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = T;
        using difference_type = std::ptrdiff_t;
        using pointer = const T *;
        using reference = const T &;

        const_iterator() = default;
        explicit const_iterator(typename std::vector<Ptr>::const_iterator it)
            : m_it(it)
        { }
        reference operator*() const { return **m_it; }
        pointer operator->() const { return m_it->get(); }
        reference operator[](difference_type n) const { return *m_it[n]; }
        const_iterator &operator++()
        {
            ++m_it;
            return *this;
        }
        const_iterator operator++(int) { return const_iterator(m_it++); }
        const_iterator &operator--()
        {
            --m_it;
            return *this;
        }
        const_iterator operator--(int) { return const_iterator(m_it--); }
        const_iterator &operator+=(difference_type n)
        {
            m_it += n;
            return *this;
        }
        const_iterator &operator-=(difference_type n)
        {
            m_it -= n;
            return *this;
        }
        friend const_iterator operator+(const_iterator it, difference_type n) { return it += n; }
        friend const_iterator operator+(difference_type n, const_iterator it) { return it += n; }
        friend const_iterator operator-(const_iterator it, difference_type n) { return it -= n; }
        friend difference_type operator-(const const_iterator &a, const const_iterator &b) { return a.m_it - b.m_it; }
        friend bool operator==(const const_iterator &a, const const_iterator &b) = default;
        friend auto operator<=>(const const_iterator &a, const const_iterator &b) = default;

    private:
        typename std::vector<Ptr>::const_iterator m_it;
    };
    using iterator = const_iterator;
    using value_type = T;
    using size_type = std::size_t;

    SharedList() = default;
    // Takes the items over in one block that every item's pointer shares (one
    // allocation for a whole state, not one per task).
    explicit SharedList(std::vector<T> items)
    {
        const auto block = std::make_shared<const std::vector<T>>(std::move(items));
        m_items.reserve(block->size());
        for (const T &item : *block)
            m_items.emplace_back(block, &item);
    }

    [[nodiscard]] size_type size() const { return m_items.size(); }
    [[nodiscard]] bool empty() const { return m_items.empty(); }
    const T &operator[](size_type i) const { return *m_items[i]; }
    [[nodiscard]] const T &at(size_type i) const { return *m_items.at(i); }
    [[nodiscard]] const T &front() const { return *m_items.front(); }
    [[nodiscard]] const T &back() const { return *m_items.back(); }
    [[nodiscard]] const_iterator begin() const { return const_iterator(m_items.begin()); }
    [[nodiscard]] const_iterator end() const { return const_iterator(m_items.end()); }
    [[nodiscard]] const_iterator cbegin() const { return begin(); }
    [[nodiscard]] const_iterator cend() const { return end(); }
    // The shared item at `i`: the same pointer in two lists means the same, unchanged item.
    [[nodiscard]] const Ptr &ptr(size_type i) const { return m_items[i]; }

    void reserve(size_type n) { m_items.reserve(n); }
    void push_back(Ptr item) { m_items.push_back(std::move(item)); }
    void push_back(T item) { m_items.push_back(std::make_shared<const T>(std::move(item))); }
    void set(size_type i, Ptr item) { m_items[i] = std::move(item); }
    void set(size_type i, T item) { m_items[i] = std::make_shared<const T>(std::move(item)); }
    void pop_back() { m_items.pop_back(); }
    void clear() { m_items.clear(); }

    // Same items in the same order (by value).
    friend bool operator==(const SharedList &a, const SharedList &b)
    {
        return std::equal(a.m_items.begin(), a.m_items.end(), b.m_items.begin(), b.m_items.end(),
                          [](const Ptr &x, const Ptr &y) { return x == y || *x == *y; });
    }

private:
    std::vector<Ptr> m_items;
};

} // namespace mc
