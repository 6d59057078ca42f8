#include "widgets/provision/ProvisionWizard.h"

#include "core/provision/ProvisionRunner.h"
#include "widgets/common/ChangeGuard.h"
#include "widgets/common/Scrollable.h"
#include "widgets/provision/ProvisionContext.h"
#include "widgets/provision/pages/DriftPage.h"
#include "widgets/provision/pages/MethodPage.h"
#include "widgets/provision/pages/PlanPage.h"
#include "widgets/provision/pages/PostflightPage.h"
#include "widgets/provision/pages/PreflightPage.h"
#include "widgets/provision/pages/RunPage.h"
#include "widgets/provision/pages/SummaryPage.h"
#include "widgets/provision/pages/WorkspacePage.h"
#include "widgets/ssh/GuiPrompts.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace mc::widgets {

ProvisionWizard::ProvisionWizard(QWidget *parent)
    : QWidget(parent)
    , m_context(new ProvisionContext(this))
{
    qRegisterMetaType<mc::provision::StepResult>();
    qRegisterMetaType<mc::provision::RunSummary>();
    m_context->prompts = guiPrompts(this);
    m_steps = new QListWidget;
    m_steps->setObjectName(QStringLiteral("steps"));
    for (const QString &s : { tr("1  Workspace"), tr("2  Install method"), tr("3  Preflight"), tr("4  Plan"),
                              tr("5  Run"), tr("6  Postflight"), tr("7  Summary"), tr("Drift & converge") })
        m_steps->addItem(s);
    constexpr int kStepsWidth = 150;
    m_steps->setFixedWidth(kStepsWidth);
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setEnabled(true);
    connect(m_steps, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_stack->currentIndex() && !isBusy())
            goToPage(row);
        else if (row != m_stack->currentIndex())
            m_steps->setCurrentRow(m_stack->currentIndex());
    });

    m_workspacePage = new wizard::WorkspacePage(m_context);
    m_methodPage = new wizard::MethodPage(m_context);
    m_preflightPage = new wizard::PreflightPage(m_context);
    m_planPage = new wizard::PlanPage(m_context);
    m_runPage = new wizard::RunPage(m_context);
    m_postflightPage = new wizard::PostflightPage(m_context);
    m_summaryPage = new wizard::SummaryPage(m_context);
    m_driftPage = new wizard::DriftPage(m_context);
    m_context->setInputs(m_workspacePage, m_methodPage, m_runPage);
    m_stack = new QStackedWidget;
    // Each page scrolls when the window is smaller than it; in the order of Page.
    for (QWidget *page :
         std::initializer_list<QWidget *> { m_workspacePage, m_methodPage, m_preflightPage, m_planPage,
                                            m_runPage, m_postflightPage, m_summaryPage, m_driftPage })
        m_stack->addWidget(scrollable(page));

    m_back = new QPushButton(tr("Back"));
    m_back->setObjectName(QStringLiteral("back"));
    m_next = new QPushButton(tr("Next"));
    m_next->setObjectName(QStringLiteral("next"));
    m_next->setDefault(true);
    connect(m_back, &QPushButton::clicked, this, [this] { goToPage(currentPage() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { goToPage(currentPage() + 1); });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);

    auto *right = new QVBoxLayout;
    right->addWidget(m_stack, 1);
    right->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addLayout(right, 1);

    connect(m_context, &ProvisionContext::stateChanged, this, &ProvisionWizard::updateButtons);
    connect(m_context, &ProvisionContext::busyChanged, this, [this](bool busy) {
        updateButtons();
        Q_EMIT busyChanged(busy);
    });
    connect(m_context, &ProvisionContext::pageRequested, this, &ProvisionWizard::goToPage);
    connect(m_context, &ProvisionContext::openClusterRequested, this, &ProvisionWizard::openClusterRequested);

    m_methodPage->loadRecipe();
    goToPage(WorkspacePage);
}

// The context (a child) cancels a run still going.
ProvisionWizard::~ProvisionWizard() = default;

void ProvisionWizard::setWorkspacePath(const QString &path)
{
    m_workspacePage->setWorkspacePath(path);
}

void ProvisionWizard::setWorkspace(const inventory::Workspace &workspace, const QString &path)
{
    m_workspacePage->setWorkspace(workspace, path);
}

