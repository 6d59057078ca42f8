#pragma once

#include "core/marathon/App.h"
#include "core/marathon/Deployment.h"
#include "core/mesos/Agent.h"
#include "core/mesos/Framework.h"
#include "models/cluster/TaskRow.h"

#include <QCoreApplication>
#include <QString>

namespace mc::widgets {

// The HTML of the details panes: every field of one row, escaped.
class ClusterDetails
{
    Q_DECLARE_TR_FUNCTIONS(mc::widgets::ClusterDetails)

public:
    [[nodiscard]] static QString agent(const mesos::Agent &agent);
    [[nodiscard]] static QString framework(const mesos::Framework &framework);
    [[nodiscard]] static QString app(const marathon::App &app);
    [[nodiscard]] static QString task(const models::TaskRow &row);
    [[nodiscard]] static QString deployment(const marathon::Deployment &deployment);
};

} // namespace mc::widgets
