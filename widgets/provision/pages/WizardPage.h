#pragma once

#include "core/provision/StepResult.h"
#include "models/common/StateColorPalette.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QThread>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QVBoxLayout;

namespace mc::provision {
struct ProvisionTarget;
}

namespace mc::widgets {

class ElidedLabel;
class ProvisionContext;

namespace wizard {

// A page of the provisioning wizard: its title and what it does at the top, then
// what the page adds to layout() (a form, a CheckPanel). Every page gets the
// wizard's ProvisionContext: the shared state and the way to ask for navigation.
//
// The pages translate in the wizard's context (they were one class): their strings keep
// their translations, and the pages need no Q_OBJECT (they have no signals; what they
// tell the wizard goes through the context).
class WizardPage : public QWidget
{
    Q_DECLARE_TR_FUNCTIONS(mc::widgets::ProvisionWizard)

public:
    WizardPage(ProvisionContext *context, const QString &objectName, const QString &title,
               const QString &text, QWidget *parent = nullptr);

protected:
    [[nodiscard]] QVBoxLayout *pageLayout() const { return m_layout; }

    ProvisionContext *const m_context;

private:
    QVBoxLayout *m_layout = nullptr;
};

// The palette role of a step state (ok, changed, failed, skipped) in the pages' tables.
[[nodiscard]] models::StateColorPalette::Role stateRole(provision::StepState state);

// The masters, then the agents that are no masters: the hosts the recipe sets up.
[[nodiscard]] QStringList hostsOf(const provision::ProvisionTarget &target);

// The agent identity warnings and what "Drain agents first" does about them, in
// `label` (the Plan and the Run page's), hidden while there are none.
void showIdentityWarnings(const ProvisionContext &context, ElidedLabel *label);

// Runs `work` on a thread of its own and `done` back on `context`'s thread, unless
// `context` is gone by then (the wizard closed during a preflight): the thread's
// finished signal reaches `done` through a connection Qt drops with `context`,
// where calling into `context` from the thread could find it deleted.
template<typename T>
void runInBackground(QObject *context, std::function<T()> work, std::function<void(const T &)> done)
{
    auto result = std::make_shared<std::optional<T>>();
    QThread *thread = QThread::create([result, work = std::move(work)] { result->emplace(work()); });
    QObject::connect(thread, &QThread::finished, context, [result, done = std::move(done)] {
        if (*result)
            done(**result);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace wizard
} // namespace mc::widgets
