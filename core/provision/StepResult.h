#pragma once

#include "core/provision/Recipe.h"

#include <QMetaType>
#include <QString>

namespace mc::provision {

enum class StepState { Ok, Changed, Failed, Unreachable, Skipped };

// "ok", "changed", ...: the state as the journal and the CLI write it (never translated).
[[nodiscard]] QString stepStateName(StepState state);
// The state as the GUI shows it, translated.
[[nodiscard]] QString stepStateLabel(StepState state);

// What one step (or handler) did on one host. In check mode `Changed` means
// "would change" and nothing was changed.
struct StepResult
{
    QString host;
    QString role;
    QString step;
    StepKind kind = StepKind::Command;
    bool handler = false;
    StepState state = StepState::Ok;
    QString message; // what happened / would happen, or why it failed
    QString diff; // unified diff of a file (check or --diff)
    QString path; // file steps: the file
    QString warning; // e.g. the agent will need a new agent id
    QString command; // the command that ran / would run (command steps)
    int exitStatus = -1;
    qint64 elapsedMs = 0;
    qint64 startedAtMs = 0; // UTC ms since the epoch; 0: not known
};

} // namespace mc::provision

Q_DECLARE_METATYPE(mc::provision::StepResult)
