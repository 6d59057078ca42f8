#include "core/inventory/InventoryImporter.h"
#include "core/inventory/VariantUtil.h"
#include "core/inventory/Workspace.h"
#include "models/inventory/InventoryDocument.h"
#include "models/inventory/InventoryTreeModel.h"
#include "models/inventory/VariablesModel.h"
#include "tests/support/TestPaths.h"
#include "widgets/inventory/BulkAddDialog.h"
#include "widgets/inventory/ClusterProfileDialog.h"
#include "widgets/inventory/InventoryView.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace mc;
using namespace mc::inventory;

// Drives the Inventory view as a user would (offscreen): edit, undo/redo,
// validation shown next to the field and the row.
class tst_InventoryView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void opensOnTheFirstMaster();
    void editsZooIdInTheFormWithUndoRedo();
    void showsValidationNextToTheField();
    void renamesAHostInTheForm();
    void editsAVariableInTheTable();
    void bulkAddsARangeAsOneUndoStep();
    void bulkAddDialogExplainsBadRanges();
    void removesAndRestoresAHost();
    void importsAndExportsInventories();
    void asksBeforeDroppingUnsavedChanges();
    void editsClusterSettingsWithUndo();

private:
    template<typename T> T *find(const char *name) const
    {
        T *w = m_view->findChild<T *>(QLatin1String(name));
        return w;
    }
    const Inventory &inv() const { return m_doc->inventory(); }
    std::unique_ptr<models::InventoryDocument> m_doc;
    std::unique_ptr<widgets::InventoryView> m_view;
};

void tst_InventoryView::init()
{
    m_doc = std::make_unique<models::InventoryDocument>();
    m_view = std::make_unique<widgets::InventoryView>(m_doc.get());
    auto ws = Workspace::load(mc::test::fixturePath(QStringLiteral("workspaces/sample.mcw.yaml")));
    QVERIFY(ws.ok());
    m_doc->setWorkspace(ws.value(), QString());
    m_view->resize(1100, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void tst_InventoryView::cleanup()
{
    m_view.reset();
    m_doc.reset();
}

void tst_InventoryView::opensOnTheFirstMaster()
{
    QCOMPARE(find<QLabel>("editorTitle")->text(), QStringLiteral("Host master1.lab.example.com"));
    QCOMPARE(find<QLineEdit>("addressEdit")->text(), QStringLiteral("192.0.2.11"));
    QCOMPARE(find<QSpinBox>("zooIdEdit")->value(), 1);
    QCOMPARE(find<QLabel>("groupsLabel")->text(), QStringLiteral("masters"));
    QCOMPARE(find<QListWidget>("issuesList")->item(0)->text(),
             QStringLiteral("No problems found: the inventory is ready for a Mesos cluster."));
}

void tst_InventoryView::editsZooIdInTheFormWithUndoRedo()
{
    m_view->selectHost(QStringLiteral("master2.lab.example.com"));
    QSpinBox *zoo = find<QSpinBox>("zooIdEdit");
    QCOMPARE(zoo->value(), 2);
    zoo->setFocus();
    zoo->selectAll();
    QTest::keyClicks(zoo, QStringLiteral("7"));
    QTest::keyClick(zoo, Qt::Key_Return);
    QCOMPARE(inv().host(QStringLiteral("master2.lab.example.com"))->vars.value(QStringLiteral("zoo_id")),
             QVariant(qlonglong(7)));
    QVERIFY(m_doc->isModified());
    m_view->undoAction()->trigger();
    QCOMPARE(inv().host(QStringLiteral("master2.lab.example.com"))->vars.value(QStringLiteral("zoo_id")),
             QVariant(qlonglong(2)));
    QCOMPARE(zoo->value(), 2);
    QVERIFY(!m_doc->isModified());
    m_view->redoAction()->trigger();
    QCOMPARE(zoo->value(), 7);
    const QModelIndex row = m_view->tree()->model()->index(1, 1, m_view->tree()->model()->index(1, 0));
    QCOMPARE(row.data().toString(), QStringLiteral("192.0.2.12:22 · zoo_id 7"));
}

void tst_InventoryView::showsValidationNextToTheField()
{
    m_view->selectHost(QStringLiteral("master3.lab.example.com"));
    QSpinBox *zoo = find<QSpinBox>("zooIdEdit");
    zoo->setFocus();
    zoo->selectAll();
    QTest::keyClicks(zoo, QStringLiteral("1"));
    QTest::keyClick(zoo, Qt::Key_Return);
    QLabel *issue = find<QLabel>("zooIdIssue");
    QVERIFY(issue->isVisible());
    QCOMPARE(issue->text(),
             QStringLiteral("The zoo_id 1 of master3.lab.example.com is already used by "
                            "master1.lab.example.com; every master needs its own."));
    const QModelIndex row = static_cast<models::InventoryTreeModel *>(m_view->tree()->model())
                                ->hostIndex(QStringLiteral("master3.lab.example.com"));
    QCOMPARE(row.data(models::InventoryTreeModel::SeverityRole).toInt(),
             int(ValidationIssue::Severity::Error));
    QCOMPARE(row.data(Qt::ToolTipRole).toString(), issue->text());
    QListWidget *issues = find<QListWidget>("issuesList");
    QCOMPARE(issues->count(), 1);
    QVERIFY(issues->item(0)->text().startsWith(QStringLiteral("Error: The zoo_id 1 of master3")));
    // The variables table marks the row too.
    const int varRow = m_view->variablesModel()->rowOf(QStringLiteral("zoo_id"));
    QCOMPARE(m_view->variablesModel()->index(varRow, 0).data(models::VariablesModel::SeverityRole).toInt(),
             int(ValidationIssue::Severity::Error));
    m_view->undoAction()->trigger();
    QVERIFY(!issue->isVisible());
    QCOMPARE(issues->item(0)->text(),
             QStringLiteral("No problems found: the inventory is ready for a Mesos cluster."));
}

void tst_InventoryView::renamesAHostInTheForm()
{
    m_view->selectHost(QStringLiteral("agent2.lab.example.com"));
    QLineEdit *name = find<QLineEdit>("nameEdit");
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("worker2.lab.example.com"));
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(inv().hasHost(QStringLiteral("worker2.lab.example.com")));
    QVERIFY(!inv().hasHost(QStringLiteral("agent2.lab.example.com")));
    QCOMPARE(find<QLabel>("editorTitle")->text(), QStringLiteral("Host worker2.lab.example.com"));
    // A clash is refused next to the field.
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("agent1.lab.example.com"));
    QTest::keyClick(name, Qt::Key_Return);
    QLabel *issue = find<QLabel>("nameIssue");
    QVERIFY(issue->isVisible());
    QCOMPARE(issue->text(), QStringLiteral("There is already a host named \"agent1.lab.example.com\"."));
}

