#pragma once

#include <QKeySequence>

class QAbstractButton;

namespace mc::widgets {

// Gives a button a keyboard shortcut (active while the button is visible, so
// each page's keys work on that page only) and says it in the tool tip.
void setButtonShortcut(QAbstractButton *button, const QKeySequence &keys);

} // namespace mc::widgets
