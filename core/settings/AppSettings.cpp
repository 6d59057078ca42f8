#include "core/settings/AppSettings.h"

#include <QSettings>

#include <algorithm>

namespace mc::settings {

namespace {
const QString kPoll = QStringLiteral("cluster/pollIntervalMs");
const QString kForks = QStringLiteral("ssh/forks");
const QString kSshUser = QStringLiteral("ssh/defaultUser");
const QString kSshKey = QStringLiteral("ssh/defaultKeyPath");
const QString kTheme = QStringLiteral("ui/theme");
const QString kLogFont = QStringLiteral("logs/fontFamily");
const QString kLogFontSize = QStringLiteral("logs/fontPointSize");
const QString kLogWindow = QStringLiteral("logs/windowMiB");
const QString kProxyMode = QStringLiteral("network/proxyMode");
const QString kProxyHost = QStringLiteral("network/proxyHost");
const QString kProxyPort = QStringLiteral("network/proxyPort");
const QString kLanguage = QStringLiteral("ui/language");
const QString kTrayNotifications = QStringLiteral("notifications/tray");

QString proxyModeName(ProxyMode mode)
{
    switch (mode) {
    case ProxyMode::None:
        return QStringLiteral("none");
    case ProxyMode::Manual:
        return QStringLiteral("manual");
    case ProxyMode::System:
        break;
    }
    return QStringLiteral("system");
}

ProxyMode proxyModeFromName(const QString &name)
{
    if (name == u"none")
        return ProxyMode::None;
    if (name == u"manual")
        return ProxyMode::Manual;
    return ProxyMode::System;
}
} // namespace

QString themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Theme themeFromName(const QString &name)
{
    if (name == u"light")
        return Theme::Light;
    if (name == u"dark")
        return Theme::Dark;
    return Theme::System;
}

AppSettings AppSettings::load()
{
    const QSettings s;
    AppSettings d;
    AppSettings a;
    a.pollIntervalMs = s.value(kPoll, d.pollIntervalMs).toInt();
    a.sshForks = s.value(kForks, d.sshForks).toInt();
    a.sshUser = s.value(kSshUser, d.sshUser).toString();
    a.sshKeyPath = s.value(kSshKey, d.sshKeyPath).toString();
    a.theme = themeFromName(s.value(kTheme).toString());
    a.logFontFamily = s.value(kLogFont, d.logFontFamily).toString();
    a.logFontPointSize = s.value(kLogFontSize, d.logFontPointSize).toInt();
    a.logWindowMiB = s.value(kLogWindow, d.logWindowMiB).toInt();
    a.proxyMode = proxyModeFromName(s.value(kProxyMode).toString());
    a.proxyHost = s.value(kProxyHost, d.proxyHost).toString();
    a.proxyPort = s.value(kProxyPort, d.proxyPort).toInt();
    a.language = s.value(kLanguage, d.language).toString();
    a.trayNotifications = s.value(kTrayNotifications, d.trayNotifications).toBool();
    return a.clamped();
}

void AppSettings::save() const
{
    const AppSettings a = clamped();
    QSettings s;
    s.setValue(kPoll, a.pollIntervalMs);
    s.setValue(kForks, a.sshForks);
    s.setValue(kSshUser, a.sshUser);
    s.setValue(kSshKey, a.sshKeyPath);
    s.setValue(kTheme, themeName(a.theme));
    s.setValue(kLogFont, a.logFontFamily);
    s.setValue(kLogFontSize, a.logFontPointSize);
    s.setValue(kLogWindow, a.logWindowMiB);
    s.setValue(kProxyMode, proxyModeName(a.proxyMode));
    s.setValue(kProxyHost, a.proxyHost);
    s.setValue(kProxyPort, a.proxyPort);
    s.setValue(kLanguage, a.language);
    s.setValue(kTrayNotifications, a.trayNotifications);
}

AppSettings AppSettings::clamped() const
{
    AppSettings a = *this;
    a.pollIntervalMs = std::clamp(a.pollIntervalMs, kMinPollIntervalMs, kMaxPollIntervalMs);
    a.sshForks = std::clamp(a.sshForks, 1, kMaxForks);
    a.logFontPointSize = std::clamp(a.logFontPointSize, 6, 48);
    a.logWindowMiB = std::clamp(a.logWindowMiB, 1, kMaxLogWindowMiB);
    a.proxyPort = std::clamp(a.proxyPort, 1, 65535);
    return a;
}

} // namespace mc::settings
