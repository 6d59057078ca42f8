#pragma once

#include <QString>
#include <QVariant>

namespace mc::inventory {

// Block-style YAML for inventory values that PyYAML (Ansible) and yaml-cpp
// read back to the same values: strings are quoted whenever YAML 1.1 would
// read them as something else (yes, 0755, 1.10, ~, ...).
class YamlWriter
{
public:
    [[nodiscard]] static QString scalar(const QVariant &value);
    // A mapping key at `indent`, for the caller to follow with ':'. One over 1,000 characters
    // as written is an explicit key ("? key", a line break and the indent): YAML reads a
    // plain "key:" of over 1,024 characters as no key at all.
    [[nodiscard]] static QString key(const QString &key, int indent);
    // `value` (a map or list) as lines indented by `indent` spaces; an empty
    // one as "{}" / "[]" on its own line.
    static void appendBlock(QString &out, const QVariant &value, int indent);
    // "key: value" or "key:\n  <block>" at `indent`.
    static void appendEntry(QString &out, const QString &key, const QVariant &value, int indent);
    [[nodiscard]] static bool isCollection(const QVariant &value);
};

} // namespace mc::inventory
