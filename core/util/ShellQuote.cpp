#include "core/util/ShellQuote.h"

namespace mc {

namespace {
bool isPlainShellWord(const QString &value)
{
    if (value.isEmpty())
        return false;
    for (const QChar c : value) {
        const bool safe = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'_' || c == u'-' || c == u'.' || c == u'/' || c == u':' || c == u'=' || c == u'@'
            || c == u'+' || c == u',' || c == u'%';
        if (!safe)
            return false;
    }
    return true;
}
} // namespace

QString shellQuote(const QString &value)
{
    if (isPlainShellWord(value))
        return value;
    // Inside single quotes nothing is special except the closing quote itself,
    // which is written as '\'' (close, escaped quote, reopen).
    QString quoted = value;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString shellJoin(const QStringList &argv)
{
    QStringList words;
    words.reserve(argv.size());
    for (const QString &arg : argv)
        words << shellQuote(arg);
    return words.join(u' ');
}

} // namespace mc
