#pragma once

#include <QBrush>
#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>

namespace mc::models {

// The one place the console's colours are written down (after KeePassXC's
// StateColorPalette): state and severity colours, chart series, banner
// surfaces, the terminal's ANSI colours and the dark theme's own QPalette.
// Every colour has a light and a dark value; which one applies is read from the
// palette the object is built from, by default the application's palette at the
// moment of the call, so a model that builds one in data() follows a theme
// switch without being told. Text roles read at WCAG AA (at least 4.5:1) on the
// Window, Base and AlternateBase of both themes, chart roles are graphics (at
// least 3:1), a surface's text reads on its background and the theme's Text on
// the usage fills; tests/widgets/settings/tst_ThemeContrast checks them all.
// Nothing outside this file names a colour (tests/models/common/tst_ColourLiterals).
class StateColorPalette
{
public:
    enum class Role {
        // Text on the window or a view's base.
        Error, // a failure, a problem to act on
        Warning, // waiting, degraded, needs a look
        Ok, // healthy, running, done well
        Info, // neutral news: connecting, standby
        Muted, // inherited, ended, unknown
        TaskFailed, // FAILED, ERROR, LOST tasks and failing health
        TaskEnded, // tasks that finished or were killed
        DiffAdded,
        DiffRemoved,
        DiffHunk, // "@@ -1,3 +1,4 @@"
        // Graphics: lines, bars, dots, stripes.
        Accent, // an informational stripe or mark
        // Line icons; resources/icons are drawn in its light value.
        Icon,
        ChartCpu,
        ChartMemory,
        ChartDisk,
        UsageLow, // a resource bar's fill below 75 %, text drawn over it
        UsageHigh, // 75 to 90 %
        UsageFull, // above 90 %
        UsageFrame, // the bar's outline
    };
    // A coloured box holding text: banners, flagged rows, search matches.
    enum class Surface { Error, Warning, Info, SearchMatch };
    struct SurfaceColors
    {
        QColor background;
        QColor text;
        QColor border;
    };

    // For the application's palette now.
    StateColorPalette();
    explicit StateColorPalette(const QPalette &palette);
    explicit StateColorPalette(bool dark);

    [[nodiscard]] bool isDark() const { return m_dark; }
    [[nodiscard]] QColor color(Role role) const;
    [[nodiscard]] QBrush brush(Role role) const { return QBrush(color(role)); }
    // "#rrggbb", for style sheets and rich text.
    [[nodiscard]] QString name(Role role) const { return color(role).name(); }
    [[nodiscard]] SurfaceColors surface(Surface surface) const;
    // Style sheet pieces: "color: #rrggbb;" and a surface's background, text and border.
    [[nodiscard]] QString textStyle(Role role) const;
    [[nodiscard]] QString surfaceStyle(Surface surface) const;
    // The 16 ANSI colours (normal eight, then bright eight) as 0xRRGGBB.
    [[nodiscard]] QList<quint32> terminalColors() const;

    // The dark theme (Fusion): Window, Base, Text, Highlight and the rest.
    [[nodiscard]] static QPalette darkTheme();
    // Whether `palette` is a dark one (its window is darker than middle grey).
    [[nodiscard]] static bool isDark(const QPalette &palette);
    // WCAG 2 contrast ratio of two colours, 1 to 21.
    [[nodiscard]] static double contrastRatio(const QColor &a, const QColor &b);
    // Black or white, whichever reads better on `background` (a user's chosen colour).
    [[nodiscard]] static QColor readableTextOn(const QColor &background);
    // The roles drawn as text, and the roles drawn as graphics on the window or base (the
    // usage fills are read with the theme's Text over them instead).
    [[nodiscard]] static QList<Role> textRoles();
    [[nodiscard]] static QList<Role> graphicRoles();

private:
    bool m_dark;
};

} // namespace mc::models
