#pragma once

#include <QString>
#include <QStringList>

namespace mc::i18n {

// Languages the application ships a translation for (besides English).
[[nodiscard]] QStringList availableLanguages();

// Installs the application's and Qt's own translators for `language`
// ("de", "fr"; empty = the system locale's). Returns the language in effect
// ("en" when none matched).
QString installTranslations(const QString &language);

} // namespace mc::i18n
