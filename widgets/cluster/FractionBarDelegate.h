#pragma once

#include <QStyledItemDelegate>

namespace mc::widgets {

// Paints a cell the model fills to a fraction (FractionRole, 0..1) as a bar with the
// cell's text on it: the row's background (selection, alternate rows) first, then the
// subclass's bar inside the cell. Cells without a fraction are drawn as plain text.
class FractionBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const final;

protected:
    // The bar in `option.rect`, filled to `fraction`, with `text` on it.
    virtual void paintBar(QPainter *painter, const QStyleOptionViewItem &option, double fraction,
                          const QString &text) const = 0;
};

} // namespace mc::widgets
