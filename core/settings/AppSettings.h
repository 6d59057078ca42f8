#pragma once

#include <QString>

namespace mc::settings {

enum class Theme { System, Light, Dark };
enum class ProxyMode { System, None, Manual };

// The user's preferences, as plain values. load()/save() go through QSettings
// (never a secret in here: no passwords).
struct AppSettings
{
    static constexpr int kDefaultPollIntervalMs = 2000;
    static constexpr int kMinPollIntervalMs = 250;
    static constexpr int kMaxPollIntervalMs = 600000;
    static constexpr int kDefaultForks = 10;
    static constexpr int kMaxForks = 256;
    static constexpr int kDefaultLogWindowMiB = 20;
    static constexpr int kMaxLogWindowMiB = 1024;

    int pollIntervalMs = kDefaultPollIntervalMs;
    int sshForks = kDefaultForks;
    QString sshUser;
    QString sshKeyPath;
    Theme theme = Theme::System;
    QString logFontFamily = QStringLiteral("Monospace");
    int logFontPointSize = 10;
    int logWindowMiB = kDefaultLogWindowMiB;
    ProxyMode proxyMode = ProxyMode::System;
    QString proxyHost;
    int proxyPort = 3128;
    QString language; // empty: from the locale
    bool trayNotifications = true; // notices also as system tray messages (where there is a tray)

    bool operator==(const AppSettings &) const = default;

    [[nodiscard]] static AppSettings load();
    void save() const;
    // Values outside their range are brought back into it.
    [[nodiscard]] AppSettings clamped() const;
};

[[nodiscard]] QString themeName(Theme theme);
[[nodiscard]] Theme themeFromName(const QString &name);

} // namespace mc::settings