void ProvisionWizard::setSshSettings(const QString &user, const QString &keyPath,
                                     const QString &knownHostsPath)
{
    m_workspacePage->setSshSettings(user, keyPath, knownHostsPath);
}

void ProvisionWizard::setDefaults(int forks, const QString &user, const QString &keyPath)
{
    m_methodPage->setForks(forks);
    m_context->defaultUser = user;
    m_context->defaultKey = keyPath;
    m_workspacePage->setDefaultLogin(user, keyPath);
}

ssh::SessionOptions ProvisionWizard::sessionOptions() const
{
    return m_context->sessionOptions();
}

void ProvisionWizard::setBecomePassword(const QString &password)
{
    m_workspacePage->setBecomePassword(password);
}

void ProvisionWizard::setRecipeVariable(const QString &name, const QString &value)
{
    m_methodPage->setRecipeVariable(name, value);
}

void ProvisionWizard::setRecipePath(const QString &path)
{
    m_methodPage->setRecipePath(path);
}

const provision::RunSummary &ProvisionWizard::lastRun() const
{
    return m_context->lastRun();
}

const provision::PostflightReport &ProvisionWizard::lastPostflight() const
{
    return m_context->lastPostflight;
}

const provision::DriftReport &ProvisionWizard::lastDrift() const
{
    return m_context->lastDrift;
}

QStringList ProvisionWizard::identityWarnings() const
{
    return m_context->identityWarnings();
}

void ProvisionWizard::computePlan()
{
    m_planPage->computePlan();
}

void ProvisionWizard::startRun()
{
    m_runPage->startRun();
}

void ProvisionWizard::runPreflight()
{
    m_preflightPage->runPreflight();
}

void ProvisionWizard::runPostflight()
{
    m_postflightPage->runPostflight();
}

void ProvisionWizard::checkDrift()
{
    m_driftPage->checkDrift();
}

void ProvisionWizard::converge()
{
    m_driftPage->converge();
}

int ProvisionWizard::currentPage() const
{
    return m_stack->currentIndex();
}

void ProvisionWizard::goToPage(int page)
{
    page = qBound(0, page, m_stack->count() - 1);
    m_stack->setCurrentIndex(page);
    m_steps->setCurrentRow(page);
    updateButtons();
}

bool ProvisionWizard::isBusy() const
{
    return m_context->isBusy();
}

void ProvisionWizard::setGate(std::shared_ptr<const audit::ActionGate> gate, ChangeGuard *guard)
{
    m_context->gate = std::move(gate);
    if (!guard)
        return;
    for (QPushButton *b :
         { m_runPage->runButton(), m_summaryPage->retryButton(), m_driftPage->convergeButton() })
        guard->guard(b);
    // What changed meanwhile (a run, a drift check) decides again once read-only ends.
    connect(guard, &ChangeGuard::changed, this, [this] {
        updateButtons();
        m_runPage->runButton()->setEnabled(!isBusy());
        m_driftPage->updateConverge();
    });
}

bool ProvisionWizard::isReachable(int page) const
{
    const bool ready = m_context->isReady();
    switch (page) {
    case WorkspacePage:
        return true;
    case MethodPage:
        return bool(m_context->chosenTarget);
    case PlanPage:
    case RunPage:
    case PostflightPage:
        // Not past a preflight that found errors (or is running).
        return ready && !m_context->preflightFailed;
    case SummaryPage:
        return ready && !m_context->lastRun().recap.isEmpty(); // something ran
    default:
        return ready;
    }
}

void ProvisionWizard::updateButtons()
{
    const int page = currentPage();
    const bool busy = isBusy();
    m_back->setEnabled(page > 0 && !busy);
    m_next->setEnabled(page < SummaryPage && !busy && isReachable(page + 1));
    QString why;
    if (page == PreflightPage && m_context->preflightFailed)
        why = tr("Fix the errors the preflight found, then run the checks again.");
    else if (page + 1 == SummaryPage && m_context->lastRun().recap.isEmpty())
        why = tr("Nothing has run yet: the summary comes after a run.");
    m_next->setToolTip(why);
    for (int row = 0; row < m_steps->count(); ++row) {
        QListWidgetItem *item = m_steps->item(row);
        const bool reachable = isReachable(row);
        item->setFlags(reachable ? item->flags() | Qt::ItemIsEnabled : item->flags() & ~Qt::ItemIsEnabled);
    }
    m_summaryPage->updateRetry();
}

} // namespace mc::widgets
