#pragma once

#include <QString>

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <bit>
#include <climits>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// What the simdjson on-demand readers of the big bodies (MesosParser, MarathonParser)
// share: strings and keys straight from the body, and one QString per repeated value.
namespace mc::ondemand {

inline QString qstr(std::string_view view)
{
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

// The first '"' or '\\' at or after p, where a closing quote is sure to come. It reads up to
// 15 bytes past it: simdjson's documents have SIMDJSON_PADDING bytes after their end.
inline const char *quoteOrBackslash(const char *p)
{
#if defined(__SSE2__)
    for (;; p += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const int hits = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('"')),
                                                        _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\\'))));
        if (hits != 0)
            return p + std::countr_zero(unsigned(hits));
    }
#else
    while (*p != '"' && *p != '\\')
        ++p;
    return p;
#endif
}

// The characters of a JSON string straight from the body when it has no escapes
// (nearly always). simdjson's get_string()/unescaped_key() copy every string
// into a buffer that grows for the whole document: about 100 MB more at the
// peak for a 150 MB state. Only strings with escapes still go that way.
inline std::string_view stringOf(simdjson::ondemand::value &value)
{
    const char *begin = value.raw_json_token().data() + 1; // `"...`, does not consume the value
    const char *p = quoteOrBackslash(begin);
    if (*p == '"')
        return { begin, size_t(p - begin) };
    return value.get_string();
}

inline std::string_view keyOf(simdjson::ondemand::field &field)
{
    // Stage 1 validated the document, so the key's closing quote is there.
    const char *begin = field.key().raw();
    const char *p = quoteOrBackslash(begin);
    if (*p == '"')
        return { begin, size_t(p - begin) };
    return field.unescaped_key();
}

// Where JSON containers end, by their brackets and strings alone (stage 1 of the parse that
// follows checks the rest). It cuts a 100 MB state into runs of tasks before simdjson reads
// them, so it scans 64 bytes at a time, as simdjson's first stage does: masks of the quotes
// and brackets, the strings found by a prefix XOR of the quotes, the brackets counted; only
// a block where the depth may fall to its mark or pass its limit, or one with a backslash, is
// read byte by byte. It can stop at the end of a piece and go on with the next.
struct BracketScan
{
    int depth = 0; // containers open
    bool inString = false;
    bool escaped = false; // the next byte follows a backslash in a string
    bool tooDeep = false;

    // Scans [p, end) until `depth` falls to `until`: past the byte that closed it. nullptr when
    // the bytes end first. A container opened past `maxDepth` sets tooDeep and returns where.
    const char *scan(const char *p, const char *end, int until = 0, int maxDepth = INT_MAX)
    {
#if defined(__SSE2__) // in every x86-64
        for (; end - p >= 64; p += 64) {
            quint64 quotes = 0;
            quint64 opens = 0;
            quint64 closes = 0;
            __m128i backslashes = _mm_setzero_si128(); // only whether there is one
            for (int k = 0; k < 4; ++k) {
                const __m128i bytes
                    = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + std::ptrdiff_t(16) * k));
                const __m128i folded = _mm_andnot_si128(_mm_set1_epi8(0x20), bytes); // '{' -> '[', '}' -> ']'
                const auto bits
                    = [k](__m128i hits) { return quint64(unsigned(_mm_movemask_epi8(hits))) << (16 * k); };
                quotes |= bits(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('"')));
                backslashes = _mm_or_si128(backslashes, _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\\')));
                opens |= bits(_mm_cmpeq_epi8(folded, _mm_set1_epi8('[')));
                closes |= bits(_mm_cmpeq_epi8(folded, _mm_set1_epi8(']')));
            }
            if (_mm_movemask_epi8(backslashes) != 0 || escaped) {
                if (const char *stop = bytewise(p, p + 64, until, maxDepth))
                    return stop;
                continue;
            }
            quint64 strings = quotes; // set from an opening quote up to (not with) its closing one
            for (int shift = 1; shift < 64; shift *= 2)
                strings ^= strings << shift;
            if (inString)
                strings = ~strings;
            opens &= ~strings;
            closes &= ~strings;
            const int opening = bitCount(opens);
            const int closing = bitCount(closes);
            if (depth - closing <= until || depth + opening > maxDepth) { // either may happen here
                for (quint64 marks = opens | closes; marks != 0; marks &= marks - 1) {
                    const int i = std::countr_zero(marks);
                    if (((closes >> i) & 1) == 0) {
                        if (++depth > maxDepth) {
                            tooDeep = true;
                            return p + i;
                        }
                    } else if (--depth == until) {
                        inString = false; // a bracket outside strings
                        return p + i + 1;
                    }
                }
            } else {
                depth += opening - closing;
            }
            inString = (strings >> 63) != 0;
        }
#endif
        return bytewise(p, end, until, maxDepth);
    }

