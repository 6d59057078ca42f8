#pragma once

#include <QIcon>
#include <QString>

namespace mc::widgets {

// The line icon :/icons/<name>.svg in the theme's icon colour (StateColorPalette's Icon
// role; the highlighted text's colour on a selected item, muted when disabled), read at
// paint time: views that repaint after a theme switch show it in the new theme's.
[[nodiscard]] QIcon themedIcon(const QString &name);

} // namespace mc::widgets
