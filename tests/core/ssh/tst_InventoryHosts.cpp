#include "core/inventory/Inventory.h"
#include "core/ssh/InventoryHosts.h"

#include <QTest>

using namespace mc;

// The groups a host picker offers: every group with its hosts, children's
// included, in inventory order; empty groups left out.
class TestInventoryHosts : public QObject
{
    Q_OBJECT

private slots:
    void groupsListTheirHostsWithChildren()
    {
        inventory::Inventory inv;
        inv.addGroup(QStringLiteral("masters"));
        inv.addGroup(QStringLiteral("agents"));
        inv.addGroup(QStringLiteral("cluster"));
        inv.addGroup(QStringLiteral("empty"));
        inv.addHost(QStringLiteral("m1"), QStringLiteral("masters"));
        inv.addHost(QStringLiteral("m2"), QStringLiteral("masters"));
        inv.addHost(QStringLiteral("a1"), QStringLiteral("agents"));
        inv.addHost(QStringLiteral("lonely"));
        QVERIFY(inv.addChild(QStringLiteral("cluster"), QStringLiteral("masters")).ok());
        QVERIFY(inv.addChild(QStringLiteral("cluster"), QStringLiteral("agents")).ok());
        inv.reconcile();

        const QList<ssh::HostGroup> groups = ssh::hostGroupsFor(inv);
        QStringList names;
        for (const ssh::HostGroup &g : groups)
            names << g.name;
        QVERIFY2(!names.contains(QStringLiteral("empty")), qPrintable(names.join(u',')));
        const auto find = [&](const QString &name) {
            for (const ssh::HostGroup &g : groups) {
                if (g.name == name)
                    return g.hosts;
            }
            return QStringList { QStringLiteral("(missing)") };
        };
        QCOMPARE(find(QStringLiteral("masters")),
                 QStringList({ QStringLiteral("m1"), QStringLiteral("m2") }));
        QCOMPARE(find(QStringLiteral("cluster")),
                 QStringList({ QStringLiteral("m1"), QStringLiteral("m2"), QStringLiteral("a1") }));
        QCOMPARE(find(QStringLiteral("ungrouped")), QStringList({ QStringLiteral("lonely") }));
        QCOMPARE(find(QStringLiteral("all")).size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestInventoryHosts)
#include "tst_InventoryHosts.moc"