private:
    // std::popcount is a library call without -mpopcnt (x86-64's baseline has no POPCNT).
    static int bitCount(quint64 x)
    {
        x -= (x >> 1) & 0x5555555555555555ULL;
        x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
        x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fULL;
        return int((x * 0x0101010101010101ULL) >> 56);
    }

    const char *bytewise(const char *p, const char *end, int until, int maxDepth)
    {
        for (; p < end; ++p) {
            const char c = *p;
            if (escaped) {
                escaped = false;
            } else if (inString) {
                if (c == '\\')
                    escaped = true;
                else
                    inString = c != '"';
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > maxDepth) {
                    tooDeep = true;
                    return p;
                }
            } else if ((c == '}' || c == ']') && --depth == until) {
                return p + 1;
            }
        }
        return nullptr;
    }
};

// p at '{' or '[' of JSON that ends at `end`: past the matching '}' or ']', or nullptr when
// it does not close.
inline const char *containerEnd(const char *p, const char *end)
{
    BracketScan scan;
    return scan.scan(p, end);
}

// Host names, agent, framework and app ids, versions and states repeat on every
// task: one shared QString each. An open-addressing table (a lookup is one hash and,
// nearly always, one slot), since a 100,000-task state asks it about a million times.
// Sharing is all it does: a value it does not find within kMaxProbe slots (only a
// body made to collide gets there) is returned unshared, so no input makes a
// lookup cost more than kMaxProbe comparisons.
class Interner
{
public:
    static constexpr size_t kSites = 8;

    QString get(std::string_view view)
    {
        const size_t at = find(view);
        return at == kNone ? qstr(view) : m_slots[at].value;
    }

    // The same, for a place in a body's objects (`site` < kSites, the caller's numbering) where
    // the value tends to repeat the one before (the framework of every task of a framework,
    // the app of a run of tasks): that one is compared first, without hashing.
    QString get(std::string_view view, size_t site)
    {
        size_t &recent = m_recent[site];
        if (recent != kNone && keyOf(m_slots[recent]) == view)
            return m_slots[recent].value;
        const size_t at = find(view);
        if (at == kNone)
            return qstr(view);
        recent = at;
        return m_slots[at].value;
    }

private:
    static constexpr size_t kEmpty = size_t(-1);
    static constexpr size_t kNone = size_t(-1);
    static constexpr size_t kMaxProbe = 32;
    struct Slot
    {
        size_t hash = 0;
        size_t offset = kEmpty; // of the key in m_keys
        size_t size = 0;
        QString value;
    };

    static constexpr std::array<size_t, kSites> recentNone()
    {
        std::array<size_t, kSites> none {};
        none.fill(kNone);
        return none;
    }

    std::string_view keyOf(const Slot &slot) const
    {
        return std::string_view(m_keys).substr(slot.offset, slot.size);
    }

    // The slot of `view`, added if new; kNone past kMaxProbe slots.
    size_t find(std::string_view view)
    {
        if ((m_used + 1) * 2 > m_slots.size())
            grow();
        const size_t hash = std::hash<std::string_view> {}(view);
        const size_t mask = m_slots.size() - 1;
        for (size_t i = hash & mask, probe = 0; probe < kMaxProbe; ++probe, i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (slot.offset == kEmpty) {
                slot = { hash, m_keys.size(), view.size(), qstr(view) };
                m_keys.append(view);
                ++m_used;
                return i;
            }
            if (slot.hash == hash && slot.size == view.size() && keyOf(slot) == view)
                return i;
        }
        return kNone;
    }

    void grow()
    {
        m_recent.fill(kNone);
        std::vector<Slot> old(std::max<size_t>(256, m_slots.size() * 2));
        old.swap(m_slots);
        const size_t mask = m_slots.size() - 1;
        m_used = 0;
        for (Slot &slot : old) {
            if (slot.offset == kEmpty)
                continue;
            for (size_t i = slot.hash & mask, probe = 0; probe < kMaxProbe; ++probe, i = (i + 1) & mask) {
                if (m_slots[i].offset == kEmpty) {
                    m_slots[i] = std::move(slot);
                    ++m_used;
                    break;
                }
            }
        }
    }

    std::vector<Slot> m_slots;
    size_t m_used = 0;
    std::array<size_t, kSites> m_recent = recentNone();
    std::string m_keys; // the keys' bytes, one after the other
};

// QJsonValue::toVariant().toDouble(): a number, a numeric string, a boolean as 1 or 0.
inline double number(simdjson::ondemand::value value)
{
    switch (value.type()) {
    case simdjson::ondemand::json_type::number:
        return value.get_double();
    case simdjson::ondemand::json_type::string:
        return qstr(stringOf(value)).toDouble();
    case simdjson::ondemand::json_type::boolean:
        return bool(value.get_bool()) ? 1 : 0;
    default:
        return 0;
    }
}

inline bool isObject(simdjson::ondemand::value value)
{
    return value.type() == simdjson::ondemand::json_type::object;
}

inline bool isArray(simdjson::ondemand::value value)
{
    return value.type() == simdjson::ondemand::json_type::array;
}

} // namespace mc::ondemand
