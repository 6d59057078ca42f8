#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace mc::provision {

// What one step does (docs in resources/recipes/README.md).
enum class StepKind {
    Package, // install packages (apt / yum / dnf)
    Repository, // a package repository (apt source list + key, or yum .repo)
    Template, // a file rendered from a Mustache template
    Copy, // a file with inline content (rendered too)
    Directory, // a directory with mode/owner
    Command, // a shell command, guarded by `creates` / `unless`
    Service, // service state (started / stopped / restarted) and enablement
    WaitFor, // wait until a port accepts or a URL answers
};

[[nodiscard]] QString stepKindName(StepKind kind);

// One step as written in the recipe. `args` holds the kind's keys with their
// raw (unrendered) values: strings, or string lists (package names).
struct Step
{
    StepKind kind = StepKind::Command;
    QString name;
    QString role;
    QVariantMap args;
    QStringList notify; // handler names of the same role
    QString when; // variable name, "!name" for its negation; empty: always
    QString file; // where it was written, for messages
    int line = 0;

    [[nodiscard]] QString where() const { return QStringLiteral("%1:%2").arg(file).arg(line); }
};

struct Role
{
    QString name;
    QList<Step> steps;
    QList<Step> handlers; // run once per host at the end of the role, when notified
};

// A provisioning recipe: roles of steps, which roles masters and agents get,
// and default variables. Roles run in the order they are written (ZooKeeper
// before Mesos masters before agents): every host finishes a role before any
// host starts the next.
struct Recipe
{
    QString path; // file it came from (":/recipes/..." for shipped ones)
    QString baseDir; // where relative template paths are resolved
    QString name;
    QString description;
    QVariantMap variables;
    QStringList masterRoles;
    QStringList agentRoles;
    QList<Role> roles;

    [[nodiscard]] const Role *role(const QString &name) const;
    [[nodiscard]] QStringList roleNames() const;
};

} // namespace mc::provision
