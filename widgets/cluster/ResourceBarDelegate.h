#pragma once

#include "widgets/cluster/FractionBarDelegate.h"

namespace mc::widgets {

// Paints "used / total" cells as a bar filled by the model's FractionRole,
// with the text on top; green, orange above 75 %, red above 90 %.
class ResourceBarDelegate : public FractionBarDelegate
{
    Q_OBJECT

public:
    using FractionBarDelegate::FractionBarDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void paintBar(QPainter *painter, const QStyleOptionViewItem &option, double fraction,
                  const QString &text) const override;
};

} // namespace mc::widgets
