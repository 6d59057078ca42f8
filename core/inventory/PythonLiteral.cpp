#include "core/inventory/PythonLiteral.h"

#include "core/inventory/VariantUtil.h"

#include <cmath>
#include <limits>

namespace mc::inventory {

namespace {

// Deeper nesting than this is refused instead of risking the stack.
constexpr int kMaxDepth = 200;

bool isIdentStart(QChar c)
{
    return c == u'_' || c.isLetter();
}

bool isIdentChar(QChar c)
{
    return c == u'_' || c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing
        || c.category() == QChar::Mark_SpacingCombining || c.category() == QChar::Punctuation_Connector;
}

// A recursive-descent reader for the subset of Python that
// `ast.literal_eval` accepts. Any failure means "not a literal".
class Reader
{
public:
    explicit Reader(const QString &text)
        : m_s(text)
    { }

    std::optional<QVariant> readAll()
    {
        skipSpace();
        auto value = readTupleOrExpr(0, true);
        if (!value)
            return std::nullopt;
        skipSpace();
        if (m_pos != m_s.size())
            return std::nullopt;
        return value;
    }

private:
    QChar peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_s.size() ? m_s.at(m_pos + ahead) : QChar();
    }
    bool atEnd() const { return m_pos >= m_s.size(); }

    void skipSpace()
    {
        while (!atEnd()) {
            const QChar c = peek();
            if (c == u' ' || c == u'\t' || c == u'\f') {
                ++m_pos;
            } else if (c == u'#') {
                while (!atEnd() && peek() != u'\n')
                    ++m_pos;
            } else {
                break;
            }
        }
    }

    bool eat(QChar c)
    {
        skipSpace();
        if (peek() == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    // expr (',' expr)* [','] -> a tuple (list) when there is a comma.
    std::optional<QVariant> readTupleOrExpr(int depth, bool topLevel)
    {
        auto first = readExpr(depth);
        if (!first)
            return std::nullopt;
        skipSpace();
        if (peek() != u',')
            return first;
        QVariantList items { *first };
        while (eat(u',')) {
            skipSpace();
            if (atEnd() || (!topLevel && peek() == u')'))
                break;
            auto next = readExpr(depth);
            if (!next)
                return std::nullopt;
            items.append(*next);
        }
        return QVariant(items);
    }

    std::optional<QVariant> readExpr(int depth)
    {
        if (depth > kMaxDepth)
            return std::nullopt;
        skipSpace();
        const QChar c = peek();
        std::optional<QVariant> value;
        if (c == u'-' || c == u'+') {
            ++m_pos;
            skipSpace();
            auto operand = readAtom(depth + 1);
            // literal_eval allows a sign only on a number (not on a bool).
            if (!operand || !isNumber(*operand))
                return std::nullopt;
            if (c == u'-')
                operand = negate(*operand);
            value = operand;
        } else {
            value = readAtom(depth + 1);
        }
        if (!value)
            return std::nullopt;
        skipSpace();
        // Anything but a separator after a value (an operator, a call, an
        // index, an attribute) is not a plain literal.
        if (!atEnd()) {
            const QChar n = peek();
            if (n != u',' && n != u')' && n != u']' && n != u'}' && n != u':')
                return std::nullopt;
        }
        return value;
    }

    static bool isNumber(const QVariant &v)
    {
        return v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Double;
    }

    static QVariant negate(const QVariant &v)
    {
        if (v.typeId() == QMetaType::LongLong)
            return QVariant(-v.toLongLong());
        return QVariant(-v.toDouble());
    }

    std::optional<QVariant> readAtom(int depth)
    {
        if (depth > kMaxDepth)
            return std::nullopt;
        skipSpace();
        const QChar c = peek();
        if (c.isNull())
            return std::nullopt;
        if (c == u'(')
            return readParen(depth);
        if (c == u'[')
            return readList(depth);
        if (c == u'{')
            return readBrace(depth);
        if (c.isDigit() || (c == u'.' && peek(1).isDigit()))
            return readNumber();
        if (c == u'\'' || c == u'"' || isStringPrefix())
            return readStrings();
        if (isIdentStart(c))
            return readName();
        return std::nullopt;
    }

    std::optional<QVariant> readParen(int depth)
    {
        ++m_pos; // (
        if (eat(u')'))
            return QVariant(QVariantList {});
        auto first = readExpr(depth);
        if (!first)
            return std::nullopt;
        if (eat(u')'))
            return first; // parenthesised value, not a tuple
        if (!eat(u','))
            return std::nullopt;
        QVariantList items { *first };
        while (true) {
            if (eat(u')'))
                return QVariant(items);
            auto next = readExpr(depth);
            if (!next)
                return std::nullopt;
            items.append(*next);
            if (eat(u')'))
                return QVariant(items);
            if (!eat(u','))
                return std::nullopt;
        }
    }

    std::optional<QVariant> readList(int depth)
    {
        ++m_pos; // [
        QVariantList items;
        while (true) {
            if (eat(u']'))
                return QVariant(items);
            auto next = readExpr(depth);
            if (!next)
                return std::nullopt;
            items.append(*next);
            if (eat(u']'))
                return QVariant(items);
            if (!eat(u','))
                return std::nullopt;
        }
    }

    std::optional<QVariant> readBrace(int depth)
    {
        ++m_pos; // {
        if (eat(u'}'))
            return QVariant(QVariantMap {});
        auto first = readExpr(depth);
        if (!first)
            return std::nullopt;
        if (eat(u':')) {
            QVariantMap map;
            auto key = first;
            while (true) {
                if (!isHashable(*key))
                    return std::nullopt;
                auto value = readExpr(depth);
                if (!value)
                    return std::nullopt;
                map.insert(VariantUtil::keyText(*key), *value);
                if (eat(u'}'))
                    return QVariant(map);
                if (!eat(u','))
                    return std::nullopt;
                if (eat(u'}'))
                    return QVariant(map);
                key = readExpr(depth);
                if (!key || !eat(u':'))
                    return std::nullopt;
            }
        }
        // A set: Ansible would not serialise it; a list is the closest value.
        QVariantList items { *first };
        while (true) {
            if (eat(u'}'))
                return QVariant(items);
            if (!eat(u','))
                return std::nullopt;
            if (eat(u'}'))
                return QVariant(items);
            auto next = readExpr(depth);
            if (!next)
                return std::nullopt;
            items.append(*next);
        }
    }

    static bool isHashable(const QVariant &v)
    {
        const int t = v.typeId();
        return t != QMetaType::QVariantList && t != QMetaType::QVariantMap;
    }

    std::optional<QVariant> readName()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isIdentChar(peek()))
            ++m_pos;
        const QStringView name = QStringView(m_s).mid(start, m_pos - start);
        if (name == u"True")
            return QVariant(true);
        if (name == u"False")
            return QVariant(false);
        if (name == u"None")
            return QVariant();
        return std::nullopt;
    }

