#include "core/settings/AppSettings.h"

#include <QSettings>
#include <QTest>

using mc::settings::AppSettings;
using mc::settings::ProxyMode;
using mc::settings::Theme;

class tst_AppSettings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void defaultsWhenNothingStored();
    void savedValuesComeBack();
    void outOfRangeValuesAreClamped();
    void garbageInSettingsFileFallsBackToDefaults();
};

void tst_AppSettings::init()
{
    QCoreApplication::setOrganizationName(QStringLiteral("MesosConsoleTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_AppSettings"));
    QSettings().clear();
}

void tst_AppSettings::defaultsWhenNothingStored()
{
    QCOMPARE(AppSettings::load(), AppSettings());
}

void tst_AppSettings::savedValuesComeBack()
{
    AppSettings s;
    s.pollIntervalMs = 5000;
    s.sshForks = 25;
    s.sshUser = QStringLiteral("ops");
    s.sshKeyPath = QStringLiteral("/home/ops/.ssh/id_ed25519");
    s.theme = Theme::Dark;
    s.logFontFamily = QStringLiteral("DejaVu Sans Mono");
    s.logFontPointSize = 12;
    s.logWindowMiB = 64;
    s.proxyMode = ProxyMode::Manual;
    s.proxyHost = QStringLiteral("proxy.internal");
    s.proxyPort = 8081;
    s.language = QStringLiteral("de");
    s.trayNotifications = false;
    s.save();
    QCOMPARE(AppSettings::load(), s);
}

void tst_AppSettings::outOfRangeValuesAreClamped()
{
    AppSettings s;
    s.pollIntervalMs = 1;
    s.sshForks = 0;
    s.logWindowMiB = 100000;
    s.proxyPort = 70000;
    const AppSettings c = s.clamped();
    QCOMPARE(c.pollIntervalMs, AppSettings::kMinPollIntervalMs);
    QCOMPARE(c.sshForks, 1);
    QCOMPARE(c.logWindowMiB, AppSettings::kMaxLogWindowMiB);
    QCOMPARE(c.proxyPort, 65535);
}

void tst_AppSettings::garbageInSettingsFileFallsBackToDefaults()
{
    QSettings raw;
    raw.setValue(QStringLiteral("ssh/forks"), QStringLiteral("many"));
    raw.setValue(QStringLiteral("ui/theme"), QStringLiteral("purple"));
    raw.setValue(QStringLiteral("network/proxyMode"), 42);
    raw.sync();
    const AppSettings loaded = AppSettings::load();
    QCOMPARE(loaded.sshForks, 1); // "many" reads as 0, clamped to the minimum
    QCOMPARE(loaded.theme, Theme::System);
    QCOMPARE(loaded.proxyMode, ProxyMode::System);
}

QTEST_GUILESS_MAIN(tst_AppSettings)
#include "tst_AppSettings.moc"
