#include "widgets/common/DiffHighlighter.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QTextCharFormat>

namespace mc::widgets {

void DiffHighlighter::highlightBlock(const QString &text)
{
    // Lighter shades on a dark theme's base, so the lines stay readable in both.
    constexpr int kDarkBase = 128;
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < kDarkBase;
    QTextCharFormat format;
    if (text.startsWith(QLatin1String("@@")))
        format.setForeground(dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x4f, 0x9c));
    else if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---")))
        format.setFontWeight(QFont::Bold);
    else if (text.startsWith(u'+'))
        format.setForeground(dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x1b, 0x5e, 0x20));
    else if (text.startsWith(u'-'))
        format.setForeground(dark ? QColor(0xf2, 0x8b, 0x82) : QColor(0xb7, 0x1c, 0x1c));
    else
        return;
    setFormat(0, int(text.size()), format);
}

} // namespace mc::widgets
