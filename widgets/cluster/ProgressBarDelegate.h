#pragma once

#include "widgets/cluster/FractionBarDelegate.h"

namespace mc::widgets {

// Paints a cell as a progress bar filled by the model's FractionRole (0..1),
// with the cell's text ("2 of 3") on it; cells without a fraction are drawn
// as plain text.
class ProgressBarDelegate : public FractionBarDelegate
{
    Q_OBJECT

public:
    using FractionBarDelegate::FractionBarDelegate;

    static constexpr int kMinWidth = 130;

    // Wide enough for a bar with its text.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void paintBar(QPainter *painter, const QStyleOptionViewItem &option, double fraction,
                  const QString &text) const override;
};

} // namespace mc::widgets
