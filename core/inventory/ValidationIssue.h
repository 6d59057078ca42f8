#pragma once

#include <QList>
#include <QString>

namespace mc::inventory {

// One finding of the inventory validation, attached to what it is about so a
// view can show it next to the offending row.
struct ValidationIssue
{
    enum class Severity { Error, Warning, Info };

    Severity severity = Severity::Error;
    QString host; // the host concerned, or empty
    QString group; // the group concerned, or empty
    QString variable; // the variable concerned (zoo_id, ansible_host, ...), or empty
    QString message; // what is wrong and what to do

    bool operator==(const ValidationIssue &) const = default;
};

using ValidationIssues = QList<ValidationIssue>;

} // namespace mc::inventory
