#include "widgets/inventory/InventoryView.h"

#include "core/inventory/InventoryExporter.h"
#include "core/inventory/InventoryImporter.h"
#include "core/inventory/InventoryValidator.h"
#include "core/inventory/VariantUtil.h"
#include "models/inventory/InventoryDocument.h"
#include "models/inventory/InventoryTreeModel.h"
#include "models/inventory/VariablesModel.h"
#include "widgets/common/ElidedLabel.h"
#include "widgets/common/Scrollable.h"
#include "widgets/common/ThemeFollow.h"
#include "widgets/inventory/BulkAddDialog.h"
#include "widgets/inventory/ClusterProfileDialog.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace mc::widgets {

using inventory::Inventory;
using inventory::ValidationIssue;
using models::InventoryTreeModel;

namespace {
const QString kZooId = QStringLiteral("zoo_id");
const QString kAnsibleHost = QStringLiteral("ansible_host");
const QString kAnsiblePort = QStringLiteral("ansible_port");
const QString kAnsibleUser = QStringLiteral("ansible_user");

QLabel *issueLabel(QWidget *parent, const char *name)
{
    constexpr int kIssueLines = 3;
    auto *label = new ElidedLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setMaximumLines(kIssueLines);
    setStateTextColor(label, models::StateColorPalette::Role::Error);
    label->hide();
    return label;
}

void showIssue(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}
} // namespace

InventoryView::InventoryView(models::InventoryDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_treeModel(new InventoryTreeModel(document, this))
    , m_variablesModel(new models::VariablesModel(document, this))
{
    buildActions();
    buildLayout();
    connect(m_treeModel, &InventoryTreeModel::editFailed, this, &InventoryView::errorOccurred);
    connect(m_variablesModel, &models::VariablesModel::editFailed, this, &InventoryView::errorOccurred);
    connect(m_document, &models::InventoryDocument::inventoryChanged, this, [this] {
        refreshForm();
        refreshIssues();
    });
    connect(m_document, &models::InventoryDocument::documentReset, this, [this] {
        m_tree->expandAll();
        refreshIssues();
        // Start on the first host with an error, else the first master.
        QString firstProblem;
        for (const ValidationIssue &i : m_document->issues()) {
            if (i.severity == ValidationIssue::Severity::Error && !i.host.isEmpty()) {
                firstProblem = i.host;
                break;
            }
        }
        const QStringList masters = m_document->workspace().profile().roles.masters(m_document->inventory());
        if (!firstProblem.isEmpty())
            selectHost(firstProblem);
        else if (!masters.isEmpty())
            selectHost(masters.first());
        else
            m_tree->setCurrentIndex({});
        showSelection();
    });
    m_tree->expandAll();
    refreshIssues();
    showSelection();
}

InventoryView::~InventoryView()
{
    // The editors emit editingFinished when they lose focus while being
    // destroyed; by then this view is no longer an InventoryView.
    for (QObject *editor : std::initializer_list<QObject *> { m_name, m_address, m_port, m_user, m_zooId })
        disconnect(editor, nullptr, this, nullptr);
}

void InventoryView::buildActions()
{
    m_addGroup = new QAction(tr("Add &Group…"), this);
    m_addHost = new QAction(tr("Add &Host…"), this);
    m_bulkAdd = new QAction(tr("Add &Many Hosts…"), this);
    m_remove = new QAction(tr("&Remove"), this);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_settings = new QAction(tr("Cluster &Settings…"), this);
    m_settings->setObjectName(QStringLiteral("clusterSettings"));
    connect(m_settings, &QAction::triggered, this, [this] {
        ClusterProfileDialog dialog(m_document->workspace().profile(), this);
        QStringList hosts;
        for (const inventory::Host &h : m_document->inventory().hosts())
            hosts << h.name;
        dialog.setInventoryHosts(hosts);
        dialog.setLearned(m_learnedZk, m_learnedMasters);
        if (dialog.exec() == QDialog::Accepted)
            m_document->setProfile(dialog.profile());
    });
    m_import = new QAction(tr("&Import Ansible Inventory…"), this);
    m_export = new QAction(tr("&Export Inventory…"), this);
    m_save = new QAction(tr("&Save Workspace"), this);
    m_save->setShortcut(QKeySequence::Save);
    m_saveAs = new QAction(tr("Save Workspace &As…"), this);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    for (QAction *a : { m_addGroup, m_addHost, m_bulkAdd, m_remove, m_undo, m_redo })
        addAction(a);

    connect(m_addGroup, &QAction::triggered, this, &InventoryView::promptAddGroup);
    connect(m_addHost, &QAction::triggered, this, &InventoryView::promptAddHost);
    connect(m_bulkAdd, &QAction::triggered, this, &InventoryView::bulkAdd);
    connect(m_remove, &QAction::triggered, this, [this] { report(removeSelected()); });
    connect(m_import, &QAction::triggered, this, &InventoryView::chooseImport);
    connect(m_export, &QAction::triggered, this, &InventoryView::chooseExport);
    connect(m_save, &QAction::triggered, this, [this] {
        if (m_document->path().isEmpty())
            chooseSaveAs();
        else
            report(saveTo(m_document->path()));
    });
    connect(m_saveAs, &QAction::triggered, this, &InventoryView::chooseSaveAs);
}

QList<QAction *> InventoryView::fileActions() const
{
    return { m_save, m_saveAs, m_import, m_export };
}

void InventoryView::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildToolbar());

    auto *split = new QSplitter(Qt::Horizontal, this);
    buildTree(split);
    buildEditor(split);
    split->addWidget(m_tree);
    split->addWidget(m_editor);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(split);
    buildIssues(vertical);
    vertical->setStretchFactor(0, 4);
    vertical->setStretchFactor(1, 1);
    layout->addWidget(vertical, 1);
}

