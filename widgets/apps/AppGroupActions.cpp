// AppActions on a Marathon group, from the Apps page's tree of groups: edit its JSON, scale by a
// factor, restart every app, destroy; and the group's dependencies as Marathon has them.

#include "widgets/apps/AppActions.h"

#include "core/marathon/AppExport.h"
#include "models/apps/AppGroupTreeModel.h"
#include "widgets/apps/GroupEditDialog.h"
#include "widgets/cluster/AppsPage.h"
#include "widgets/cluster/DetailTable.h"
#include "widgets/common/ChangeGuard.h"
#include "widgets/common/ConfirmDialog.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QMenu>
#include <QPushButton>
#include <QTreeView>

#include <cmath>

namespace mc::widgets {

using namespace mc::marathon;
using cluster::Notice;

void AppActions::attachGroups(AppsPage *page, QMenu *appMenu)
{
    struct Entry
    {
        QString name;
        QString text;
        QString tip;
        std::function<void(const QString &)> run;
    };
    const QList<Entry> entries = {
        { QStringLiteral("editGroupButton"), tr("Edit group…"),
          tr("Change the group's JSON (its apps, subgroups, dependencies): review the diff, then apply"),
          [this](const QString &id) { editGroup(id); } },
        { QStringLiteral("scaleGroupButton"), tr("Scale group…"),
          tr("Multiply the instances of every app in the group by a factor (one deployment)"),
          [this](const QString &id) { scaleGroup(id); } },
        { QStringLiteral("restartGroupButton"), tr("Restart group…"), tr("Restart every app in the group"),
          [this](const QString &id) { confirmRestartGroup(id); } },
        { QStringLiteral("destroyGroupButton"), tr("Destroy group…"),
          tr("Remove the group and all its apps, killing their tasks"),
          [this](const QString &id) { confirmDestroyGroup(id); } },
    };
    auto *menu = new QMenu(page->groupTree());
    auto *layout = qobject_cast<QHBoxLayout *>(page->groupToolbar()->layout());
    for (const Entry &e : entries) {
        auto *button = new QPushButton(e.text, page->groupToolbar());
        button->setObjectName(e.name);
        button->setToolTip(e.tip);
        layout->insertWidget(layout->count() - 1, button);
        const auto run = [this, page, run = e.run] {
            const QString id = page->selectedGroupId();
            if (whyNotGroup(id).isEmpty())
                run(id);
        };
        connect(button, &QPushButton::clicked, this, run);
        QAction *item = menu->addAction(e.text, this, run);
        m_controls.append(
            { button, item, e.tip, [this, page] { return whyNotGroup(page->selectedGroupId()); } });
    }
    QTreeView *tree = page->groupTree();
    connect(tree, &QWidget::customContextMenuRequested, menu, [menu, appMenu, page, tree](const QPoint &pos) {
        if (!page->selectedGroupId().isEmpty())
            menu->popup(tree->viewport()->mapToGlobal(pos));
        else if (const QString app = page->selectedAppIdInTree();
                 !app.isEmpty() && page->apps()->selectedId() == app)
            appMenu->popup(tree->viewport()->mapToGlobal(pos));
    });
    connect(page, &AppsPage::groupSelectionChanged, this, &AppActions::updateControls);
    connect(page, &AppsPage::groupSelectionChanged, this, [this, page] { showDependencies(page); });
}

QString AppActions::whyNotGroup(const QString &groupId) const
{
    if (groupId.isEmpty())
        return tr("Select a group in the tree first.");
    if (!m_appsPage || m_appsPage->groupModel()->appIds(groupId).isEmpty())
        return tr("%1 has no app (any more).").arg(groupId);
    return {};
}

QStringList AppActions::describeGroupApps(const QString &groupId) const
{
    QStringList lines;
    for (const QString &id : m_appsPage->groupModel()->appIds(groupId))
        lines << (app(id) ? tr("%1 — %n task(s)", nullptr, activeTasks(id)).arg(describeApp(id)) : id);
    return lines;
}

int AppActions::groupTasks(const QString &groupId) const
{
    int tasks = 0;
    for (const QString &id : m_appsPage->groupModel()->appIds(groupId))
        tasks += activeTasks(id);
    return tasks;
}

void AppActions::scaleGroup(const QString &groupId)
{
    auto *dialog = new QInputDialog(m_dialogParent);
    dialog->setObjectName(QStringLiteral("scaleGroupDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Scale %1").arg(groupId));
    dialog->setLabelText(tr("Multiply the instances of every app in %1 by:").arg(groupId));
    dialog->setInputMode(QInputDialog::DoubleInput);
    dialog->setDoubleRange(0, kMaxScaleFactor);
    dialog->setDoubleDecimals(2);
    dialog->setDoubleValue(1);
    connect(dialog, &QInputDialog::doubleValueSelected, this, [this, groupId](double factor) {
        if (factor < 1) {
            const bool confirmed = ask({ tr("Scale %1 down?").arg(groupId),
                                         tr("Scale every app in %1 by %2?").arg(groupId).arg(factor),
                                         describeGroupApps(groupId),
                                         factor == 0 ? tr("Marathon kills all their tasks.")
                                                     : tr("Marathon kills tasks of each app down to its new "
                                                          "instance count (rounded)."),
                                         tr("Scale by %1").arg(factor) });
            if (!confirmed)
                return;
        }
        scaleGroupBy(groupId, factor);
    });
    dialog->open();
}

void AppActions::scaleGroupBy(const QString &groupId, double factor, bool force)
{
    m_client->scaleGroup(groupId, factor, force, this, [this, groupId, factor](const ActionResult &r) {
        handle({ tr("Scale %1 by %2").arg(groupId).arg(factor),
                 tr("Scaling %1 by %2").arg(groupId).arg(factor),
                 {},
                 {},
                 {} },
               r, [this, groupId, factor](bool force) { scaleGroupBy(groupId, factor, force); });
    });
}

void AppActions::editGroup(const QString &groupId)
{
    m_client->fetchGroup(groupId, this, [this, groupId](Result<QJsonObject> group) {
        if (!group.ok()) {
            Q_EMIT noticed({ Notice::Kind::DeploymentFinished, Notice::Severity::Error,
                             tr("Cannot edit %1").arg(groupId), group.error().message });
            return;
        }
        // As an export has it: without what Marathon manages, so the diff shows only what the user changed.
        const GroupNode tree = AppExport::groupFromJson(*group);
        const GroupNode *node = tree.find(groupId);
        auto *dialog = new GroupEditDialog(m_client, groupId, node ? node->toJson() : *group, m_dialogParent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &GroupEditDialog::submitted, this, [this, groupId](const DeploymentRef &ref) {
            Q_EMIT noticed(
                { Notice::Kind::DeploymentFinished, Notice::Severity::Info, tr("Update of %1").arg(groupId),
                  ref.deploymentId.isEmpty() ? tr("Done.")
                                             : tr("Deployment %1 started.").arg(ref.deploymentId) });
        });
        dialog->open();
    });
}

void AppActions::confirmRestartGroup(const QString &groupId)
{
    if (!ask({ tr("Restart %1?").arg(groupId), tr("Restart every app in %1?").arg(groupId),
               describeGroupApps(groupId),
               tr("Marathon replaces each of their %n task(s) with a new one, following each app's upgrade "
                  "strategy (one deployment per app).",
                  nullptr, groupTasks(groupId)),
               tr("Restart group") }))
        return;
    for (const QString &id : m_appsPage->groupModel()->appIds(groupId))
        restart(id);
}

void AppActions::confirmDestroyGroup(const QString &groupId)
{
    if (!ask({ tr("Destroy %1?").arg(groupId), tr("Destroy the group %1 and all its apps?").arg(groupId),
               describeGroupApps(groupId),
               tr("Their %n task(s) are killed and the group and its apps are removed from Marathon; this "
                  "cannot "
                  "be undone.",
                  nullptr, groupTasks(groupId)),
               tr("Destroy %1").arg(groupId) }))
        return;
    m_appsPage->groupTree()->clearSelection();
    destroyGroup(groupId);
}

void AppActions::destroyGroup(const QString &groupId, bool force)
{
    m_client->destroyGroup(groupId, force, this, [this, groupId](const ActionResult &r) {
        handle({ tr("Destroy %1").arg(groupId), tr("Destroying %1").arg(groupId), {}, {}, {} }, r,
               [this, groupId](bool force) { destroyGroup(groupId, force); });
    });
}

void AppActions::showDependencies(AppsPage *page)
{
    const QString groupId = page->selectedGroupId();
    if (groupId.isEmpty())
        return;
    const QPointer<AppsPage> guarded(page);
    m_client->fetchGroup(groupId, this, [guarded, groupId](Result<QJsonObject> group) {
        if (!guarded)
            return;
        if (!group.ok()) {
            guarded->setGroupDependencies(groupId, tr("not known (%1)").arg(group.error().message));
            return;
        }
        QStringList dependencies;
        for (const QJsonArray items = group->value(QStringLiteral("dependencies")).toArray();
             const QJsonValue &d : items)
            dependencies << d.toString();
        guarded->setGroupDependencies(
            groupId, dependencies.isEmpty() ? tr("none") : dependencies.join(QStringLiteral(", ")));
    });
}

} // namespace mc::widgets
