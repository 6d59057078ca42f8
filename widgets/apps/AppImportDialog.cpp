#include "widgets/apps/AppImportDialog.h"

#include "core/marathon/MarathonClient.h"
#include "models/apps/ImportPlanModel.h"
#include "widgets/common/ChangeGuard.h"
#include "widgets/common/DiffHighlighter.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace mc::widgets {

using namespace marathon;

AppImportDialog::AppImportDialog(MarathonClient *client, GroupNode incoming, const QString &source,
                                 ChangeGuard *guard, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_guard(guard)
    , m_incoming(std::move(incoming))
    , m_model(new models::ImportPlanModel(this))
    , m_applier(new ImportApplier(client, this))
{
    setObjectName(QStringLiteral("appImportDialog"));
    setWindowTitle(tr("Import Apps and Pods"));
    auto *layout = new QVBoxLayout(this);
    auto *from = new QLabel(tr("%1 from %2 into %3")
                                .arg(AppExport::countText(m_incoming), source,
                                     client ? client->baseUrl().toDisplayString() : QString()),
                            this);
    from->setWordWrap(true);
    layout->addWidget(from);

    auto *form = new QFormLayout;
    m_prefix = new QLineEdit(this);
    m_prefix->setObjectName(QStringLiteral("importPrefix"));
    m_prefix->setPlaceholderText(tr("e.g. /staging (ids and absolute dependencies move below it)"));
    form->addRow(tr("Id &prefix:"), m_prefix);
    m_zero = new QCheckBox(tr("New apps and pods start with &0 instances (existing ones keep theirs)"), this);
    m_zero->setObjectName(QStringLiteral("importZeroInstances"));
    m_skip = new QCheckBox(tr("&Leave the apps and pods the cluster has as they are"), this);
    m_skip->setObjectName(QStringLiteral("importSkipExisting"));
    m_perApp
        = new QCheckBox(tr("One deployment per &app (default: one per group; pods always one each)"), this);
    m_perApp->setObjectName(QStringLiteral("importPerApp"));
    m_force = new QCheckBox(tr("&Update apps and pods that are being deployed (cancels those deployments)"),
                            this);
    m_force->setObjectName(QStringLiteral("importForce"));
    for (QCheckBox *box : { m_zero, m_skip, m_perApp, m_force })
        form->addRow(QString(), box);
    layout->addLayout(form);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("importPlanTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_diff = new QPlainTextEdit(splitter);
    m_diff->setObjectName(QStringLiteral("importDiff"));
    m_diff->setReadOnly(true);
    m_diff->setAccessibleName(tr("Difference of the selected app or pod"));
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diff->setPlaceholderText(tr("Select an app or pod to update to see what changes."));
    new DiffHighlighter(m_diff->document());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_summary = new QLabel(tr("Reading the cluster's apps and pods…"), this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->hide();
    layout->addWidget(m_progress);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("importApply"));
    m_apply->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &AppImportDialog::apply);

    connect(m_prefix, &QLineEdit::textChanged, this, &AppImportDialog::rebuild);
    for (QCheckBox *box : { m_zero, m_skip, m_force })
        connect(box, &QCheckBox::toggled, this, &AppImportDialog::rebuild);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AppImportDialog::showSelected);
    connect(m_applier, &ImportApplier::outcome, m_model, &models::ImportPlanModel::setOutcome);
    connect(m_applier, &ImportApplier::progress, this, [this](int done, int total, const QString &what) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        if (!what.isEmpty())
            m_progress->setFormat(tr("%1 (%v of %m)").arg(what));
    });
    connect(m_applier, &ImportApplier::finished, this, [this](const ApplySummary &summary) {
        m_done = true;
        m_progress->setValue(m_progress->maximum());
        m_progress->setFormat(tr("Done"));
        m_summary->setText(
            summary.failed() > 0
                ? tr("%1\nThe failed ones say why in their row (hover for the details).").arg(summary.text())
                : summary.text());
        updateApply();
        Q_EMIT applied(summary);
    });
    if (m_guard)
        connect(m_guard, &ChangeGuard::changed, this, &AppImportDialog::updateApply);
    resize(860, 620);
    refresh();
}

void AppImportDialog::refresh()
{
    if (!m_client)
        return;
    m_client->fetchGroup(QStringLiteral("/"), this, [this](Result<QJsonObject> group) {
        if (!group.ok()) {
            m_target.reset();
            m_summary->setText(tr("Cannot make the plan: %1").arg(group.error().message));
            updateApply();
            return;
        }
        m_target = group.value();
        rebuild();
    });
}

