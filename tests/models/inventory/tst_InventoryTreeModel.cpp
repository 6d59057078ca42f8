#include "core/inventory/Workspace.h"
#include "models/common/StateColorPalette.h"
#include "models/inventory/InventoryDocument.h"
#include "models/inventory/InventoryTreeModel.h"
#include "models/inventory/VariablesModel.h"
#include "tests/support/TestPaths.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace mc::models;
using namespace mc::inventory;

class tst_InventoryTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void showsGroupsThenHosts();
    void followsEditsWithoutReset();
    void movesHostsByDragAndDrop();
    void renamesThroughSetData();
    void undoAndRedoRestoreTheTree();
    void variablesModelShowsOwnAndInherited();
    void variablesModelMarksOffendingRow();

private:
    QStringList childNames(const QModelIndex &parent) const;
    std::unique_ptr<InventoryDocument> m_doc;
    std::unique_ptr<InventoryTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_InventoryTreeModel::init()
{
    m_tester.reset();
    m_model.reset();
    m_doc = std::make_unique<InventoryDocument>();
    auto ws = Workspace::load(mc::test::fixturePath(QStringLiteral("workspaces/sample.mcw.yaml")));
    QVERIFY(ws.ok());
    m_doc->setWorkspace(ws.value(), QString());
    m_model = std::make_unique<InventoryTreeModel>(m_doc.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

QStringList tst_InventoryTreeModel::childNames(const QModelIndex &parent) const
{
    QStringList names;
    for (int r = 0; r < m_model->rowCount(parent); ++r)
        names << m_model->index(r, 0, parent).data().toString();
    return names;
}

void tst_InventoryTreeModel::showsGroupsThenHosts()
{
    QCOMPARE(
        childNames({}),
        QStringList({ QStringLiteral("ungrouped"), QStringLiteral("masters"), QStringLiteral("agents") }));
    const QModelIndex masters = m_model->groupIndex(QStringLiteral("masters"));
    QCOMPARE(m_model->rowCount(masters), 3);
    QCOMPARE(masters.siblingAtColumn(1).data().toString(), QStringLiteral("3 hosts"));
    const QModelIndex m3 = m_model->hostIndex(QStringLiteral("master3.lab.example.com"));
    QCOMPARE(m3.siblingAtColumn(1).data().toString(), QStringLiteral("192.0.2.13:2222 · zoo_id 3"));
    QCOMPARE(m3.data(InventoryTreeModel::KindRole).toString(), QStringLiteral("host"));
    QCOMPARE(m3.data(InventoryTreeModel::ParentGroupRole).toString(), QStringLiteral("masters"));
}

void tst_InventoryTreeModel::followsEditsWithoutReset()
{
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    const QPersistentModelIndex agents = m_model->groupIndex(QStringLiteral("agents"));
    QVERIFY(m_doc
                ->edit(QStringLiteral("add"),
                       [](Inventory &inv) {
                           inv.addGroup(QStringLiteral("edge"));
                           return inv.addHostToGroup(QStringLiteral("edge1"), QStringLiteral("edge"));
                       })
                .ok());
    QCOMPARE(childNames({}).constLast(), QStringLiteral("edge"));
    QVERIFY(m_doc
                ->edit(QStringLiteral("nest"),
                       [](Inventory &inv) {
                           return inv.nestGroup(QStringLiteral("edge"), QStringLiteral("agents"));
                       })
                .ok());
    QCOMPARE(
        childNames({}),
        QStringList({ QStringLiteral("ungrouped"), QStringLiteral("masters"), QStringLiteral("agents") }));
    QVERIFY(agents.isValid());
    QCOMPARE(childNames(agents).constFirst(), QStringLiteral("edge"));
    QVERIFY(m_doc
                ->edit(QStringLiteral("remove"),
                       [](Inventory &inv) { return inv.removeGroup(QStringLiteral("edge")); })
                .ok());
    // edge1 lost its only group: it is ungrouped now.
    QCOMPARE(childNames(m_model->groupIndex(QStringLiteral("ungrouped"))),
             QStringList { QStringLiteral("edge1") });
    QCOMPARE(resets.count(), 0);
    QVERIFY(agents.isValid());
    QCOMPARE(agents.data().toString(), QStringLiteral("agents"));
}

void tst_InventoryTreeModel::movesHostsByDragAndDrop()
{
    const QModelIndex a1 = m_model->hostIndex(QStringLiteral("agent1.lab.example.com"));
    std::unique_ptr<QMimeData> mime(m_model->mimeData({ a1 }));
    QVERIFY(mime);
    const QModelIndex masters = m_model->groupIndex(QStringLiteral("masters"));
    QVERIFY(m_model->canDropMimeData(mime.get(), Qt::MoveAction, 1, 0, masters));
    m_model->dropMimeData(mime.get(), Qt::MoveAction, 1, 0, masters);
    QCOMPARE(m_doc->inventory().group(QStringLiteral("masters"))->hosts.at(1),
             QStringLiteral("agent1.lab.example.com"));
    QVERIFY(!m_doc->inventory()
                 .group(QStringLiteral("agents"))
                 ->hosts.contains(QStringLiteral("agent1.lab.example.com")));
    QCOMPARE(m_model->rowCount(m_model->groupIndex(QStringLiteral("masters"))), 4);
    // One undo step puts it back.
    m_doc->undoStack()->undo();
    QCOMPARE(m_model->rowCount(m_model->groupIndex(QStringLiteral("masters"))), 3);
    QCOMPARE(m_doc->inventory().group(QStringLiteral("agents"))->hosts.first(),
             QStringLiteral("agent1.lab.example.com"));
    // Ctrl-drag copies.
    std::unique_ptr<QMimeData> again(
        m_model->mimeData({ m_model->hostIndex(QStringLiteral("agent1.lab.example.com")) }));
    m_model->dropMimeData(again.get(), Qt::CopyAction, -1, 0, m_model->groupIndex(QStringLiteral("masters")));
    QVERIFY(m_doc->inventory()
                .group(QStringLiteral("agents"))
                ->hosts.contains(QStringLiteral("agent1.lab.example.com")));
    QCOMPARE(m_doc->inventory().group(QStringLiteral("masters"))->hosts.last(),
             QStringLiteral("agent1.lab.example.com"));
}

void tst_InventoryTreeModel::renamesThroughSetData()
{
    QVERIFY(m_model->setData(m_model->groupIndex(QStringLiteral("agents")), QStringLiteral("workers")));
    QVERIFY(m_doc->inventory().hasGroup(QStringLiteral("workers")));
    QVERIFY(m_model->setData(m_model->hostIndex(QStringLiteral("agent2.lab.example.com")),
                             QStringLiteral("agent22")));
    QVERIFY(m_doc->inventory().hasHost(QStringLiteral("agent22")));
    QVERIFY(!m_model->setData(m_model->hostIndex(QStringLiteral("agent22")),
                              QStringLiteral("agent1.lab.example.com")));
    QCOMPARE(m_model->lastError(),
             QStringLiteral("There is already a host named \"agent1.lab.example.com\"."));
    QVERIFY(!(m_model->flags(m_model->groupIndex(QStringLiteral("ungrouped"))) & Qt::ItemIsEditable));
}

void tst_InventoryTreeModel::undoAndRedoRestoreTheTree()
{
    const Inventory before = m_doc->inventory();
    QVERIFY(m_model->setData(m_model->groupIndex(QStringLiteral("masters")), QStringLiteral("control")));
    QVERIFY(m_doc
                ->edit(QStringLiteral("rm"),
                       [](Inventory &inv) {
                           inv.removeHost(QStringLiteral("gpu1.lab.example.com"));
                           return mc::Status {};
                       })
                .ok());
    const Inventory after = m_doc->inventory();
    QVERIFY(m_doc->isModified());
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->inventory() == before);
    QVERIFY(!m_doc->isModified());
    QCOMPARE(
        childNames({}),
        QStringList({ QStringLiteral("ungrouped"), QStringLiteral("masters"), QStringLiteral("agents") }));
    m_doc->undoStack()->redo();
    m_doc->undoStack()->redo();
    QVERIFY(m_doc->inventory() == after);
    QCOMPARE(
        childNames({}),
        QStringList({ QStringLiteral("ungrouped"), QStringLiteral("control"), QStringLiteral("agents") }));
}

void tst_InventoryTreeModel::variablesModelShowsOwnAndInherited()
{
    VariablesModel vars(m_doc.get());
    QAbstractItemModelTester tester(&vars, QAbstractItemModelTester::FailureReportingMode::QtTest);
    vars.setSubject(QStringLiteral("agent3.lab.example.com"), false);
    QCOMPARE(vars.rowCount(), 2);
    QCOMPARE(vars.index(0, 0).data().toString(), QStringLiteral("ansible_user"));
    QCOMPARE(vars.index(0, 1).data().toString(), QStringLiteral("core"));
    QCOMPARE(vars.index(0, 2).data().toString(), QStringLiteral("this host"));
    QCOMPARE(vars.index(1, 0).data().toString(), QStringLiteral("mesos_containerizers"));
    QCOMPARE(vars.index(1, 2).data().toString(), QStringLiteral("group agents"));
    QVERIFY(!(vars.flags(vars.index(1, 1)) & Qt::ItemIsEditable));
    QVERIFY(vars.setVariable(QStringLiteral("rack"), QStringLiteral("[r1, r2]")).ok());
    QCOMPARE(
        m_doc->inventory().host(QStringLiteral("agent3.lab.example.com"))->vars.value(QStringLiteral("rack")),
        QVariant(QVariantList { QStringLiteral("r1"), QStringLiteral("r2") }));
    QVERIFY(vars.setData(vars.index(vars.rowOf(QStringLiteral("rack")), 1), QStringLiteral("\"yes\"")));
    QCOMPARE(
        m_doc->inventory().host(QStringLiteral("agent3.lab.example.com"))->vars.value(QStringLiteral("rack")),
        QVariant(QStringLiteral("yes")));
    QCOMPARE(vars.index(vars.rowOf(QStringLiteral("rack")), 1).data(Qt::EditRole).toString(),
             QStringLiteral("\"yes\""));
    QVERIFY(vars.removeVariable(QStringLiteral("rack")).ok());
    QCOMPARE(vars.rowOf(QStringLiteral("rack")), -1);
    QVERIFY(!vars.setVariable(QStringLiteral("bad"), QStringLiteral("[unclosed")).ok());
}

void tst_InventoryTreeModel::variablesModelMarksOffendingRow()
{
    VariablesModel vars(m_doc.get());
    vars.setSubject(QStringLiteral("master2.lab.example.com"), false);
    QVERIFY(vars.setVariable(QStringLiteral("zoo_id"), QStringLiteral("1")).ok());
    const int row = vars.rowOf(QStringLiteral("zoo_id"));
    QCOMPARE(vars.index(row, 0).data(VariablesModel::SeverityRole).toInt(),
             int(ValidationIssue::Severity::Error));
    QVERIFY(vars.index(row, 1)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral(
                    "The zoo_id 1 of master2.lab.example.com is already used by master1.lab.example.com")));
    // The row's own background and text, readable together in both themes (the dark theme's
    // white text on the light theme's pale background was unreadable).
    const QPalette before = QGuiApplication::palette();
    for (const QPalette &theme : { before, StateColorPalette::darkTheme() }) {
        QGuiApplication::setPalette(theme);
        for (int column = 0; column < vars.columnCount(); ++column) {
            const QModelIndex cell = vars.index(row, column);
            const auto background = cell.data(Qt::BackgroundRole).value<QColor>();
            const auto text = cell.data(Qt::ForegroundRole).value<QColor>();
            QVERIFY(background.isValid() && text.isValid());
            QVERIFY2(StateColorPalette::contrastRatio(background, text) >= 4.5,
                     qPrintable(background.name() + u" / " + text.name()));
        }
    }
    QGuiApplication::setPalette(before);
    const QModelIndex host = m_model->hostIndex(QStringLiteral("master2.lab.example.com"));
    QCOMPARE(host.data(InventoryTreeModel::SeverityRole).toInt(), int(ValidationIssue::Severity::Error));
    m_doc->undoStack()->undo();
    QCOMPARE(vars.index(vars.rowOf(QStringLiteral("zoo_id")), 0).data(VariablesModel::SeverityRole).toInt(),
             -1);
}

QTEST_MAIN(tst_InventoryTreeModel)
#include "tst_InventoryTreeModel.moc"
