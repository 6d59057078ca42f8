#pragma once

#include <QStyledItemDelegate>

namespace mc::widgets {

// Paints "used / total" cells as a bar filled by the model's FractionRole,
// with the text on top; green, orange above 75 %, red above 90 %.
class ResourceBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace mc::widgets