QToolBar *InventoryView::buildToolbar()
{
    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("inventoryToolbar"));
    toolbar->addActions({ m_addGroup, m_addHost, m_bulkAdd, m_remove });
    toolbar->addSeparator();
    toolbar->addActions({ m_undo, m_redo });
    toolbar->addSeparator();
    toolbar->addAction(m_settings);
    return toolbar;
}

void InventoryView::buildTree(QSplitter *split)
{
    m_tree = new QTreeView(split);
    m_tree->setObjectName(QStringLiteral("inventoryTree"));
    m_tree->setAccessibleName(tr("Groups and hosts"));
    m_tree->setModel(m_treeModel);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { showSelection(); });
    connect(m_treeModel, &QAbstractItemModel::rowsInserted, m_tree,
            [this](const QModelIndex &parent) { m_tree->expand(parent); });
}

void InventoryView::buildEditor(QSplitter *split)
{
    m_editor = new QStackedWidget(split);
    auto *placeholder = new QLabel(tr("Select a host or a group to edit it.\n\nDrag hosts onto a group to "
                                      "move them (hold Ctrl to copy). F2 renames."),
                                   m_editor);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    m_editor->addWidget(placeholder);

    auto *page = new QWidget(m_editor);
    auto *pageLayout = new QVBoxLayout(page);
    buildHostForm(page, pageLayout);
    buildVariables(page, pageLayout);
    m_editor->addWidget(scrollable(page));
}

