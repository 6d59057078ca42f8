#include "core/inventory/ShellSplit.h"

namespace mc::inventory {

namespace {
bool isWhite(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
}
} // namespace

// One state machine over the characters, as Python's shlex (posix, no punctuation) reads
// them: its states share the token being built, so it stays in one switch.
ShellSplit::Outcome ShellSplit::split(const QString &line)
{
    Outcome outcome;
    enum class State { Space, Word, Single, Double, Escape };
    State state = State::Space;
    State escapedState = State::Space;
    QString token;
    bool quoted = false;
    qsizetype tokenStart = 0;
    qsizetype quoteStart = 0;
    bool inToken = false;

    auto flushToken = [&] {
        if (!token.isEmpty() || quoted)
            outcome.tokens.append({ token, tokenStart });
        token.clear();
        quoted = false;
        inToken = false;
    };
    auto begin = [&](qsizetype at) {
        if (!inToken) {
            tokenStart = at;
            inToken = true;
        }
    };

    // A quote or a backslash (at a word's start or inside it) opens its state; false for
    // any other character.
    auto opens = [&](QChar c, qsizetype at) {
        if (c == u'\\') {
            escapedState = State::Word;
            state = State::Escape;
        } else if (c == u'\'') {
            quoteStart = at;
            state = State::Single;
        } else if (c == u'"') {
            quoteStart = at;
            state = State::Double;
        } else {
            return false;
        }
        return true;
    };

    for (qsizetype i = 0; i <= line.size(); ++i) {
        const bool end = i == line.size();
        const QChar c = end ? QChar() : line.at(i);
        switch (state) {
        case State::Space:
            if (end)
                return outcome;
            if (isWhite(c))
                continue;
            if (c == u'#')
                return outcome; // comment: rest of the line
            begin(i);
            if (!opens(c, i)) {
                token.append(c);
                state = State::Word;
            }
            break;
        case State::Single:
        case State::Double:
            quoted = true;
            if (end) {
                outcome.error = QStringLiteral("No closing quotation");
                outcome.errorOffset = quoteStart;
                outcome.tokens.clear();
                return outcome;
            }
            if ((state == State::Single && c == u'\'') || (state == State::Double && c == u'"')) {
                state = State::Word;
            } else if (state == State::Double && c == u'\\') {
                escapedState = State::Double;
                state = State::Escape;
            } else {
                token.append(c);
            }
            break;
        case State::Escape:
            if (end) {
                outcome.error = QStringLiteral("No escaped character");
                outcome.errorOffset = i - 1;
                outcome.tokens.clear();
                return outcome;
            }
            // Inside double quotes only the quote and the backslash are escaped.
            if (escapedState == State::Double && c != u'"' && c != u'\\')
                token.append(u'\\');
            token.append(c);
            state = escapedState;
            break;
        case State::Word:
            if (end) {
                flushToken();
                return outcome;
            }
            if (isWhite(c)) {
                state = State::Space;
                flushToken();
            } else if (c == u'#') {
                flushToken();
                return outcome;
            } else if (!opens(c, i)) {
                token.append(c);
            }
            break;
        }
    }
    return outcome;
}

QString ShellSplit::quote(const QString &text)
{
    if (text.isEmpty())
        return QStringLiteral("''");
    bool safe = true;
    for (QChar c : text) {
        if (!(c.isLetterOrNumber() || QStringLiteral("@%+=:,./-_[]{}()!$^*?~&|<>;").contains(c))) {
            safe = false;
            break;
        }
    }
    if (safe)
        return text;
    if (!text.contains(u'\''))
        return u'\'' + text + u'\'';
    QString out(u'"');
    for (QChar c : text) {
        if (c == u'"' || c == u'\\')
            out.append(u'\\');
        out.append(c);
    }
    out.append(u'"');
    return out;
}

} // namespace mc::inventory
