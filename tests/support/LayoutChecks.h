#pragma once

#include <QSize>
#include <QStringList>

class QWidget;

namespace mc::test {

// What a person would see as broken in `root` as laid out now (empty: nothing):
// a visible button narrower than its size hint (its text cut), a visible
// line edit or combo box narrower than its minimum size hint, a label with a
// mnemonic ("&Key:") and no buddy that takes focus (the "&" shows as is).
// Each entry names the widget.
[[nodiscard]] QStringList clippedControls(QWidget *root);
[[nodiscard]] QStringList mnemonicsWithoutBuddy(QWidget *root);

// Resizes the window and lets the layouts settle (posted layout requests, resizes).
void resizeAndSettle(QWidget *window, const QSize &size);

} // namespace mc::test