void InventoryView::buildHostForm(QWidget *page, QVBoxLayout *pageLayout)
{
    m_editorTitle = new QLabel(page);
    m_editorTitle->setObjectName(QStringLiteral("editorTitle"));
    QFont titleFont = m_editorTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_editorTitle->setFont(titleFont);
    pageLayout->addWidget(m_editorTitle);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_nameIssue = issueLabel(page, "nameIssue");
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameIssue);
    m_address = new QLineEdit(page);
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setPlaceholderText(tr("the name above"));
    m_addressIssue = issueLabel(page, "addressIssue");
    form->addRow(tr("&Address (ansible_host):"), m_address);
    form->addRow(QString(), m_addressIssue);
    m_port = new QSpinBox(page);
    m_port->setObjectName(QStringLiteral("portEdit"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default"));
    m_portIssue = issueLabel(page, "portIssue");
    form->addRow(tr("SSH &port (ansible_port):"), m_port);
    form->addRow(QString(), m_portIssue);
    m_user = new QLineEdit(page);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setPlaceholderText(tr("inherited"));
    form->addRow(tr("SSH &user (ansible_user):"), m_user);
    m_zooId = new QSpinBox(page);
    m_zooId->setObjectName(QStringLiteral("zooIdEdit"));
    m_zooId->setRange(0, inventory::InventoryValidator::kMaxZooId);
    m_zooId->setSpecialValueText(tr("none"));
    m_zooIdIssue = issueLabel(page, "zooIdIssue");
    form->addRow(tr("&ZooKeeper id (zoo_id):"), m_zooId);
    form->addRow(QString(), m_zooIdIssue);
    m_groupsLabel = new QLabel(page);
    m_groupsLabel->setObjectName(QStringLiteral("groupsLabel"));
    m_groupsLabel->setWordWrap(true);
    form->addRow(tr("Groups:"), m_groupsLabel);
    pageLayout->addLayout(form);

    connect(m_name, &QLineEdit::editingFinished, this, &InventoryView::renameSelected);
    connect(m_address, &QLineEdit::editingFinished, this, [this] {
        const QString text = m_address->text().trimmed();
        setHostVariable(kAnsibleHost, text.isEmpty() ? QVariant() : QVariant(text));
    });
    connect(m_user, &QLineEdit::editingFinished, this, [this] {
        const QString text = m_user->text().trimmed();
        setHostVariable(kAnsibleUser, text.isEmpty() ? QVariant() : QVariant(text));
    });
    connect(m_port, &QSpinBox::editingFinished, this, [this] {
        setHostVariable(kAnsiblePort,
                        m_port->value() == 0 ? QVariant() : QVariant(qlonglong(m_port->value())));
    });
    connect(m_zooId, &QSpinBox::editingFinished, this, [this] {
        setHostVariable(kZooId, m_zooId->value() == 0 ? QVariant() : QVariant(qlonglong(m_zooId->value())));
    });
}

void InventoryView::buildVariables(QWidget *page, QVBoxLayout *pageLayout)
{
    auto *varsHeader = new QHBoxLayout;
    varsHeader->addWidget(new QLabel(tr("Variables"), page), 1);
    auto *addVar = new QPushButton(tr("Add Variable"), page);
    addVar->setObjectName(QStringLiteral("addVariableButton"));
    auto *removeVar = new QPushButton(tr("Remove Variable"), page);
    removeVar->setObjectName(QStringLiteral("removeVariableButton"));
    varsHeader->addWidget(addVar);
    varsHeader->addWidget(removeVar);
    pageLayout->addLayout(varsHeader);
    m_variables = new QTableView(page);
    m_variables->setObjectName(QStringLiteral("variablesTable"));
    m_variables->setAccessibleName(tr("Variables"));
    m_variables->setModel(m_variablesModel);
    m_variables->horizontalHeader()->setStretchLastSection(true);
    m_variables->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_variables->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_variables->verticalHeader()->hide();
    m_variables->setSelectionBehavior(QAbstractItemView::SelectRows);
    pageLayout->addWidget(m_variables, 1);
    connect(addVar, &QPushButton::clicked, this, &InventoryView::addVariableRow);
    connect(removeVar, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_variables->currentIndex();
        if (!current.isValid() || !current.data(models::VariablesModel::OwnRole).toBool())
            return;
        report(m_variablesModel->removeVariable(
            m_variablesModel->index(current.row(), models::VariablesModel::NameColumn).data().toString()));
    });
}

void InventoryView::buildIssues(QSplitter *vertical)
{
    m_issues = new QListWidget(vertical);
    m_issues->setObjectName(QStringLiteral("issuesList"));
    m_issues->setAccessibleName(tr("Problems found in the inventory"));
    m_issues->setWordWrap(true);
    followThemeInItems(m_issues);
    vertical->addWidget(m_issues);
    connect(m_issues, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString host = item->data(Qt::UserRole).toString();
        const QString group = item->data(Qt::UserRole + 1).toString();
        if (!host.isEmpty())
            selectHost(host);
        else if (!group.isEmpty())
            selectGroup(group);
    });
}

void InventoryView::renameSelected()
{
    if (m_refreshing)
        return;
    const QString to = m_name->text().trimmed();
    // A host or a group is selected, never both (showSelection).
    const bool group = m_host.isEmpty();
    QString &subject = group ? m_group : m_host;
    if (subject.isEmpty() || to == subject)
        return;
    const QString from = subject;
    const Status s = m_document->edit(
        group ? tr("Rename group %1").arg(from) : tr("Rename host %1").arg(from),
        [&](Inventory &inv) { return group ? inv.renameGroup(from, to) : inv.renameHost(from, to); });
    if (s) {
        subject = to;
        m_variablesModel->setSubject(to, group);
    }
    showIssue(m_nameIssue, s ? QString() : s.error().message);
    refreshForm();
}

