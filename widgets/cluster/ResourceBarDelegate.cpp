#include "widgets/cluster/ResourceBarDelegate.h"

#include "models/common/StateColorPalette.h"

#include <QPainter>

#include <algorithm>

namespace mc::widgets {

void ResourceBarDelegate::paintBar(QPainter *painter, const QStyleOptionViewItem &option, double fraction,
                                   const QString &text) const
{
    const double f = std::clamp(fraction, 0.0, 1.0);
    const QRect bar = option.rect.adjusted(3, 3, -3, -3);
    using Role = models::StateColorPalette::Role;
    const models::StateColorPalette state(option.palette);
    const QColor fill = state.color(f > 0.9 ? Role::UsageFull : f > 0.75 ? Role::UsageHigh : Role::UsageLow);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(state.color(Role::UsageFrame));
    painter->setBrush(option.palette.base());
    painter->drawRect(bar.adjusted(0, 0, -1, -1));
    painter->fillRect(QRect(bar.left() + 1, bar.top() + 1, int((bar.width() - 2) * f), bar.height() - 2),
                      fill);
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(bar, Qt::AlignCenter, text);
    painter->restore();
}

QSize ResourceBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMax(size.width() + 16, 140));
    return size;
}

} // namespace mc::widgets