void tst_InventoryView::editsAVariableInTheTable()
{
    m_view->selectHost(QStringLiteral("gpu1.lab.example.com"));
    QTableView *table = m_view->variablesTable();
    const int row = m_view->variablesModel()->rowOf(QStringLiteral("mesos_attributes"));
    QVERIFY(row >= 0);
    const QModelIndex value = table->model()->index(row, models::VariablesModel::ValueColumn);
    table->setFocus();
    table->setCurrentIndex(value);
    table->edit(value);
    auto *editor = table->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("{gpu: 2, rack: r7}"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on the next turn of the event loop.
    QTRY_COMPARE(m_doc->undoStack()->count(), 1);
    const QVariantMap expected { { QStringLiteral("gpu"), qlonglong(2) },
                                 { QStringLiteral("rack"), QStringLiteral("r7") } };
    QCOMPARE(
        QString::fromUtf8(VariantUtil::toPythonJson(inv()
                                                        .host(QStringLiteral("gpu1.lab.example.com"))
                                                        ->vars.value(QStringLiteral("mesos_attributes")))),
        QString::fromUtf8(VariantUtil::toPythonJson(expected)));
    m_view->undoAction()->trigger();
    QCOMPARE(inv()
                 .host(QStringLiteral("gpu1.lab.example.com"))
                 ->vars.value(QStringLiteral("mesos_attributes"))
                 .toMap()
                 .value(QStringLiteral("gpu")),
             QVariant(QStringLiteral("true")));
    // Inherited rows are read-only.
    const int inherited = m_view->variablesModel()->rowOf(QStringLiteral("mesos_containerizers"));
    QVERIFY(!(table->model()->flags(table->model()->index(inherited, 1)) & Qt::ItemIsEditable));
}

void tst_InventoryView::bulkAddsARangeAsOneUndoStep()
{
    const int before = int(inv().hosts().size());
    QVERIFY(m_view
                ->addHosts(QStringLiteral("agent[5:7].lab.example.com\n10.0.0.20 ansible_port=2222\n"),
                           QStringLiteral("agents"))
                .ok());
    QCOMPARE(int(inv().hosts().size()), before + 4);
    QCOMPARE(inv().group(QStringLiteral("agents"))->hosts.last(), QStringLiteral("10.0.0.20"));
    QCOMPARE(inv().host(QStringLiteral("10.0.0.20"))->vars.value(QStringLiteral("ansible_port")),
             QVariant(qlonglong(2222)));
    const QModelIndex agents = static_cast<models::InventoryTreeModel *>(m_view->tree()->model())
                                   ->groupIndex(QStringLiteral("agents"));
    QCOMPARE(m_view->tree()->model()->rowCount(agents), 8);
    m_view->undoAction()->trigger();
    QCOMPARE(int(inv().hosts().size()), before);
    QCOMPARE(m_view->tree()->model()->rowCount(agents), 4);
}

void tst_InventoryView::bulkAddDialogExplainsBadRanges()
{
    widgets::BulkAddDialog dialog({ QStringLiteral("masters"), QStringLiteral("agents") },
                                  QStringLiteral("agents"));
    dialog.setText(QStringLiteral("node[01:03].example.com"));
    QCOMPARE(dialog.summary(), QStringLiteral("3 hosts: node01.example.com … node03.example.com"));
    dialog.setText(QStringLiteral("ok.example.com\nnode[10:2]"));
    QCOMPARE(dialog.summary(),
             QStringLiteral("Line 2, column 5: host range [10:2] is empty: it starts after it ends; "
                            "write [2:10]"));
    QVERIFY(dialog.hosts().isEmpty());
    dialog.setText(QStringLiteral("[masters]\nm1"));
    QCOMPARE(dialog.summary(), QStringLiteral("Leave out [group] lines; choose the group below."));
    QCOMPARE(dialog.group(), QStringLiteral("agents"));
}

void tst_InventoryView::removesAndRestoresAHost()
{
    m_view->selectHost(QStringLiteral("agent3.lab.example.com"));
    QTest::keyClick(m_view->tree(), Qt::Key_Delete);
    QVERIFY(!inv().hasHost(QStringLiteral("agent3.lab.example.com")));
    m_view->undoAction()->trigger();
    QVERIFY(inv().hasHost(QStringLiteral("agent3.lab.example.com")));
    QCOMPARE(inv().host(QStringLiteral("agent3.lab.example.com"))->vars.value(QStringLiteral("ansible_user")),
             QVariant(QStringLiteral("core")));
}

void tst_InventoryView::importsAndExportsInventories()
{
    const QString source = mc::test::fixturePath(
        QStringLiteral("inventories/upstream/mhamrah-ansible-mesos-playbook/hosts.2014-06-18"));
    QVERIFY(m_view->importInventory(source).ok());
    QVERIFY(inv().hasGroup(QStringLiteral("mesos_masters")));
    QCOMPARE(m_doc->workspace().masters().size(), 3);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.yml"));
    QVERIFY(m_view->exportInventory(out).ok());
    const auto again = InventoryImporter::importFile(out);
    QVERIFY(again.ok());
    QVERIFY(again->inventory == inv());
    m_view->undoAction()->trigger();
    QVERIFY(inv().hasGroup(QStringLiteral("masters")));
    // A broken file leaves the open inventory untouched.
    const Inventory before = inv();
    const auto bad = m_view->importInventory(
        mc::test::fixturePath(QStringLiteral("inventories/own/errors/e1-children-undefined-group.ini")));
    QVERIFY(!bad.ok());
    QVERIFY(inv() == before);
}

void tst_InventoryView::asksBeforeDroppingUnsavedChanges()
{
    QVERIFY(m_view->maybeSave()); // nothing changed: no question
    QVERIFY(m_view->addGroup(QStringLiteral("edge")).ok());
    QString question;
    auto answer = [this, &question](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, m_view.get(), [&question, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            question = box->text();
            box->button(button)->click();
        });
    };
    answer(QMessageBox::Cancel);
    QVERIFY(!m_view->maybeSave());
    QCOMPARE(question,
             QStringLiteral("The inventory has changes that are not saved. Save them before going on?"));
    answer(QMessageBox::Discard);
    QVERIFY(m_view->maybeSave());
    // Save writes the workspace (the document knows its path).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.mcw.yaml"));
    QVERIFY(m_view->saveTo(path).ok());
    QVERIFY(!m_doc->isModified());
    QVERIFY(Workspace::load(path)->inventory().hasGroup(QStringLiteral("edge")));
    QVERIFY(m_view->maybeSave());
}

