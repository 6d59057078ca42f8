#include "core/i18n/Translations.h"
#include "widgets/cluster/ClusterDetails.h"
#include "widgets/mainwindow/MainWindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTest>

using mc::widgets::MainWindow;

// The shipped German and French translations load and reach the main window.
class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void availableLanguagesListsGermanAndFrench();
    void fileMenuIsTranslated_data();
    void fileMenuIsTranslated();
    void clusterDetailsAreTranslated_data();
    void clusterDetailsAreTranslated();

private:
    static QString fileMenuTitle(MainWindow &window);
};

void tst_Translations::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("MesosConsoleTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_Translations"));
    QSettings().clear();
}

void tst_Translations::availableLanguagesListsGermanAndFrench()
{
    const QStringList languages = mc::i18n::availableLanguages();
    QVERIFY2(languages.contains(QStringLiteral("de")), qPrintable(languages.join(u',')));
    QVERIFY2(languages.contains(QStringLiteral("fr")), qPrintable(languages.join(u',')));
}

QString tst_Translations::fileMenuTitle(MainWindow &window)
{
    const auto *menu = window.menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu"));
    return menu ? menu->title() : QString();
}

void tst_Translations::fileMenuIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileMenu");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Datei");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("&Fichier");
}

void tst_Translations::fileMenuIsTranslated()
{
    QFETCH(QString, language);
    QFETCH(QString, fileMenu);

    // Each call replaces the translators the earlier one installed, so "fr"
    // after "de" shows French.
    QCOMPARE(mc::i18n::installTranslations(language), language);

    MainWindow window;
    QCOMPARE(fileMenuTitle(window), fileMenu);
}

// The resource line of the details pane is built outside the class's members;
// it still uses ClusterDetails' context.
void tst_Translations::clusterDetailsAreTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("disk");
    QTest::addColumn<QString>("ports");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Festplatte")
                        << QStringLiteral("Ports [31000-32000]");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("de disque")
                        << QStringLiteral("ports [31000-32000]");
}

void tst_Translations::clusterDetailsAreTranslated()
{
    QFETCH(QString, language);
    QFETCH(QString, disk);
    QFETCH(QString, ports);
    QCOMPARE(mc::i18n::installTranslations(language), language);

    mc::mesos::Agent agent;
    agent.hostname = QStringLiteral("agent1");
    agent.total.cpus = 2;
    agent.total.disk = 1024;
    agent.total.ports = QStringLiteral("[31000-32000]");
    const QString html = mc::widgets::ClusterDetails::agent(agent);
    QVERIFY2(html.contains(disk), qPrintable(html));
    QVERIFY2(html.contains(ports), qPrintable(html));
}

QTEST_MAIN(tst_Translations)
#include "tst_Translations.moc"
