#pragma once

#include "core/util/Result.h"

#include <QString>
#include <QVariantMap>

namespace mc::tmpl {

// Renders a Mustache template (kainjow/mustache) for a config file.
// - No HTML escaping: `{{x}}` and `{{{x}}}` both insert the value as it is.
// - Strict: a variable the values do not define is an error, not an empty
//   string (an undefined section is false); so is a syntax error. Errors
//   name the template and line:column.
// Values: QVariantMap -> object, QVariantList/QStringList -> list (sections
// iterate), bool -> section switch, anything else -> its string form.
[[nodiscard]] Result<QString> render(const QString &templateName, const QString &templateText,
                                     const QVariantMap &values);

// Loads a template file (e.g. ":/templates/haproxy.cfg.mustache") and renders it.
[[nodiscard]] Result<QString> renderFile(const QString &path, const QVariantMap &values);

} // namespace mc::tmpl
