#pragma once

#include <QString>
#include <QVariant>

#include <optional>

namespace mc::inventory {

// Python literals as Ansible's INI plugin reads them (`ast.literal_eval`) and
// writes them back. Values are QVariant: invalid QVariant = None, bool,
// qlonglong, double, QString, QVariantList (list, tuple, set), QVariantMap.
class PythonLiteral
{
public:
    // The value of `text` as `ast.literal_eval` sees it, or nullopt when
    // Python would reject it (Ansible then keeps the text as a string).
    [[nodiscard]] static std::optional<QVariant> parse(const QString &text);

    // What the INI plugin stores for an inline or `:vars` value: the literal,
    // or the text itself when it is not one.
    [[nodiscard]] static QVariant valueOf(const QString &text);

    // A Python literal that parse() reads back to `value`; nullopt for a
    // value Python literals cannot express (NaN).
    [[nodiscard]] static std::optional<QString> repr(const QVariant &value);
};

} // namespace mc::inventory