ImportOptions AppImportDialog::options() const
{
    ImportOptions o;
    o.prefix = m_prefix->text().trimmed();
    o.zeroInstances = m_zero->isChecked();
    o.skipExisting = m_skip->isChecked();
    o.force = m_force->isChecked();
    return o;
}

void AppImportDialog::rebuild()
{
    if (!m_target || m_applier->isRunning())
        return;
    const ImportOptions o = options();
    if (!o.prefix.isEmpty()
        && !AppDefinition::isValidId(ImportPlan::prefixed(QStringLiteral("x"), o.prefix))) {
        m_model->setPlan({});
        m_summary->setText(tr("The prefix \"%1\" is not a group id: lower-case letters, digits, '-' and '.' "
                              "between slashes, e.g. /staging.")
                               .arg(o.prefix));
        updateApply();
        return;
    }
    m_done = false;
    m_progress->hide();
    m_model->setPlan(ImportPlan::build(m_incoming, *m_target, o));
    m_table->resizeColumnsToContents();
    const ImportPlan &plan = m_model->plan();
    QString text = plan.summary();
    if (plan.hasConflicts())
        text = tr("%1.\nResolve the conflicts first (the reason is in their row), or change the options.")
                   .arg(text);
    else if (plan.changes().isEmpty())
        text = tr("%1.\nNothing to change.").arg(text);
    if (!plan.onlyInTarget.isEmpty())
        text += u'\n'
            + tr("%n app(s) or pod(s) the cluster has below these groups are not in the import and stay as "
                 "they are.",
                 nullptr, int(plan.onlyInTarget.size()));
    m_summary->setText(text);
    // What needs a look first: a conflict, else an update.
    for (const PlanAction wanted : { PlanAction::Conflict, PlanAction::Update }) {
        const auto &items = plan.items;
        const auto it = std::find_if(items.cbegin(), items.cend(),
                                     [&](const PlanItem &i) { return i.action == wanted; });
        if (it != items.cend()) {
            m_table->selectRow(int(it - items.cbegin()));
            break;
        }
    }
    showSelected();
    updateApply();
}

void AppImportDialog::showSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_diff->clear();
        return;
    }
    const QModelIndex index = rows.first();
    const auto action = PlanAction(index.data(models::ImportPlanModel::ActionRole).toInt());
    const PlanItem &item = m_model->plan().items.at(index.row());
    switch (action) {
    case PlanAction::Update:
        m_diff->setPlainText(item.diff);
        break;
    case PlanAction::Create:
        m_diff->setPlainText(
            QString::fromUtf8(QJsonDocument(item.definition).toJson(QJsonDocument::Indented)));
        break;
    case PlanAction::Conflict:
    case PlanAction::Skip:
        m_diff->setPlainText(item.diff.isEmpty() ? item.reason
                                                 : item.reason + QStringLiteral("\n\n") + item.diff);
        break;
    case PlanAction::Unchanged:
        m_diff->setPlainText(tr("%1 is the same in the cluster.").arg(item.id));
        break;
    }
}

void AppImportDialog::updateApply()
{
    const ImportPlan &plan = m_model->plan();
    QString why;
    if (m_guard && m_guard->isReadOnly())
        why = m_guard->whyNot();
    else if (!m_target)
        why = tr("The cluster's apps and pods could not be read.");
    else if (m_applier->isRunning())
        why = tr("The import is being applied.");
    else if (m_done)
        why = tr("Applied. Change an option to make a new plan.");
    else if (plan.hasConflicts())
        why = tr("Resolve the conflicts first.");
    else if (plan.changes().isEmpty())
        why = tr("Nothing to change.");
    m_apply->setEnabled(why.isEmpty());
    m_apply->setToolTip(why.isEmpty() ? tr("Create %1; update %2")
                                            .arg(AppExport::countText(plan.count(PlanAction::Create, false),
                                                                      plan.count(PlanAction::Create, true)),
                                                 AppExport::countText(plan.count(PlanAction::Update, false),
                                                                      plan.count(PlanAction::Update, true)))
                                      : why);
}

void AppImportDialog::apply()
{
    if (!m_target || !m_apply->isEnabled())
        return;
    m_progress->show();
    m_progress->setRange(0, int(m_model->plan().changes().size()));
    m_progress->setValue(0);
    m_summary->setText(tr("Applying…"));
    m_applier->apply(m_model->plan(), *m_target,
                     m_perApp->isChecked() ? ApplyMode::PerApp : ApplyMode::PerGroup, m_force->isChecked());
    updateApply();
}

} // namespace mc::widgets