void InventoryView::setHostVariable(const QString &key, const QVariant &value)
{
    if (m_refreshing || m_host.isEmpty())
        return;
    const Inventory &inv = m_document->inventory();
    const inventory::Host *h = inv.host(m_host);
    if (!h)
        return;
    const bool had = h->vars.contains(key);
    if ((!value.isValid() && !had)
        || (had
            && inventory::VariantUtil::toPythonJson(h->vars.value(key))
                == inventory::VariantUtil::toPythonJson(value)
            && value.isValid()))
        return;
    const QString host = m_host;
    report(m_document->edit(tr("Set %1 of %2").arg(key, host), [&](Inventory &edit) -> Status {
        QVariantMap vars = edit.host(host)->vars;
        if (value.isValid())
            vars.insert(key, value);
        else
            vars.remove(key);
        edit.setHostVars(host, vars);
        return {};
    }));
}

void InventoryView::showSelection()
{
    const QModelIndex current = m_tree->currentIndex();
    m_host.clear();
    m_group.clear();
    if (current.isValid()) {
        const QString name = current.data(InventoryTreeModel::NameRole).toString();
        if (current.data(InventoryTreeModel::KindRole).toString() == QLatin1String("host"))
            m_host = name;
        else
            m_group = name;
    }
    m_variablesModel->setSubject(m_host.isEmpty() ? m_group : m_host, m_host.isEmpty());
    m_remove->setEnabled(current.isValid());
    refreshForm();
}

void InventoryView::refreshForm()
{
    m_refreshing = true;
    const Inventory &inv = m_document->inventory();
    if (!m_host.isEmpty() && !inv.hasHost(m_host))
        m_host.clear();
    if (!m_group.isEmpty() && !inv.hasGroup(m_group))
        m_group.clear();
    if (m_host.isEmpty() && m_group.isEmpty()) {
        m_editor->setCurrentIndex(0);
        m_refreshing = false;
        return;
    }
    m_editor->setCurrentIndex(1);
    const bool isHost = !m_host.isEmpty();
    const QString name = isHost ? m_host : m_group;
    m_editorTitle->setText(isHost ? tr("Host %1").arg(name) : tr("Group %1").arg(name));
    if (!m_name->hasFocus())
        m_name->setText(name);
    m_name->setReadOnly(!isHost
                        && (name == inventory::allGroupName() || name == inventory::ungroupedGroupName()));
    for (QWidget *w :
         std::initializer_list<QWidget *> { m_address, m_port, m_user, m_zooId, m_groupsLabel }) {
        w->setVisible(isHost);
        if (auto *form = qobject_cast<QFormLayout *>(w->parentWidget()->layout()->itemAt(1)->layout())) {
            if (QWidget *label = form->labelForField(w))
                label->setVisible(isHost);
        }
    }
    showIssue(m_addressIssue, {});
    showIssue(m_portIssue, {});
    showIssue(m_zooIdIssue, {});
    if (isHost) {
        const QVariantMap own = inv.host(m_host)->vars;
        const auto text = [&](const QString &key) {
            return own.contains(key) ? inventory::VariantUtil::displayText(own.value(key)) : QString();
        };
        m_address->setText(text(kAnsibleHost));
        m_user->setText(text(kAnsibleUser));
        m_port->setValue(text(kAnsiblePort).toInt());
        m_zooId->setValue(text(kZooId).toInt());
        const bool master = m_document->workspace().profile().roles.masters(inv).contains(m_host);
        m_zooId->setEnabled(master || own.contains(kZooId));
        m_groupsLabel->setText(inv.directGroupsOf(m_host).join(QLatin1String(", ")));
        for (const ValidationIssue &i : m_document->issuesFor(m_host)) {
            if (i.severity == ValidationIssue::Severity::Info)
                continue;
            if (i.variable == kZooId)
                showIssue(m_zooIdIssue, i.message);
            else if (i.variable == kAnsiblePort)
                showIssue(m_portIssue, i.message);
            else if (i.variable == kAnsibleHost || i.variable.isEmpty())
                showIssue(i.variable.isEmpty() ? m_nameIssue : m_addressIssue, i.message);
        }
    }
    m_refreshing = false;
}

void InventoryView::refreshIssues()
{
    m_issues->clear();
    const auto &issues = m_document->issues();
    if (issues.isEmpty() && m_document->hasWorkspace()) {
        auto *ok = new QListWidgetItem(tr("No problems found: the inventory is ready for a Mesos cluster."));
        m_issues->addItem(ok);
        return;
    }
    for (const ValidationIssue &i : issues) {
        const char *prefix = i.severity == ValidationIssue::Severity::Error ? "Error"
            : i.severity == ValidationIssue::Severity::Warning              ? "Warning"
                                                                            : "Note";
        auto *item = new QListWidgetItem(QStringLiteral("%1: %2").arg(tr(prefix), i.message));
        item->setData(Qt::UserRole, i.host);
        item->setData(Qt::UserRole + 1, i.group);
        if (i.severity == ValidationIssue::Severity::Error)
            setStateForeground(item, models::StateColorPalette::Role::Error);
        else if (i.severity == ValidationIssue::Severity::Warning)
            setStateForeground(item, models::StateColorPalette::Role::Warning);
        m_issues->addItem(item);
    }
}

