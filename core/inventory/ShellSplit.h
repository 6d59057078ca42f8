#pragma once

#include <QList>
#include <QString>

namespace mc::inventory {

// Python's shlex.split(line, comments=True) (POSIX mode), which Ansible's INI
// plugin applies to host lines, keeping where each token starts.
class ShellSplit
{
public:
    struct Token
    {
        QString text;
        qsizetype offset = 0; // index in the line where the token starts
    };
    struct Outcome
    {
        QList<Token> tokens;
        QString error; // "No closing quotation" / "No escaped character"
        qsizetype errorOffset = -1;
    };

    [[nodiscard]] static Outcome split(const QString &line);
    // A form split() reads back as the single token `text`.
    [[nodiscard]] static QString quote(const QString &text);
};

} // namespace mc::inventory
