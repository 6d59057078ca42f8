#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace mc::inventory {

// A syntax check with libyaml, the parser PyYAML and so Ansible use, before
// yaml-cpp builds the tree: it reports exactly the errors Ansible would (an
// unterminated quote, an unclosed flow sequence) with their position, and
// keeps input away from yaml-cpp 0.7 that it would accept wrongly or loop on.
class YamlSyntax
{
    Q_DECLARE_TR_FUNCTIONS(mc::inventory::YamlSyntax)

public:
    // Fails on a syntax error or on more than one document.
    [[nodiscard]] static Status check(const QString &text, const QString &fileName);
};

} // namespace mc::inventory
