#pragma once

class QScrollArea;
class QWidget;

namespace mc::widgets {

// `page` in a frameless scroll area that gives it all the room there is and
// scrolls when the window is smaller than the page's minimum: a form or a
// wizard page stays usable on a small screen and never sets the window's size.
[[nodiscard]] QScrollArea *scrollable(QWidget *page);

} // namespace mc::widgets
