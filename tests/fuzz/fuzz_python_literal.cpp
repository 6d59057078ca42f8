// Python literals of INI inventory values (PythonLiteral): what parse() reads,
// repr() writes so that parse() reads it back to the same value.

#include "FuzzInput.h"

#include "core/inventory/PythonLiteral.h"

using namespace mc::inventory;

MC_FUZZ_TARGET(fuzz_python_literal)
{
    QString text;
    if (!mc::fuzz::utf8Text(data, size, &text))
        return 0;
    (void)PythonLiteral::valueOf(text);
    const auto value = PythonLiteral::parse(text);
    if (!value)
        return 0;
    const auto written = PythonLiteral::repr(*value);
    if (!written)
        return 0;
    const auto reread = PythonLiteral::parse(*written);
    mc::fuzz::check(reread.has_value(), "repr() of a literal parses");
    mc::fuzz::check(*reread == *value, "repr() of a literal parses back to the same value");
    return 0;
}