    // Digits with single underscores between them.
    bool readDigits(QString &out, bool (*isDigit)(QChar))
    {
        if (atEnd() || !isDigit(peek()))
            return false;
        while (!atEnd()) {
            if (isDigit(peek())) {
                out.append(peek());
                ++m_pos;
            } else if (peek() == u'_' && isDigit(peek(1))) {
                ++m_pos;
            } else {
                break;
            }
        }
        return true;
    }

    static bool isDec(QChar c) { return c >= u'0' && c <= u'9'; }
    static bool isHex(QChar c) { return isDec(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F'); }
    static bool isOct(QChar c) { return c >= u'0' && c <= u'7'; }
    static bool isBin(QChar c) { return c == u'0' || c == u'1'; }

    std::optional<QVariant> readNumber()
    {
        const QChar c0 = peek();
        const QChar c1 = peek(1).toLower();
        if (c0 == u'0' && (c1 == u'x' || c1 == u'o' || c1 == u'b')) {
            m_pos += 2;
            if (peek() == u'_')
                ++m_pos;
            QString digits;
            const int base = c1 == u'x' ? 16 : c1 == u'o' ? 8 : 2;
            if (!readDigits(digits, base == 16 ? isHex : base == 8 ? isOct : isBin))
                return std::nullopt;
            if (!atEnd() && (isIdentChar(peek()) || isDec(peek())))
                return std::nullopt;
            bool ok = false;
            const qlonglong v = digits.toLongLong(&ok, base);
            return ok ? std::optional<QVariant>(QVariant(v)) : std::nullopt;
        }
        QString intPart;
        QString text;
        bool isFloat = false;
        if (peek() != u'.') {
            readDigits(intPart, isDec);
            text = intPart;
        }
        if (peek() == u'.') {
            ++m_pos;
            isFloat = true;
            text.append(u'.');
            QString frac;
            if (isDec(peek()))
                readDigits(frac, isDec);
            text.append(frac);
        }
        if (peek() == u'e' || peek() == u'E') {
            const qsizetype save = m_pos;
            ++m_pos;
            QString exp = QStringLiteral("e");
            if (peek() == u'+' || peek() == u'-') {
                exp.append(peek());
                ++m_pos;
            }
            QString expDigits;
            if (readDigits(expDigits, isDec)) {
                isFloat = true;
                text.append(exp + expDigits);
            } else {
                m_pos = save;
                return std::nullopt; // "1e" is a syntax error
            }
        }
        // "5mins", "1j" (complex), "1_": not a plain number literal.
        if (!atEnd() && (isIdentChar(peek()) || peek() == u'.'))
            return std::nullopt;
        if (isFloat) {
            bool ok = false;
            double d = text.toDouble(&ok);
            if (!ok) {
                // Qt refuses out-of-range values; Python gives inf or 0.
                const std::string s = text.toStdString();
                d = std::strtod(s.c_str(), nullptr);
            }
            return QVariant(d);
        }
        // Leading zeros are only allowed in "0", "00", ...
        if (intPart.size() > 1 && intPart.startsWith(u'0')) {
            for (QChar d : std::as_const(intPart)) {
                if (d != u'0')
                    return std::nullopt;
            }
        }
        bool ok = false;
        const qlonglong v = intPart.toLongLong(&ok, 10);
        if (!ok)
            return std::nullopt; // beyond 64 bits: kept as text
        return QVariant(v);
    }

    bool isStringPrefix() const
    {
        qsizetype i = 0;
        while (i < 2 && m_pos + i < m_s.size()) {
            const QChar c = m_s.at(m_pos + i).toLower();
            if (c == u'\'' || c == u'"')
                return i > 0;
            if (c != u'r' && c != u'b' && c != u'u' && c != u'f')
                return false;
            ++i;
        }
        return m_pos + i < m_s.size() && (m_s.at(m_pos + i) == u'\'' || m_s.at(m_pos + i) == u'"');
    }

    // One or more adjacent string literals, concatenated.
    std::optional<QVariant> readStrings()
    {
        QString result;
        std::optional<bool> bytesKind;
        while (true) {
            skipSpace();
            if (!(peek() == u'\'' || peek() == u'"' || isStringPrefix()))
                break;
            bool raw = false;
            bool bytes = false;
            bool unicodePrefix = false;
            while (peek() != u'\'' && peek() != u'"') {
                const QChar p = peek().toLower();
                if (p == u'r')
                    raw = true;
                else if (p == u'b')
                    bytes = true;
                else if (p == u'u')
                    unicodePrefix = true;
                else
                    return std::nullopt; // f-strings are not literals
                ++m_pos;
            }
            if (unicodePrefix && (raw || bytes))
                return std::nullopt;
            if (bytesKind && *bytesKind != bytes)
                return std::nullopt; // mixing bytes and str
            bytesKind = bytes;
            auto piece = readOneString(raw, bytes);
            if (!piece)
                return std::nullopt;
            result.append(*piece);
        }
        if (bytesKind && *bytesKind) {
            // Ansible's to_text() decodes bytes as UTF-8.
            QByteArray raw;
            for (QChar c : result)
                raw.append(char(c.unicode()));
            return QVariant(QString::fromUtf8(raw));
        }
        return QVariant(result);
    }

    std::optional<QString> readOneString(bool raw, bool bytes)
    {
        const QChar quote = peek();
        const bool triple = peek(1) == quote && peek(2) == quote;
        m_pos += triple ? 3 : 1;
        QString out;
        while (true) {
            if (atEnd())
                return std::nullopt;
            const QChar c = peek();
            if (c == quote) {
                if (!triple) {
                    ++m_pos;
                    return out;
                }
                if (peek(1) == quote && peek(2) == quote) {
                    m_pos += 3;
                    return out;
                }
            }
            if (c == u'\n' && !triple)
                return std::nullopt;
            if (bytes && c.unicode() > 0x7f)
                return std::nullopt;
            if (c != u'\\') {
                out.append(c);
                ++m_pos;
                continue;
            }
            // backslash
            ++m_pos;
            if (atEnd())
                return std::nullopt;
            const QChar e = peek();
            if (raw) {
                out.append(u'\\');
                out.append(e);
                ++m_pos;
                continue;
            }
            if (!readEscape(e, bytes, out))
                return std::nullopt;
        }
    }

    // The escape after a backslash (the character `e` at m_pos) into `out`, as Python
    // reads it in a str (`bytes`: in a bytes literal); false when it is not valid.
    bool readEscape(QChar e, bool bytes, QString &out)
    {
        ++m_pos;
        switch (e.unicode()) {
        case '\n':
            break;
        case '\\':
        case '\'':
        case '"':
            out.append(e);
            break;
        case 'a':
            out.append(QChar(7));
            break;
        case 'b':
            out.append(QChar(8));
            break;
        case 'f':
            out.append(QChar(12));
            break;
        case 'n':
            out.append(QChar(10));
            break;
        case 'r':
            out.append(QChar(13));
            break;
        case 't':
            out.append(QChar(9));
            break;
        case 'v':
            out.append(QChar(11));
            break;
        case 'x': {
            if (!isHex(peek()) || !isHex(peek(1)))
                return false;
            out.append(QChar(QStringView(m_s).mid(m_pos, 2).toUInt(nullptr, 16)));
            m_pos += 2;
            break;
        }
        case 'u':
        case 'U': {
            if (bytes) {
                out.append(u'\\');
                out.append(e);
                break;
            }
            const int n = e == u'u' ? 4 : 8;
            for (int i = 0; i < n; ++i) {
                if (!isHex(peek(i)))
                    return false;
            }
            const uint code = QStringView(m_s).mid(m_pos, n).toUInt(nullptr, 16);
            if (code > 0x10FFFF)
                return false;
            m_pos += n;
            const char32_t cp = code;
            out.append(QString::fromUcs4(&cp, 1));
            break;
        }
        case 'N':
            return false; // named escapes: not resolved here
        default:
            if (isOct(e)) {
                uint v = e.digitValue();
                for (int i = 0; i < 2 && isOct(peek()); ++i) {
                    v = v * 8 + uint(peek().digitValue());
                    ++m_pos;
                }
                out.append(QChar(char16_t(v)));
            } else {
                out.append(u'\\');
                out.append(e);
            }
        }
        return true;
    }

    const QString &m_s;
    qsizetype m_pos = 0;
};

QString quotePython(const QString &s)
{
    // Python's repr(): single quotes unless the text holds one and no double quote.
    const QChar quote = (s.contains(u'\'') && !s.contains(u'"')) ? u'"' : u'\'';
    QString out(quote);
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (c == quote || c == u'\\') {
            out.append(u'\\');
            out.append(c);
        } else if (u == '\n') {
            out.append(QLatin1String("\\n"));
        } else if (u == '\r') {
            out.append(QLatin1String("\\r"));
        } else if (u == '\t') {
            out.append(QLatin1String("\\t"));
        } else if (u < 0x20 || u == 0x7f) {
            out.append(QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0')));
        } else {
            out.append(c);
        }
    }
    out.append(quote);
    return out;
}

} // namespace

std::optional<QVariant> PythonLiteral::parse(const QString &text)
{
    qsizetype start = 0;
    while (start < text.size() && (text.at(start) == u' ' || text.at(start) == u'\t'))
        ++start;
    const QString trimmed = text.mid(start);
    Reader reader(trimmed);
    return reader.readAll();
}

QVariant PythonLiteral::valueOf(const QString &text)
{
    auto v = parse(text);
    return v ? *v : QVariant(text);
}

std::optional<QString> PythonLiteral::repr(const QVariant &value)
{
    switch (VariantUtil::kind(value)) {
    case VariantUtil::Kind::Null:
        return QStringLiteral("None");
    case VariantUtil::Kind::Bool:
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case VariantUtil::Kind::Int:
        return QString::number(value.toLongLong());
    case VariantUtil::Kind::Float: {
        const double d = value.toDouble();
        if (std::isnan(d))
            return std::nullopt;
        if (std::isinf(d))
            return d > 0 ? QStringLiteral("1e999") : QStringLiteral("-1e999");
        return VariantUtil::pythonFloat(d);
    }
    case VariantUtil::Kind::String:
        return quotePython(value.toString());
    case VariantUtil::Kind::List: {
        QStringList parts;
        for (const QVariant &item : value.toList()) {
            auto r = repr(item);
            if (!r)
                return std::nullopt;
            parts << *r;
        }
        return u'[' + parts.join(QLatin1String(", ")) + u']';
    }
    case VariantUtil::Kind::Map: {
        QStringList parts;
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            auto r = repr(it.value());
            if (!r)
                return std::nullopt;
            parts << quotePython(it.key()) + QLatin1String(": ") + *r;
        }
        return u'{' + parts.join(QLatin1String(", ")) + u'}';
    }
    }
    return std::nullopt;
}

} // namespace mc::inventory
