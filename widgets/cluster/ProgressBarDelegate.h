#pragma once

#include <QStyledItemDelegate>

namespace mc::widgets {

// Paints a cell as a progress bar filled by the model's FractionRole (0..1),
// with the cell's text ("2 of 3") on it; cells without a fraction are drawn
// as plain text.
class ProgressBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int kMinWidth = 130;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    // Wide enough for a bar with its text.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace mc::widgets
