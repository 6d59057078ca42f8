#include "widgets/common/Scrollable.h"

#include <QScrollArea>

namespace mc::widgets {

QScrollArea *scrollable(QWidget *page)
{
    auto *area = new QScrollArea;
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setWidget(page);
    // The page's background, not the scroll area's base colour.
    area->setBackgroundRole(QPalette::Window);
    area->viewport()->setAutoFillBackground(false);
    return area;
}

} // namespace mc::widgets
