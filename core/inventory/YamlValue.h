#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <optional>

namespace YAML {
class Node;
}

namespace mc::inventory {

// yaml-cpp nodes to inventory values with the YAML 1.1 rules PyYAML (and so
// Ansible) applies: yes/on -> true, 0755 -> 493, 1.10 -> 1.1, 1:20 -> 80,
// ~ -> null; quoted scalars stay strings. Also the reverse: how to write a
// string so that PyYAML reads it back as that string.
class YamlValue
{
    Q_DECLARE_TR_FUNCTIONS(mc::inventory::YamlValue)

public:
    struct Conversion
    {
        QVariant value;
        QString error; // empty on success
        int line = 0; // 1-based position of the offending node
        int column = 0;
    };

    // Most nodes one value (a variable, a host's variables) may expand to,
    // aliases included: a guard against alias bombs.
    static constexpr qsizetype kMaxNodes = 100'000;

    [[nodiscard]] static Conversion convert(const YAML::Node &node);
    // The value of a plain (unquoted, untagged) scalar.
    [[nodiscard]] static QVariant resolvePlain(const QString &text);
    // Whether `text` can be written as a plain YAML scalar and read back as
    // exactly this string.
    [[nodiscard]] static bool isSafePlainString(const QString &text);
};

} // namespace mc::inventory
