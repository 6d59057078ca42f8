#pragma once

#include <QString>
#include <QStringList>

namespace mc::i18n {

// Languages the application ships a translation for (besides English, whose
// texts are the sources; its own file only holds the plural forms).
[[nodiscard]] QStringList availableLanguages();

// Installs the application's and Qt's own translators for `language`
// ("de", "fr", "en"; empty = the system locale's), replacing those an earlier
// call installed. A language without a translation gets the English one, so
// "%n task(s)" still reads "1 task" / "2 tasks". Returns the language in
// effect ("en" when none matched).
QString installTranslations(const QString &language);

} // namespace mc::i18n
