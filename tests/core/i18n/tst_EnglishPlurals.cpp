#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QTest>

using namespace mc;

// English texts are the sources, but a numerus source reads "%n task(s)": the
// shipped English translation (plural forms only) makes it "1 task" /
// "2 tasks", for English and for a language the console has no translation
// for. German keeps its own forms.
class tst_EnglishPlurals : public QObject
{
    Q_OBJECT

private slots:
    void withoutATranslatorTheSourceShows();
    void englishReadsSingularAndPlural_data();
    void englishReadsSingularAndPlural();
    void englishIsTheFallback();
    void germanStillWorks();
    void englishIsNotListedAsATranslation();

private:
    // A real source text, looked up in the context lupdate extracts it under
    // (widgets/apps/AppActions.cpp, the Kill button of Apps and Tasks).
    static QString killTasks(int n)
    {
        return QCoreApplication::translate("mc::widgets::AppActions", "Kill %n task(s)", nullptr, n);
    }
};

void tst_EnglishPlurals::withoutATranslatorTheSourceShows()
{
    QCOMPARE(killTasks(1), QStringLiteral("Kill 1 task(s)"));
}

void tst_EnglishPlurals::englishReadsSingularAndPlural_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("en_GB") << QStringLiteral("en_GB");
}

void tst_EnglishPlurals::englishReadsSingularAndPlural()
{
    QFETCH(QString, language);
    QCOMPARE(i18n::installTranslations(language), QStringLiteral("en"));
    QCOMPARE(killTasks(1), QStringLiteral("Kill 1 task"));
    QCOMPARE(killTasks(2), QStringLiteral("Kill 2 tasks"));
    QCOMPARE(killTasks(0), QStringLiteral("Kill 0 tasks"));
    // A text without a plural stays its source.
    QCOMPARE(QCoreApplication::translate("mc::widgets::AppActions", "Select an app first."),
             QStringLiteral("Select an app first."));
}

void tst_EnglishPlurals::englishIsTheFallback()
{
    // After German, a language without a translation gets English, not the
    // German left behind.
    QCOMPARE(i18n::installTranslations(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(i18n::installTranslations(QStringLiteral("es")), QStringLiteral("en"));
    QCOMPARE(killTasks(1), QStringLiteral("Kill 1 task"));
    QCOMPARE(killTasks(3), QStringLiteral("Kill 3 tasks"));
    QCOMPARE(QCoreApplication::translate("mc::widgets::AppActions", "Select an app first."),
             QStringLiteral("Select an app first."));
}

void tst_EnglishPlurals::germanStillWorks()
{
    QCOMPARE(i18n::installTranslations(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(i18n::installTranslations(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(killTasks(1), QStringLiteral("1 Task beenden"));
    QCOMPARE(killTasks(2), QStringLiteral("2 Tasks beenden"));
    QCOMPARE(QCoreApplication::translate("mc::widgets::AppActions", "Select an app first."),
             QStringLiteral("Zuerst eine App auswählen."));
}

void tst_EnglishPlurals::englishIsNotListedAsATranslation()
{
    const QStringList languages = i18n::availableLanguages();
    QVERIFY2(!languages.contains(QStringLiteral("en")), qPrintable(languages.join(u',')));
    QVERIFY2(languages.contains(QStringLiteral("de")), qPrintable(languages.join(u',')));
    QVERIFY2(languages.contains(QStringLiteral("fr")), qPrintable(languages.join(u',')));
}

QTEST_GUILESS_MAIN(tst_EnglishPlurals)
#include "tst_EnglishPlurals.moc"
