#include "widgets/provision/pages/WizardPage.h"

#include "core/provision/ProvisionTarget.h"
#include "widgets/common/ElidedLabel.h"
#include "widgets/provision/ProvisionContext.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mc::widgets::wizard {

WizardPage::WizardPage(ProvisionContext *context, const QString &objectName, const QString &title,
                       const QString &text, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(objectName);
    m_layout = new QVBoxLayout(this);
    auto *heading
        = new QLabel(QStringLiteral("<h2>%1</h2><p>%2</p>").arg(title.toHtmlEscaped(), text.toHtmlEscaped()));
    heading->setWordWrap(true);
    m_layout->addWidget(heading);
}

models::StateColorPalette::Role stateRole(provision::StepState s)
{
    using Role = models::StateColorPalette::Role;
    using provision::StepState;
    switch (s) {
    case StepState::Ok:
        return Role::Ok;
    case StepState::Changed:
        return Role::Warning;
    case StepState::Failed:
    case StepState::Unreachable:
        break;
    case StepState::Skipped:
        return Role::Muted;
    }
    return Role::Error;
}

QStringList hostsOf(const provision::ProvisionTarget &target)
{
    QStringList hosts = target.roles.masters(target.inventory);
    for (const QString &a : target.roles.agents(target.inventory)) {
        if (!hosts.contains(a))
            hosts << a;
    }
    return hosts;
}

void showIdentityWarnings(const ProvisionContext &context, ElidedLabel *label)
{
    if (context.identityWarnings().isEmpty()) {
        label->hide();
        return;
    }
    label->setText(WizardPage::tr("Agent identity: %1\n%2")
                       .arg(context.identityWarnings().join(QStringLiteral("\n")),
                            context.drainFirst()
                                ? WizardPage::tr("“Drain agents first” is ticked: those agents are drained, "
                                                 "given new ids and reactivated.")
                                : WizardPage::tr("Tick “Drain agents first” (page 5) to drain those agents, "
                                                 "give them new ids and reactivate them.")));
    label->show();
}

} // namespace mc::widgets::wizard
