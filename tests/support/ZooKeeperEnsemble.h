#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace mc::app {
class DemoZooKeeper;
}

namespace mc::test {

// Starts a real ensemble of `members` (app::DemoZooKeeper) and waits until every member serves.
// Empty on success, else why it failed.
QString startEnsemble(app::DemoZooKeeper &ensemble, int members, int timeoutMs);

// The json.info_* children of `path` in the ensemble of `zkUrl`, lowest sequence (the leader)
// first, with their JSON; empty when ZooKeeper does not answer.
QList<QPair<QString, QJsonObject>> masterContenders(const QString &zkUrl, const QString &path);

} // namespace mc::test