void InventoryView::report(const Status &status)
{
    if (!status)
        Q_EMIT errorOccurred(status.error().message);
}

void InventoryView::setLearnedAddresses(const QString &zkUrl, const QStringList &masters)
{
    m_learnedZk = zkUrl;
    m_learnedMasters = masters;
}

void InventoryView::selectHost(const QString &host, const QString &group)
{
    const QModelIndex index = m_treeModel->hostIndex(host, group);
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    }
}

void InventoryView::selectGroup(const QString &group)
{
    const QModelIndex index = m_treeModel->groupIndex(group);
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    }
}

QString InventoryView::selectedGroup() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return {};
    if (current.data(InventoryTreeModel::KindRole).toString() == QLatin1String("group"))
        return current.data(InventoryTreeModel::NameRole).toString();
    return current.data(InventoryTreeModel::ParentGroupRole).toString();
}

Status InventoryView::addGroup(const QString &name)
{
    const QString n = name.trimmed();
    static const QRegularExpression forbidden(QStringLiteral("[\\s:\\]]"));
    if (n.isEmpty() || n.contains(forbidden))
        return Error { tr("A group name needs letters, digits or _ and no spaces or ':'."), {} };
    const QString parent = selectedGroup();
    Status s = m_document->edit(tr("Add group %1").arg(n), [&](Inventory &inv) -> Status {
        if (inv.hasGroup(n))
            return Error { tr("There is already a group named \"%1\".").arg(n), {} };
        if (inv.hasHost(n))
            return Error { tr("\"%1\" is already a host name; choose another group name.").arg(n), {} };
        inv.addGroup(n);
        if (!parent.isEmpty() && parent != inventory::allGroupName()
            && parent != inventory::ungroupedGroupName())
            return inv.nestGroup(n, parent);
        inv.reconcile();
        return {};
    });
    if (s)
        selectGroup(n);
    return s;
}

Status InventoryView::addHost(const QString &name, const QString &group)
{
    return addHosts(name, group);
}

Status InventoryView::addHosts(const QString &text, const QString &group)
{
    const auto hosts = BulkAddDialog::parse(text);
    if (!hosts)
        return hosts.error();
    if (hosts->isEmpty())
        return Error { tr("Give at least one host name."), {} };
    const QString target = group.isEmpty() ? inventory::ungroupedGroupName() : group;
    const QString label = hosts->size() == 1 ? tr("Add host %1").arg(hosts->first().name)
                                             : tr("Add %1 hosts").arg(hosts->size());
    Status s = m_document->edit(label, [&](Inventory &inv) -> Status {
        for (const inventory::Host &h : hosts.value()) {
            if (auto st = inv.addHostToGroup(h.name, target); !st)
                return st;
            for (auto it = h.vars.cbegin(); it != h.vars.cend(); ++it)
                inv.setVariable(h.name, it.key(), it.value());
        }
        return {};
    });
    if (s)
        selectHost(hosts->first().name, target);
    return s;
}

Status InventoryView::removeSelected()
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows(0);
    if (rows.isEmpty())
        return {};
    QList<std::pair<QString, QString>> hosts; // host, group it is removed from
    QStringList groups;
    for (const QModelIndex &i : rows) {
        const QString name = i.data(InventoryTreeModel::NameRole).toString();
        if (i.data(InventoryTreeModel::KindRole).toString() == QLatin1String("host"))
            hosts.append({ name, i.data(InventoryTreeModel::ParentGroupRole).toString() });
        else
            groups << name;
    }
    return m_document->edit(tr("Remove"), [&](Inventory &inv) -> Status {
        for (const auto &[host, group] : hosts) {
            // Out of this group; a host in no other group leaves the inventory.
            inv.removeHostFromGroup(host, group);
            const QStringList rest = inv.directGroupsOf(host);
            if (rest.isEmpty() || rest == QStringList { inventory::ungroupedGroupName() })
                inv.removeHost(host);
        }
        for (const QString &g : std::as_const(groups)) {
            if (auto s = inv.removeGroup(g); !s)
                return s;
        }
        return {};
    });
}

