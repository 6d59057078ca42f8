#include "widgets/cluster/ResourceBarDelegate.h"

#include "models/cluster/SnapshotTableModel.h"

#include <QApplication>
#include <QPainter>

namespace mc::widgets {

void ResourceBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QVariant fraction = index.data(models::FractionRole);
    if (!fraction.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const double f = std::clamp(fraction.toDouble(), 0.0, 1.0);
    const QRect bar = option.rect.adjusted(3, 3, -3, -3);
    const QColor fill = f > 0.9 ? QColor(0xe5, 0x73, 0x73)
        : f > 0.75              ? QColor(0xff, 0xb7, 0x4d)
                                : QColor(0x81, 0xc7, 0x84);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QColor(0xbd, 0xbd, 0xbd));
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
