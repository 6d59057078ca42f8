#include "core/provision/Recipe.h"

namespace mc::provision {

QString stepKindName(StepKind kind)
{
    switch (kind) {
    case StepKind::Package:
        return QStringLiteral("package");
    case StepKind::Repository:
        return QStringLiteral("repository");
    case StepKind::Template:
        return QStringLiteral("template");
    case StepKind::Copy:
        return QStringLiteral("copy");
    case StepKind::Directory:
        return QStringLiteral("directory");
    case StepKind::Command:
        return QStringLiteral("command");
    case StepKind::Service:
        return QStringLiteral("service");
    case StepKind::WaitFor:
        return QStringLiteral("wait_for");
    }
    return {};
}

const Role *Recipe::role(const QString &name) const
{
    for (const Role &r : roles) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

QStringList Recipe::roleNames() const
{
    QStringList names;
    for (const Role &r : roles)
        names << r.name;
    return names;
}

} // namespace mc::provision
