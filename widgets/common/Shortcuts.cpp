#include "widgets/common/Shortcuts.h"

#include <QAbstractButton>

namespace mc::widgets {

void setButtonShortcut(QAbstractButton *button, const QKeySequence &keys)
{
    button->setShortcut(keys);
    const QString key = keys.toString(QKeySequence::NativeText);
    const QString tip = button->toolTip().isEmpty() ? button->text().remove(u'&') : button->toolTip();
    button->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key));
}

} // namespace mc::widgets
