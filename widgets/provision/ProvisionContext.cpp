#include "widgets/provision/ProvisionContext.h"

#include "core/mesos/MesosOperator.h"
#include "core/provision/Planner.h"
#include "core/provision/ProvisionRunner.h"
#include "widgets/provision/ProvisionWizard.h"
#include "widgets/provision/pages/MethodPage.h"
#include "widgets/provision/pages/RunPage.h"
#include "widgets/provision/pages/WorkspacePage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace mc::widgets {

using namespace mc::provision;

ProvisionContext::ProvisionContext(QObject *parent)
    : QObject(parent)
{ }

ProvisionContext::~ProvisionContext()
{
    if (m_runner)
        m_runner->cancel();
}

void ProvisionContext::setInputs(wizard::WorkspacePage *workspace, wizard::MethodPage *method,
                                 wizard::RunPage *run)
{
    m_workspace = workspace;
    m_method = method;
    m_run = run;
}

ProvisionTarget ProvisionContext::target() const
{
    Q_ASSERT(m_workspace && m_method);
    ProvisionTarget t = chosenTarget ? *chosenTarget : ProvisionTarget {};
    t.sshUser = m_workspace->sshUser();
    if (t.sshUser.isEmpty())
        t.sshUser = defaultUser;
    t.keyPath = m_workspace->keyPath();
    if (t.keyPath.isEmpty())
        t.keyPath
            = defaultKey.startsWith(QStringLiteral("~/")) ? QDir::homePath() + defaultKey.mid(1) : defaultKey;
    t.becomePassword = m_workspace->becomePassword();
    const QVariantMap overrides = m_method->variableOverrides();
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        t.variables.insert(it.key(), it.value());
    return t;
}

QStringList ProvisionContext::limit() const
{
    const QString text = m_method->limitText().trimmed();
    return text.isEmpty() ? QStringList() : QStringList { text };
}

int ProvisionContext::forks() const
{
    return m_method->forks();
}

bool ProvisionContext::buildPlan(Plan *plan, QString *error) const
{
    if (!chosenTarget || !recipe) {
        *error = !chosenTarget
            ? QCoreApplication::translate("mc::widgets::ProvisionWizard", "Choose an inventory first.")
            : QCoreApplication::translate("mc::widgets::ProvisionWizard", "The recipe has errors.");
        return false;
    }
    const auto p = Planner::build(*recipe, target(), limit());
    if (!p) {
        *error = p.error().message;
        return false;
    }
    *plan = *p;
    return true;
}

ssh::SessionOptions ProvisionContext::sessionOptions() const
{
    ssh::SessionOptions options;
    options.knownHostsPath = m_workspace->knownHostsPath();
    // A host not yet in known_hosts (a fresh machine) is asked about with its fingerprint; key
    // passphrases and passwords are asked for too (remembered for the session, in memory only).
    options.prompts = prompts;
    return options;
}

QString ProvisionContext::runLogDir() const
{
    const QString path = m_workspace->path();
    // A workspace not saved yet has no folder of its own: the application's data folder.
    const QDir dir = path.isEmpty() ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                    : QFileInfo(path).absoluteDir();
    return dir.filePath(QStringLiteral("provision-runs"));
}

bool ProvisionContext::drainFirst() const
{
    return m_run && m_run->drainFirst();
}

void ProvisionContext::setDrainFirst(RunOptions *options) const
{
    options->drainFirst = drainFirst();
    if (!options->drainFirst)
        return;
    for (const QString &text : m_run->drainMasters().split(u',', Qt::SkipEmptyParts)) {
        // One that is no master URL is tried as given and named in the run's error.
        options->drain.masters << mesos::MesosOperator::masterUrl(text).value_or(QUrl(text.trimmed()));
    }
    // Else the masters of the whole cluster, whatever the limit says.
    if (options->drain.masters.isEmpty() && isReady()) {
        if (const auto whole = Planner::build(*recipe, target()))
            options->drain.masters = DrainOptions::mastersOf(*whole);
    }
}

void ProvisionContext::inputsChanged()
{
    checkedSinceChange = false;
}

void ProvisionContext::setLastRun(const RunSummary &summary)
{
    m_lastRun = summary;
    if (m_runningOn) {
        m_runningOn = false;
        m_method->setLimitText(m_limitBeforeRunOn);
    }
    Q_EMIT runFinished();
}

void ProvisionContext::runOn(const QStringList &hosts)
{
    m_limitBeforeRunOn = m_method->limitText();
    m_runningOn = true;
    m_method->setLimitText(hosts.join(u','));
    requestPage(ProvisionWizard::RunPage);
    Q_EMIT runRequested();
}

void ProvisionContext::addIdentityWarning(const QString &warning)
{
    if (!m_identityWarnings.contains(warning))
        m_identityWarnings << warning;
    Q_EMIT identityWarningsChanged();
}

void ProvisionContext::clearIdentityWarnings()
{
    m_identityWarnings.clear();
    Q_EMIT identityWarningsChanged();
}

ProvisionRunner *ProvisionContext::newRunner()
{
    m_runner = std::make_unique<ProvisionRunner>(sessionOptions());
    return m_runner.get();
}

void ProvisionContext::setBusy(bool busy)
{
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void ProvisionContext::requestPage(int page)
{
    Q_EMIT pageRequested(page);
}

void ProvisionContext::updateNavigation()
{
    Q_EMIT stateChanged();
}

} // namespace mc::widgets
