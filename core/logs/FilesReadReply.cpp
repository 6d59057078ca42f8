#include "core/logs/FilesReadReply.h"

#include <QCoreApplication>

#include <cmath>
#include <optional>

namespace mc::logs {

namespace {

class Scanner
{
public:
    explicit Scanner(const QByteArray &text)
        : m_p(text.constData())
        , m_end(text.constData() + text.size())
    { }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool eat(char c)
    {
        skipSpace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    [[nodiscard]] bool atEnd() const { return m_p >= m_end; }
    [[nodiscard]] char peek() const { return m_p < m_end ? *m_p : '\0'; }

    // A JSON string (the opening quote is next) as bytes.
    std::optional<QByteArray> string()
    {
        if (!eat('"'))
            return std::nullopt;
        QByteArray out;
        out.reserve(qsizetype(m_end - m_p));
        while (m_p < m_end) {
            const char c = *m_p++;
            if (c == '"')
                return out;
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (m_p >= m_end)
                return std::nullopt;
            const char e = *m_p++;
            switch (e) {
            case '"':
            case '\\':
            case '/':
                out.append(e);
                break;
            case 'b':
                out.append('\b');
                break;
            case 'f':
                out.append('\f');
                break;
            case 'n':
                out.append('\n');
                break;
            case 'r':
                out.append('\r');
                break;
            case 't':
                out.append('\t');
                break;
            case 'u': {
                auto code = hex4();
                if (!code)
                    return std::nullopt;
                char32_t cp = *code;
                if (cp <= 0xFF) {
                    out.append(char(cp)); // one byte (0.19-0.23 escape every byte >= 0x7F)
                    break;
                }
                if (cp >= 0xD800 && cp <= 0xDBFF && m_end - m_p >= 6 && m_p[0] == '\\' && m_p[1] == 'u') {
                    m_p += 2;
                    auto low = hex4();
                    if (!low)
                        return std::nullopt;
                    if (*low >= 0xDC00 && *low <= 0xDFFF)
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (*low - 0xDC00);
                }
                appendUtf8(out, cp);
                break;
            }
            default:
                return std::nullopt;
            }
        }
        return std::nullopt;
    }

    std::optional<qint64> integer()
    {
        skipSpace();
        const char *start = m_p;
        if (m_p < m_end && (*m_p == '-' || *m_p == '+'))
            ++m_p;
        while (m_p < m_end && ((*m_p >= '0' && *m_p <= '9') || *m_p == '.' || *m_p == 'e' || *m_p == 'E'))
            ++m_p;
        bool ok = false;
        const QByteArray text(start, qsizetype(m_p - start));
        const double value = text.toDouble(&ok);
        // A byte offset: a whole number from 0 up to where doubles stop counting
        // bytes exactly (converting one beyond qint64 is undefined behaviour).
        constexpr double kLargestExact = 9007199254740992.0; // 2^53
        if (!ok || !(value >= 0 && value <= kLargestExact) || value != std::floor(value))
            return std::nullopt;
        return qint64(value);
    }

    // Any other value (nested structures by depth, strings with escapes).
    bool skipValue()
    {
        skipSpace();
        if (peek() == '"')
            return string().has_value();
        int depth = 0;
        while (m_p < m_end) {
            const char c = *m_p;
            if (c == '"') {
                if (!string())
                    return false;
                continue;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (depth == 0)
                    return true;
                --depth;
            } else if (c == ',' && depth == 0) {
                return true;
            }
            ++m_p;
        }
        return depth == 0;
    }

private:
    std::optional<char32_t> hex4()
    {
        if (m_end - m_p < 4)
            return std::nullopt;
        char32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const char h = *m_p++;
            v <<= 4;
            if (h >= '0' && h <= '9')
                v |= char32_t(h - '0');
            else if (h >= 'a' && h <= 'f')
                v |= char32_t(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F')
                v |= char32_t(h - 'A' + 10);
            else
                return std::nullopt;
        }
        return v;
    }

    static void appendUtf8(QByteArray &out, char32_t cp)
    {
        if (cp < 0x800) {
            out.append(char(0xC0 | (cp >> 6)));
            out.append(char(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            out.append(char(0xE0 | (cp >> 12)));
            out.append(char(0x80 | ((cp >> 6) & 0x3F)));
            out.append(char(0x80 | (cp & 0x3F)));
        } else {
            out.append(char(0xF0 | (cp >> 18)));
            out.append(char(0x80 | ((cp >> 12) & 0x3F)));
            out.append(char(0x80 | ((cp >> 6) & 0x3F)));
            out.append(char(0x80 | (cp & 0x3F)));
        }
    }

    const char *m_p;
    const char *m_end;
};

Error malformed(const QByteArray &body)
{
    return Error { QCoreApplication::translate("mc::logs",
                                               "The agent answered /files/read with something that is "
                                               "not a {\"data\", \"offset\"} object."),
                   QString::fromUtf8(body.left(200)) };
}

} // namespace

Result<FilesReadReply> FilesReadReply::parse(const QByteArray &body)
{
    Scanner s(body);
    if (!s.eat('{'))
        return malformed(body);
    FilesReadReply reply;
    bool haveData = false;
    bool haveOffset = false;
    if (s.eat('}'))
        return malformed(body);
    for (;;) {
        s.skipSpace();
        const auto key = s.string();
        if (!key || !s.eat(':'))
            return malformed(body);
        if (*key == "data") {
            auto data = s.string();
            if (!data)
                return malformed(body);
            reply.data = std::move(*data);
            haveData = true;
        } else if (*key == "offset") {
            const auto offset = s.integer();
            if (!offset)
                return malformed(body);
            reply.offset = *offset;
            haveOffset = true;
        } else if (!s.skipValue()) {
            return malformed(body);
        }
        if (s.eat(','))
            continue;
        if (s.eat('}'))
            break;
        return malformed(body);
    }
    if (!haveData || !haveOffset)
        return malformed(body);
    return reply;
}

} // namespace mc::logs
