#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace mc::i18n {

namespace {
const QString kResourceDir = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("mesosconsole_");
const QString kEnglish = QStringLiteral("en");

// The translators the last installTranslations() put in, so the next call
// replaces them instead of stacking (the newest translator is asked first,
// and the English one answers only for the plural texts).
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

void install(QTranslator *translator)
{
    QCoreApplication::installTranslator(translator);
    installed() << translator;
}

void removeInstalled()
{
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();
}

QTranslator *loadApp(const QLocale &locale)
{
    auto *app = new QTranslator(QCoreApplication::instance());
    if (app->load(locale, QStringLiteral("mesosconsole"), QStringLiteral("_"), kResourceDir))
        return app;
    delete app;
    return nullptr;
}
} // namespace

QStringList availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(kResourceDir).entryList({ kPrefix + QStringLiteral("*.qm") }, QDir::Files);
    for (const QString &file : files) {
        const QString language = file.mid(kPrefix.size()).chopped(3);
        if (language != kEnglish)
            languages << language;
    }
    return languages;
}

QString installTranslations(const QString &language)
{
    removeInstalled();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QTranslator *app = loadApp(locale);
    if (!app) {
        // No translation for this language: English, with its plural forms.
        if (QTranslator *english = loadApp(QLocale(QLocale::English)))
            install(english);
        return kEnglish;
    }
    install(app);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        install(qt);
    else
        delete qt;
    return QFileInfo(app->filePath()).completeBaseName().mid(kPrefix.size());
}

} // namespace mc::i18n