void InventoryView::promptAddGroup()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Add Group"), tr("Group name (for example masters or agents):"), QLineEdit::Normal, {}, &ok);
    if (ok)
        report(addGroup(name));
}

void InventoryView::promptAddHost()
{
    bool ok = false;
    const QString group = selectedGroup();
    const QString name
        = QInputDialog::getText(this, tr("Add Host"),
                                group.isEmpty() ? tr("Host name or IP address:")
                                                : tr("Host name or IP address (added to %1):").arg(group),
                                QLineEdit::Normal, {}, &ok);
    if (ok)
        report(addHost(name, group));
}

void InventoryView::bulkAdd()
{
    QStringList groups;
    for (const inventory::Group &g : m_document->inventory().groups()) {
        if (g.name != inventory::allGroupName())
            groups << g.name;
    }
    BulkAddDialog dialog(groups, selectedGroup(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString group = dialog.group();
    const QList<inventory::Host> hosts = dialog.hosts();
    report(m_document->edit(tr("Add %1 hosts").arg(hosts.size()), [&](Inventory &inv) -> Status {
        for (const inventory::Host &h : hosts) {
            if (auto st = inv.addHostToGroup(h.name, group); !st)
                return st;
            for (auto it = h.vars.cbegin(); it != h.vars.cend(); ++it)
                inv.setVariable(h.name, it.key(), it.value());
        }
        return {};
    }));
}

void InventoryView::addVariableRow()
{
    if (m_host.isEmpty() && m_group.isEmpty())
        return;
    bool ok = false;
    const QString key
        = QInputDialog::getText(this, tr("Add Variable"), tr("Variable name:"), QLineEdit::Normal, {}, &ok);
    if (!ok || key.trimmed().isEmpty())
        return;
    const QString value
        = QInputDialog::getText(this, tr("Add Variable"),
                                tr("Value of %1 (YAML: 1 is a number, yes a boolean, \"text\" "
                                   "stays text):")
                                    .arg(key.trimmed()),
                                QLineEdit::Normal, {}, &ok);
    if (ok)
        report(m_variablesModel->setVariable(key.trimmed(), value));
}

Status InventoryView::importInventory(const QString &path)
{
    auto imported = inventory::InventoryImporter::importFile(path);
    if (!imported)
        return imported.error();
    if (!m_document->hasWorkspace()) {
        m_document->setWorkspace(inventory::Workspace(imported->inventory, {}), {});
        return {};
    }
    const Inventory replacement = imported->inventory;
    return m_document->edit(tr("Import %1").arg(QFileInfo(path).fileName()), [&](Inventory &inv) -> Status {
        inv = replacement;
        return {};
    });
}

Status InventoryView::exportInventory(const QString &path)
{
    auto written = inventory::InventoryExporter::writeFile(m_document->inventory(), path,
                                                           inventory::InventoryExporter::formatForPath(path));
    if (!written)
        return written.error();
    return {};
}

Status InventoryView::saveTo(const QString &path)
{
    Status s = m_document->save(path);
    if (s)
        Q_EMIT saved(path);
    return s;
}

void InventoryView::chooseImport()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import Ansible Inventory"), {},
                                       tr("Ansible inventories (*.ini *.yml *.yaml hosts *);;All "
                                          "files (*)"));
    if (!path.isEmpty())
        report(importInventory(path));
}

void InventoryView::chooseExport()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export Inventory"), {},
                                       tr("Ansible INI inventory (*.ini);;Ansible YAML inventory "
                                          "(*.yml)"));
    if (!path.isEmpty())
        report(exportInventory(path));
}

bool InventoryView::chooseSaveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Workspace"), m_document->path(),
                                                tr("Mesos Console workspace (*.mcw.yaml)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".mcw.yaml")) && !path.endsWith(QLatin1String(".mcw.yml")))
        path += QStringLiteral(".mcw.yaml");
    const Status s = saveTo(path);
    report(s);
    return s.ok();
}

bool InventoryView::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"),
        tr("The inventory has changes that are not saved. Save them before going on?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard) {
        // Thrown away: not to be offered for recovery next time.
        m_document->discardAutosave();
        return true;
    }
    if (m_document->path().isEmpty())
        return chooseSaveAs();
    const Status s = saveTo(m_document->path());
    report(s);
    return s.ok();
}

} // namespace mc::widgets
