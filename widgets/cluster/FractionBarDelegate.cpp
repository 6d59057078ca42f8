#include "widgets/cluster/FractionBarDelegate.h"

#include "models/cluster/SnapshotTableModel.h"

#include <QApplication>

namespace mc::widgets {

void FractionBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QVariant fraction = index.data(models::FractionRole);
    if (!fraction.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    const QString text = background.text;
    background.text.clear();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);
    paintBar(painter, option, fraction.toDouble(), text);
}

} // namespace mc::widgets
