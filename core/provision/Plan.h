#pragma once

#include "core/provision/Recipe.h"
#include "core/ssh/HostSpec.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace mc::provision {

// A step with its values rendered for one host: nothing left to decide but
// what the host has now.
struct PlannedStep
{
    Step step; // as written
    QVariantMap args; // rendered
    QByteArray content; // template / copy: the file as it should be
    bool skipped = false; // its `when` is false for this host
};

struct RolePlan
{
    QString role;
    QList<PlannedStep> steps;
    QList<PlannedStep> handlers;
};

struct HostPlan
{
    QString host;
    ssh::HostSpec spec;
    bool master = false;
    bool agent = false;
    QVariantMap values; // every value templates of this host saw
    QList<RolePlan> roles; // in run order

    [[nodiscard]] const RolePlan *role(const QString &name) const
    {
        for (const RolePlan &r : roles) {
            if (r.role == name)
                return &r;
        }
        return nullptr;
    }
};

// Hosts x steps, fully rendered, before anything runs.
struct Plan
{
    QString recipeName;
    QStringList roleOrder; // phases: every host finishes a role before the next starts
    QList<HostPlan> hosts;

    [[nodiscard]] int stepCount() const
    {
        int n = 0;
        for (const HostPlan &h : hosts) {
            for (const RolePlan &r : h.roles)
                n += int(r.steps.size());
        }
        return n;
    }
    [[nodiscard]] const HostPlan *host(const QString &name) const
    {
        for (const HostPlan &h : hosts) {
            if (h.host == name)
                return &h;
        }
        return nullptr;
    }
};

} // namespace mc::provision
