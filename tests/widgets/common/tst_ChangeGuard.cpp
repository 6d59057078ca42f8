// The ChangeGuard holds a control disabled with the tool tip "read-only
// cluster" while the cluster is read-only, whatever the control's own logic
// asks meanwhile, and gives back what that logic last asked for afterwards.
#include "widgets/common/ChangeGuard.h"

#include <QAction>
#include <QPushButton>
#include <QTest>

using namespace mc;
using namespace Qt::StringLiterals;

class tst_ChangeGuard : public QObject
{
    Q_OBJECT

private slots:
    void holdsAndGivesBack()
    {
        widgets::ChangeGuard guard;
        QPushButton button(u"Restart"_s);
        button.setToolTip(u"Restart the service"_s);
        QAction action(u"Kill"_s);
        action.setToolTip(u"Kill the task"_s);
        guard.guard(&button);
        guard.guard(&action);
        QVERIFY(button.isEnabled());

        guard.setCluster(u"production"_s, audit::ClusterMode::ReadOnly, QColor(0xd9, 0x30, 0x25));
        QVERIFY(!button.isEnabled());
        QVERIFY(!action.isEnabled());
        QCOMPARE(button.toolTip(), u"read-only cluster"_s);
        QCOMPARE(action.toolTip(), u"read-only cluster"_s);
        QCOMPARE(guard.whyNot(), u"read-only cluster"_s);

        // The control's own logic speaks while read-only: held, remembered.
        button.setEnabled(true);
        action.setEnabled(true);
        QVERIFY(!button.isEnabled());
        QVERIFY(!action.isEnabled());
        button.setToolTip(u"Restart the selected services"_s);
        QCOMPARE(button.toolTip(), u"read-only cluster"_s);
        // A disabling it cannot see (the button is disabled already): its owner decides again on
        // changed(), after the guard let go.
        bool selected = false;
        connect(&guard, &widgets::ChangeGuard::changed, &button, [&] { button.setEnabled(selected); });

        guard.setCluster(u"production"_s, audit::ClusterMode::Protected, QColor(0xd9, 0x30, 0x25));
        QVERIFY(!button.isEnabled()); // as its owner decided
        QCOMPARE(button.toolTip(), u"Restart the selected services"_s);
        QVERIFY(action.isEnabled());
        QCOMPARE(action.toolTip(), u"Kill the task"_s);
        QVERIFY(guard.whyNot().isEmpty());
        button.setEnabled(true);
        QVERIFY(button.isEnabled());
        // Read-only again: the owner's own decision is held, not obeyed.
        selected = true;
        guard.setCluster(u"production"_s, audit::ClusterMode::ReadOnly, QColor());
        QVERIFY(!button.isEnabled());
        guard.setCluster(u"production"_s, audit::ClusterMode::ReadWrite, QColor());
        QVERIFY(button.isEnabled());
    }
};

QTEST_MAIN(tst_ChangeGuard)
#include "tst_ChangeGuard.moc"