void tst_InventoryView::editsClusterSettingsWithUndo()
{
    QTimer::singleShot(0, m_view.get(), [] {
        auto *dialog = qobject_cast<widgets::ClusterProfileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *user = dialog->findChild<QLineEdit *>(QStringLiteral("sshUser"));
        QCOMPARE(user->text(), QStringLiteral("ubuntu"));
        user->selectAll();
        QTest::keyClicks(user, QStringLiteral("admin"));
        auto *masters = dialog->findChild<QLineEdit *>(QStringLiteral("masterGroups"));
        masters->selectAll();
        QTest::keyClicks(masters, QStringLiteral("control, masters"));
        dialog->accept();
    });
    m_view->clusterSettingsAction()->trigger();
    QCOMPARE(m_doc->workspace().profile().ssh.user, QStringLiteral("admin"));
    QCOMPARE(m_doc->workspace().profile().roles.masterGroups,
             QStringList({ QStringLiteral("control"), QStringLiteral("masters") }));
    QCOMPARE(m_doc->workspace().agents().at(0).user, QStringLiteral("ubuntu")); // ansible_user of all wins
    QVERIFY(m_doc->isModified());
    m_view->undoAction()->trigger();
    QCOMPARE(m_doc->workspace().profile().ssh.user, QStringLiteral("ubuntu"));
    QVERIFY(!m_doc->isModified());
}

QTEST_MAIN(tst_InventoryView)
#include "tst_InventoryView.moc"
