#pragma once

#include <QStringList>
#include <QVariant>

namespace mc::models {

// A table model's horizontal header from its column titles, listed in the order of
// the model's Column enum: one list beside the enum instead of a switch over it.
// `titles` returns the list (tr()'d in the model, so lupdate files them under the
// model's context); it is called only for a horizontal DisplayRole, the one a header
// paints with, and a section outside the list has no title.
template <typename Titles>
QVariant columnTitle(int section, Qt::Orientation orientation, int role, Titles titles)
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QStringList list = titles();
    return section >= 0 && section < list.size() ? QVariant(list.at(section)) : QVariant();
}

} // namespace mc::models
