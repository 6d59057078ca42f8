#pragma once

#include "core/marathon/ImportPlan.h"
#include "core/marathon/MarathonClient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

namespace mc::marathon {

enum class ApplyMode {
    PerGroup, // PUT /v2/groups/{group} per group that has changes: one deployment per group
    PerApp, // PUT /v2/apps/{id} per app: one deployment per app
}; // pods go one by one either way (POST /v2/pods, PUT /v2/pods/{id}): a group update ignores them

// What became of one app or pod of the plan.
struct ApplyOutcome
{
    QString id;
    bool pod = false;
    PlanAction action = PlanAction::Create;
    bool ok = false;
    QString error; // what went wrong and what to do
    QList<FieldError> fieldErrors; // 422: the definition's fields Marathon refused
    QString deploymentId;
};

struct ApplySummary
{
    Q_DECLARE_TR_FUNCTIONS(mc::marathon::ApplySummary)

public:
    QList<ApplyOutcome> outcomes; // the apps and pods that were sent, in order
    int unchanged = 0; // unchanged, skipped and conflicting ones: nothing sent
    QStringList deployments;

    [[nodiscard]] int created() const;
    [[nodiscard]] int updated() const;
    [[nodiscard]] int failed() const;
    // "Created 3, updated 1, failed 1, 4 left as they were; 2 deployments"
    [[nodiscard]] QString text() const;
};

// Applies an ImportPlan's creates and updates, one request after the other, through the
// client (and so through its gate). A refused request (409 lock, 422 invalid) fails the apps
// or the pod it carried, the others go on. On a protected cluster the gate asks once for the
// whole import ("apps.import" of every id sent), not once per request.
class ImportApplier : public QObject
{
    Q_OBJECT

public:
    explicit ImportApplier(MarathonClient *client, QObject *parent = nullptr);

    // `target` is the target's GET /v2/groups the plan was made from: a group update carries
    // the group's other apps as they are, so that none is removed.
    void apply(const ImportPlan &plan, const QJsonObject &target, ApplyMode mode, bool force);
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int done, int total, const QString &what);
    void outcome(const mc::marathon::ApplyOutcome &outcome);
    void finished(const mc::marathon::ApplySummary &summary);

private:
    struct Batch
    {
        QString groupId; // PerGroup; empty: one app or pod
        QList<PlanItem> items;
        QJsonObject body; // the group update, the app or the pod
    };
    void next();
    void finishBatch(const Batch &batch, const ActionResult &result);
    // Protected or read-only cluster: admits every batch at once; false (each outcome failed) when refused.
    bool admitOnce();

    QPointer<MarathonClient> m_client;
    // The client the batches go through: m_client, or (protected cluster, confirmed once) one
    // with the same connection whose gate does not ask again.
    std::unique_ptr<MarathonClient> m_confirmed;
    std::optional<audit::ActionGate::Ticket> m_ticket;
    QList<Batch> m_batches;
    ApplySummary m_summary;
    bool m_force = false;
    bool m_running = false;
    int m_total = 0;
    int m_done = 0;
};

} // namespace mc::marathon
