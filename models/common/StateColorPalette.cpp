#include "models/common/StateColorPalette.h"

#include <QGuiApplication>

#include <cmath>

namespace mc::models {

namespace {

struct Pair
{
    QRgb light;
    QRgb dark;
};

// Light values are read on Fusion's light window (#efefef) and white base, dark
// values on the dark theme below (window #2b2d31, base #1f2124).
Pair pairOf(StateColorPalette::Role role)
{
    using Role = StateColorPalette::Role;
    switch (role) {
    case Role::Error:
    case Role::TaskFailed:
        return { 0xc62828, 0xf28b82 };
    case Role::Warning:
        return { 0x8a5a00, 0xf0b95a };
    case Role::Ok:
        return { 0x1e6b2a, 0x81c995 };
    case Role::Info:
        return { 0x1565c0, 0x8ab4f8 };
    case Role::Muted:
    case Role::TaskEnded:
        return { 0x616161, 0xa0a0a0 };
    case Role::DiffAdded:
        return { 0x1b5e20, 0x81c995 };
    case Role::DiffRemoved:
        return { 0xb71c1c, 0xf28b82 };
    case Role::DiffHunk:
        return { 0x1a4f9c, 0x8ab4f8 };
    case Role::Accent:
        return { 0x2f6fc0, 0x6fb1ff };
    case Role::Icon:
        return { 0x3b5b8c, 0x9fb8e0 };
    case Role::ChartCpu:
        return { 0x1e88e5, 0x64b5f6 };
    case Role::ChartMemory:
        return { 0x8e24aa, 0xce93d8 };
    case Role::ChartDisk:
        return { 0x388e3c, 0x81c784 };
    // The bar's text is the theme's Text colour: pale fills in light, deep ones in dark.
    case Role::UsageLow:
        return { 0x81c784, 0x2e6b34 };
    case Role::UsageHigh:
        return { 0xffb74d, 0x8a5a12 };
    case Role::UsageFull:
        return { 0xe57373, 0x8c2f2f };
    case Role::UsageFrame:
        return { 0x9e9e9e, 0x6a6d73 };
    }
    return { 0x000000, 0xffffff };
}

struct SurfacePair
{
    QRgb background[2];
    QRgb text[2];
    QRgb border[2];
};

SurfacePair surfacePairOf(StateColorPalette::Surface surface)
{
    using Surface = StateColorPalette::Surface;
    switch (surface) {
    case Surface::Error:
        return { { 0xfde8e8, 0x441a1a }, { 0x7a1515, 0xffc9c9 }, { 0xf3b4b4, 0x8a3030 } };
    case Surface::Warning:
        return { { 0xfff4e0, 0x3a2c10 }, { 0x6b4200, 0xffd9a0 }, { 0xf0c987, 0x7a5a1c } };
    case Surface::Info:
        return { { 0xe8f0fe, 0x1c2b41 }, { 0x1a3e72, 0xcfe0fc }, { 0xb6cdf5, 0x34527f } };
    case Surface::SearchMatch:
        return { { 0xffe150, 0x6b5800 }, { 0x000000, 0xfff3b0 }, { 0xffe150, 0x6b5800 } };
    }
    return {};
}

double linear(double channel)
{
    constexpr double kLow = 0.03928, kLowDivisor = 12.92, kOffset = 0.055, kScale = 1.055, kGamma = 2.4;
    return channel <= kLow ? channel / kLowDivisor : std::pow((channel + kOffset) / kScale, kGamma);
}

double luminance(const QColor &c)
{
    constexpr double kRed = 0.2126, kGreen = 0.7152, kBlue = 0.0722;
    return kRed * linear(c.redF()) + kGreen * linear(c.greenF()) + kBlue * linear(c.blueF());
}

constexpr QRgb kBlack = 0x000000;
constexpr QRgb kWhite = 0xffffff;

} // namespace

StateColorPalette::StateColorPalette()
    : StateColorPalette(QGuiApplication::palette())
{ }

StateColorPalette::StateColorPalette(const QPalette &palette)
    : m_dark(isDark(palette))
{ }

StateColorPalette::StateColorPalette(bool dark)
    : m_dark(dark)
{ }

QColor StateColorPalette::color(Role role) const
{
    const Pair pair = pairOf(role);
    return QColor::fromRgb(m_dark ? pair.dark : pair.light);
}

StateColorPalette::SurfaceColors StateColorPalette::surface(Surface surface) const
{
    const SurfacePair pair = surfacePairOf(surface);
    const int tone = m_dark ? 1 : 0;
    return { QColor::fromRgb(pair.background[tone]), QColor::fromRgb(pair.text[tone]),
             QColor::fromRgb(pair.border[tone]) };
}

QString StateColorPalette::textStyle(Role role) const
{
    return QStringLiteral("color: %1;").arg(name(role));
}

QString StateColorPalette::surfaceStyle(Surface surface) const
{
    const SurfaceColors c = this->surface(surface);
    return QStringLiteral("background: %1; color: %2; border: 1px solid %3;")
        .arg(c.background.name(), c.text.name(), c.border.name());
}

QList<quint32> StateColorPalette::terminalColors() const
{
    // Tango's colours; on a dark background the normal eight are the bright
    // ones (ls's directories in blue stay readable), as dark terminal themes do.
    static const QList<quint32> normal { 0x2e3436, 0xcc0000, 0x4e9a06, 0xc4a000,
                                         0x3465a4, 0x75507b, 0x06989a, 0xd3d7cf };
    static const QList<quint32> bright { 0x555753, 0xef2929, 0x8ae234, 0xfce94f,
                                         0x729fcf, 0xad7fa8, 0x34e2e2, 0xeeeeec };
    QList<quint32> colors = m_dark ? bright : normal;
    colors[0] = normal[0];
    colors[7] = normal[7];
    colors += bright;
    return colors;
}

QPalette StateColorPalette::darkTheme()
{
    QPalette p;
    const QColor window = QColor::fromRgb(0x2b2d31);
    const QColor base = QColor::fromRgb(0x1f2124);
    const QColor text = QColor::fromRgb(0xe6e6e6);
    const QColor disabledText = QColor::fromRgb(0x808080);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor::fromRgb(0xff0000));
    p.setColor(QPalette::Link, QColor::fromRgb(0x6fb1ff));
    p.setColor(QPalette::Highlight, QColor::fromRgb(0x2f6fc0));
    p.setColor(QPalette::HighlightedText, QColor::fromRgb(kWhite));
    p.setColor(QPalette::PlaceholderText, QColor::fromRgb(0xa0a0a0));
    p.setColor(QPalette::Mid, QColor::fromRgb(0x44464a));
    p.setColor(QPalette::Disabled, QPalette::Text, disabledText);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabledText);
    return p;
}

bool StateColorPalette::isDark(const QPalette &palette)
{
    constexpr int kMiddle = 128;
    return palette.color(QPalette::Window).lightness() < kMiddle;
}

double StateColorPalette::contrastRatio(const QColor &a, const QColor &b)
{
    constexpr double kFlare = 0.05;
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + kFlare) / (std::min(la, lb) + kFlare);
}

QColor StateColorPalette::readableTextOn(const QColor &background)
{
    const QColor black = QColor::fromRgb(kBlack), white = QColor::fromRgb(kWhite);
    return contrastRatio(background, black) >= contrastRatio(background, white) ? black : white;
}

QList<StateColorPalette::Role> StateColorPalette::textRoles()
{
    return { Role::Error,      Role::Warning,   Role::Ok,        Role::Info,        Role::Muted,
             Role::TaskFailed, Role::TaskEnded, Role::DiffAdded, Role::DiffRemoved, Role::DiffHunk };
}

QList<StateColorPalette::Role> StateColorPalette::graphicRoles()
{
    return { Role::Accent, Role::Icon, Role::ChartCpu, Role::ChartMemory, Role::ChartDisk };
}

} // namespace mc::models
