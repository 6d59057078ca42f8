// shlex.split as the INI plugin applies it to host lines (ShellSplit), and
// quote(), which split() must read back as the one token it quoted.

#include "FuzzInput.h"

#include "core/inventory/ShellSplit.h"

using namespace mc::inventory;

MC_FUZZ_TARGET(fuzz_shell_split)
{
    QString line;
    if (!mc::fuzz::utf8Text(data, size, &line))
        return 0;
    const ShellSplit::Outcome outcome = ShellSplit::split(line);
    if (!outcome.error.isEmpty())
        mc::fuzz::check(outcome.errorOffset >= 0 && outcome.errorOffset <= line.size(),
                        "an error points into the line");
    for (const ShellSplit::Token &token : outcome.tokens)
        mc::fuzz::check(token.offset >= 0 && token.offset < line.size(), "a token starts inside the line");
    const ShellSplit::Outcome quoted = ShellSplit::split(ShellSplit::quote(line));
    mc::fuzz::check(quoted.error.isEmpty() && quoted.tokens.size() == 1 && quoted.tokens[0].text == line,
                    "split(quote(text)) is the one token text");
    return 0;
}
