#pragma once

#include <algorithm>
#include <atomic>
#include <compare>
#include <cstddef>
#include <iterator>
#include <memory>
#include <stdexcept>
#include <vector>

namespace mc {

// A list of items shared one by one (the tasks of a cluster). Copying the list
// copies pointers, not items, and an item that did not change is the same
// object in every list that holds it: a stream that changes a hundred of
// 100,000 tasks builds its next list without copying the others, and a diff
// tells an unchanged task by its address (ptr(i) in two lists). Reads like a
// const std::vector<T>.
//
// The pointers are kept in chunks of kChunk, themselves shared between copies
// and copied only when one copy writes into them. A copy of the list is then a
// copy of its chunk table: at 100,000 tasks and a copy per applied batch, copying
// (and later freeing) every item's pointer was 200,000 atomic reference counts per
// batch, all on the one control block of the state the items came in.
template<typename T> class SharedList
{
public:
    using Ptr = std::shared_ptr<const T>;
    static constexpr std::size_t kChunk = 64;

    class const_iterator
    {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = T;
        using difference_type = std::ptrdiff_t;
        using pointer = const T *;
        using reference = const T &;

        const_iterator() = default;
        const_iterator(const SharedList *list, std::size_t index)
            : m_list(list)
            , m_index(difference_type(index))
        { }
        reference operator*() const { return (*m_list)[std::size_t(m_index)]; }
        pointer operator->() const { return &**this; }
        reference operator[](difference_type n) const { return (*m_list)[std::size_t(m_index + n)]; }
        const_iterator &operator++()
        {
            ++m_index;
            return *this;
        }
        const_iterator operator++(int) { return { m_list, std::size_t(m_index++) }; }
        const_iterator &operator--()
        {
            --m_index;
            return *this;
        }
        const_iterator operator--(int) { return { m_list, std::size_t(m_index--) }; }
        const_iterator &operator+=(difference_type n)
        {
            m_index += n;
            return *this;
        }
        const_iterator &operator-=(difference_type n)
        {
            m_index -= n;
            return *this;
        }
        friend const_iterator operator+(const_iterator it, difference_type n) { return it += n; }
        friend const_iterator operator+(difference_type n, const_iterator it) { return it += n; }
        friend const_iterator operator-(const_iterator it, difference_type n) { return it -= n; }
        friend difference_type operator-(const const_iterator &a, const const_iterator &b)
        {
            return a.m_index - b.m_index;
        }
        friend bool operator==(const const_iterator &a, const const_iterator &b) = default;
        friend auto operator<=>(const const_iterator &a, const const_iterator &b) = default;

    private:
        const SharedList *m_list = nullptr;
        difference_type m_index = 0;
    };
    using iterator = const_iterator;
    using value_type = T;
    using size_type = std::size_t;

    SharedList() = default;
    // Takes the items over in one block that every item's pointer shares (one
    // allocation for a whole state, not one per task).
    explicit SharedList(std::vector<T> items)
    {
        const auto block = std::make_shared<std::vector<T>>(std::move(items));
        reserve(block->size());
        for (const T &item : *block)
            push_back(Ptr(block, &item));
    }

    [[nodiscard]] size_type size() const { return m_size; }
    [[nodiscard]] bool empty() const { return m_size == 0; }
    const T &operator[](size_type i) const { return *ptr(i); }
    [[nodiscard]] const T &at(size_type i) const
    {
        if (i >= m_size)
            throw std::out_of_range("SharedList::at");
        return (*this)[i];
    }
    [[nodiscard]] const T &front() const { return (*this)[0]; }
    [[nodiscard]] const T &back() const { return (*this)[m_size - 1]; }
    [[nodiscard]] const_iterator begin() const { return { this, 0 }; }
    [[nodiscard]] const_iterator end() const { return { this, m_size }; }
    [[nodiscard]] const_iterator cbegin() const { return begin(); }
    [[nodiscard]] const_iterator cend() const { return end(); }
    // The shared item at `i`: the same pointer in two lists means the same, unchanged item.
    [[nodiscard]] const Ptr &ptr(size_type i) const { return (*m_chunks[i / kChunk])[i % kChunk]; }
    // Whether the kChunk items from `first` (a multiple of kChunk) are the very same in
    // `other`: a diff skips them without looking at each.
    [[nodiscard]] bool sharesChunkWith(const SharedList &other, size_type first) const
    {
        const size_type c = first / kChunk;
        return c < m_chunks.size() && c < other.m_chunks.size() && m_chunks[c] == other.m_chunks[c];
    }

    void reserve(size_type n) { m_chunks.reserve((n + kChunk - 1) / kChunk); }
    void push_back(Ptr item)
    {
        if (m_size % kChunk == 0) {
            auto chunk = std::make_shared<Chunk>();
            chunk->reserve(kChunk);
            m_chunks.push_back(std::move(chunk));
        }
        writable(m_chunks.size() - 1).push_back(std::move(item));
        ++m_size;
    }
    void push_back(T item) { push_back(std::make_shared<T>(std::move(item))); }
    void set(size_type i, Ptr item) { writable(i / kChunk)[i % kChunk] = std::move(item); }
    void set(size_type i, T item) { set(i, std::make_shared<T>(std::move(item))); }
    // Item `i` to change in place: a copy of it first when another list (on any
    // thread) holds it too, so what they hold never changes under them. Every
    // item is created non-const (here, by push_back, set and the block), which is
    // what makes writing through the pointer legitimate.
    T &edit(size_type i)
    {
        Ptr &item = writable(i / kChunk)[i % kChunk];
        if (item.use_count() != 1)
            item = std::make_shared<T>(*item);
        else
            std::atomic_thread_fence(std::memory_order_acquire);
        return const_cast<T &>(*item); // NOLINT(cppcoreguidelines-pro-type-const-cast): see above
    }
    // Removes item `i`, keeping the order of the others (O(size): for rare removals).
    void erase(size_type i)
    {
        for (size_type k = i; k + 1 < m_size; ++k)
            set(k, Ptr(ptr(k + 1)));
        pop_back();
    }
    void pop_back()
    {
        Chunk &last = writable(m_chunks.size() - 1);
        last.pop_back();
        if (last.empty())
            m_chunks.pop_back();
        --m_size;
    }
    void clear()
    {
        m_chunks.clear();
        m_size = 0;
    }

    // Same items in the same order (by value).
    friend bool operator==(const SharedList &a, const SharedList &b)
    {
        if (a.m_size != b.m_size)
            return false;
        for (size_type i = 0; i < a.m_size; ++i) {
            const Ptr &x = a.ptr(i);
            const Ptr &y = b.ptr(i);
            if (x != y && !(*x == *y))
                return false;
        }
        return true;
    }

private:
    using Chunk = std::vector<Ptr>;

    // Chunk `c`, made this list's own before it is written: a chunk another copy
    // (on any thread) still holds is copied first.
    Chunk &writable(size_type c)
    {
        std::shared_ptr<Chunk> &chunk = m_chunks[c];
        if (chunk.use_count() != 1) {
            auto own = std::make_shared<Chunk>();
            own->reserve(kChunk);
            own->assign(chunk->begin(), chunk->end());
            chunk = std::move(own);
        } else {
            // The last other holder's reads happened before its release of the chunk.
            std::atomic_thread_fence(std::memory_order_acquire);
        }
        return *chunk;
    }

    std::vector<std::shared_ptr<Chunk>> m_chunks; // every chunk full but the last
    size_type m_size = 0;
};

} // namespace mc
